import type { BlockId } from './blocks.ts';
import { type BusinessKind, KIND_WORDS } from './example-vocabulary.ts';

/** What kind of business the name and segments describe; a product when nothing says otherwise. */
export function businessKind(title: string, segments: string): BusinessKind {
  const text = ` ${`${title} ${segments}`.toLowerCase().replace(/ё/g, 'е')}`;
  const mentions = (words: readonly string[]) => words.some((word) => text.includes(` ${word}`) || text.includes(`-${word}`) || text.includes(`«${word}`));
  if (mentions(KIND_WORDS.platform)) return 'platform';
  if (mentions(KIND_WORDS.service)) return 'service';
  return 'product';
}

/** The message key of the example answer for a block, from the business closest to the user's. */
export function exampleFor(blockId: BlockId, title: string, segments: string): string {
  const kind = businessKind(title, segments);
  return kind === 'product' ? `blocks:${blockId}.example` : `blocks:${blockId}.example_${kind}`;
}
