import { and, eq, inArray } from 'drizzle-orm';
import { blockReviews, submissions } from '../../db/schema.ts';
import { isBlockId } from '../canvas/blocks.ts';
import { type BlockReview, isBlockVerdict } from '../course/review.ts';
import { type BlockChange, compareRevisions } from '../course/revision-diff.ts';
import { type SubmittedCanvas, parseSubmittedCanvas } from '../course/submitted-canvas.ts';
import type { Queryable } from './database.ts';

/** One submission as a grid cell row needs it: what was handed in, the reviews, the changes since the last review. */
export interface SubmissionReviewState {
  snapshot: SubmittedCanvas;
  blockReviews: BlockReview[];
  /** Against the revision reviewed last; null for a first submission. */
  changes: BlockChange[] | null;
}

const REVIEWED = ['returned', 'accepted'];

/**
 * The review state of many submissions of one group in three queries whatever their number (the
 * submissions, the reviewed revisions before them, all their block reviews), for the coach's grid.
 * Access is checked by the caller (`groupProgress` answers the group's coaches only).
 */
export async function loadGroupReviewState(db: Queryable, groupId: number, submissionIds: number[]): Promise<Map<number, SubmissionReviewState>> {
  const states = new Map<number, SubmissionReviewState>();
  if (submissionIds.length === 0) return states;
  const current = await db
    .select({ id: submissions.id, canvasId: submissions.canvasId, revision: submissions.revision, snapshot: submissions.snapshot })
    .from(submissions)
    .where(and(eq(submissions.groupId, groupId), inArray(submissions.id, submissionIds)));
  const canvasIds = [...new Set(current.map((row) => row.canvasId))];
  const reviewed =
    canvasIds.length === 0
      ? []
      : await db
          .select({ id: submissions.id, canvasId: submissions.canvasId, revision: submissions.revision, snapshot: submissions.snapshot })
          .from(submissions)
          .where(and(eq(submissions.groupId, groupId), inArray(submissions.canvasId, canvasIds), inArray(submissions.status, REVIEWED)));
  const ids = [...new Set([...current.map((row) => row.id), ...reviewed.map((row) => row.id)])];
  const reviewRows = await db.select().from(blockReviews).where(inArray(blockReviews.submissionId, ids));
  const reviewsOf = (submissionId: number): BlockReview[] =>
    reviewRows.flatMap((row) =>
      row.submissionId === submissionId && isBlockId(row.blockId) && isBlockVerdict(row.verdict)
        ? [{ blockId: row.blockId, verdict: row.verdict, comment: row.comment, carried: row.carried }]
        : [],
    );
  for (const row of current) {
    const snapshot = parseSubmittedCanvas(row.snapshot);
    // The revision the coach reviewed last before this one, as `changesSinceReview` picks it.
    const previous = reviewed
      .filter((candidate) => candidate.canvasId === row.canvasId && candidate.revision < row.revision)
      .sort((a, b) => b.revision - a.revision)[0];
    states.set(row.id, {
      snapshot,
      blockReviews: reviewsOf(row.id),
      changes: previous ? compareRevisions(parseSubmittedCanvas(previous.snapshot), reviewsOf(previous.id), snapshot) : null,
    });
  }
  return states;
}
