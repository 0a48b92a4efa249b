import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { memberStatusFromProgress, pictureRowFromCourse, revisionRowFromCourse, type CourseRevision } from '../../src/cohort/course-mapping.ts';
import type { StudentProgress } from '../../src/course/records.ts';
import { exportGroupCsv } from '../../src/cohort/group-export.ts';
import type { GroupExportSource } from '../../src/cohort/group-data-source.ts';
import { latestRevisions, type RevisionRow } from '../../src/cohort/group-csv.ts';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';

const now = new Date('2026-12-05T12:00:00Z');
const deadline = new Date('2026-12-04T15:00:00Z');

function progress(overrides: Partial<StudentProgress>): StudentProgress {
  return {
    student: { id: 7, firstName: 'Анна', username: 'anna' },
    joinedAt: new Date('2026-11-01T10:00:00Z'),
    stage: 'filling',
    submission: null,
    canvas: { id: 70, title: 'Кофейня', currentBlock: 'channels', completed: false },
    lastActivityAt: new Date('2026-12-05T10:00:00Z'),
    remindersEnabled: true,
    timeZone: null,
    ...overrides,
  };
}

function courseRevision(revision: number, overrides: Partial<CourseRevision> = {}): CourseRevision {
  return {
    groupName: 'МБА',
    student: { id: 7, firstName: null, username: 'anna' },
    canvasId: 70,
    revision,
    status: 'returned',
    late: false,
    grade: 4,
    submittedAt: new Date('2026-11-20T10:00:00Z'),
    reviewedAt: new Date('2026-11-21T10:00:00Z'),
    snapshot: {
      title: 'Кофейня',
      blocks: BLOCK_IDS.map((id) => ({
        id,
        answers:
          id === 'key_partners'
            ? []
            : [
                { question: null, questionIndex: 0, text: `${id} one` },
                { question: null, questionIndex: 1, text: `${id} two` },
              ],
        types:
          id === 'revenue_streams'
            ? [
                { id: 'subscription', source: 'classifier' },
                { id: 'advertising', source: 'user' },
              ]
            : [],
        notes: id === 'channels' ? [{ key: 'channels_no_after_sales' }] : [],
        skipped: false,
      })),
    },
    blockReviews: [
      { blockId: 'channels', verdict: 'returned', comment: 'Где после покупки?' },
      { blockId: 'customer_segments', verdict: 'accepted', comment: null },
      { blockId: 'cost_structure', verdict: 'none', comment: 'Хорошо, но мало' },
    ],
    ...overrides,
  };
}

describe('mapping the course storage', () => {
  it('gives the coach a student filling in on their block, late once the deadline passed without a submission', () => {
    expect(memberStatusFromProgress(progress({}), deadline, now)).toEqual({
      userId: 7,
      name: 'Анна',
      username: 'anna',
      status: 'filling',
      currentBlock: 'channels',
      revision: null,
      lastActiveAt: new Date('2026-12-05T10:00:00Z'),
      late: true,
      remindersEnabled: true,
      timeZone: null,
    });
    expect(memberStatusFromProgress(progress({}), deadline, new Date('2026-12-01T00:00:00Z')).late).toBe(false);
  });

  it('counts a finished canvas not handed in as filling in, and a submission by its revision and own late mark', () => {
    const finished = memberStatusFromProgress(
      progress({ stage: 'finished', canvas: { id: 70, title: 'x', currentBlock: 'done', completed: true } }),
      null,
      now,
    );
    expect([finished.status, finished.currentBlock]).toEqual(['filling', null]);
    const submitted = memberStatusFromProgress(
      progress({
        stage: 'in_review',
        submission: { id: 1, revision: 2, status: 'in_review', late: false, submittedAt: now, reviewedAt: null, grade: null },
        remindersEnabled: false,
        timeZone: 'Asia/Tokyo',
      }),
      deadline,
      now,
    );
    expect([submitted.status, submitted.revision, submitted.late, submitted.remindersEnabled, submitted.timeZone]).toEqual([
      'in_review',
      2,
      false,
      false,
      'Asia/Tokyo',
    ]);
  });

  it('turns a frozen revision and its reviews into CSV rows: answers joined, types, changed types, verdicts, comments', () => {
    const row = revisionRowFromCourse(courseRevision(2));
    expect([row.studentName, row.canvasTitle, row.revision, row.grade]).toEqual(['anna', 'Кофейня', 2, 4]);
    const byBlock = Object.fromEntries(row.blocks.map((block) => [block.blockId, block]));
    expect(byBlock.channels).toEqual({
      blockId: 'channels',
      answerText: 'channels one\n\nchannels two',
      types: [],
      typesChangedByStudent: false,
      coachComment: 'Где после покупки?',
      verdict: 'returned',
    });
    expect(byBlock.revenue_streams?.types).toEqual(['subscription', 'advertising']);
    expect(byBlock.revenue_streams?.typesChangedByStudent).toBe(true);
    expect(byBlock.cost_structure?.verdict).toBeNull();
    expect(byBlock.cost_structure?.coachComment).toBe('Хорошо, но мало');
    expect(byBlock.key_partners?.answerText).toBe('');
  });

  it('counts for the picture what the latest revision holds, or the live canvas before one', () => {
    const row = pictureRowFromCourse(courseRevision(1), []);
    expect(row.filledBlocks).toHaveLength(8);
    expect(row.returnedBlocks).toEqual(['channels']);
    expect(row.revenueTypes).toEqual(['subscription', 'advertising']);
    expect(row.coachingNoteKeys).toEqual(['channels_no_after_sales']);
    expect(pictureRowFromCourse(null, ['customer_segments'])).toMatchObject({ filledBlocks: ['customer_segments'], submitted: false });
  });
});

describe('exporting a group', () => {
  const rows: RevisionRow[] = [1, 2].map((revision) => revisionRowFromCourse(courseRevision(revision, { status: revision === 2 ? 'accepted' : 'returned' })));
  const source: GroupExportSource = {
    group: async (groupId) => (groupId === 5 ? { id: 5, name: 'МБА', deadline, timeZone: 'Europe/Moscow' } : null),
    revisions: async (_groupId, which) => (which === 'all' ? rows : latestRevisions(rows)),
  };

  it('writes the latest revision by default and every revision on request, in the group’s zone', async () => {
    const latest = await exportGroupCsv(source, { groupId: 5, which: 'latest', language: 'ru' });
    const records = parse(latest?.csv ?? '', { bom: true }) as string[][];
    expect(latest?.fileName).toBe('group-5-latest.csv');
    expect(records).toHaveLength(1 + 9);
    expect(records[1]?.slice(4, 7)).toEqual(['2', 'принято', 'нет']);
    expect(records[1]?.[15]).toBe('2026-11-20 13:00');
    const all = await exportGroupCsv(source, { groupId: 5, which: 'all', language: 'en', timeZone: 'UTC' });
    expect((parse(all?.csv ?? '', { bom: true }) as string[][]).length).toBe(1 + 18);
    expect(all?.csv).toContain('2026-11-20 10:00');
  });

  it('answers null for a group that does not exist', async () => {
    expect(await exportGroupCsv(source, { groupId: 6, which: 'latest', language: 'ru' })).toBeNull();
  });
});
