import { and, eq } from 'drizzle-orm';
import { blockReviews, groupMembers, submissions, users } from '../../db/schema.ts';
import { BLOCK_IDS, isBlockId } from '../canvas/blocks.ts';
import { canReview, isGroupRole } from '../course/group.ts';
import type { PersonName, SubmissionDetail, SubmissionSummary } from '../course/records.ts';
import { type BlockReview, isBlockVerdict, isGrade } from '../course/review.ts';
import type { ReviewClaim } from '../course/review-claim.ts';
import { type SubmissionStatus, isSubmissionStatus } from '../course/submission.ts';
import { parseSubmittedCanvas } from '../course/submitted-canvas.ts';
import type { Queryable } from './database.ts';

/*
 * What every part of the submission repository reads a submission with: rows turned into
 * records, the block reviews in block order, and who may see or review a submission.
 */

/** What the parts of the submission repository share: the database and the clock. */
export interface SubmissionStore {
  db: Queryable;
  /** The time submissions, leases and notifications are measured by; replaceable in tests. */
  clock: () => Date;
  leaseMinutes: number;
}

export type SubmissionRow = typeof submissions.$inferSelect;

export const WAITING: SubmissionStatus[] = ['submitted', 'in_review'];
export const REVIEWED: SubmissionStatus[] = ['returned', 'accepted'];
export const REVIEWER_ROLES = ['coach', 'co_coach'];

export function claimOf(row: SubmissionRow): ReviewClaim | null {
  return row.claimedBy !== null && row.claimExpiresAt !== null ? { coachId: row.claimedBy, expiresAt: row.claimExpiresAt } : null;
}

export function statusOf(value: string): SubmissionStatus {
  if (!isSubmissionStatus(value)) throw new Error(`unknown submission status ${value}`);
  return value;
}

export function toSummary(row: SubmissionRow, now: Date): SubmissionSummary {
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

export function toBlockReview(row: typeof blockReviews.$inferSelect): BlockReview[] {
  if (!isBlockId(row.blockId) || !isBlockVerdict(row.verdict)) return [];
  return [{ blockId: row.blockId, verdict: row.verdict, comment: row.comment, carried: row.carried }];
}

export function byBlockOrder(a: BlockReview, b: BlockReview): number {
  return BLOCK_IDS.indexOf(a.blockId) - BLOCK_IDS.indexOf(b.blockId);
}

export async function isReviewer(tx: Queryable, userId: number, groupId: number): Promise<boolean> {
  const [row] = await tx
    .select({ role: groupMembers.role })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
  return row !== undefined && isGroupRole(row.role) && canReview(row.role);
}

/** The submission row, locked for the rest of the transaction. */
export async function lockSubmission(tx: Queryable, submissionId: number): Promise<SubmissionRow | undefined> {
  const [row] = await tx.select().from(submissions).where(eq(submissions.id, submissionId)).for('update');
  return row;
}

export async function reviewsOf(tx: Queryable, submissionId: number): Promise<BlockReview[]> {
  const rows = await tx.select().from(blockReviews).where(eq(blockReviews.submissionId, submissionId));
  return rows.flatMap(toBlockReview).sort(byBlockOrder);
}

export async function detailOf(tx: Queryable, row: SubmissionRow, viewer: 'coach' | 'student', now: Date): Promise<SubmissionDetail> {
  return {
    ...toSummary(row, now),
    snapshot: parseSubmittedCanvas(row.snapshot),
    overallComment: row.overallComment,
    reviewerId: row.reviewerId,
    blockReviews: await reviewsOf(tx, row.id),
    viewer,
  };
}

/** Who may look at a submission: its student, or a coach of its group. */
export async function viewerOf(tx: Queryable, userId: number, row: SubmissionRow): Promise<'coach' | 'student' | null> {
  if (row.studentId === userId) return 'student';
  return (await isReviewer(tx, userId, row.groupId)) ? 'coach' : null;
}

export async function personOf(tx: Queryable, userId: number): Promise<PersonName> {
  const [row] = await tx.select({ id: users.id, firstName: users.firstName, username: users.username }).from(users).where(eq(users.id, userId));
  return row ?? { id: userId, firstName: null, username: null };
}
