import { z } from 'zod';
import { BLOCK_IDS, type BlockId, isBlockId } from '../canvas/blocks.ts';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import { type CoachingNote, reviewBlock } from '../canvas/coaching.ts';
import type { CanvasSnapshot, TypeSource } from '../canvas/snapshot.ts';

/** One block as handed in: the answers, the confirmed types with their source, and the bot's notes. */
export interface SubmittedBlock {
  id: BlockId;
  answers: Array<{ question: string | null; questionIndex: number | null; text: string }>;
  types: Array<{ id: BusinessTypeId; source: TypeSource }>;
  /** The coaching notes the bot had on the block when it was handed in: suggestions for the coach. */
  notes: CoachingNote[];
  skipped: boolean;
}

/**
 * The frozen copy of a canvas stored with a submission (`submissions.snapshot`). It never changes
 * after submitting, while the student goes on editing the live canvas. Version 1.
 */
export interface SubmittedCanvas {
  version: 1;
  title: string;
  language: 'ru' | 'en';
  author: string | null;
  /** When the live canvas was last changed before it was handed in. */
  canvasUpdatedAt: string;
  /** All nine blocks in asking order. */
  blocks: SubmittedBlock[];
}

/** Freezes a canvas for submitting, with the coaching notes of each block as they stand now. */
export function freezeCanvas(canvas: CanvasSnapshot): SubmittedCanvas {
  const byId = new Map(canvas.blocks.map((block) => [block.id, block]));
  return {
    version: 1,
    title: canvas.title,
    language: canvas.language,
    author: canvas.author,
    canvasUpdatedAt: canvas.updatedAt.toISOString(),
    blocks: BLOCK_IDS.map((id) => {
      const block = byId.get(id);
      return {
        id,
        answers: (block?.answers ?? []).map((answer) => ({
          question: answer.question,
          questionIndex: answer.questionIndex ?? null,
          text: answer.text,
        })),
        types: (block?.types ?? []).map((type) => ({ id: type.id, source: type.source })),
        notes: block && block.answers.length > 0 ? reviewBlock(id, canvas) : [],
        skipped: block?.skipped ?? false,
      };
    }),
  };
}

const noteSchema = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

const submittedCanvasSchema = z.object({
  version: z.literal(1),
  title: z.string(),
  language: z.enum(['ru', 'en']),
  author: z.string().nullable(),
  canvasUpdatedAt: z.string(),
  blocks: z.array(
    z.object({
      id: z.string().refine(isBlockId),
      answers: z.array(z.object({ question: z.string().nullable(), questionIndex: z.number().int().nullable(), text: z.string() })),
      types: z.array(z.object({ id: z.string(), source: z.enum(['classifier', 'user']) })),
      notes: z.array(noteSchema),
      skipped: z.boolean(),
    }),
  ),
});

/** Reads a stored snapshot; throws when the row holds something else (a bug, not user input). */
export function parseSubmittedCanvas(value: unknown): SubmittedCanvas {
  const parsed = submittedCanvasSchema.parse(value);
  const byId = new Map(parsed.blocks.map((block) => [block.id, block]));
  return {
    ...parsed,
    blocks: BLOCK_IDS.map((id) => {
      const block = byId.get(id);
      return {
        id,
        answers: block?.answers ?? [],
        types: (block?.types ?? []).map((type) => ({ id: type.id as BusinessTypeId, source: type.source })),
        notes: (block?.notes ?? []).map((note) => (note.params ? { key: note.key, params: note.params } : { key: note.key })),
        skipped: block?.skipped ?? false,
      };
    }),
  };
}

/** The snapshot as a canvas again, so the summary, the picture and canvas.json draw any revision. */
export function toCanvasSnapshot(submitted: SubmittedCanvas, id: string, submittedAt: Date): CanvasSnapshot {
  return {
    id,
    title: submitted.title,
    author: submitted.author,
    language: submitted.language,
    createdAt: submittedAt,
    updatedAt: new Date(submitted.canvasUpdatedAt),
    blocks: submitted.blocks.map((block) => ({
      id: block.id,
      answers: block.answers.map((answer) => ({ question: answer.question, questionIndex: answer.questionIndex, text: answer.text })),
      types: block.types,
      skipped: block.skipped,
    })),
  };
}

export function submittedBlock(submitted: SubmittedCanvas, blockId: BlockId): SubmittedBlock {
  const block = submitted.blocks.find((candidate) => candidate.id === blockId);
  if (!block) throw new Error(`submitted canvas lacks block ${blockId}`);
  return block;
}

/** A block's answers as one text, one answer a line: what the coach reads and what is compared. */
export function blockText(block: SubmittedBlock): string {
  return block.answers.map((answer) => answer.text.trim()).join('\n');
}

/** Whether the student switched on a type the classifier had not recognised. */
export function typesChangedByStudent(block: SubmittedBlock): boolean {
  return block.types.some((type) => type.source === 'user');
}

/** What to show before sending (never blocking): the empty blocks and the open coaching notes. */
export function submissionChecklist(submitted: SubmittedCanvas): {
  emptyBlocks: BlockId[];
  notes: Array<{ blockId: BlockId; note: CoachingNote }>;
} {
  return {
    emptyBlocks: submitted.blocks.filter((block) => block.answers.length === 0).map((block) => block.id),
    notes: submitted.blocks.flatMap((block) => block.notes.map((note) => ({ blockId: block.id, note }))),
  };
}
