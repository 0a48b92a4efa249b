import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import type { Language } from '../i18n.ts';
import { cachedTranslator } from './cached-translate.ts';

/** Status of one submitted revision. */
export const SUBMISSION_STATUSES = ['submitted', 'in_review', 'returned', 'accepted', 'withdrawn'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

export const BLOCK_VERDICTS = ['accepted', 'returned'] as const;
export type BlockVerdict = (typeof BLOCK_VERDICTS)[number];

/** One block of a frozen revision, with the coach's word on it. */
export interface RevisionBlockRow {
  blockId: BlockId;
  /** The block's answers as one text (answers separated by blank lines). */
  answerText: string;
  /** Confirmed type ids of blocks 4 and 5; empty elsewhere. */
  types: readonly string[];
  /** The student switched a recognised type off or another on. */
  typesChangedByStudent: boolean;
  coachComment: string | null;
  verdict: BlockVerdict | null;
}

/** One revision of one student's canvas in a group, as the export needs it. */
export interface RevisionRow {
  groupName: string;
  studentId: number;
  studentName: string;
  username: string | null;
  canvasId: number;
  canvasTitle: string;
  revision: number;
  status: SubmissionStatus;
  late: boolean;
  grade: number | null;
  submittedAt: Date;
  reviewedAt: Date | null;
  /** Blocks the revision holds; missing ones are exported as empty. */
  blocks: readonly RevisionBlockRow[];
}

export const CSV_COLUMNS = [
  'group',
  'student',
  'username',
  'canvas',
  'revision',
  'status',
  'late',
  'block_number',
  'block',
  'answer',
  'types',
  'types_changed',
  'comment',
  'verdict',
  'grade',
  'submitted_at',
  'reviewed_at',
] as const;

const BOM = '\uFEFF';

/**
 * One CSV field by RFC 4180: quoted when it holds a comma, quote or line break, quotes doubled.
 * A field that starts like a formula (= + - @, or a tab or carriage return that some programs
 * skip before one) gets a leading apostrophe, so a spreadsheet shows it instead of running it.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Records to CSV text: UTF-8 BOM first (so spreadsheets read Cyrillic), CRLF between records. */
export function toCsv(records: readonly (readonly string[])[]): string {
  return `${BOM + records.map((record) => record.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** Keeps the newest revision of each student's canvas. */
export function latestRevisions(rows: readonly RevisionRow[]): RevisionRow[] {
  const latest = new Map<string, RevisionRow>();
  for (const row of rows) {
    const key = `${row.studentId}:${row.canvasId}`;
    const kept = latest.get(key);
    if (!kept || row.revision > kept.revision) latest.set(key, row);
  }
  return [...latest.values()];
}

export interface GroupCsvOptions {
  language: Language;
  /** Times are written in this zone as "2026-12-01 18:00", which spreadsheets read as a date. */
  timeZone: string;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

function spreadsheetTime(date: Date | null, timeZone: string): string {
  if (!date) return '';
  let format = timeFormats.get(timeZone);
  if (!format) {
    // The Swedish locale writes ISO-like "YYYY-MM-DD HH:mm".
    format = new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
    timeFormats.set(timeZone, format);
  }
  return format.format(date);
}

/** Students by name, then canvas, then revision: the order a coach reads a spreadsheet in. */
function sortRevisions(rows: readonly RevisionRow[], language: Language): RevisionRow[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...rows].sort(
    (a, b) => collator.compare(a.studentName, b.studentName) || a.studentId - b.studentId || a.canvasId - b.canvasId || a.revision - b.revision,
  );
}

/**
 * The group's CSV: one record per revision × block (all nine blocks, in canvas order), with a
 * header of localised column names. Pass `latestRevisions(rows)` for the usual export and all
 * rows for the history.
 */
export function buildGroupCsv(rows: readonly RevisionRow[], options: GroupCsvOptions): string {
  const t = cachedTranslator(options.language);
  const yesNo = (value: boolean): string => t(value ? 'cohort:csv.yes' : 'cohort:csv.no');
  const records: string[][] = [CSV_COLUMNS.map((column) => t(`cohort:csv.columns.${column}`))];
  for (const row of sortRevisions(rows, options.language)) {
    const byBlock = new Map(row.blocks.map((block) => [block.blockId, block]));
    for (const [index, blockId] of BLOCK_IDS.entries()) {
      const block = byBlock.get(blockId);
      records.push([
        row.groupName,
        row.studentName,
        // Without the '@': a cell starting with it would be read as a formula (and so get the apostrophe).
        row.username ?? '',
        row.canvasTitle,
        String(row.revision),
        t(`cohort:csv.status.${row.status}`),
        yesNo(row.late),
        String(index + 1),
        t(`blocks:${blockId}.title`),
        block?.answerText ?? '',
        (block?.types ?? []).map((type) => t(`types:${type}.label`, { defaultValue: type })).join('; '),
        block && block.types.length > 0 ? yesNo(block.typesChangedByStudent) : '',
        block?.coachComment ?? '',
        block?.verdict ? t(`cohort:csv.verdict.${block.verdict}`) : '',
        row.grade === null ? '' : String(row.grade),
        spreadsheetTime(row.submittedAt, options.timeZone),
        spreadsheetTime(row.reviewedAt, options.timeZone),
      ]);
    }
  }
  return toCsv(records);
}
