import { and, asc, desc, eq, inArray, isNull, lt, max, ne, sql } from 'drizzle-orm';
import { blockReviews, canvases, coachNotifications, commentSnippets, courseGroups, groupMembers, submissions, users } from '../../db/schema.ts';
import { BLOCK_IDS, type BlockId, isBlockId } from '../canvas/blocks.ts';
import { parseCanvasStep } from '../canvas/conversation-mode.ts';
import { studentStage } from '../course/cohort.ts';
import { canReview, isGroupRole } from '../course/group.ts';
import { DEFAULT_NOTIFICATION_POLICY, type NotificationPolicy, isNotificationDue } from '../course/notification-batching.ts';
import { type CourseResult, fail, ok } from '../course/result.ts';
import {
  type BlockReview,
  type BlockReviewChange,
  type Grade,
  type ReviewVerdict,
  applyBlockChange,
  isBlockVerdict,
  isGrade,
  reviewVerdict,
} from '../course/review.ts';
import { DEFAULT_REVIEW_LEASE_MINUTES, type ReviewClaim, decideClaim, holdsClaim } from '../course/review-claim.ts';
import { type BlockChange, carriedReviews, compareRevisions } from '../course/revision-diff.ts';
import { type SubmissionStatus, type TransitionError, isLate, isSubmissionStatus, nextStatus, resubmitEffect } from '../course/submission.ts';
import { freezeCanvas, parseSubmittedCanvas } from '../course/submitted-canvas.ts';
import { createCanvasRepository } from './canvas-repository.ts';
import type {
  CoachNotificationBatch,
  InboxGroup,
  InboxItem,
  NotificationItem,
  PersonName,
  ReturnedWork,
  StudentProgress,
  SubmissionDetail,
  SubmissionSummary,
} from '../course/records.ts';
import type { Queryable } from './database.ts';

export type { CoachNotificationBatch, InboxGroup, InboxItem, NotificationItem, PersonName, ReturnedWork, StudentProgress, SubmissionDetail, SubmissionSummary };

export type ClaimResult =
  | { ok: true; value: { submission: SubmissionDetail; takenOver: number | null } }
  | { ok: false; error: 'held'; heldBy: PersonName; until: Date }
  | { ok: false; error: 'not_yours' | 'already_reviewed' | 'withdrawn' };

/** Why a coach's change to a review did not apply. */
export type ReviewActionError = TransitionError | 'not_claimed';

export interface SubmissionRepositoryOptions {
  /** The time submissions, leases and notifications are measured by; replaceable in tests. */
  clock?: () => Date;
  leaseMinutes?: number;
}

type SubmissionRow = typeof submissions.$inferSelect;

function claimOf(row: SubmissionRow): ReviewClaim | null {
  return row.claimedBy !== null && row.claimExpiresAt !== null ? { coachId: row.claimedBy, expiresAt: row.claimExpiresAt } : null;
}

function statusOf(value: string): SubmissionStatus {
  if (!isSubmissionStatus(value)) throw new Error(`unknown submission status ${value}`);
  return value;
}

function toSummary(row: SubmissionRow, now: Date): SubmissionSummary {
  const claim = claimOf(row);
  const snapshot = row.snapshot as { title?: unknown };
  return {
    id: row.id,
    groupId: row.groupId,
    canvasId: row.canvasId,
    studentId: row.studentId,
    revision: row.revision,
    title: typeof snapshot.title === 'string' ? snapshot.title : '',
    status: statusOf(row.status),
    late: row.late,
    submittedAt: row.submittedAt,
    reviewedAt: row.reviewedAt,
    claim: claim && claim.expiresAt.getTime() > now.getTime() ? claim : null,
    grade: isGrade(row.grade) ? row.grade : null,
  };
}

function toBlockReview(row: typeof blockReviews.$inferSelect): BlockReview[] {
  if (!isBlockId(row.blockId) || !isBlockVerdict(row.verdict)) return [];
  return [{ blockId: row.blockId, verdict: row.verdict, comment: row.comment, carried: row.carried }];
}

function byBlockOrder(a: BlockReview, b: BlockReview): number {
  return BLOCK_IDS.indexOf(a.blockId) - BLOCK_IDS.indexOf(b.blockId);
}

const WAITING: SubmissionStatus[] = ['submitted', 'in_review'];
const REVIEWED: SubmissionStatus[] = ['returned', 'accepted'];
const REVIEWER_ROLES = ['coach', 'co_coach'];

/**
 * Submissions and their reviews. Every read and change checks who asks: the student sees their
 * own submissions, a coach or co-coach those handed in to their groups; anyone else gets
 * `not_yours`. Changes lock the submission row first, so a coach's action and the student's
 * withdrawal are applied one after the other (see src/course/submission.ts).
 */
export function createSubmissionRepository(db: Queryable, options: SubmissionRepositoryOptions = {}) {
  const clock = options.clock ?? (() => new Date());
  const leaseMinutes = options.leaseMinutes ?? DEFAULT_REVIEW_LEASE_MINUTES;
  const leaseEnd = (now: Date) => new Date(now.getTime() + leaseMinutes * 60_000);

  async function isReviewer(tx: Queryable, userId: number, groupId: number): Promise<boolean> {
    const [row] = await tx
      .select({ role: groupMembers.role })
      .from(groupMembers)
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
    return row !== undefined && isGroupRole(row.role) && canReview(row.role);
  }

  /** The submission row, locked for the rest of the transaction. */
  async function lock(tx: Queryable, submissionId: number): Promise<SubmissionRow | undefined> {
    const [row] = await tx.select().from(submissions).where(eq(submissions.id, submissionId)).for('update');
    return row;
  }

  async function reviewsOf(tx: Queryable, submissionId: number): Promise<BlockReview[]> {
    const rows = await tx.select().from(blockReviews).where(eq(blockReviews.submissionId, submissionId));
    return rows.flatMap(toBlockReview).sort(byBlockOrder);
  }

  async function detail(tx: Queryable, row: SubmissionRow, viewer: 'coach' | 'student'): Promise<SubmissionDetail> {
    return {
      ...toSummary(row, clock()),
      snapshot: parseSubmittedCanvas(row.snapshot),
      overallComment: row.overallComment,
      reviewerId: row.reviewerId,
      blockReviews: await reviewsOf(tx, row.id),
      viewer,
    };
  }

  /** Who may look at a submission: its student, or a coach of its group. */
  async function viewerOf(tx: Queryable, userId: number, row: SubmissionRow): Promise<'coach' | 'student' | null> {
    if (row.studentId === userId) return 'student';
    return (await isReviewer(tx, userId, row.groupId)) ? 'coach' : null;
  }

  /**
   * Locks the submission and checks that `coachId` holds its review: the common start of every
   * change a coach makes during a review. Renews the lease.
   */
  async function lockForReview(tx: Queryable, coachId: number, submissionId: number): Promise<CourseResult<SubmissionRow, ReviewActionError>> {
    const row = await lock(tx, submissionId);
    if (!row || !(await isReviewer(tx, coachId, row.groupId))) return fail('not_yours');
    const status = statusOf(row.status);
    if (status !== 'in_review') {
      const transition = nextStatus(status, { kind: 'finish', outcome: 'accepted' });
      return fail(transition.ok ? 'not_in_review' : transition.error);
    }
    const now = clock();
    if (!holdsClaim(claimOf(row), coachId, now)) return fail('not_claimed');
    await tx
      .update(submissions)
      .set({ claimExpiresAt: leaseEnd(now), updatedAt: now })
      .where(eq(submissions.id, submissionId));
    return ok(row);
  }

  async function person(tx: Queryable, userId: number): Promise<PersonName> {
    const [row] = await tx.select({ id: users.id, firstName: users.firstName, username: users.username }).from(users).where(eq(users.id, userId));
    return row ?? { id: userId, firstName: null, username: null };
  }

  return {
    /**
     * Hands the canvas in to the group as its next revision: reads and freezes the canvas under a
     * lock on it, replaces a revision still waiting, carries the acceptances of blocks unchanged
     * since the last review, and queues a notification for each coach of the group.
     */
    async submit(
      studentId: number,
      canvasId: number,
      groupId: number,
      author: string | null,
    ): Promise<CourseResult<{ submission: SubmissionSummary; replaced: number | null; carried: BlockId[] }, 'archived' | 'in_review'>> {
      return db.transaction(async (tx) => {
        // A share lock on the membership: leaving the group waits for this submission and then removes it too.
        const [member] = await tx
          .select({ role: groupMembers.role, archivedAt: courseGroups.archivedAt, deadline: courseGroups.deadline })
          .from(groupMembers)
          .innerJoin(courseGroups, eq(courseGroups.id, groupMembers.groupId))
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, studentId)))
          .for('share', { of: groupMembers });
        if (member?.role !== 'student') return fail('not_yours');
        if (member.archivedAt) return fail('archived');
        // The canvas lock orders two submissions of one canvas, so revision numbers never collide.
        const [locked] = await tx
          .select({ id: canvases.id })
          .from(canvases)
          .where(and(eq(canvases.id, canvasId), eq(canvases.ownerId, studentId)))
          .for('update');
        if (!locked) return fail('not_yours');
        const canvasRepository = createCanvasRepository(tx);
        const canvas = await canvasRepository.findOwned(studentId, canvasId);
        if (!canvas) return fail('not_yours');
        const snapshot = freezeCanvas(await canvasRepository.snapshot(canvas, author));

        const earlier = await tx
          .select()
          .from(submissions)
          .where(and(eq(submissions.canvasId, canvasId), eq(submissions.groupId, groupId)))
          .orderBy(desc(submissions.revision));
        const latest = earlier[0];
        const effect = resubmitEffect(latest ? statusOf(latest.status) : null);
        if (!effect.ok) return fail(effect.error);
        const now = clock();
        if (latest && effect.replaces) {
          await tx.update(submissions).set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now }).where(eq(submissions.id, latest.id));
          await tx.delete(coachNotifications).where(eq(coachNotifications.submissionId, latest.id));
        }

        const [row] = await tx
          .insert(submissions)
          .values({
            groupId,
            canvasId,
            studentId,
            revision: (latest?.revision ?? 0) + 1,
            snapshot,
            status: 'submitted',
            late: isLate(now, member.deadline),
            submittedAt: now,
            updatedAt: now,
          })
          .returning();
        if (!row) throw new Error('submission insert returned no row');

        const reviewed = earlier.find((candidate) => REVIEWED.includes(statusOf(candidate.status)));
        let carried: BlockReview[] = [];
        if (reviewed) {
          carried = carriedReviews(compareRevisions(parseSubmittedCanvas(reviewed.snapshot), await reviewsOf(tx, reviewed.id), snapshot));
          if (carried.length > 0) {
            await tx.insert(blockReviews).values(carried.map((review) => ({ submissionId: row.id, ...review })));
          }
        }

        const coaches = await tx
          .select({ userId: groupMembers.userId })
          .from(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), inArray(groupMembers.role, REVIEWER_ROLES)));
        if (coaches.length > 0) {
          await tx.insert(coachNotifications).values(coaches.map((coach) => ({ coachId: coach.userId, submissionId: row.id, createdAt: now })));
        }
        return ok({
          submission: toSummary(row, now),
          replaced: latest && effect.replaces ? latest.id : null,
          carried: carried.map((review) => review.blockId),
        });
      });
    },

    /** The student takes back a submission no coach has opened yet. */
    async withdraw(studentId: number, submissionId: number): Promise<CourseResult<SubmissionSummary, TransitionError>> {
      return db.transaction(async (tx) => {
        const row = await lock(tx, submissionId);
        if (!row || row.studentId !== studentId) return fail('not_yours');
        const transition = nextStatus(statusOf(row.status), { kind: 'withdraw' });
        if (!transition.ok) return fail(transition.error);
        const now = clock();
        const [updated] = await tx
          .update(submissions)
          .set({ status: transition.status, withdrawnAt: now, updatedAt: now })
          .where(eq(submissions.id, submissionId))
          .returning();
        await tx.delete(coachNotifications).where(eq(coachNotifications.submissionId, submissionId));
        return ok(toSummary(updated ?? row, now));
      });
    },

    /**
     * A coach opens a submission for review: takes or renews the lease, or learns who holds it.
     * Pending notifications about it are dropped: someone is on it.
     */
    async claim(coachId: number, submissionId: number): Promise<ClaimResult> {
      return db.transaction(async (tx): Promise<ClaimResult> => {
        const row = await lock(tx, submissionId);
        if (!row || !(await isReviewer(tx, coachId, row.groupId))) return fail('not_yours');
        const transition = nextStatus(statusOf(row.status), { kind: 'claim' });
        if (!transition.ok) return { ok: false, error: transition.error === 'withdrawn' ? 'withdrawn' : 'already_reviewed' };
        const now = clock();
        const decision = decideClaim(claimOf(row), coachId, now, leaseMinutes);
        if (decision.kind === 'held') return { ok: false, error: 'held', heldBy: await person(tx, decision.by), until: decision.until };
        const [updated] = await tx
          .update(submissions)
          .set({ status: transition.status, claimedBy: coachId, claimExpiresAt: decision.claim.expiresAt, updatedAt: now })
          .where(eq(submissions.id, submissionId))
          .returning();
        await tx.delete(coachNotifications).where(and(eq(coachNotifications.submissionId, submissionId), isNull(coachNotifications.notifiedAt)));
        return ok({ submission: await detail(tx, updated ?? row, 'coach'), takenOver: decision.takenOver });
      });
    },

    /**
     * The coach closes a review without finishing it: the lease is dropped. When the coach left
     * nothing in it, the submission is waiting again (and the student may withdraw it).
     */
    async release(coachId: number, submissionId: number): Promise<CourseResult<SubmissionSummary, ReviewActionError>> {
      return db.transaction(async (tx) => {
        const locked = await lockForReview(tx, coachId, submissionId);
        if (!locked.ok) return locked;
        const untouched =
          locked.value.overallComment === null && locked.value.grade === null && (await reviewsOf(tx, submissionId)).every((review) => review.carried);
        const now = clock();
        const [updated] = await tx
          .update(submissions)
          .set({ claimedBy: null, claimExpiresAt: null, updatedAt: now, ...(untouched ? { status: 'submitted' } : {}) })
          .where(eq(submissions.id, submissionId))
          .returning();
        return ok(toSummary(updated ?? locked.value, now));
      });
    },

    /** Sets a block's verdict or comment during a review the coach holds; returns all block reviews. */
    async reviewBlock(
      coachId: number,
      submissionId: number,
      blockId: BlockId,
      change: BlockReviewChange,
    ): Promise<CourseResult<BlockReview[], ReviewActionError>> {
      return db.transaction(async (tx) => {
        const locked = await lockForReview(tx, coachId, submissionId);
        if (!locked.ok) return locked;
        const reviews = applyBlockChange(await reviewsOf(tx, submissionId), blockId, change);
        const updated = reviews.find((review) => review.blockId === blockId);
        if (!updated) throw new Error('block review vanished');
        await tx
          .insert(blockReviews)
          .values({ submissionId, ...updated, updatedAt: clock() })
          .onConflictDoUpdate({
            target: [blockReviews.submissionId, blockReviews.blockId],
            set: { verdict: updated.verdict, comment: updated.comment, carried: updated.carried, updatedAt: clock() },
          });
        return ok(reviews);
      });
    },

    /** Sets the overall comment or the grade (null removes either); an absent field is kept. */
    async setOverall(
      coachId: number,
      submissionId: number,
      overall: { comment?: string | null; grade?: Grade | null },
    ): Promise<CourseResult<{ comment: string | null; grade: Grade | null }, ReviewActionError>> {
      return db.transaction(async (tx) => {
        const locked = await lockForReview(tx, coachId, submissionId);
        if (!locked.ok) return locked;
        const [updated] = await tx
          .update(submissions)
          .set({
            ...(overall.comment !== undefined ? { overallComment: overall.comment } : {}),
            ...(overall.grade !== undefined ? { grade: overall.grade } : {}),
          })
          .where(eq(submissions.id, submissionId))
          .returning();
        const row = updated ?? locked.value;
        return ok({ comment: row.overallComment, grade: isGrade(row.grade) ? row.grade : null });
      });
    },

    /**
     * Finishes the review: returned when any block is returned, accepted otherwise. Returns the
     * verdict to send the student, in the same transaction as the change.
     */
    async finish(coachId: number, submissionId: number): Promise<CourseResult<{ submission: SubmissionSummary; verdict: ReviewVerdict }, ReviewActionError>> {
      return db.transaction(async (tx) => {
        const locked = await lockForReview(tx, coachId, submissionId);
        if (!locked.ok) return locked;
        const row = locked.value;
        const verdict = reviewVerdict(await reviewsOf(tx, submissionId), {
          comment: row.overallComment,
          grade: isGrade(row.grade) ? row.grade : null,
        });
        const transition = nextStatus(statusOf(row.status), { kind: 'finish', outcome: verdict.outcome });
        if (!transition.ok) return fail(transition.error);
        const now = clock();
        const [updated] = await tx
          .update(submissions)
          .set({ status: transition.status, reviewedAt: now, reviewerId: coachId, claimedBy: null, claimExpiresAt: null, updatedAt: now })
          .where(eq(submissions.id, submissionId))
          .returning();
        return ok({ submission: toSummary(updated ?? row, now), verdict });
      });
    },

    /** A submission with its snapshot and reviews, for its student or a coach of its group. */
    async find(userId: number, submissionId: number): Promise<CourseResult<SubmissionDetail>> {
      const [row] = await db.select().from(submissions).where(eq(submissions.id, submissionId));
      const viewer = row ? await viewerOf(db, userId, row) : null;
      return row && viewer ? ok(await detail(db, row, viewer)) : fail('not_yours');
    },

    /**
     * What changed since the last reviewed revision of the same canvas and group, block by block,
     * with that review's verdicts and comments; null for a first submission.
     */
    async changesSinceReview(userId: number, submissionId: number): Promise<CourseResult<{ reviewedRevision: number; changes: BlockChange[] } | null>> {
      const [row] = await db.select().from(submissions).where(eq(submissions.id, submissionId));
      if (!row || !(await viewerOf(db, userId, row))) return fail('not_yours');
      const [reviewed] = await db
        .select()
        .from(submissions)
        .where(
          and(
            eq(submissions.canvasId, row.canvasId),
            eq(submissions.groupId, row.groupId),
            lt(submissions.revision, row.revision),
            inArray(submissions.status, REVIEWED),
          ),
        )
        .orderBy(desc(submissions.revision))
        .limit(1);
      if (!reviewed) return ok(null);
      const changes = compareRevisions(parseSubmittedCanvas(reviewed.snapshot), await reviewsOf(db, reviewed.id), parseSubmittedCanvas(row.snapshot));
      return ok({ reviewedRevision: reviewed.revision, changes });
    },

    /** Every revision of one canvas in one group, first to last; for its student or a coach of the group. */
    async revisions(userId: number, canvasId: number, groupId: number): Promise<CourseResult<SubmissionSummary[]>> {
      const rows = await db
        .select()
        .from(submissions)
        .where(and(eq(submissions.canvasId, canvasId), eq(submissions.groupId, groupId)))
        .orderBy(asc(submissions.revision));
      const first = rows[0];
      if (!first || !(await viewerOf(db, userId, first))) return fail('not_yours');
      const now = clock();
      return ok(rows.map((row) => toSummary(row, now)));
    },

    /** Every revision of the canvas and group `submissionId` belongs to, first to last; same access as `revisions`. */
    async revisionsOf(userId: number, submissionId: number): Promise<CourseResult<SubmissionSummary[]>> {
      const [row] = await db.select({ canvasId: submissions.canvasId, groupId: submissions.groupId }).from(submissions).where(eq(submissions.id, submissionId));
      if (!row) return fail('not_yours');
      return this.revisions(userId, row.canvasId, row.groupId);
    },

    /**
     * How many submissions already handed in to a group carry a late mark this deadline would
     * not give them, or lack one it would: marks are not rewritten when a deadline moves.
     */
    async lateMarksOutOfStep(userId: number, groupId: number, deadline: Date | null): Promise<number> {
      if (!(await isReviewer(db, userId, groupId))) return 0;
      const rows = await db
        .select({ late: submissions.late, submittedAt: submissions.submittedAt })
        .from(submissions)
        .where(and(eq(submissions.groupId, groupId), ne(submissions.status, 'withdrawn')));
      return rows.filter((row) => row.late !== isLate(row.submittedAt, deadline)).length;
    },

    /** The student's own submissions, newest first. */
    async listForStudent(studentId: number): Promise<Array<SubmissionSummary & { groupName: string }>> {
      const rows = await db
        .select({ submission: submissions, groupName: courseGroups.name })
        .from(submissions)
        .innerJoin(courseGroups, eq(courseGroups.id, submissions.groupId))
        .where(eq(submissions.studentId, studentId))
        .orderBy(desc(submissions.submittedAt), desc(submissions.id));
      const now = clock();
      return rows.map((row) => ({ ...toSummary(row.submission, now), groupName: row.groupName }));
    },

    /**
     * Blocks of this canvas a coach returned and the student has not handed in again since, per
     * group, with the comments: what `/edit` marks.
     */
    async returnedBlocks(studentId: number, canvasId: number): Promise<ReturnedWork[]> {
      const rows = await db
        .selectDistinctOn([submissions.groupId], { submission: submissions, groupName: courseGroups.name })
        .from(submissions)
        .innerJoin(courseGroups, eq(courseGroups.id, submissions.groupId))
        .where(and(eq(submissions.canvasId, canvasId), eq(submissions.studentId, studentId), ne(submissions.status, 'withdrawn')))
        .orderBy(submissions.groupId, desc(submissions.revision));
      const returned = rows.filter((row) => row.submission.status === 'returned');
      if (returned.length === 0) return [];
      const reviewRows = await db
        .select()
        .from(blockReviews)
        .where(
          and(
            inArray(
              blockReviews.submissionId,
              returned.map((row) => row.submission.id),
            ),
            eq(blockReviews.verdict, 'returned'),
          ),
        );
      return returned.map((row) => ({
        submissionId: row.submission.id,
        groupId: row.submission.groupId,
        groupName: row.groupName,
        revision: row.submission.revision,
        blocks: reviewRows
          .filter((review) => review.submissionId === row.submission.id)
          .flatMap(toBlockReview)
          .sort(byBlockOrder)
          .map((review) => ({ blockId: review.blockId, comment: review.comment })),
      }));
    },

    /** Submissions waiting for `coachId` across their groups: oldest first, grouped by group (the group with the oldest first). */
    async inbox(coachId: number): Promise<InboxGroup[]> {
      const rows = await db
        .select({
          submission: submissions,
          groupName: courseGroups.name,
          student: { id: users.id, firstName: users.firstName, username: users.username },
        })
        .from(submissions)
        .innerJoin(courseGroups, eq(courseGroups.id, submissions.groupId))
        .innerJoin(
          groupMembers,
          and(eq(groupMembers.groupId, submissions.groupId), eq(groupMembers.userId, coachId), inArray(groupMembers.role, REVIEWER_ROLES)),
        )
        .innerJoin(users, eq(users.id, submissions.studentId))
        .where(inArray(submissions.status, WAITING))
        .orderBy(asc(submissions.submittedAt), asc(submissions.id));
      const now = clock();
      const groups = new Map<number, InboxGroup>();
      for (const row of rows) {
        const summary = toSummary(row.submission, now);
        let group = groups.get(summary.groupId);
        if (!group) {
          group = { groupId: summary.groupId, groupName: row.groupName, items: [] };
          groups.set(summary.groupId, group);
        }
        group.items.push({
          submissionId: summary.id,
          student: row.student,
          title: summary.title,
          revision: summary.revision,
          status: summary.status,
          late: summary.late,
          submittedAt: summary.submittedAt,
          claim: summary.claim,
        });
      }
      return [...groups.values()];
    },

    /**
     * Every student of a group with their latest submission, the block they are on, the revision,
     * their last activity and reminder settings, for the group's coaches.
     */
    async groupProgress(coachId: number, groupId: number): Promise<CourseResult<StudentProgress[]>> {
      if (!(await isReviewer(db, coachId, groupId))) return fail('not_yours');
      return ok(await readGroupProgress(db, groupId));
    },

    /** Saves a comment the coach wants to reuse. */
    async addSnippet(coachId: number, text: string): Promise<{ id: number; text: string }> {
      const [row] = await db.insert(commentSnippets).values({ coachId, text }).returning({ id: commentSnippets.id, text: commentSnippets.text });
      if (!row) throw new Error('snippet insert returned no row');
      return row;
    },

    async listSnippets(coachId: number): Promise<Array<{ id: number; text: string }>> {
      return db
        .select({ id: commentSnippets.id, text: commentSnippets.text })
        .from(commentSnippets)
        .where(eq(commentSnippets.coachId, coachId))
        .orderBy(asc(commentSnippets.id));
    },

    /** A coach's own snippet by id (a button carries the id); `not_yours` for anyone else's. */
    async findSnippet(coachId: number, snippetId: number): Promise<CourseResult<{ id: number; text: string }>> {
      const [row] = await db
        .select({ id: commentSnippets.id, text: commentSnippets.text })
        .from(commentSnippets)
        .where(and(eq(commentSnippets.id, snippetId), eq(commentSnippets.coachId, coachId)));
      return row ? ok(row) : fail('not_yours');
    },

    async deleteSnippet(coachId: number, snippetId: number): Promise<CourseResult<null>> {
      const deleted = await db
        .delete(commentSnippets)
        .where(and(eq(commentSnippets.id, snippetId), eq(commentSnippets.coachId, coachId)))
        .returning({ id: commentSnippets.id });
      return deleted.length > 0 ? ok(null) : fail('not_yours');
    },

    /**
     * Claims the coach notifications due now and marks them told: one batch per coach, outside
     * the coach's night (their own zone, else the group's). Run it in the transaction that writes
     * the messages to the outbox; `SKIP LOCKED` lets several instances tick at once.
     */
    async claimDueNotifications(policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY, limit = 500): Promise<CoachNotificationBatch[]> {
      const now = clock();
      const pending = await db
        .select({
          id: coachNotifications.id,
          coachId: coachNotifications.coachId,
          createdAt: coachNotifications.createdAt,
          submissionId: submissions.id,
          groupId: courseGroups.id,
          groupName: courseGroups.name,
          title: sql<string>`${submissions.snapshot}->>'title'`,
          revision: submissions.revision,
          late: submissions.late,
          studentId: submissions.studentId,
          coachLanguage: users.language,
          timeZone: sql<string>`coalesce(${users.timeZone}, ${courseGroups.timeZone})`,
        })
        .from(coachNotifications)
        .innerJoin(submissions, eq(submissions.id, coachNotifications.submissionId))
        .innerJoin(courseGroups, eq(courseGroups.id, submissions.groupId))
        .innerJoin(users, eq(users.id, coachNotifications.coachId))
        .where(isNull(coachNotifications.notifiedAt))
        .orderBy(asc(coachNotifications.createdAt), asc(coachNotifications.id))
        .limit(limit)
        .for('update', { of: coachNotifications, skipLocked: true });
      if (pending.length === 0) return [];
      const coachIds = [...new Set(pending.map((row) => row.coachId))];
      const last = await db
        .select({ coachId: coachNotifications.coachId, at: max(coachNotifications.notifiedAt) })
        .from(coachNotifications)
        .where(inArray(coachNotifications.coachId, coachIds))
        .groupBy(coachNotifications.coachId);
      const lastByCoach = new Map(last.map((row) => [row.coachId, row.at === null ? null : new Date(row.at)]));
      const due = coachIds.filter((coachId) => {
        const rows = pending.filter((row) => row.coachId === coachId);
        const zone = rows[0]?.timeZone ?? 'UTC';
        return isNotificationDue(
          rows.map((row) => row.createdAt),
          lastByCoach.get(coachId) ?? null,
          zone,
          now,
          policy,
        );
      });
      if (due.length === 0) return [];
      const taken = pending.filter((row) => due.includes(row.coachId));
      await db
        .update(coachNotifications)
        .set({ notifiedAt: now })
        .where(
          inArray(
            coachNotifications.id,
            taken.map((row) => row.id),
          ),
        );
      const studentIds = [...new Set(taken.map((row) => row.studentId))];
      const students = await db.select({ id: users.id, firstName: users.firstName, username: users.username }).from(users).where(inArray(users.id, studentIds));
      const studentById = new Map(students.map((student) => [student.id, student]));
      return due.map((coachId) => {
        const rows = taken.filter((row) => row.coachId === coachId);
        return {
          coachId,
          language: rows[0]?.coachLanguage ?? 'ru',
          items: rows.map((row) => ({
            submissionId: row.submissionId,
            groupId: row.groupId,
            groupName: row.groupName,
            student: studentById.get(row.studentId) ?? { id: row.studentId, firstName: null, username: null },
            title: row.title,
            revision: row.revision,
            late: row.late,
          })),
        };
      });
    },

    /** When the next batch for any coach may be due: the oldest pending notification, for a scheduler's sleep. */
    async oldestPendingNotification(): Promise<Date | null> {
      const [row] = await db
        .select({ at: sql<Date | string | null>`min(${coachNotifications.createdAt})` })
        .from(coachNotifications)
        .where(isNull(coachNotifications.notifiedAt));
      return row?.at ? new Date(row.at) : null;
    },

    /** Pending notifications of one coach (tests and diagnostics). */
    async pendingNotificationCount(coachId: number): Promise<number> {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(coachNotifications)
        .where(and(eq(coachNotifications.coachId, coachId), isNull(coachNotifications.notifiedAt)));
      return row?.count ?? 0;
    },
  };
}

export type SubmissionRepository = ReturnType<typeof createSubmissionRepository>;

/**
 * The students of a group as `groupProgress` returns them, in one query whatever the group's
 * size. No access check: callers check that the reader coaches the group.
 */
export async function readGroupProgress(db: Queryable, groupId: number): Promise<StudentProgress[]> {
  const latest = db
    .select({
      id: submissions.id,
      canvasId: submissions.canvasId,
      revision: submissions.revision,
      status: submissions.status,
      late: submissions.late,
      submittedAt: submissions.submittedAt,
      reviewedAt: submissions.reviewedAt,
      grade: submissions.grade,
    })
    .from(submissions)
    .where(and(eq(submissions.groupId, groupMembers.groupId), eq(submissions.studentId, groupMembers.userId), ne(submissions.status, 'withdrawn')))
    .orderBy(desc(submissions.submittedAt), desc(submissions.id))
    .limit(1)
    .as('latest');
  const rows = await db
    .select({
      student: { id: users.id, firstName: users.firstName, username: users.username },
      joinedAt: groupMembers.joinedAt,
      remindersEnabled: users.remindersEnabled,
      timeZone: users.timeZone,
      latest: {
        id: latest.id,
        revision: latest.revision,
        status: latest.status,
        late: latest.late,
        submittedAt: latest.submittedAt,
        reviewedAt: latest.reviewedAt,
        grade: latest.grade,
      },
      canvas: { id: canvases.id, title: canvases.title, step: canvases.step, completedAt: canvases.completedAt, lastActivityAt: canvases.lastActivityAt },
    })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .leftJoinLateral(latest, sql`true`)
    .leftJoin(canvases, and(eq(canvases.id, sql`coalesce(${latest.canvasId}, ${users.activeCanvasId})`), eq(canvases.ownerId, groupMembers.userId)))
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'student')))
    .orderBy(asc(groupMembers.joinedAt), asc(groupMembers.userId));
  return rows.map((row) => {
    const submission =
      row.latest && row.latest.id !== null
        ? {
            id: row.latest.id,
            revision: row.latest.revision,
            status: statusOf(row.latest.status),
            late: row.latest.late,
            submittedAt: new Date(row.latest.submittedAt),
            reviewedAt: row.latest.reviewedAt === null ? null : new Date(row.latest.reviewedAt),
            grade: isGrade(row.latest.grade) ? row.latest.grade : null,
          }
        : null;
    const step = row.canvas ? parseCanvasStep(row.canvas.step) : null;
    const canvas =
      row.canvas && step
        ? {
            id: row.canvas.id,
            title: row.canvas.title,
            currentBlock: step.kind === 'done' ? ('done' as const) : step.blockId,
            completed: row.canvas.completedAt !== null,
          }
        : null;
    const activity = [row.joinedAt, row.canvas?.lastActivityAt ?? null, submission?.submittedAt ?? null].filter((date): date is Date => date !== null);
    return {
      student: row.student,
      joinedAt: row.joinedAt,
      stage: studentStage(submission?.status ?? null, canvas),
      submission,
      canvas,
      lastActivityAt: new Date(Math.max(...activity.map((date) => date.getTime()))),
      remindersEnabled: row.remindersEnabled,
      timeZone: row.timeZone,
    };
  });
}
