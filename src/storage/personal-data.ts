import { and, count, eq, inArray, ne } from 'drizzle-orm';
import { answers, blockTypes, canvases, outbox, processedUpdates, users } from '../../db/schema.ts';
import type { Queryable } from './database.ts';

/** What the bot holds about one person, counted. */
export interface PersonalDataCounts {
  canvases: number;
  answers: number;
  types: number;
  /** Replies stored for the chat (sent or waiting). */
  replies: number;
  /** Update ids remembered to recognise re-deliveries. */
  updateIds: number;
}

/**
 * Everything stored about one person (Telegram user id = chat id): the user row with its
 * settings and reminder state, canvases with answers and types, replies and update ids.
 */
export function createPersonalDataRepository(db: Queryable) {
  async function countAll(userId: number): Promise<PersonalDataCounts> {
    const owned = db.select({ id: canvases.id }).from(canvases).where(eq(canvases.ownerId, userId));
    const [canvasCount] = await db.select({ value: count() }).from(canvases).where(eq(canvases.ownerId, userId));
    const [answerCount] = await db.select({ value: count() }).from(answers).where(inArray(answers.canvasId, owned));
    const [typeCount] = await db.select({ value: count() }).from(blockTypes).where(inArray(blockTypes.canvasId, owned));
    const [replyCount] = await db.select({ value: count() }).from(outbox).where(eq(outbox.chatId, userId));
    const [updateCount] = await db.select({ value: count() }).from(processedUpdates).where(eq(processedUpdates.chatId, userId));
    return {
      canvases: Number(canvasCount?.value ?? 0),
      answers: Number(answerCount?.value ?? 0),
      types: Number(typeCount?.value ?? 0),
      replies: Number(replyCount?.value ?? 0),
      updateIds: Number(updateCount?.value ?? 0),
    };
  }

  return {
    countAll,

    /**
     * Deletes everything about the person and returns what was deleted. The id of the update
     * doing the deletion is kept (so a re-delivery of it is recognised, not applied again), as
     * is the reply that confirms it; both go with the ordinary retention period.
     */
    async deleteAll(userId: number, currentUpdateId: number): Promise<PersonalDataCounts> {
      const counted = await countAll(userId);
      // Canvases take their answers and types with them (on delete cascade); the user row its settings.
      await db.delete(canvases).where(eq(canvases.ownerId, userId));
      await db.delete(users).where(eq(users.id, userId));
      await db.delete(outbox).where(eq(outbox.chatId, userId));
      await db.delete(processedUpdates).where(and(eq(processedUpdates.chatId, userId), ne(processedUpdates.updateId, currentUpdateId)));
      // When course features store a person's submissions and comments, delete them here too
      // (and count them in PersonalDataCounts), so /delete_me keeps its promise.
      return { ...counted, updateIds: Math.max(0, counted.updateIds - 1) };
    },
  };
}

export type PersonalDataRepository = ReturnType<typeof createPersonalDataRepository>;
