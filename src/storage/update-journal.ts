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

/** The highest update id recorded as applied; 0 when none is. */
export async function lastAppliedUpdateId(db: Queryable): Promise<number> {
  const [row] = await db.select({ last: sql<number | null>`max(${processedUpdates.updateId})` }).from(processedUpdates);
  return Number(row?.last ?? 0);
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

    /**
     * Retires entries that can never be delivered (the chat blocked the bot, the request is wrong):
     * they leave the unsent queue like sent ones, with the failed attempt counted.
     */
    async markGivenUp(ids: number[]): Promise<void> {
      if (ids.length === 0) return;
      await db
        .update(outbox)
        .set({ sentAt: new Date(), attempts: sql`${outbox.attempts} + 1` })
        .where(inArray(outbox.id, ids));
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

/** Connection failures (postgres.js and Node codes) after which the same work can succeed later. */
const TRANSIENT_CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
]);

/**
 * SQLSTATEs of a server going away or refusing for now: connection exceptions (class 08),
 * administrator or crash shutdown, "starting up", too many connections; and the conflicts a
 * transaction is meant to be retried after (serialization failure, deadlock).
 */
const TRANSIENT_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '40001', '40P01']);

/**
 * Whether an error means "the database is unavailable for now" rather than "this work is wrong":
 * the work was rolled back and may be tried again. Looks through drizzle's and Node's wrappers.
 */
export function isTransientDatabaseError(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (typeof current !== 'object' || current === null || seen.has(current)) continue;
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && (TRANSIENT_CONNECTION_CODES.has(code) || TRANSIENT_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) {
      return true;
    }
    pending.push((current as { cause?: unknown }).cause);
    const inner = (current as { errors?: unknown }).errors;
    if (Array.isArray(inner)) pending.push(...inner);
  }
  return false;
}
