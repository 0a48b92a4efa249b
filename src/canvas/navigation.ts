import { BLOCK_IDS, type BlockId, blockIndex } from './blocks.ts';

/** A guiding question of the canvas: block and question index within it. */
export interface QuestionPosition {
  blockId: BlockId;
  questionIndex: number;
}

/** How many guiding questions each block has (the texts live in the locales). */
export type QuestionCounts = Readonly<Record<BlockId, number>>;

export const TOTAL_BLOCKS = BLOCK_IDS.length;

export function firstQuestion(blockId: BlockId = BLOCK_IDS[0]): QuestionPosition {
  return { blockId, questionIndex: 0 };
}

/** The question after `position`, crossing into the next block; null after the last one. */
export function nextQuestion(position: QuestionPosition, counts: QuestionCounts): QuestionPosition | null {
  if (position.questionIndex + 1 < counts[position.blockId]) {
    return { blockId: position.blockId, questionIndex: position.questionIndex + 1 };
  }
  const nextBlock = BLOCK_IDS[blockIndex(position.blockId) + 1];
  return nextBlock ? firstQuestion(nextBlock) : null;
}

/** The question before `position`, crossing into the previous block; null before the first one. */
export function previousQuestion(position: QuestionPosition, counts: QuestionCounts): QuestionPosition | null {
  if (position.questionIndex > 0) {
    return { blockId: position.blockId, questionIndex: position.questionIndex - 1 };
  }
  const previousBlock = BLOCK_IDS[blockIndex(position.blockId) - 1];
  return previousBlock ? { blockId: previousBlock, questionIndex: counts[previousBlock] - 1 } : null;
}

export function isLastQuestionOfBlock(position: QuestionPosition, counts: QuestionCounts): boolean {
  return position.questionIndex + 1 >= counts[position.blockId];
}

/** 1-based number of the block, as shown to the user (block 4 of 9). */
export function blockNumber(blockId: BlockId): number {
  return blockIndex(blockId) + 1;
}

/** A text progress bar of filled and empty cells, one per block. */
export function progressBar(blockId: BlockId, done = '■', todo = '□'): string {
  const current = blockNumber(blockId);
  return done.repeat(current) + todo.repeat(TOTAL_BLOCKS - current);
}
