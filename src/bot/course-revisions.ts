import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import type { SubmissionDetail, SubmissionSummary } from '../course/records.ts';
import type { ReviewVerdict } from '../course/review.ts';
import { blockText, submittedBlock } from '../course/submitted-canvas.ts';
import { type Language, translator } from '../i18n.ts';
import { formatLocalTime, personLabel, renderReviewResult } from '../render/course-text.ts';
import { escapeHtml } from '../render/html.ts';
import { shorten } from '../render/shorten.ts';
import { splitTelegramHtml } from '../render/split-telegram-html.ts';
import { encodeCourseAction } from './course-callback-data.ts';
import type { CourseIo } from './course-io.ts';
import { type Keyboard, type OutgoingMessage, button } from './outgoing.ts';

/** Revision buttons shown under the list; older ones stay listed as text. */
const MAX_REVISION_BUTTONS = 12;
/** A block's text in one view; longer answers are cut (the picture and the dashboard have it whole). */
const MAX_BLOCK_TEXT = 3000;

/** Sends a view that may run past Telegram's limit as several messages, the buttons under the last. */
function sayLong(io: CourseIo, html: string, keyboard: Keyboard): void {
  const chunks = splitTelegramHtml(html);
  chunks.forEach((chunk, index) => {
    io.say(chunk, index === chunks.length - 1 ? keyboard : undefined);
  });
}

/** The button that opens the list of revisions, for a status message, a review result or a review. */
export function revisionsButton(io: Pick<CourseIo, 't' | 'key'>, submissionId: number) {
  return io.key(io.t('course:history.button'), { kind: 'revisions', submissionId });
}

/**
 * The verdict a student gets, from the chat or the dashboard alike: the review result, with the
 * way back to every revision under its last message.
 */
export function reviewResultMessages(
  language: Language,
  work: { submissionId: number; title: string; revision: number; groupName: string },
  verdict: ReviewVerdict,
): OutgoingMessage[] {
  const texts = renderReviewResult(language, work, verdict);
  const history: Keyboard = [
    [button(translator(language)('course:history.button'), encodeCourseAction({ kind: 'revisions', submissionId: work.submissionId }))],
  ];
  return texts.map((text, index) => (index === texts.length - 1 ? { method: 'sendMessage', text, keyboard: history } : { method: 'sendMessage', text }));
}

/** Whether the reader may see the coach's verdicts yet: a student only once the review is finished. */
function reviewVisible(detail: SubmissionDetail): boolean {
  return detail.viewer === 'coach' || detail.status === 'returned' || detail.status === 'accepted';
}

function statusLine(io: CourseIo, summary: SubmissionSummary, zone: string): string {
  const t = io.t;
  const marks = [
    t(`course:status.${summary.status}`),
    summary.late ? t('course:late') : null,
    summary.grade !== null ? t('course:history.grade_short', { grade: summary.grade }) : null,
    formatLocalTime(io.deps.language, summary.submittedAt, zone),
  ].filter((mark): mark is string => mark !== null);
  return escapeHtml(`${t('course:revision', { revision: summary.revision })} · ${marks.join(' · ')}`);
}

/** Every revision of the canvas in its group, 1..n, with status, late mark, grade and date. */
export async function showRevisionList(io: CourseIo, submissionId: number): Promise<void> {
  const { repos, user } = io.deps;
  const found = await repos.submissions.revisionsOf(user.id, submissionId);
  if (!found.ok || found.value.length === 0) return io.notYours();
  const revisions = found.value;
  const latest = revisions[revisions.length - 1] as SubmissionSummary;
  const group = await repos.groups.find(user.id, latest.groupId);
  const zone = io.zone(group.ok ? group.value.group.timeZone : null);
  const lines = revisions.map((summary) => `${summary.revision}. ${statusLine(io, summary, zone)}`);
  const header = io.t('course:history.header', {
    title: escapeHtml(shorten(latest.title, 60)),
    group: escapeHtml(group.ok ? group.value.group.name : ''),
  });
  const buttons = revisions
    .slice(-MAX_REVISION_BUTTONS)
    .map((summary) =>
      io.key(io.t('course:history.open_button', { revision: summary.revision }), { kind: 'revision', submissionId: summary.id, blockId: null }),
    );
  const keyboard: Keyboard = [];
  for (let index = 0; index < buttons.length; index += 4) keyboard.push(buttons.slice(index, index + 4));
  sayLong(io, [header, lines.join('\n')].join('\n\n'), keyboard);
}

/** One revision as it was handed in: when, where it stands, each block's verdict, the overall comment and grade. */
async function showRevisionOverview(io: CourseIo, detail: SubmissionDetail): Promise<void> {
  const { repos, user } = io.deps;
  const t = io.t;
  const group = await repos.groups.find(user.id, detail.groupId);
  const zone = io.zone(group.ok ? group.value.group.timeZone : null);
  const student = detail.viewer === 'coach' ? await repos.users.find(detail.studentId) : null;
  const parts = [
    t('course:history.revision_header', {
      title: escapeHtml(shorten(detail.title, 60)),
      revision: escapeHtml(t('course:revision', { revision: detail.revision })),
    }) + (student ? ` · ${personLabel({ id: student.id, firstName: student.firstName, username: student.username })}` : ''),
    statusLine(io, detail, zone),
  ];
  const visible = reviewVisible(detail);
  const lines = BLOCK_IDS.map((blockId, index) => {
    const block = submittedBlock(detail.snapshot, blockId);
    const review = visible ? detail.blockReviews.find((candidate) => candidate.blockId === blockId) : undefined;
    const marks = [
      block.answers.length === 0 ? t('course:review.empty_block') : null,
      review && review.verdict !== 'none' ? t(`course:verdict.${review.verdict}`) : null,
      review?.comment ? '💬' : null,
    ].filter((mark): mark is string => mark !== null);
    return escapeHtml(`${index + 1}. ${t(`blocks:${blockId}.title`)}${marks.length > 0 ? ` — ${marks.join(' ')}` : ''}`);
  });
  parts.push(lines.join('\n'));
  if (visible && detail.overallComment) parts.push(t('course:result.overall', { comment: escapeHtml(detail.overallComment) }));
  if (visible && detail.grade !== null) parts.push(t('course:result.grade', { grade: detail.grade }));
  if (!visible && detail.status !== 'withdrawn') parts.push(escapeHtml(t('course:history.review_pending')));
  parts.push(escapeHtml(t('course:history.pick_block')));
  const blockButtons = BLOCK_IDS.map((blockId, index) => io.key(String(index + 1), { kind: 'revision', submissionId: detail.id, blockId }));
  sayLong(io, parts.join('\n\n'), [
    blockButtons.slice(0, 5),
    blockButtons.slice(5),
    [io.key(t('course:history.all_button'), { kind: 'revisions', submissionId: detail.id })],
  ]);
}

/** One block of one revision: the frozen text, the types, and the coach's verdict and comment. */
function showRevisionBlock(io: CourseIo, detail: SubmissionDetail, blockId: BlockId): void {
  const t = io.t;
  const number = BLOCK_IDS.indexOf(blockId) + 1;
  const block = submittedBlock(detail.snapshot, blockId);
  const text = blockText(block);
  const parts = [
    t('course:history.block_header', {
      revision: escapeHtml(t('course:revision', { revision: detail.revision })),
      number,
      total: BLOCK_IDS.length,
      block: escapeHtml(t(`blocks:${blockId}.title`)),
    }),
    escapeHtml(text.length > 0 ? shorten(text, MAX_BLOCK_TEXT) : t('course:review.empty_block')),
  ];
  if (block.types.length > 0) {
    parts.push(escapeHtml(t('course:review.types', { types: block.types.map((type) => t(`types:${type.id}.label`)).join(', ') })));
  }
  if (detail.viewer === 'coach' && block.notes.length > 0) {
    const notes = translator(detail.snapshot.language);
    parts.push(
      [escapeHtml(t('course:history.notes')), ...block.notes.map((note) => `• ${escapeHtml(notes(`coaching:${note.key}`, note.params ?? {}))}`)].join('\n'),
    );
  }
  const review = reviewVisible(detail) ? detail.blockReviews.find((candidate) => candidate.blockId === blockId) : undefined;
  if (review && review.verdict !== 'none') parts.push(escapeHtml(t(`course:verdict.${review.verdict}`)));
  if (review?.comment) parts.push(escapeHtml(t('course:edit.coach_comment', { comment: review.comment })));
  const previous = BLOCK_IDS[(number + BLOCK_IDS.length - 2) % BLOCK_IDS.length] as BlockId;
  const next = BLOCK_IDS[number % BLOCK_IDS.length] as BlockId;
  sayLong(io, parts.join('\n\n'), [
    [
      io.key('◀', { kind: 'revision', submissionId: detail.id, blockId: previous }),
      io.key(t('course:history.overview_button', { revision: detail.revision }), { kind: 'revision', submissionId: detail.id, blockId: null }),
      io.key('▶', { kind: 'revision', submissionId: detail.id, blockId: next }),
    ],
  ]);
}

/** Opens a revision, or one block of it, for its student or a coach of its group; anyone else is refused. */
export async function showRevision(io: CourseIo, submissionId: number, blockId: BlockId | null): Promise<void> {
  const found = await io.deps.repos.submissions.find(io.deps.user.id, submissionId);
  if (!found.ok) return io.notYours();
  if (blockId === null) return showRevisionOverview(io, found.value);
  showRevisionBlock(io, found.value, blockId);
}
