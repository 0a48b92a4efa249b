import { z } from 'zod';
import { BLOCK_IDS, TYPED_BLOCK_IDS } from './blocks.ts';
import { courseWaitSchema } from './course-mode.ts';

const blockIdSchema = z.enum(BLOCK_IDS);
const positionSchema = z.object({ blockId: blockIdSchema, questionIndex: z.number().int().min(0) });

/**
 * New answers of a block being answered anew from /edit. They replace the block's stored answers
 * only once the block is complete, so leaving midway (/cancel) keeps the old answers and types.
 */
const draftSchema = z.array(z.object({ questionIndex: z.number().int().min(0), text: z.string(), messageId: z.number().int().nullable() }));

const returnFields = {
  /** Set while a block is re-answered from /edit: where to go when the block is done. */
  returnTo: z.enum(['done', 'resume']).optional(),
  resumeAt: positionSchema.optional(),
  draft: draftSchema.optional(),
};

/** Where a canvas stands. Stored as JSON in `canvases.step`. */
export const canvasStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), blockId: blockIdSchema, questionIndex: z.number().int().min(0), ...returnFields }),
  z.object({
    kind: z.literal('confirm_types'),
    blockId: z.enum(TYPED_BLOCK_IDS),
    recognised: z.array(z.string()),
    selected: z.array(z.string()),
    /** Text typed while the type screen was open, offered to be added to the block. */
    heldText: z.string().optional(),
    ...returnFields,
  }),
  z.object({ kind: z.literal('done') }),
]);
export type CanvasStep = z.infer<typeof canvasStepSchema>;
export type QuestionStep = Extract<CanvasStep, { kind: 'question' }>;
export type ConfirmTypesStep = Extract<CanvasStep, { kind: 'confirm_types' }>;
export type DraftAnswer = z.infer<typeof draftSchema>[number];

/** What the conversation with a user is waiting for. Stored as JSON in `users.mode`. */
export const conversationModeSchema = z.discriminatedUnion('kind', [
  /** No canvas in progress: texts get a hint about /new and /list. */
  z.object({ kind: z.literal('idle') }),
  /** A new canvas was asked for; the next text is the business's name. */
  z.object({ kind: z.literal('awaiting_title') }),
  /** Answering the active canvas at its step. */
  z.object({ kind: z.literal('filling') }),
  /** The user paused; the active canvas keeps its step. Text sent meanwhile is held, to be kept as the answer. */
  z.object({ kind: z.literal('paused'), heldText: z.string().optional() }),
  /** The next text is added to this block of the active canvas. */
  z.object({ kind: z.literal('adding'), blockId: blockIdSchema }),
  /** A course step (a new group, a review comment) waits for the next text. */
  z.object({ kind: z.literal('course'), wait: courseWaitSchema }),
]);
export type ConversationMode = z.infer<typeof conversationModeSchema>;

/** Reads a stored mode; anything unreadable (an older shape) falls back to idle rather than failing. */
export function parseConversationMode(value: unknown): ConversationMode {
  const parsed = conversationModeSchema.safeParse(value);
  return parsed.success ? parsed.data : { kind: 'idle' };
}

export function parseCanvasStep(value: unknown): CanvasStep {
  const parsed = canvasStepSchema.safeParse(value);
  return parsed.success ? parsed.data : { kind: 'question', blockId: BLOCK_IDS[0], questionIndex: 0 };
}
