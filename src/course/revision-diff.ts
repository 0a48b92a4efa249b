import { diffArrays } from 'diff';
import type { BlockId } from '../canvas/blocks.ts';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import type { BlockReview, BlockVerdict } from './review.ts';
import { type SubmittedCanvas, blockText, submittedBlock } from './submitted-canvas.ts';

/** A run of words the same in both texts, only in the new one, or only in the old one. */
export interface WordChange {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** Words, spaces and punctuation as separate tokens that join back into the text exactly. */
function tokens(text: string, language: string): string[] {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    segmenters.set(language, segmenter);
  }
  return Array.from(segmenter.segment(text), (segment) => segment.segment);
}

/**
 * Word-level difference of two texts: jsdiff's Myers diff over Intl.Segmenter tokens. jsdiff's
 * own word splitting knows Latin letters only (it would cut Cyrillic words into letters) and
 * re-spaces the text; whole tokens keep every word whole and both texts exactly rebuildable.
 */
export function wordDiff(before: string, after: string, language: string): WordChange[] {
  return diffArrays(tokens(before, language), tokens(after, language)).map((part) => ({
    kind: part.added ? 'added' : part.removed ? 'removed' : 'same',
    text: part.value.join(''),
  }));
}

/** One block of a resubmission, against the revision the coach reviewed last. */
export interface BlockChange {
  blockId: BlockId;
  /** The text or the types differ from the reviewed revision. */
  changed: boolean;
  before: string;
  after: string;
  /** Empty when the text is unchanged. */
  diff: WordChange[];
  typesAdded: BusinessTypeId[];
  typesRemoved: BusinessTypeId[];
  /** The verdict and comment of the last review, shown beside the new text. */
  previousVerdict: BlockVerdict;
  previousComment: string | null;
  /** Accepted last time and unchanged: accepted already in this revision. */
  preAccepted: boolean;
}

/** Per block, what changed since the reviewed revision, with that review's verdicts and comments. */
export function compareRevisions(reviewed: SubmittedCanvas, reviews: readonly BlockReview[], current: SubmittedCanvas): BlockChange[] {
  return current.blocks.map((block) => {
    const old = submittedBlock(reviewed, block.id);
    const before = blockText(old);
    const after = blockText(block);
    const oldTypes = new Set(old.types.map((type) => type.id));
    const newTypes = new Set(block.types.map((type) => type.id));
    const typesAdded = [...newTypes].filter((type) => !oldTypes.has(type));
    const typesRemoved = [...oldTypes].filter((type) => !newTypes.has(type));
    const changed = before !== after || typesAdded.length > 0 || typesRemoved.length > 0;
    const review = reviews.find((candidate) => candidate.blockId === block.id);
    const previousVerdict = review?.verdict ?? 'none';
    return {
      blockId: block.id,
      changed,
      before,
      after,
      diff: before === after ? [] : wordDiff(before, after, current.language),
      typesAdded,
      typesRemoved,
      previousVerdict,
      previousComment: review?.comment ?? null,
      preAccepted: previousVerdict === 'accepted' && !changed,
    };
  });
}

/** The block reviews a resubmission starts with: the blocks accepted before and unchanged. */
export function carriedReviews(changes: readonly BlockChange[]): BlockReview[] {
  return changes.filter((change) => change.preAccepted).map((change) => ({ blockId: change.blockId, verdict: 'accepted', comment: null, carried: true }));
}
