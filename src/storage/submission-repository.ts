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
import { DEFAULT_REVIEW_LEASE_MINUTES } from '../course/review-claim.ts';
import { createCoachNotificationQueue } from './coach-notification-queue.ts';
import { createCommentSnippets } from './comment-snippets.ts';
import type { Queryable } from './database.ts';
import { createReviewWrites } from './review-writes.ts';
import { createSubmissionReads } from './submission-reads.ts';
import type { SubmissionStore } from './submission-rows.ts';
import { createSubmissionWrites } from './submission-writes.ts';

export type { CoachNotificationBatch, InboxGroup, InboxItem, NotificationItem, PersonName, ReturnedWork, StudentProgress, SubmissionDetail, SubmissionSummary };
export type { ClaimResult, ReviewActionError } from './review-writes.ts';

export interface SubmissionRepositoryOptions {
  /** The time submissions, leases and notifications are measured by; replaceable in tests. */
  clock?: () => Date;
  leaseMinutes?: number;
}

/**
 * Submissions and their reviews, one repository built from its parts: what a student does
 * (submission-writes.ts), what a coach does in a review (review-writes.ts), what readers see
 * (submission-reads.ts), a coach's saved comments (comment-snippets.ts) and the coaches' queue of
 * new work (coach-notification-queue.ts). Every read and change checks who asks: the student
 * sees their own submissions, a coach or co-coach those handed in to their groups; anyone else
 * gets `not_yours`. Changes lock the submission row first (see src/course/submission.ts).
 */
export function createSubmissionRepository(db: Queryable, options: SubmissionRepositoryOptions = {}) {
  const store: SubmissionStore = {
    db,
    clock: options.clock ?? (() => new Date()),
    leaseMinutes: options.leaseMinutes ?? DEFAULT_REVIEW_LEASE_MINUTES,
  };
  return {
    ...createSubmissionWrites(store),
    ...createReviewWrites(store),
    ...createSubmissionReads(store),
    ...createCommentSnippets(db),
    ...createCoachNotificationQueue(store),
  };
}

export type SubmissionRepository = ReturnType<typeof createSubmissionRepository>;
