import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import type { CourseAction, CourseOp } from '../canvas/course-mode.ts';
import type { SubmissionDetail } from '../course/records.ts';
import { isGrade, nextUndecidedBlock } from '../course/review.ts';
import { type Language, isLanguage, translator } from '../i18n.ts';
import { formatLocalTime, personLabel, renderInbox, renderWordDiff } from '../render/course-text.ts';
import { escapeHtml } from '../render/html.ts';
import { shorten } from '../render/shorten.ts';
import { dashboardButton } from '../web/dashboard-link.ts';
import { type CourseIo, MAX_BUTTON_TEXT } from './course-io.ts';
import { reviewResultMessages, revisionsButton } from './course-revisions.ts';
import type { Keyboard } from './outgoing.ts';

/*
 * A coach's review of one submission in the chat: the inbox, opening a submission (the lease),
 * block after block with verdicts, comments and saved snippets, the summary with the grade, and
 * the verdict sent to the student. Storage checks that the coach holds the review.
 */

/** The buttons of a review, each a step of it. */
export type ReviewAction = Extract<
  CourseAction,
  {
    kind:
      | 'open_review'
      | 'block_verdict'
      | 'block_comment'
      | 'suggested_comment'
      | 'snippet_comment'
      | 'save_snippet'
      | 'show_block'
      | 'overall_comment'
      | 'grade'
      | 'finish_review';
  }
>;

export async function applyReviewAction(io: CourseIo, action: ReviewAction): Promise<void> {
  const { repos, user } = io.deps;
  switch (action.kind) {
    case 'open_review':
      return openReview(io, action.submissionId);
    case 'block_verdict': {
      const result = await repos.submissions.reviewBlock(user.id, action.submissionId, action.blockId, { verdict: action.verdict });
      if (!result.ok) return reviewRefused(io, result.error);
      if (action.verdict === 'returned') {
        io.say(escapeHtml(io.t('course:review.ask_return_comment', { block: io.t(`blocks:${action.blockId}.title`) })));
        return;
      }
      return showNext(io, action.submissionId, action.blockId);
    }
    case 'block_comment': {
      const detail = await reviewing(io, action.submissionId);
      if (!detail) return;
      io.say(escapeHtml(io.t('course:review.ask_comment', { block: io.t(`blocks:${action.blockId}.title`) })));
      return;
    }
    case 'suggested_comment': {
      const detail = await reviewing(io, action.submissionId);
      if (!detail) return;
      const note = detail.snapshot.blocks.find((block) => block.id === action.blockId)?.notes[action.noteIndex];
      if (!note) return io.notYours();
      const comment = translator(detail.snapshot.language)(`coaching:${note.key}`, note.params ?? {});
      const result = await repos.submissions.reviewBlock(user.id, action.submissionId, action.blockId, { comment });
      if (!result.ok) return reviewRefused(io, result.error);
      return showBlock(io, action.submissionId, action.blockId);
    }
    case 'snippet_comment': {
      const snippet = await repos.submissions.findSnippet(user.id, action.snippetId);
      if (!snippet.ok) return io.notYours();
      const result = await repos.submissions.reviewBlock(user.id, action.submissionId, action.blockId, { comment: snippet.value.text });
      if (!result.ok) return reviewRefused(io, result.error);
      return showBlock(io, action.submissionId, action.blockId);
    }
    case 'save_snippet': {
      const detail = await reviewing(io, action.submissionId);
      if (!detail) return;
      const comment = detail.blockReviews.find((review) => review.blockId === action.blockId)?.comment;
      if (!comment) return;
      const saved = await repos.submissions.addSnippet(user.id, comment);
      io.toast(io.t('course:review.snippet_saved'));
      io.say(escapeHtml(io.t('course:review.snippet_saved_text', { text: shorten(saved.text, 80) })));
      return;
    }
    case 'show_block': {
      if (!(await reviewing(io, action.submissionId))) return;
      return showBlock(io, action.submissionId, action.blockId);
    }
    case 'overall_comment':
      if (!(await reviewing(io, action.submissionId))) return;
      io.say(escapeHtml(io.t('course:review.ask_overall')));
      return;
    case 'grade': {
      const grade = action.grade === 0 ? null : action.grade;
      if (grade !== null && !isGrade(grade)) return io.notYours();
      const result = await repos.submissions.setOverall(user.id, action.submissionId, { grade });
      if (!result.ok) return reviewRefused(io, result.error);
      return showSummary(io, action.submissionId);
    }
    case 'finish_review':
      return finish(io, action.submissionId);
  }
}

/** A block's comment the coach typed; after a returned block the review goes on to the next undecided one. */
export async function commentBlock(io: CourseIo, op: Extract<CourseOp, { kind: 'comment_block' }>): Promise<void> {
  const result = await io.deps.repos.submissions.reviewBlock(io.deps.user.id, op.submissionId, op.blockId, { comment: op.comment });
  if (!result.ok) return reviewRefused(io, result.error);
  if (op.returning) return showNext(io, op.submissionId, op.blockId);
  return showBlock(io, op.submissionId, op.blockId);
}

export async function commentOverall(io: CourseIo, op: Extract<CourseOp, { kind: 'comment_overall' }>): Promise<void> {
  const result = await io.deps.repos.submissions.setOverall(io.deps.user.id, op.submissionId, { comment: op.comment });
  if (!result.ok) return reviewRefused(io, result.error);
  return showSummary(io, op.submissionId);
}

export async function showInbox(io: CourseIo): Promise<void> {
  const inbox = await io.deps.repos.submissions.inbox(io.deps.user.id);
  const keyboard = inbox.flatMap((group) =>
    group.items.slice(0, 15).map((item) => [
      io.key(shorten(`${item.student.firstName ?? item.student.username ?? item.student.id} · ${item.title}`, MAX_BUTTON_TEXT), {
        kind: 'open_review',
        submissionId: item.submissionId,
      }),
    ]),
  );
  const rows: Keyboard = keyboard.slice(0, 30);
  const dashboard = dashboardButton(io.t, io.deps.webApp, inbox.length === 1 ? { groupId: inbox[0]?.groupId ?? 0 } : {});
  if (dashboard) rows.push([dashboard]);
  io.say(renderInbox(io.deps.language, inbox), rows);
}

function reviewRefused(io: CourseIo, error: string): void {
  if (error === 'not_yours') {
    io.notYours();
    return;
  }
  const key = error === 'not_claimed' ? 'review.not_claimed' : error === 'withdrawn' ? 'review.withdrawn' : 'review.already_reviewed';
  io.toast(io.t(`course:${key}`));
  io.say(escapeHtml(io.t(`course:${key}`)));
}

/** The submission when the user holds its review now; tells them otherwise. */
async function reviewing(io: CourseIo, submissionId: number): Promise<SubmissionDetail | null> {
  const found = await io.deps.repos.submissions.find(io.deps.user.id, submissionId);
  if (!found.ok || found.value.viewer !== 'coach') {
    io.notYours();
    return null;
  }
  const claim = found.value.claim;
  if (found.value.status !== 'in_review' || !claim || claim.coachId !== io.deps.user.id) {
    reviewRefused(io, found.value.status === 'in_review' || found.value.status === 'submitted' ? 'not_claimed' : found.value.status);
    return null;
  }
  return found.value;
}

async function openReview(io: CourseIo, submissionId: number): Promise<void> {
  const { repos, user } = io.deps;
  const claimed = await repos.submissions.claim(user.id, submissionId);
  if (!claimed.ok) {
    if (claimed.error === 'held') {
      const held = await repos.submissions.find(user.id, submissionId);
      const group = held.ok ? await repos.groups.find(user.id, held.value.groupId) : null;
      const until = formatLocalTime(io.deps.language, claimed.until, io.zone(group?.ok ? group.value.group.timeZone : null));
      io.toast(io.t('course:review.held_by', { coach: claimed.heldBy.firstName ?? claimed.heldBy.username ?? '', until }));
      io.say(io.t('course:review.held_by', { coach: personLabel(claimed.heldBy), until: escapeHtml(until) }));
      return;
    }
    return reviewRefused(io, claimed.error);
  }
  const detail = claimed.value.submission;
  const student = await repos.users.find(detail.studentId);
  if (claimed.value.takenOver !== null) {
    const previous = await repos.users.find(claimed.value.takenOver);
    io.say(
      io.t('course:review.taken_over', {
        coach: personLabel({ id: claimed.value.takenOver, firstName: previous?.firstName ?? null, username: previous?.username ?? null }),
      }),
    );
  }
  io.deps.queue(user.id, { method: 'sendCanvasPicture', canvasId: detail.canvasId, ownerId: detail.studentId, view: 'classic', submissionId: detail.id });
  const header = [
    io.t('course:review.opened', {
      title: escapeHtml(detail.title),
      student: personLabel({ id: detail.studentId, firstName: student?.firstName ?? null, username: student?.username ?? null }),
      revision: escapeHtml(io.t('course:revision', { revision: detail.revision })),
    }),
  ];
  if (detail.late) header.push(escapeHtml(io.t('course:late')));
  const carried = detail.blockReviews.filter((review) => review.carried).length;
  if (carried > 0) header.push(escapeHtml(io.t('course:review.carried', { count: carried })));
  const dashboard = dashboardButton(io.t, io.deps.webApp, { submissionId: detail.id });
  io.say(header.join('\n'), [[revisionsButton(io, detail.id), ...(dashboard ? [dashboard] : [])]]);
  const first = nextUndecidedBlock(detail.blockReviews);
  if (first === null) return showSummary(io, submissionId);
  return showBlock(io, submissionId, first);
}

async function showNext(io: CourseIo, submissionId: number, after: BlockId): Promise<void> {
  const found = await io.deps.repos.submissions.find(io.deps.user.id, submissionId);
  if (!found.ok) return io.notYours();
  const next = nextUndecidedBlock(found.value.blockReviews, after);
  if (next === null) return showSummary(io, submissionId);
  return showBlock(io, submissionId, next);
}

/** One block as the coach reads it: the text (with what changed), types, the bot's notes, the decision so far. */
async function showBlock(io: CourseIo, submissionId: number, blockId: BlockId): Promise<void> {
  const { repos, user } = io.deps;
  const t = io.t;
  const found = await repos.submissions.find(user.id, submissionId);
  if (!found.ok || found.value.viewer !== 'coach') return io.notYours();
  const detail = found.value;
  const block = detail.snapshot.blocks.find((candidate) => candidate.id === blockId);
  if (!block) return io.notYours();
  const number = BLOCK_IDS.indexOf(blockId) + 1;
  const parts = [t('course:review.block_header', { number, total: BLOCK_IDS.length, block: escapeHtml(t(`blocks:${blockId}.title`)) })];
  const changes = await repos.submissions.changesSinceReview(user.id, submissionId);
  const change = changes.ok && changes.value ? changes.value.changes.find((candidate) => candidate.blockId === blockId) : undefined;
  const text = block.answers.map((answer) => answer.text).join('\n');
  if (change?.changed && change.diff.length > 0) {
    // Old and new text side by side reads better on a phone than one interleaved diff.
    const before = renderWordDiff(change.diff.filter((part) => part.kind !== 'added'));
    const after = renderWordDiff(change.diff.filter((part) => part.kind !== 'removed'));
    parts.push(
      [
        escapeHtml(t('course:review.changes_intro', { revision: changes.ok && changes.value ? changes.value.reviewedRevision : 0 })),
        t('course:review.before', { text: before }),
        t('course:review.after', { text: after }),
      ].join('\n'),
    );
  } else {
    parts.push(text.length > 0 ? escapeHtml(shorten(text, 2500)) : escapeHtml(t('course:review.empty_block')));
    if (change && !change.changed) parts.push(escapeHtml(t('course:review.unchanged')));
  }
  if (change?.previousComment) parts.push(escapeHtml(t('course:review.earlier_comment', { comment: change.previousComment })));
  if (block.types.length > 0) {
    const names = block.types.map((type) => t(`types:${type.id}.label`)).join(', ');
    parts.push(escapeHtml(t('course:review.types', { types: names })));
    if (block.types.some((type) => type.source === 'user')) parts.push(escapeHtml(t('course:review.types_changed')));
  }
  const noteTranslate = translator(detail.snapshot.language);
  if (block.notes.length > 0) {
    parts.push(
      [
        escapeHtml(t('course:review.notes_intro')),
        ...block.notes.map((note, index) => `${index + 1}. ${escapeHtml(noteTranslate(`coaching:${note.key}`, note.params ?? {}))}`),
      ].join('\n'),
    );
  }
  const review = detail.blockReviews.find((candidate) => candidate.blockId === blockId);
  if (review && review.verdict !== 'none')
    parts.push(escapeHtml(t(`course:verdict.${review.verdict}`)) + (review.carried ? ` ${escapeHtml(t('course:review.pre_accepted'))}` : ''));
  if (review?.comment) parts.push(escapeHtml(t('course:review.your_comment', { comment: review.comment })));
  const keyboard: Keyboard = [
    [
      io.key(t('course:review.accept_button'), { kind: 'block_verdict', submissionId, blockId, verdict: 'accepted' }),
      io.key(t('course:review.comment_button'), { kind: 'block_comment', submissionId, blockId }),
      io.key(t('course:review.return_button'), { kind: 'block_verdict', submissionId, blockId, verdict: 'returned' }),
    ],
  ];
  if (block.notes.length > 0) {
    keyboard.push(
      block.notes
        .slice(0, 3)
        .map((_, index) =>
          io.key(t('course:review.suggest_button', { number: index + 1 }), { kind: 'suggested_comment', submissionId, blockId, noteIndex: index }),
        ),
    );
  }
  // The coach's own saved comments, and saving the comment just written as one.
  const snippets = await repos.submissions.listSnippets(user.id);
  const snippetRow = snippets
    .filter((snippet) => snippet.text !== review?.comment)
    .slice(-3)
    .map((snippet) => io.key(`💬 ${shorten(snippet.text, 24)}`, { kind: 'snippet_comment', submissionId, blockId, snippetId: snippet.id }));
  if (snippetRow.length > 0) keyboard.push(snippetRow);
  if (review?.comment && !snippets.some((snippet) => snippet.text === review.comment)) {
    keyboard.push([io.key(t('course:review.save_snippet_button'), { kind: 'save_snippet', submissionId, blockId })]);
  }
  const next = BLOCK_IDS[number % BLOCK_IDS.length] as BlockId;
  keyboard.push([
    io.key(t('course:review.next_button'), { kind: 'show_block', submissionId, blockId: next }),
    io.key(t('course:review.summary_button'), { kind: 'grade', submissionId, grade: detail.grade ?? 0 }),
  ]);
  io.say(parts.join('\n\n'), keyboard);
}

async function showSummary(io: CourseIo, submissionId: number): Promise<void> {
  const found = await io.deps.repos.submissions.find(io.deps.user.id, submissionId);
  if (!found.ok || found.value.viewer !== 'coach') return io.notYours();
  const detail = found.value;
  const count = (verdict: string) => detail.blockReviews.filter((review) => review.verdict === verdict).length;
  const accepted = count('accepted');
  const returned = count('returned');
  const parts = [io.t('course:review.summary', { accepted, returned, undecided: BLOCK_IDS.length - accepted - returned })];
  if (detail.overallComment) parts.push(io.t('course:result.overall', { comment: escapeHtml(detail.overallComment) }));
  parts.push(detail.grade !== null ? io.t('course:result.grade', { grade: detail.grade }) : escapeHtml(io.t('course:review.grade_none')));
  const grades = [1, 2, 3, 4, 5].map((grade) => io.key(detail.grade === grade ? `• ${grade} •` : String(grade), { kind: 'grade', submissionId, grade }));
  io.say(parts.join('\n'), [
    grades,
    [
      io.key(io.t('course:review.overall_button'), { kind: 'overall_comment', submissionId }),
      io.key(io.t('course:review.first_block_button'), { kind: 'show_block', submissionId, blockId: BLOCK_IDS[0] }),
    ],
    [io.key(io.t(`course:${returned > 0 ? 'review.finish_return_button' : 'review.finish_accept_button'}`), { kind: 'finish_review', submissionId })],
  ]);
}

async function finish(io: CourseIo, submissionId: number): Promise<void> {
  const { repos, user } = io.deps;
  const result = await repos.submissions.finish(user.id, submissionId);
  if (!result.ok) return reviewRefused(io, result.error);
  const { submission, verdict } = result.value;
  const group = await repos.groups.find(user.id, submission.groupId);
  const student = await repos.users.find(submission.studentId);
  const language: Language = student && isLanguage(student.language) ? student.language : 'ru';
  const work = { title: submission.title, revision: submission.revision, groupName: group.ok ? group.value.group.name : '' };
  for (const message of reviewResultMessages(language, { submissionId: submission.id, ...work }, verdict)) io.deps.queue(submission.studentId, message);
  io.say(
    io.t('course:review.sent', {
      student: personLabel({ id: submission.studentId, firstName: student?.firstName ?? null, username: student?.username ?? null }),
      verdict: escapeHtml(io.t(`course:verdict.${verdict.outcome}`)),
    }),
    [[revisionsButton(io, submission.id)]],
  );
}
