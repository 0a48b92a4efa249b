/**
 * Course groups, homework submissions and the coach's per-block review: the rules, without
 * Telegram or the database.
 *
 * Aggregates
 * - Group (`course_groups` with `group_members` and `group_invites`): a name, an optional
 *   assignment and deadline in the group's time zone, one owning coach, co-coaches and students.
 *   Roles and who may do what: group.ts. Invite payloads: invite.ts.
 * - Submission (`submissions` with `block_reviews` and `coach_notifications`): a frozen snapshot
 *   of one canvas handed in to one group (submitted-canvas.ts), numbered 1, 2, … per canvas and
 *   group, with its status, the per-block verdicts and comments, an overall comment and grade.
 *   The review itself: review.ts; what changed since the last review: revision-diff.ts.
 *
 * Status of a submission
 *
 *     submitted ──claim──▶ in_review ──finish──▶ returned | accepted
 *         │                  ▲   │
 *         └──withdraw──▶ withdrawn   └─claim (same coach renews, or another after the lease ran out)
 *
 *   A student withdraws only before a coach opened it. A submission after the deadline is marked
 *   late and accepted all the same. Returned, accepted and withdrawn are final for that revision;
 *   the student hands in a new revision instead. A new revision replaces one still waiting
 *   (`submitted`), and is refused while one is in review, so a coach never reviews a stale copy.
 *
 * Concurrency
 * - Every change to a submission (claim, verdict, finish, withdraw) runs in a transaction that
 *   first takes the row with `SELECT … FOR UPDATE`; a coach's action and the student's withdrawal
 *   are therefore applied one after the other and each sees the other's result.
 * - Two coaches: the first claim takes a lease (review-claim.ts); the second is told who holds
 *   it until the lease runs out. Every action of the holder renews it.
 * - Revision numbers: submitting locks the live canvas row, then numbers the new revision after
 *   the highest one; a unique index on (canvas, group, revision) backs it up.
 * - New submissions are queued per coach and told in batches outside the night
 *   (notification-batching.ts); the message is written to the outbox in the transaction that
 *   claims the batch.
 */

export const SUBMISSION_STATUSES = ['submitted', 'in_review', 'returned', 'accepted', 'withdrawn'] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];

/** The two ways a review ends. */
export type ReviewOutcomeKind = 'accepted' | 'returned';

export type SubmissionAction = { kind: 'claim' } | { kind: 'finish'; outcome: ReviewOutcomeKind } | { kind: 'withdraw' };

/** Why an action does not apply to a submission in its current status. */
export type TransitionError = 'in_review' | 'not_in_review' | 'already_reviewed' | 'withdrawn';

export type Transition = { ok: true; status: SubmissionStatus } | { ok: false; error: TransitionError };

export function isSubmissionStatus(value: string): value is SubmissionStatus {
  return (SUBMISSION_STATUSES as readonly string[]).includes(value);
}

/** The status after an action, or why the action is refused. Claim checks are in review-claim.ts. */
export function nextStatus(status: SubmissionStatus, action: SubmissionAction): Transition {
  if (status === 'withdrawn') return { ok: false, error: 'withdrawn' };
  if (status === 'returned' || status === 'accepted') return { ok: false, error: 'already_reviewed' };
  switch (action.kind) {
    case 'claim':
      return { ok: true, status: 'in_review' };
    case 'finish':
      return status === 'in_review' ? { ok: true, status: action.outcome } : { ok: false, error: 'not_in_review' };
    case 'withdraw':
      return status === 'submitted' ? { ok: true, status: 'withdrawn' } : { ok: false, error: 'in_review' };
  }
}

/** Waiting for a coach: in the inbox. */
export function isWaiting(status: SubmissionStatus): boolean {
  return status === 'submitted' || status === 'in_review';
}

/** Handed in after the deadline; exactly at the deadline is still in time. */
export function isLate(submittedAt: Date, deadline: Date | null): boolean {
  return deadline !== null && submittedAt.getTime() > deadline.getTime();
}

/**
 * What a new revision does to the latest one of the same canvas and group: a waiting copy is
 * replaced (withdrawn), one in review blocks the new revision.
 */
export function resubmitEffect(latest: SubmissionStatus | null): { ok: true; replaces: boolean } | { ok: false; error: 'in_review' } {
  if (latest === 'in_review') return { ok: false, error: 'in_review' };
  return { ok: true, replaces: latest === 'submitted' };
}
