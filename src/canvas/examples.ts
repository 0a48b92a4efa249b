import type { BlockId } from './blocks.ts';

/** The message key of a block's example answer. */
export function exampleFor(blockId: BlockId, _title: string, _segments: string): string {
  return `blocks:${blockId}.example`;
}
