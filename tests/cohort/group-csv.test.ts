import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { buildGroupCsv, csvField, latestRevisions, toCsv } from '../../src/cohort/group-csv.ts';
import { revision } from './fixtures.ts';

const options = { language: 'en' as const, timeZone: 'Europe/Moscow' };

/** Parses as a spreadsheet program would: the BOM read as the encoding mark, quotes by RFC 4180. */
function parseCsv(text: string): string[][] {
  return parse(text, { bom: true, relax_column_count: false }) as string[][];
}

describe('group CSV', () => {
  it('starts with a UTF-8 BOM, ends records with CRLF, and has one record per student × block of the latest revision', () => {
    const rows = [
      revision({ studentId: 1, revision: 1, studentName: 'Anna' }),
      revision({ studentId: 1, revision: 2, studentName: 'Anna', status: 'accepted', grade: 5, reviewedAt: new Date('2026-11-22T08:30:00Z') }),
      revision({ studentId: 2, revision: 1, studentName: 'Boris', late: true }),
    ];
    const csv = buildGroupCsv(latestRevisions(rows), options);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.endsWith('\r\n')).toBe(true);
    const [header, ...records] = parseCsv(csv);
    expect(header).toEqual([
      'Group',
      'Student',
      'Username',
      'Canvas',
      'Revision',
      'Status',
      'Late',
      'Block no.',
      'Block',
      'Answer',
      'Types',
      'Types changed by the student',
      "Coach's comment",
      'Block verdict',
      'Grade',
      'Submitted',
      'Reviewed',
    ]);
    expect(records).toHaveLength(2 * 9);
    expect(records[0]).toEqual([
      'МБА-2026',
      'Anna',
      '',
      'Кофейня',
      '2',
      'accepted',
      'no',
      '1',
      'Customer Segments',
      'Answer customer_segments r2',
      '',
      '',
      '',
      '',
      '5',
      '2026-11-20 13:00',
      '2026-11-22 11:30',
    ]);
    expect(records[4]?.slice(8, 12)).toEqual(['Revenue Streams', 'Answer revenue_streams r2', 'Subscription', 'no']);
    expect(records[9]?.slice(1, 7)).toEqual(['Boris', '', 'Кофейня', '1', 'submitted', 'yes']);
  });

  it('keeps every revision in the history export, oldest first per student', () => {
    const rows = [1, 2, 3].map((number) => revision({ studentId: 1, revision: number }));
    const records = parseCsv(buildGroupCsv(rows, options)).slice(1);
    expect(records).toHaveLength(27);
    expect(records.map((record) => record[4])).toEqual([...Array(9).fill('1'), ...Array(9).fill('2'), ...Array(9).fill('3')]);
  });

  it('round-trips answers with commas, quotes, line breaks, emoji and Cyrillic, and defuses formulas', () => {
    const tricky = [
      'Кофе, чай и "печенье"',
      'line one\nline two\r\nline three',
      'Подписка 🚀☕️ 👨‍👩‍👧',
      '=cmd()',
      '+7 999 123-45-67',
      '-10% to the price',
      '@channel',
      '\t=1+1',
    ];
    const rows = tricky.map((text, index) =>
      revision({
        studentId: index + 1,
        revision: 1,
        studentName: `S${index}, "${text.slice(0, 3)}"`,
        username: 'user_name',
        canvasTitle: text,
        blocks: [{ blockId: 'value_propositions', answerText: text, types: [], typesChangedByStudent: false, coachComment: text, verdict: 'returned' }],
      }),
    );
    const records = parseCsv(buildGroupCsv(rows, { language: 'ru', timeZone: 'UTC' })).slice(1);
    const valueRows = records.filter((record) => record[7] === '2');
    expect(valueRows).toHaveLength(tricky.length);
    const expected = (text: string): string => (/^[=+\-@\t]/.test(text) ? `'${text}` : text);
    tricky.forEach((text, index) => {
      const record = valueRows[index];
      expect(record?.[3]).toBe(expected(text));
      expect(record?.[9]).toBe(expected(text));
      expect(record?.[12]).toBe(expected(text));
      expect(record?.[13]).toBe('на доработку');
      expect(record?.[2]).toBe('user_name');
    });
    // A block not in the revision is still listed, empty.
    expect(records.find((record) => record[7] === '1')?.[9]).toBe('');
  });

  it('quotes only what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 'd\ne'],
      ]),
    ).toBe('\uFEFFa,b\r\nc,"d\ne"\r\n');
  });

  it('writes only a header for a group without submissions', () => {
    expect(parseCsv(buildGroupCsv([], options))).toHaveLength(1);
  });
});
