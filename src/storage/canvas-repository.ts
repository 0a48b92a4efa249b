import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { answers, blockTypes, canvases } from '../../db/schema.ts';
import { BLOCK_IDS, type BlockId, type TypedBlockId, blockIndex, isBlockId } from '../canvas/blocks.ts';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import { type CanvasStep, parseCanvasStep } from '../canvas/conversation-mode.ts';
import { questionText } from '../canvas/questions.ts';
import type { AnswerView, CanvasSummary, CanvasView, TypeChoice } from '../canvas/conversation-types.ts';
import type { CanvasSnapshot, TypeSource } from '../canvas/snapshot.ts';
import { type Language, isLanguage } from '../i18n.ts';
import type { Queryable } from './database.ts';
import { runStatement } from './statement.ts';

export interface CanvasRecord {
  id: number;
  ownerId: number;
  title: string;
  language: Language;
  step: CanvasStep;
  /** Bumped on every step change; buttons carry it so presses on older messages are told apart. */
  stepVersion: number;
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
    stepVersion: row.stepVersion,
    completedAt: row.completedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** An answer row as the conversation needs it, whichever query read it. */
export interface AnswerRow {
  blockId: string;
  questionIndex: number | null;
  text: string;
  messageId: number | null;
}

/** A confirmed type row, whichever query read it. */
export interface TypeRow {
  blockId: string;
  typeId: string;
  source: string;
}

/** The canvas as the conversation sees it: answers by block (in asking order) and confirmed types. */
export function toCanvasView(
  record: Pick<CanvasRecord, 'id' | 'title' | 'language' | 'step' | 'stepVersion' | 'createdAt' | 'updatedAt'>,
  answerRows: AnswerRow[],
  typeRows: TypeRow[],
): CanvasView {
  const typesOf = (blockId: TypedBlockId): TypeChoice[] =>
    typeRows
      .filter((type) => type.blockId === blockId)
      .map((type) => ({ id: type.typeId as BusinessTypeId, source: type.source === 'classifier' ? 'classifier' : 'user' }));
  return {
    id: record.id,
    title: record.title,
    language: record.language,
    step: record.step,
    stepVersion: record.stepVersion,
    answers: Object.fromEntries(
      BLOCK_IDS.map((blockId) => [
        blockId,
        answerRows
          .filter((answer) => answer.blockId === blockId)
          .map((answer) => ({ questionIndex: answer.questionIndex, text: answer.text, messageId: answer.messageId })),
      ]),
    ) as Record<BlockId, AnswerView[]>,
    types: { customer_relationships: typesOf('customer_relationships'), revenue_streams: typesOf('revenue_streams') },
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** A line of the canvas list. */
export function toCanvasSummary(row: { id: number; title: string; step: unknown }): CanvasSummary {
  const step = parseCanvasStep(row.step);
  return { id: row.id, title: row.title, done: step.kind === 'done', blockId: step.kind === 'done' ? null : step.blockId };
}

/**
 * An answer to a guiding question replaces an earlier answer to the same question, and the canvas
 * is touched, in one statement. Both CTEs and the update see the rows as they were before the
 * statement: the delete cannot touch the new answer. Parameters: canvas, block, question, text,
 * message, now; with a step move, also the step (JSON) and its version.
 */
function answerStatement(stepMove: string): string {
  return `
    with replaced as (
      delete from answers where canvas_id = $1 and block_id = $2 and question_index = $3),
    added as (
      insert into answers (canvas_id, block_id, question_index, text, message_id)
      values ($1, $2, $3, $4, $5))
    update canvases set updated_at = $6::timestamptz, last_activity_at = $6::timestamptz, reminders_sent = 0${stepMove}
    where id = $1`;
}

const ANSWER = answerStatement('');
const ANSWER_AND_MOVE = answerStatement(', step = $7::jsonb, step_version = $8');
const ANSWER_AND_FINISH = answerStatement(', step = $7::jsonb, step_version = $8, completed_at = coalesce(completed_at, now())');

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

    /** Moves the canvas to a step at a new step version, which retires the buttons of older messages. */
    async setStep(canvasId: number, step: CanvasStep, stepVersion: number): Promise<void> {
      await db
        .update(canvases)
        .set({
          step,
          stepVersion,
          updatedAt: new Date(),
          lastActivityAt: new Date(),
          remindersSent: 0,
          completedAt: step.kind === 'done' ? sql`coalesce(${canvases.completedAt}, now())` : canvases.completedAt,
        })
        .where(eq(canvases.id, canvasId));
    },

    /**
     * Stores the answer to a guiding question, replacing an earlier answer to the same question, in
     * one statement; `moveTo` moves the canvas to its next step in the same statement (as setStep).
     */
    answerQuestion(
      canvasId: number,
      blockId: BlockId,
      questionIndex: number,
      text: string,
      messageId: number | null = null,
      moveTo?: { step: CanvasStep; stepVersion: number },
    ): Promise<void> {
      // The time as a string, cast in the statement: the driver hands parameters over as they are.
      const now = new Date().toISOString();
      const params = [canvasId, blockId, questionIndex, text, messageId, now];
      if (!moveTo) return runStatement(db, ANSWER, params).then(() => {});
      const statement = moveTo.step.kind === 'done' ? ANSWER_AND_FINISH : ANSWER_AND_MOVE;
      return runStatement(db, statement, [...params, JSON.stringify(moveTo.step), moveTo.stepVersion]).then(() => {});
    },

    /** Adds free text to a block without touching its earlier answers. */
    async addToBlock(canvasId: number, blockId: BlockId, text: string, messageId: number | null = null): Promise<void> {
      await db.insert(answers).values({ canvasId, blockId, questionIndex: null, text, messageId });
      await touch(canvasId);
    },

    /** Replaces all answers of a block at once (a block answered anew, once complete); its types stay until confirmed again. */
    async replaceBlock(canvasId: number, blockId: BlockId, replacement: AnswerView[]): Promise<void> {
      await db.delete(answers).where(and(eq(answers.canvasId, canvasId), eq(answers.blockId, blockId)));
      if (replacement.length > 0) {
        await db
          .insert(answers)
          .values(replacement.map((answer) => ({ canvasId, blockId, questionIndex: answer.questionIndex, text: answer.text, messageId: answer.messageId })));
      }
      await touch(canvasId);
    },

    /** Updates the answer that came in a message, after the user edited that message in Telegram. */
    async updateAnswerOfMessage(canvasId: number, messageId: number, text: string): Promise<void> {
      await db
        .update(answers)
        .set({ text })
        .where(and(eq(answers.canvasId, canvasId), eq(answers.messageId, messageId)));
      await touch(canvasId);
    },

    /** The canvas with everything the conversation decides on; null for someone else's or a deleted one. */
    async view(ownerId: number, canvasId: number): Promise<CanvasView | null> {
      const [row] = await db
        .select()
        .from(canvases)
        .where(and(eq(canvases.id, canvasId), eq(canvases.ownerId, ownerId)));
      if (!row) return null;
      const answerRows = await db
        .select()
        .from(answers)
        .where(eq(answers.canvasId, canvasId))
        .orderBy(sql`${answers.questionIndex} asc nulls last`, asc(answers.id));
      const typeRows = await db.select().from(blockTypes).where(eq(blockTypes.canvasId, canvasId)).orderBy(asc(blockTypes.createdAt));
      return toCanvasView(toRecord(row), answerRows, typeRows);
    },

    /** The owner's canvases for the list, most recently updated first. */
    async summaries(ownerId: number): Promise<CanvasSummary[]> {
      const rows = await db.select().from(canvases).where(eq(canvases.ownerId, ownerId)).orderBy(desc(canvases.updatedAt), desc(canvases.id));
      return rows.map(toCanvasSummary);
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

    /**
     * The whole canvas with all nine blocks in asking order, for summary, picture and export, in
     * `language` (the reader's: one language per view, whatever the canvas was begun in).
     */
    async snapshot(canvas: CanvasRecord, author: string | null, language: Language = canvas.language): Promise<CanvasSnapshot> {
      const answerRows = await db
        .select()
        .from(answers)
        .where(eq(answers.canvasId, canvas.id))
        .orderBy(sql`${answers.questionIndex} asc nulls last`, asc(answers.id));
      const typeRows = await db.select().from(blockTypes).where(eq(blockTypes.canvasId, canvas.id)).orderBy(asc(blockTypes.createdAt));
      const reached = canvas.step.kind === 'done' ? BLOCK_IDS.length : blockIndex(canvas.step.blockId);
      return {
        id: String(canvas.id),
        title: canvas.title,
        author,
        language,
        createdAt: canvas.createdAt,
        updatedAt: canvas.updatedAt,
        draft: canvas.step.kind !== 'done',
        blocks: BLOCK_IDS.map((blockId, index) => {
          const blockAnswers = answerRows.filter((row) => row.blockId === blockId);
          return {
            id: blockId,
            answers: blockAnswers.map((row) => ({
              question: row.questionIndex === null ? null : questionText(language, blockId, row.questionIndex),
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
