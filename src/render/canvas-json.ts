import { z } from 'zod';
import { BLOCK_IDS, isBlockId, isTypedBlock, type BlockId } from '../canvas/blocks.ts';
import { isTypeOfBlock, type BusinessTypeId } from '../canvas/business-types.ts';
import type { CanvasBlockSnapshot, CanvasSnapshot } from '../canvas/snapshot.ts';
import { translator } from '../i18n.ts';

/** The exported `canvas.json` document (version 1). */
export interface CanvasJson {
  version: 1;
  title: string;
  language: 'ru' | 'en';
  author: string | null;
  createdAt: string;
  updatedAt: string;
  blocks: Array<{
    id: BlockId;
    title: string;
    answers: Array<{ question: string | null; text: string }>;
    types: string[];
  }>;
}

/** The canvas as the portable JSON document; block titles in the canvas's language. */
export function toCanvasJson(snapshot: CanvasSnapshot): CanvasJson {
  const t = translator(snapshot.language);
  const byId = new Map(snapshot.blocks.map((block) => [block.id, block]));
  return {
    version: 1,
    title: snapshot.title,
    language: snapshot.language,
    author: snapshot.author,
    createdAt: snapshot.createdAt.toISOString(),
    updatedAt: snapshot.updatedAt.toISOString(),
    blocks: BLOCK_IDS.map((id) => {
      const block = byId.get(id);
      return {
        id,
        title: t(`blocks:${id}.title`),
        answers: (block?.answers ?? []).map((answer) => ({ question: answer.question, text: answer.text })),
        types: (block?.types ?? []).map((type) => type.id),
      };
    }),
  };
}

const isoDate = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

const typeSchema = z.union([
  z.string().transform((id) => ({ id, source: 'user' as const })),
  z.object({ id: z.string(), source: z.enum(['classifier', 'user']).default('user') }),
]);

const blockSchema = z
  .object({
    id: z.string().refine(isBlockId, { message: 'unknown block id' }),
    title: z.string().optional(),
    answers: z.array(z.object({ question: z.string().nullable().default(null), text: z.string() })).default([]),
    types: z.array(typeSchema).default([]),
    skipped: z.boolean().default(false),
  })
  .superRefine((block, ctx) => {
    if (!isBlockId(block.id)) return;
    const blockId = block.id;
    block.types.forEach((type, index) => {
      if (!isTypedBlock(blockId) || !isTypeOfBlock(blockId, type.id)) {
        ctx.addIssue({ code: 'custom', path: ['types', index], message: `type "${type.id}" does not belong to block "${blockId}"` });
      }
    });
  });

const canvasSchema = z
  .object({
    version: z.literal(1),
    id: z.string().optional(),
    title: z.string(),
    language: z.enum(['ru', 'en']).default('ru'),
    author: z.string().nullable().default(null),
    createdAt: isoDate,
    updatedAt: isoDate,
    blocks: z.array(blockSchema),
  })
  .superRefine((canvas, ctx) => {
    const seen = new Set<string>();
    canvas.blocks.forEach((block, index) => {
      if (seen.has(block.id)) ctx.addIssue({ code: 'custom', path: ['blocks', index, 'id'], message: `block "${block.id}" appears twice` });
      seen.add(block.id);
    });
  });

/** Validates a parsed `canvas.json`; fills missing blocks as empty and puts blocks in asking order. Throws a ZodError. */
export function parseCanvasJson(input: unknown): CanvasSnapshot {
  const canvas = canvasSchema.parse(input);
  const byId = new Map(canvas.blocks.map((block) => [block.id, block]));
  const blocks: CanvasBlockSnapshot[] = BLOCK_IDS.map((id) => {
    const block = byId.get(id);
    return {
      id,
      answers: (block?.answers ?? []).map((answer) => ({ question: answer.question, text: answer.text })),
      // The refinement above guarantees every id here belongs to this block.
      types: (block?.types ?? []).map((type) => ({ id: type.id as BusinessTypeId, source: type.source })),
      skipped: block?.skipped ?? false,
    };
  });
  return {
    id: canvas.id ?? 'imported',
    title: canvas.title,
    author: canvas.author,
    language: canvas.language,
    createdAt: canvas.createdAt,
    updatedAt: canvas.updatedAt,
    blocks,
  };
}
