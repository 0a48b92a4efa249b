import { type Classification, PRETICK_CONFIDENCE, classifyAnswer } from '../classify/index.ts';
import { BLOCK_IDS, type BlockId, type TypedBlockId, isTypedBlock } from './blocks.ts';
import { type BusinessTypeId, TYPE_IDS_BY_BLOCK } from './business-types.ts';
import type { AnswerView, CanvasView, TypeChoice } from './conversation-types.ts';
import { questionCounts } from './questions.ts';
import type { CanvasSnapshot } from './snapshot.ts';

/*
 * What the canvas holds as the conversation sees it: the user's text cleaned into an answer, a
 * block's answers (its draft while answered anew), the snapshot the coaching checks read, and the
 * types a block's answers suggest.
 */

/** Telegram's own limit for a message: anything the user could send is taken whole. */
export const MAX_ANSWER_LENGTH = 4096;

/** Characters that show nothing: an answer made only of them is empty. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining and variation characters are listed one by one on purpose, to be removed
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;

/** The user's text with invisible characters removed and spaces trimmed. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}

/** The canvas with a block's answers replaced. */
export function withAnswers(canvas: CanvasView, blockId: BlockId, answers: AnswerView[]): CanvasView {
  return { ...canvas, answers: { ...canvas.answers, [blockId]: answers } };
}

/** The block's answers as they stand for the conversation: the draft while a block is answered anew. */
export function currentAnswers(canvas: CanvasView, blockId: BlockId): AnswerView[] {
  const step = canvas.step;
  if (step.kind !== 'done' && step.blockId === blockId && step.draft) {
    return step.draft.map((answer) => ({ questionIndex: answer.questionIndex, text: answer.text, messageId: answer.messageId }));
  }
  return canvas.answers[blockId];
}

/** The canvas as the coaching checks, the summary and the picture read it. */
export function snapshotOf(canvas: CanvasView, author: string | null): CanvasSnapshot {
  const reached = canvas.step.kind === 'done' ? BLOCK_IDS.length : BLOCK_IDS.indexOf(canvas.step.blockId);
  return {
    id: String(canvas.id),
    title: canvas.title,
    author,
    language: canvas.language,
    createdAt: canvas.createdAt,
    updatedAt: canvas.updatedAt,
    blocks: BLOCK_IDS.map((blockId, index) => {
      const answers = currentAnswers(canvas, blockId);
      return {
        id: blockId,
        answers: answers.map((answer) => ({ question: null, questionIndex: answer.questionIndex, text: answer.text })),
        types: isTypedBlock(blockId) ? canvas.types[blockId] : [],
        skipped: answers.length === 0 && index < reached,
      };
    }),
  };
}

/** The recognised types of a block's answers taken together; null while the block has none. */
export function classifyBlock(answers: AnswerView[], blockId: TypedBlockId): Classification | null {
  return answers.length === 0 ? null : classifyAnswer(blockId, answers.map((answer) => answer.text).join('\n'));
}

/** Blocks with no answer at all. */
export function emptyBlocks(canvas: CanvasView): BlockId[] {
  return BLOCK_IDS.filter((blockId) => canvas.answers[blockId].length === 0);
}

/** The first guiding question of a block with no answer, if any. */
export function firstUnanswered(canvas: CanvasView, blockId: BlockId): number | null {
  const answered = new Set(canvas.answers[blockId].map((answer) => answer.questionIndex));
  for (let index = 0; index < questionCounts()[blockId]; index += 1) if (!answered.has(index)) return index;
  return null;
}

/**
 * The types to tick after a block is classified (again). The user's earlier choices win over the
 * classifier unless the words that triggered a type changed: a type switched off stays off while
 * its evidence is the same, a type switched on by the user stays on.
 */
export function typesToTick(blockId: TypedBlockId, now: Classification, before: Classification | null, stored: TypeChoice[] | null): BusinessTypeId[] {
  const confident = now.evidence.filter((item) => item.confidence >= PRETICK_CONFIDENCE).map((item) => item.type);
  if (!stored) return confident;
  const storedIds = new Set(stored.map((type) => type.id));
  const wordsOf = (classification: Classification | null, typeId: BusinessTypeId) =>
    [...new Set(classification?.evidence.find((item) => item.type === typeId)?.words.map((word) => word.toLowerCase()) ?? [])].sort().join('|');
  const ticked = new Set<BusinessTypeId>();
  for (const typeId of confident) {
    const switchedOff = before?.types.includes(typeId) === true && !storedIds.has(typeId);
    if (switchedOff && wordsOf(before, typeId) === wordsOf(now, typeId)) continue;
    ticked.add(typeId);
  }
  for (const type of stored) {
    if (type.source === 'user') ticked.add(type.id);
    // A recognised type the user confirmed stays while the classifier still sees it or suggests it.
    else if (now.types.includes(type.id)) ticked.add(type.id);
  }
  return TYPE_IDS_BY_BLOCK[blockId].filter((id) => ticked.has(id));
}
