import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import type { OutgoingMessage } from '../bot/outgoing.ts';
import { canReview } from '../course/group.ts';
import type { GroupRecord, PersonName, StudentProgress, SubmissionDetail } from '../course/records.ts';
import type { BlockVerdict as CourseBlockVerdict } from '../course/review.ts';
import { blockText } from '../course/submitted-canvas.ts';
import { type Language, isLanguage } from '../i18n.ts';
import { reviewResultMessages } from '../bot/course-revisions.ts';
import type { Queryable } from '../storage/database.ts';
import { createGroupRepository } from '../storage/group-repository.ts';
import { type SubmissionReviewState, loadGroupReviewState } from '../storage/group-review-state.ts';
import { type ClaimResult, createSubmissionRepository } from '../storage/submission-repository.ts';
import { type OutboxEntry, createOutbox } from '../storage/update-journal.ts';
import { createUserRepository } from '../storage/user-repository.ts';
import type {
  BlockVerdict,
  CellState,
  CoachDashboardService,
  GridRow,
  GroupSummary,
  Outcome,
  RevisionDiff,
  SubmissionView,
} from './coach-dashboard-service.ts';

export interface CourseDashboardOptions {
  /** The time reviews and leases are measured by; replaceable in tests. */
  clock?: () => Date;
  leaseMinutes?: number;
  /**
   * Called after a finished review is committed, with the student's messages now in the outbox,
   * to send them at once; without it (or when sending fails) the outbox flush sends them later.
   */
  onQueued?: (entries: OutboxEntry<OutgoingMessage>[]) => void;
}

type Refusal = { ok: false; reason: 'forbidden' | 'not_found' | 'conflict' };

/** Thrown inside a transaction to roll it back and answer with a refusal. */
class Refused extends Error {
  constructor(readonly outcome: Refusal) {
    super(outcome.reason);
  }
}

const forbidden: Refusal = { ok: false, reason: 'forbidden' };
const conflict: Refusal = { ok: false, reason: 'conflict' };

/** The repositories answer `not_yours` to anyone else's thing; every other refusal is a state the action does not fit. */
function refusalOf(error: string): Refusal {
  return error === 'not_yours' ? forbidden : conflict;
}

function verdictOf(verdict: CourseBlockVerdict | undefined): BlockVerdict | null {
  return verdict === 'accepted' || verdict === 'returned' ? verdict : null;
}

/** A name as text (the page escapes it): first name, else @username, else the id. */
function nameOf(person: PersonName | undefined, fallbackId: number): string {
  if (!person) return `#${fallbackId}`;
  return person.firstName?.trim() || (person.username ? `@${person.username}` : `#${person.id}`);
}

function cellsBeforeSubmission(progress: StudentProgress): GridRow['cells'] {
  const current = progress.canvas?.currentBlock ?? null;
  const filledUpTo = current === null ? 0 : current === 'done' ? BLOCK_IDS.length : BLOCK_IDS.indexOf(current);
  return BLOCK_IDS.map((blockId, index) => ({ blockId, state: index < filledUpTo ? 'filled' : 'empty' }));
}

function cellsOfSubmission(state: SubmissionReviewState): GridRow['cells'] {
  return BLOCK_IDS.map((blockId) => {
    const review = state.blockReviews.find((candidate) => candidate.blockId === blockId);
    const block = state.snapshot.blocks.find((candidate) => candidate.id === blockId);
    let cell: CellState;
    if (review?.verdict === 'accepted') cell = 'accepted';
    else if (review?.verdict === 'returned') cell = 'returned';
    else if (!block || block.answers.length === 0) cell = 'empty';
    else cell = state.changes?.find((change) => change.blockId === blockId)?.changed ? 'changed' : 'submitted';
    return { blockId, state: cell };
  });
}

/**
 * The coach's dashboard on the course repositories the chat uses: the same access checks (every
 * repository call names the acting user), the same review lease, the same verdict message to the
 * student. Each change runs in one transaction; finishing a review writes the student's message
 * to the outbox in that transaction, so the student is told exactly when the review is stored.
 */
export function createCourseDashboardService(db: Queryable, options: CourseDashboardOptions = {}): CoachDashboardService {
  const repositoryOptions = {
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.leaseMinutes !== undefined ? { leaseMinutes: options.leaseMinutes } : {}),
  };
  const repositories = (tx: Queryable) => ({
    groups: createGroupRepository(tx),
    submissions: createSubmissionRepository(tx, repositoryOptions),
  });

  /** Submissions waiting for `userId` (not held by another coach), by id. */
  async function waitingFor(tx: Queryable, userId: number): Promise<Map<number, number>> {
    const inbox = await repositories(tx).submissions.inbox(userId);
    const waiting = new Map<number, number>();
    for (const group of inbox) {
      for (const item of group.items) {
        if (item.claim === null || item.claim.coachId === userId) waiting.set(item.submissionId, group.groupId);
      }
    }
    return waiting;
  }

  function summaryOf(group: GroupRecord, studentCount: number, waiting: Map<number, number>): GroupSummary {
    return {
      id: group.id,
      name: group.name,
      assignment: group.assignment,
      deadline: group.deadline?.toISOString() ?? null,
      studentCount,
      waitingCount: [...waiting.values()].filter((groupId) => groupId === group.id).length,
    };
  }

  /** The submission as the coach's page shows it; `forbidden` for anyone but a coach of its group. */
  async function view(tx: Queryable, userId: number, submissionId: number): Promise<Outcome<SubmissionView>> {
    const { groups, submissions } = repositories(tx);
    const found = await submissions.find(userId, submissionId);
    if (!found.ok || found.value.viewer !== 'coach') return forbidden;
    const detail = found.value;
    const group = await groups.find(userId, detail.groupId);
    const members = await groups.members(userId, detail.groupId);
    if (!group.ok || !members.ok) return forbidden;
    const people = new Map(members.value.map((member) => [member.userId, { id: member.userId, firstName: member.firstName, username: member.username }]));
    const changes = await submissions.changesSinceReview(userId, submissionId);
    const sinceReview = changes.ok ? changes.value : null;
    const history = await submissions.revisions(userId, detail.canvasId, detail.groupId);
    const earlier = history.ok ? history.value.filter((revision) => revision.revision < detail.revision && revision.reviewedAt !== null) : [];
    const earlierReviews: SubmissionDetail[] = [];
    for (const revision of earlier) {
      const old = await submissions.find(userId, revision.id);
      if (old.ok) earlierReviews.push(old.value);
    }
    const snippets = await submissions.listSnippets(userId);
    const reviewer = detail.claim?.coachId ?? detail.reviewerId;
    return {
      ok: true,
      value: {
        id: detail.id,
        groupId: detail.groupId,
        groupName: group.value.group.name,
        studentName: nameOf(people.get(detail.studentId), detail.studentId),
        canvasTitle: detail.snapshot.title,
        revision: detail.revision,
        previousRevision: sinceReview?.reviewedRevision ?? null,
        status: detail.status,
        late: detail.late,
        submittedAt: detail.submittedAt.toISOString(),
        reviewerName: reviewer === null ? null : nameOf(people.get(reviewer), reviewer),
        overallComment: detail.overallComment,
        grade: detail.grade,
        snippets: snippets.map((snippet) => snippet.text),
        blocks: detail.snapshot.blocks.map((block) => {
          const review = detail.blockReviews.find((candidate) => candidate.blockId === block.id);
          return {
            blockId: block.id,
            answers: block.answers.map((answer) => ({ question: answer.question, text: answer.text })),
            types: block.types,
            notes: block.notes,
            verdict: verdictOf(review?.verdict),
            comment: review?.comment ?? null,
            earlierComments: earlierReviews.flatMap((old) => {
              const comment = old.blockReviews.find((candidate) => candidate.blockId === block.id)?.comment;
              return comment ? [comment] : [];
            }),
            changed: sinceReview?.changes.find((change) => change.blockId === block.id)?.changed ?? false,
            carried: review?.carried ?? false,
          };
        }),
      },
    };
  }

  /** Takes or renews the review lease, as opening the submission in the chat does. */
  async function take(tx: Queryable, userId: number, submissionId: number): Promise<void> {
    const claimed: ClaimResult = await repositories(tx).submissions.claim(userId, submissionId);
    if (!claimed.ok) throw new Refused(refusalOf(claimed.error));
  }

  /** Runs a change in one transaction; a refusal rolls back whatever part of it was done. */
  async function change(work: (tx: Queryable) => Promise<Outcome<SubmissionView>>): Promise<Outcome<SubmissionView>> {
    try {
      return await db.transaction(async (tx) => {
        const outcome = await work(tx);
        if (!outcome.ok) throw new Refused(outcome);
        return outcome;
      });
    } catch (error) {
      if (error instanceof Refused) return error.outcome;
      throw error;
    }
  }

  async function studentLanguage(tx: Queryable, studentId: number): Promise<Language> {
    const language = (await createUserRepository(tx).find(studentId))?.language ?? 'ru';
    return isLanguage(language) ? language : 'ru';
  }

  return {
    async listGroups(userId) {
      const memberships = (await repositories(db).groups.listForUser(userId)).filter((membership) => canReview(membership.role));
      if (memberships.length === 0) return [];
      const waiting = await waitingFor(db, userId);
      const summaries: GroupSummary[] = [];
      for (const { group } of memberships) {
        const progress = await repositories(db).submissions.groupProgress(userId, group.id);
        summaries.push(summaryOf(group, progress.ok ? progress.value.length : 0, waiting));
      }
      return summaries;
    },

    async groupGrid(userId, groupId) {
      const { groups, submissions } = repositories(db);
      const membership = await groups.find(userId, groupId);
      if (!membership.ok || !canReview(membership.value.role)) return forbidden;
      const progress = await submissions.groupProgress(userId, groupId);
      if (!progress.ok) return forbidden;
      const waiting = await waitingFor(db, userId);
      const reviewStates = await loadGroupReviewState(
        db,
        groupId,
        progress.value.flatMap((student) => (student.submission ? [student.submission.id] : [])),
      );
      const rows: GridRow[] = [];
      for (const student of progress.value) {
        const latest = student.submission;
        const reviewState = latest ? reviewStates.get(latest.id) : undefined;
        const cells = reviewState ? cellsOfSubmission(reviewState) : cellsBeforeSubmission(student);
        rows.push({
          studentId: student.student.id,
          studentName: nameOf(student.student, student.student.id),
          stage: student.stage,
          submissionId: latest?.id ?? null,
          revision: latest?.revision ?? null,
          late: latest?.late ?? false,
          waitingForMe: latest !== null && waiting.has(latest.id),
          lastActivityAt: student.lastActivityAt.toISOString(),
          cells,
        });
      }
      return { ok: true, value: { group: summaryOf(membership.value.group, rows.length, waiting), rows } };
    },

    async submission(userId, submissionId) {
      // Opening a waiting submission takes its review, as in the chat; one already reviewed, or
      // held by another coach, opens to read.
      const claimed = await repositories(db).submissions.claim(userId, submissionId);
      if (!claimed.ok && claimed.error === 'not_yours') return forbidden;
      return view(db, userId, submissionId);
    },

    async diff(userId, submissionId): Promise<Outcome<RevisionDiff>> {
      const { submissions } = repositories(db);
      const found = await submissions.find(userId, submissionId);
      if (!found.ok || found.value.viewer !== 'coach') return forbidden;
      const changes = await submissions.changesSinceReview(userId, submissionId);
      if (!changes.ok) return forbidden;
      const detail = found.value;
      if (changes.value === null) {
        // A first submission: nothing to compare with; the page shows the text as it is.
        return {
          ok: true,
          value: {
            submissionId,
            revision: detail.revision,
            previousRevision: null,
            blocks: detail.snapshot.blocks.map((block) => ({
              blockId: block.id,
              changed: false,
              before: '',
              after: blockText(block),
              diff: [],
              typesAdded: [],
              typesRemoved: [],
              previousVerdict: null,
              previousComment: null,
            })),
          },
        };
      }
      return {
        ok: true,
        value: {
          submissionId,
          revision: detail.revision,
          previousRevision: changes.value.reviewedRevision,
          blocks: changes.value.changes.map((block) => ({
            blockId: block.blockId,
            changed: block.changed,
            before: block.before,
            after: block.after,
            diff: block.diff,
            typesAdded: block.typesAdded,
            typesRemoved: block.typesRemoved,
            previousVerdict: verdictOf(block.previousVerdict),
            previousComment: block.previousComment,
          })),
        },
      };
    },

    async setBlockVerdict(userId, submissionId, blockId: BlockId, verdict, comment) {
      return change(async (tx) => {
        await take(tx, userId, submissionId);
        const reviewed = await repositories(tx).submissions.reviewBlock(userId, submissionId, blockId, { verdict, ...(comment !== null ? { comment } : {}) });
        if (!reviewed.ok) return refusalOf(reviewed.error);
        return view(tx, userId, submissionId);
      });
    },

    async comment(userId, submissionId, blockId, text) {
      return change(async (tx) => {
        await take(tx, userId, submissionId);
        const reviewed = await repositories(tx).submissions.reviewBlock(userId, submissionId, blockId, { comment: text });
        if (!reviewed.ok) return refusalOf(reviewed.error);
        return view(tx, userId, submissionId);
      });
    },

    async finishReview(userId, submissionId, review) {
      let queued: OutboxEntry<OutgoingMessage>[] = [];
      const outcome = await change(async (tx) => {
        await take(tx, userId, submissionId);
        const { groups, submissions } = repositories(tx);
        const overall = await submissions.setOverall(userId, submissionId, { comment: review.comment, grade: review.grade });
        if (!overall.ok) return refusalOf(overall.error);
        const finished = await submissions.finish(userId, submissionId);
        if (!finished.ok) return refusalOf(finished.error);
        const { submission, verdict } = finished.value;
        const group = await groups.find(userId, submission.groupId);
        if (!group.ok) return forbidden;
        const language = await studentLanguage(tx, submission.studentId);
        const work = { submissionId: submission.id, title: submission.title, revision: submission.revision, groupName: group.value.group.name };
        queued = await createOutbox<OutgoingMessage>(tx).add(submission.studentId, null, reviewResultMessages(language, work, verdict));
        return view(tx, userId, submissionId);
      });
      if (outcome.ok && queued.length > 0) options.onQueued?.(queued);
      return outcome;
    },
  };
}
