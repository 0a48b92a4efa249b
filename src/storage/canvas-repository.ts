import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { answers, blockTypes, canvases } from '../../db/schema.ts';
import { BLOCK_IDS, type BlockId, type TypedBlockId, blockIndex, isBlockId } from '../canvas/blocks.ts';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import { type CanvasStep, parseCanvasStep } from '../canvas/conversation-mode.ts';
import { questionText } from '../canvas/questions.ts';
import type { CanvasSnapshot, TypeSource } from '../canvas/snapshot.ts';
import { type Language, isLanguage } from '../i18n.ts';
import type { Queryable } from './database.ts';

export interface CanvasRecord {
  id: number;
  ownerId: number;
  title: string;
  language: Language;
  step: CanvasStep;
  revision: number;
  completedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface StoredAnswer {
  id: number;
  blockId: BlockId;
  questionIndex: number | null;
  text: string;
}

function toRecord(row: typeof canvases.$inferSelect): CanvasRecord {
  return {
    id: row.id,
    ownerId: row.ownerId,
    title: row.title,
    language: isLanguage(row.language) ? row.language : 'ru',
    step: parseCanvasStep(row.step),
    revision: row.revision,
    completedAt: row.completedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Canvases, their answers and confirmed types. */
export function createCanvasRepository(db: Queryable) {
  const touch = (canvasId: number) =>
    db.update(canvases).set({ updatedAt: new Date(), lastActivityAt: new Date(), remindersSent: 0 }).where(eq(canvases.id, canvasId));

  return {
    async create(ownerId: number, title: string, language: Language, step: CanvasStep): Promise<CanvasRecord> {
      const [row] = await db.insert(canvases).values({ ownerId, title, language, step }).returning();
      if (!row) throw new Error('canvas insert returned no row');
      return toRecord(row);
    },

    /** A canvas of this owner; null for someone else's or a deleted one (forged or stale buttons). */
    async findOwned(ownerId: number, canvasId: number): Promise<CanvasRecord | null> {
      const [row] = await db
        .select()
        .from(canvases)
        .where(and(eq(canvases.id, canvasId), eq(canvases.ownerId, ownerId)));
      return row ? toRecord(row) : null;
    },

    async listOwned(ownerId: number): Promise<CanvasRecord[]> {
      const rows = await db.select().from(canvases).where(eq(canvases.ownerId, ownerId)).orderBy(desc(canvases.updatedAt), desc(canvases.id));
      return rows.map(toRecord);
    },

    /** Moves the canvas to a step and bumps its revision, which retires the buttons of older messages. */
    async setStep(canvasId: number, step: CanvasStep): Promise<number> {
      const [row] = await db
        .update(canvases)
        .set({
          step,
          revision: sql`${canvases.revision} + 1`,
          updatedAt: new Date(),
          lastActivityAt: new Date(),
          remindersSent: 0,
          completedAt: step.kind === 'done' ? sql`coalesce(${canvases.completedAt}, now())` : canvases.completedAt,
        })
        .where(eq(canvases.id, canvasId))
        .returning({ revision: canvases.revision });
      return row?.revision ?? 0;
    },

    /** Stores the answer to a guiding question, replacing an earlier answer to the same question. */
    async answerQuestion(canvasId: number, blockId: BlockId, questionIndex: number, text: string): Promise<void> {
      await db
        .delete(answers)
        .where(and(eq(answers.canvasId, canvasId), eq(answers.blockId, blockId), eq(answers.questionIndex, questionIndex)));
      await db.insert(answers).values({ canvasId, blockId, questionIndex, text });
      await touch(canvasId);
    },

    /** Adds free text to a block without touching its earlier answers. */
    async addToBlock(canvasId: number, blockId: BlockId, text: string): Promise<void> {
      await db.insert(answers).values({ canvasId, blockId, questionIndex: null, text });
      await touch(canvasId);
    },

    /** Removes a block's answers and types, before the block is answered anew. */
    async clearBlock(canvasId: number, blockId: BlockId): Promise<void> {
      await db.delete(answers).where(and(eq(answers.canvasId, canvasId), eq(answers.blockId, blockId)));
      await db.delete(blockTypes).where(and(eq(blockTypes.canvasId, canvasId), eq(blockTypes.blockId, blockId)));
      await touch(canvasId);
    },

    async blockAnswers(canvasId: number, blockId: BlockId): Promise<StoredAnswer[]> {
      const rows = await db
        .select()
        .from(answers)
        .where(and(eq(answers.canvasId, canvasId), eq(answers.blockId, blockId)))
        .orderBy(sql`${answers.questionIndex} asc nulls last`, asc(answers.id));
      return rows.flatMap((row) => (isBlockId(row.blockId) ? [{ id: row.id, blockId: row.blockId, questionIndex: row.questionIndex, text: row.text }] : []));
    },

    /** Replaces the confirmed types of a block. */
    async setBlockTypes(canvasId: number, blockId: TypedBlockId, types: Array<{ id: BusinessTypeId; source: TypeSource }>): Promise<void> {
      await db.delete(blockTypes).where(and(eq(blockTypes.canvasId, canvasId), eq(blockTypes.blockId, blockId)));
      if (types.length > 0) {
        await db.insert(blockTypes).values(types.map((type) => ({ canvasId, blockId, typeId: type.id, source: type.source })));
      }
      await touch(canvasId);
    },

    /** Deletes a canvas with its answers and types. */
    async delete(canvasId: number): Promise<void> {
      await db.delete(canvases).where(eq(canvases.id, canvasId));
    },

    async countUnfinished(ownerId: number): Promise<number> {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(canvases)
        .where(and(eq(canvases.ownerId, ownerId), isNull(canvases.completedAt)));
      return row?.count ?? 0;
    },

    /** The whole canvas with all nine blocks in asking order, for summary, picture and export. */
    async snapshot(canvas: CanvasRecord, author: string | null): Promise<CanvasSnapshot> {
      const answerRows = await db
        .select()
        .from(answers)
        .where(eq(answers.canvasId, canvas.id))
        .orderBy(sql`${answers.questionIndex} asc nulls last`, asc(answers.id));
      const typeRows = await db.select().from(blockTypes).where(eq(blockTypes.canvasId, canvas.id)).orderBy(asc(blockTypes.createdAt));
      const reached =
        canvas.step.kind === 'done' ? BLOCK_IDS.length : blockIndex(canvas.step.blockId);
      return {
        id: String(canvas.id),
        title: canvas.title,
        author,
        language: canvas.language,
        createdAt: canvas.createdAt,
        updatedAt: canvas.updatedAt,
        draft: canvas.step.kind !== 'done',
        blocks: BLOCK_IDS.map((blockId, index) => {
          const blockAnswers = answerRows.filter((row) => row.blockId === blockId);
          return {
            id: blockId,
            answers: blockAnswers.map((row) => ({
              question: row.questionIndex === null ? null : questionText(canvas.language, blockId, row.questionIndex),
              questionIndex: row.questionIndex,
              text: row.text,
            })),
            types: typeRows
              .filter((row) => row.blockId === blockId)
              .map((row) => ({ id: row.typeId as BusinessTypeId, source: row.source === 'classifier' ? 'classifier' : 'user' })),
            skipped: blockAnswers.length === 0 && index < reached,
          };
        }),
      };
    },
  };
}

export type CanvasRepository = ReturnType<typeof createCanvasRepository>;
