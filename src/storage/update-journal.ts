import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import { outbox, processedUpdates } from '../../db/schema.ts';
import type { Queryable } from './database.ts';

/**
 * Serialises all work on one chat across processes and instances: a transaction-scoped
 * advisory lock, released at commit or rollback.
 */
export async function lockChat(tx: Queryable, chatId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${chatId}::bigint)`);
}

/** Records an update as applied; false when it was applied before (a re-delivery). */
export async function claimUpdate(tx: Queryable, updateId: number, chatId: number | null): Promise<boolean> {
  const inserted = await tx
    .insert(processedUpdates)
    .values({ updateId, chatId })
    .onConflictDoNothing()
    .returning({ updateId: processedUpdates.updateId });
  return inserted.length > 0;
}

export interface OutboxEntry<Payload> {
  id: number;
  chatId: number;
  payload: Payload;
}

/** Replies are stored with the change they answer, then delivered and marked. */
export function createOutbox<Payload>(db: Queryable) {
  return {
    async add(chatId: number, updateId: number | null, payloads: Payload[]): Promise<OutboxEntry<Payload>[]> {
      if (payloads.length === 0) return [];
      const rows = await db
        .insert(outbox)
        .values(payloads.map((payload) => ({ chatId, updateId, payload })))
        .returning({ id: outbox.id, chatId: outbox.chatId });
      return rows.map((row, index) => ({ id: row.id, chatId: row.chatId, payload: payloads[index] as Payload }));
    },

    async markSent(ids: number[]): Promise<void> {
      if (ids.length === 0) return;
      await db.update(outbox).set({ sentAt: new Date() }).where(inArray(outbox.id, ids));
    },

    async markAttempt(id: number): Promise<void> {
      await db.update(outbox).set({ attempts: sql`${outbox.attempts} + 1` }).where(eq(outbox.id, id));
    },

    /** Entries left unsent (a crash between commit and delivery), oldest first. */
    async unsent(olderThan: Date, maxAttempts: number, limit = 100): Promise<OutboxEntry<Payload>[]> {
      const rows = await db
        .select()
        .from(outbox)
        .where(and(isNull(outbox.sentAt), lt(outbox.createdAt, olderThan), lt(outbox.attempts, maxAttempts)))
        .orderBy(asc(outbox.id))
        .limit(limit);
      return rows.map((row) => ({ id: row.id, chatId: row.chatId, payload: row.payload as Payload }));
    },
  };
}
