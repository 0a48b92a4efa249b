import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { answers, canvases, outbox, processedUpdates, users } from '../../db/schema.ts';
import { settleSentMarks } from '../../src/bot/delivery.ts';
import type { AppDatabase } from '../../src/storage/database.ts';

/** Everything the database holds about one person's conversation, without ids that differ between chats. */
export async function conversationState(db: AppDatabase, userId: number) {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  const owned = await db.select().from(canvases).where(eq(canvases.ownerId, userId)).orderBy(asc(canvases.id));
  const canvasStates = [];
  for (const canvas of owned) {
    const rows = await db
      .select()
      .from(answers)
      .where(eq(answers.canvasId, canvas.id))
      .orderBy(asc(answers.blockId), asc(answers.questionIndex), asc(answers.id));
    canvasStates.push({
      title: canvas.title,
      step: canvas.step,
      stepVersion: canvas.stepVersion,
      answers: rows.map((row) => ({ block: row.blockId, question: row.questionIndex, text: row.text })),
    });
  }
  return { mode: user?.mode ?? null, hasActiveCanvas: (user?.activeCanvasId ?? null) !== null, canvases: canvasStates };
}

/** The answers stored for a person, as texts in the order asked. */
export async function answerTexts(db: AppDatabase, userId: number): Promise<string[]> {
  const rows = await db
    .select({ text: answers.text })
    .from(answers)
    .innerJoin(canvases, eq(canvases.id, answers.canvasId))
    .where(eq(canvases.ownerId, userId))
    .orderBy(asc(answers.id));
  return rows.map((row) => row.text);
}

/** Replies of a chat still waiting in the outbox (sent ones are marked in batches, so those marks are written first). */
export async function unsentCount(db: AppDatabase, chatId: number): Promise<number> {
  await settleSentMarks(db);
  const [row] = await db
    .select({ value: count() })
    .from(outbox)
    .where(and(eq(outbox.chatId, chatId), isNull(outbox.sentAt)));
  return row?.value ?? 0;
}

/** How often an update id was recorded as applied (0 or 1). */
export async function claimsOf(db: AppDatabase, updateId: number): Promise<number> {
  const [row] = await db.select({ value: count() }).from(processedUpdates).where(eq(processedUpdates.updateId, updateId));
  return row?.value ?? 0;
}

/** Occurrences of `needle` in a list of texts. */
export function occurrences(texts: string[], needle: string): number {
  return texts.filter((text) => text.includes(needle)).length;
}
