import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import type { ReviewOutcomeKind } from './submission.ts';

export const BLOCK_VERDICTS = ['accepted', 'returned', 'none'] as const;
/** A coach's word on one block: accepted, returned for rework, or none yet (maybe only a comment). */
export type BlockVerdict = (typeof BLOCK_VERDICTS)[number];

export interface BlockReview {
  blockId: BlockId;
  verdict: BlockVerdict;
  comment: string | null;
  /** Accepted in the previous review and unchanged since: accepted without a new look. */
  carried: boolean;
}

export type Grade = 1 | 2 | 3 | 4 | 5;

export function isBlockVerdict(value: string): value is BlockVerdict {
  return (BLOCK_VERDICTS as readonly string[]).includes(value);
}

export function isGrade(value: unknown): value is Grade {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;
}

/** What the coach changes on one block; an absent field is kept, a null comment removes it. */
export interface BlockReviewChange {
  verdict?: BlockVerdict;
  comment?: string | null;
}

/**
 * The block reviews after one change, in asking order. Any change by the coach makes the block
 * theirs: a carried acceptance that the coach touches is no longer marked carried.
 */
export function applyBlockChange(reviews: readonly BlockReview[], blockId: BlockId, change: BlockReviewChange): BlockReview[] {
  const current = reviews.find((review) => review.blockId === blockId) ?? { blockId, verdict: 'none', comment: null, carried: false };
  const updated: BlockReview = {
    blockId,
    verdict: change.verdict ?? current.verdict,
    comment: change.comment === undefined ? current.comment : change.comment,
    carried: false,
  };
  const rest = reviews.filter((review) => review.blockId !== blockId);
  return [...rest, updated].sort((a, b) => BLOCK_IDS.indexOf(a.blockId) - BLOCK_IDS.indexOf(b.blockId));
}

/** The next block the coach has not decided on, after `after` (in asking order), wrapping round; null when all are decided. */
export function nextUndecidedBlock(reviews: readonly BlockReview[], after: BlockId | null = null): BlockId | null {
  const decided = new Set(reviews.filter((review) => review.verdict !== 'none').map((review) => review.blockId));
  const start = after === null ? 0 : BLOCK_IDS.indexOf(after) + 1;
  for (let offset = 0; offset < BLOCK_IDS.length; offset += 1) {
    const blockId = BLOCK_IDS[(start + offset) % BLOCK_IDS.length] as BlockId;
    if (!decided.has(blockId)) return blockId;
  }
  return null;
}

/** What the student is told when the review is finished. */
export interface ReviewVerdict {
  outcome: ReviewOutcomeKind;
  /** Returned blocks with the coach's comment, in asking order: each is to be reworked. */
  returned: Array<{ blockId: BlockId; comment: string | null }>;
  accepted: BlockId[];
  /** Comments on blocks that were not returned: remarks, not rework. */
  remarks: Array<{ blockId: BlockId; comment: string }>;
  overallComment: string | null;
  grade: Grade | null;
}

/**
 * The verdict of a finished review: returned when any block is returned, accepted otherwise
 * (blocks left without a verdict do not hold back an acceptance).
 */
export function reviewVerdict(reviews: readonly BlockReview[], overall: { comment: string | null; grade: Grade | null }): ReviewVerdict {
  const ordered = [...reviews].sort((a, b) => BLOCK_IDS.indexOf(a.blockId) - BLOCK_IDS.indexOf(b.blockId));
  const returned = ordered.filter((review) => review.verdict === 'returned').map((review) => ({ blockId: review.blockId, comment: review.comment }));
  return {
    outcome: returned.length > 0 ? 'returned' : 'accepted',
    returned,
    accepted: ordered.filter((review) => review.verdict === 'accepted').map((review) => review.blockId),
    remarks: ordered.flatMap((review) =>
      review.verdict !== 'returned' && review.comment !== null ? [{ blockId: review.blockId, comment: review.comment }] : [],
    ),
    overallComment: overall.comment,
    grade: overall.grade,
  };
}
