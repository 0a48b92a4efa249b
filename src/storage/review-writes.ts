import { and, eq, isNull } from 'drizzle-orm';
import { blockReviews, coachNotifications, submissions } from '../../db/schema.ts';
import type { BlockId } from '../canvas/blocks.ts';
import type { PersonName, SubmissionDetail, SubmissionSummary } from '../course/records.ts';
import { type CourseResult, fail, ok } from '../course/result.ts';
import { type BlockReview, type BlockReviewChange, type Grade, type ReviewVerdict, applyBlockChange, isGrade, reviewVerdict } from '../course/review.ts';
import { decideClaim, holdsClaim } from '../course/review-claim.ts';
import { type TransitionError, nextStatus } from '../course/submission.ts';
import type { Queryable } from './database.ts';
import {
  type SubmissionRow,
  type SubmissionStore,
  claimOf,
  detailOf,
  isReviewer,
  lockSubmission,
  personOf,
  reviewsOf,
  statusOf,
  toSummary,
} from './submission-rows.ts';

export type ClaimResult =
  | { ok: true; value: { submission: SubmissionDetail; takenOver: number | null } }
  | { ok: false; error: 'held'; heldBy: PersonName; until: Date }
  | { ok: false; error: 'not_yours' | 'already_reviewed' | 'withdrawn' };

/** Why a coach's change to a review did not apply. */
export type ReviewActionError = TransitionError | 'not_claimed';

/**
 * What a coach does in a review: opens it (a lease that keeps other coaches out), decides block
 * after block, comments and grades, then finishes or leaves it. Each change locks the submission
 * row first, so it and the student's withdrawal are applied one after the other.
 */
export function createReviewWrites({ db, clock, leaseMinutes }: SubmissionStore) {
  const leaseEnd = (now: Date) => new Date(now.getTime() + leaseMinutes * 60_000);

  /**
   * Locks the submission and checks that `coachId` holds its review: the common start of every
   * change a coach makes during a review. Renews the lease.
   */
  async function lockForReview(tx: Queryable, coachId: number, submissionId: number): Promise<CourseResult<SubmissionRow, ReviewActionError>> {
    const row = await lockSubmission(tx, submissionId);
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

  return {
    /**
     * A coach opens a submission for review: takes or renews the lease, or learns who holds it.
     * Pending notifications about it are dropped: someone is on it.
     */
    async claim(coachId: number, submissionId: number): Promise<ClaimResult> {
      return db.transaction(async (tx): Promise<ClaimResult> => {
        const row = await lockSubmission(tx, submissionId);
        if (!row || !(await isReviewer(tx, coachId, row.groupId))) return fail('not_yours');
        const transition = nextStatus(statusOf(row.status), { kind: 'claim' });
        if (!transition.ok) return { ok: false, error: transition.error === 'withdrawn' ? 'withdrawn' : 'already_reviewed' };
        const now = clock();
        const decision = decideClaim(claimOf(row), coachId, now, leaseMinutes);
        if (decision.kind === 'held') return { ok: false, error: 'held', heldBy: await personOf(tx, decision.by), until: decision.until };
        const [updated] = await tx
          .update(submissions)
          .set({ status: transition.status, claimedBy: coachId, claimExpiresAt: decision.claim.expiresAt, updatedAt: now })
          .where(eq(submissions.id, submissionId))
          .returning();
        await tx.delete(coachNotifications).where(and(eq(coachNotifications.submissionId, submissionId), isNull(coachNotifications.notifiedAt)));
        return ok({ submission: await detailOf(tx, updated ?? row, 'coach', clock()), takenOver: decision.takenOver });
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
  };
}
