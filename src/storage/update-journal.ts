import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { outbox, processedUpdates } from '../../db/schema.ts';
import type { Queryable } from './database.ts';
import { runStatement } from './statement.ts';

/**
 * Serialises all work on one chat across processes and instances: a transaction-scoped
 * advisory lock, released at commit or rollback.
 */
export async function lockChat(tx: Queryable, chatId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${chatId}::bigint)`);
}

/** Records an update as applied; false when it was applied before (a re-delivery). */
export async function claimUpdate(tx: Queryable, updateId: number, chatId: number | null): Promise<boolean> {
  const inserted = await tx.insert(processedUpdates).values({ updateId, chatId }).onConflictDoNothing().returning({ updateId: processedUpdates.updateId });
  return inserted.length > 0;
}

/** The highest update id recorded as applied; 0 when none is. */
export async function lastAppliedUpdateId(db: Queryable): Promise<number> {
  const [row] = await db.select({ last: sql<number | null>`max(${processedUpdates.updateId})` }).from(processedUpdates);
  return Number(row?.last ?? 0);
}

/**
 * lockChat and claimUpdate in one round trip: the update id is recorded (a re-delivery finds it
 * and inserts nothing) and the chat's lock taken in the same statement. Recording before locking
 * is safe: a concurrent re-delivery of the same update waits on the unique key until this
 * transaction ends, then finds the id. Returns false for a re-delivery.
 */
export async function lockChatAndClaimUpdate(tx: Queryable, chatId: number, updateId: number): Promise<boolean> {
  const [row] = await runStatement<{ claimed: number | string }>(tx, LOCK_AND_CLAIM, [updateId, chatId]);
  return Number(row?.claimed ?? 0) > 0;
}

const LOCK_AND_CLAIM = `
  with claimed as (
    insert into processed_updates (update_id, chat_id) values ($1, $2)
    on conflict do nothing returning update_id)
  select pg_advisory_xact_lock($2::bigint) is not null as locked, (select count(*) from claimed)::int as claimed`;

export interface OutboxEntry<Payload> {
  id: number;
  chatId: number;
  payload: Payload;
}

/** A reply to store: the chat it goes to and what is sent. */
export interface OutboxReply<Payload> {
  chatId: number;
  payload: Payload;
}

/**
 * Replies are stored with the change they answer, then delivered and marked. Stored in one
 * statement whatever their number, its text always the same, so each connection prepares it
 * once; the ids are handed out in the order the replies are given.
 */
function insertReplies<Payload>(db: Queryable, updateId: number | null, replies: OutboxReply<Payload>[]): Promise<OutboxEntry<Payload>[]> {
  if (replies.length === 0) return Promise.resolve([]);
  // Inserted in the order given, so the ids the sequence hands out match the replies' positions.
  return runStatement<{ id: number | string; chat_id: number | string }>(db, INSERT_REPLIES, [updateId, JSON.stringify(replies)]).then((rows) =>
    rows
      .map((row) => ({ id: Number(row.id), chatId: Number(row.chat_id) }))
      .sort((a, b) => a.id - b.id)
      .map((row, index) => ({ ...row, payload: (replies[index] as OutboxReply<Payload>).payload })),
  );
}

const INSERT_REPLIES = `
  insert into outbox (chat_id, update_id, payload)
  select (reply->>'chatId')::bigint, $1::bigint, reply->'payload'
  from jsonb_array_elements($2::text::jsonb) with ordinality as given(reply, position)
  order by position
  returning id, chat_id`;

export function createOutbox<Payload>(db: Queryable) {
  return {
    add(chatId: number, updateId: number | null, payloads: Payload[]): Promise<OutboxEntry<Payload>[]> {
      return insertReplies(
        db,
        updateId,
        payloads.map((payload) => ({ chatId, payload })),
      );
    },

    /** Replies to several chats, stored in the order given; the statement is sent before this returns. */
    addReplies(updateId: number | null, replies: OutboxReply<Payload>[]): Promise<OutboxEntry<Payload>[]> {
      return insertReplies(db, updateId, replies);
    },

    async markSent(ids: number[]): Promise<void> {
      if (ids.length === 0) return;
      await db.update(outbox).set({ sentAt: new Date() }).where(inArray(outbox.id, ids));
    },

    async markAttempt(id: number): Promise<void> {
      await db
        .update(outbox)
        .set({ attempts: sql`${outbox.attempts} + 1` })
        .where(eq(outbox.id, id));
    },

    /**
     * Hands unsent entries back to the outbox at once: their lease ends now, so the next flush of
     * any instance takes them (a picture the render queue had no room for, or to be drawn again).
     */
    async release(ids: number[]): Promise<void> {
      if (ids.length === 0) return;
      await db
        .update(outbox)
        // Ended a moment ago, so a flush in the same instant already finds it free.
        .set({ leaseOwner: null, leaseUntil: sql`now() - interval '1 second'` })
        .where(and(inArray(outbox.id, ids), isNull(outbox.sentAt)));
    },

    /**
     * Counts a failed render of an unsent picture entry; returns the failures so far, or null when
     * the entry is no longer unsent (sent or closed meanwhile).
     */
    async countRenderFailure(id: number): Promise<number | null> {
      const [row] = await db
        .update(outbox)
        .set({ renderFailures: sql`${outbox.renderFailures} + 1` })
        .where(and(eq(outbox.id, id), isNull(outbox.sentAt)))
        .returning({ renderFailures: outbox.renderFailures });
      return row ? row.renderFailures : null;
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

    /**
     * Takes a lease on entries left unsent (a crash between commit and delivery, an outage) that
     * nobody holds: older than `graceMs` and not leased, or whose lease ran out. Rows another
     * instance is claiming at the same moment are skipped, so each entry has one sender at a time.
     */
    async claimUnsent(owner: string, graceMs: number, maxAttempts: number, limit = 100): Promise<OutboxEntry<Payload>[]> {
      const grace = sql`make_interval(secs => ${graceMs / 1000})`;
      const rows = await db.execute(sql`
        update ${outbox} set lease_owner = ${owner}, lease_until = now() + ${grace}
        where id in (
          select id from ${outbox}
          where sent_at is null and attempts < ${maxAttempts}
            and coalesce(lease_until, created_at + ${grace}) < now()
          order by id limit ${limit}
          for update skip locked)
        returning id, chat_id, payload`);
      const list = ((rows as { rows?: unknown[] }).rows ?? (rows as unknown as unknown[])) as {
        id: string | number;
        chat_id: string | number;
        payload: unknown;
      }[];
      return [...list].map((row) => ({ id: Number(row.id), chatId: Number(row.chat_id), payload: row.payload as Payload })).sort((a, b) => a.id - b.id);
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
