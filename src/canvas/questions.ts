import { type Language, translator } from '../i18n.ts';
import { BLOCK_IDS, type BlockId } from './blocks.ts';
import type { QuestionCounts } from './navigation.ts';

/** The guiding questions of a block in a language (texts live in locales/<lang>/blocks.json). */
export function blockQuestions(language: Language, blockId: BlockId): string[] {
  const questions: unknown = translator(language)(`blocks:${blockId}.questions`, { returnObjects: true });
  return Array.isArray(questions) ? questions.filter((question): question is string => typeof question === 'string') : [];
}

export function questionText(language: Language, blockId: BlockId, questionIndex: number): string | null {
  return blockQuestions(language, blockId)[questionIndex] ?? null;
}

let counts: QuestionCounts | undefined;

/** Questions per block; Russian is the reference, other languages must match it (a test checks). */
export function questionCounts(): QuestionCounts {
  counts ??= Object.fromEntries(BLOCK_IDS.map((blockId) => [blockId, Math.max(1, blockQuestions('ru', blockId).length)])) as Record<BlockId, number>;
  return counts;
}
