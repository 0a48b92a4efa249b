import { and, asc, eq, isNull, lt, sql } from 'drizzle-orm';
import type { Update } from 'grammy/types';
import { webhookInbox } from '../../db/schema.ts';
import { isUpdateNotApplied } from '../bot/middleware/unit-of-work.ts';
import type { AppDatabase } from '../storage/database.ts';

/** The chat an update belongs to, where it has one (messages and button presses do). */
export function chatIdOf(update: Update): number | null {
  // Read defensively: a malformed update ("message": {} or a string) must not throw here.
  const loose = update as { message?: { chat?: { id?: unknown } }; callback_query?: { message?: { chat?: { id?: unknown } }; from?: { id?: unknown } } };
  const id = loose.message?.chat?.id ?? loose.callback_query?.message?.chat?.id ?? loose.callback_query?.from?.id;
  return typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
}

/**
 * Durable hand-over between the webhook and the bot. `accept` stores an update (Telegram can be
 * answered right after); `drain` applies a chat's stored updates oldest first, one at a time,
 * and removes each once handled. Any instance may drain any chat: the chat lock and the
 * processed_updates table inside the bot keep each update applied once and in order.
 */
export function createWebhookInbox(db: AppDatabase, handle: (update: Update) => Promise<void>, onError: (error: unknown) => void) {
  const chains = new Map<string, Promise<void>>();

  async function drainNow(chatId: number | null, updateId: number): Promise<void> {
    for (;;) {
      const [row] = await db
        .select()
        .from(webhookInbox)
        .where(chatId === null ? and(isNull(webhookInbox.chatId), eq(webhookInbox.updateId, updateId)) : eq(webhookInbox.chatId, chatId))
        .orderBy(asc(webhookInbox.updateId))
        .limit(1);
      if (!row) return;
      try {
        await handle(row.payload as Update);
      } catch (error) {
        onError(error);
        // The database was unavailable and nothing was applied: the update stays for the sweep,
        // and the chat's later updates wait behind it. Other failures the bot has answered itself.
        if (isUpdateNotApplied(error)) return;
      }
      await db.delete(webhookInbox).where(eq(webhookInbox.updateId, row.updateId));
      if (chatId === null) return;
    }
  }

  /** Applies a chat's waiting updates; calls for one chat queue up behind each other. */
  function drain(chatId: number | null, updateId = 0): Promise<void> {
    const key = chatId === null ? `update:${updateId}` : `chat:${chatId}`;
    const previous = chains.get(key) ?? Promise.resolve();
    const next = previous.then(() => drainNow(chatId, updateId)).catch(onError);
    chains.set(key, next);
    void next.finally(() => {
      if (chains.get(key) === next) chains.delete(key);
    });
    return next;
  }

  return {
    /** Stores the update; a re-delivery of a stored one changes nothing. */
    async accept(update: Update): Promise<number | null> {
      const chatId = chatIdOf(update);
      await db.insert(webhookInbox).values({ updateId: update.update_id, chatId, payload: update }).onConflictDoNothing();
      return chatId;
    },
    drain,
    /** Applies updates left behind (a crash, an instance that went away), older than `graceMs`. */
    async sweep(graceMs: number): Promise<number> {
      const rows = await db
        .select({ chatId: webhookInbox.chatId, updateId: sql<number>`min(${webhookInbox.updateId})` })
        .from(webhookInbox)
        .where(lt(webhookInbox.receivedAt, new Date(Date.now() - graceMs)))
        .groupBy(webhookInbox.chatId);
      await Promise.all(rows.map((row) => drain(row.chatId, Number(row.updateId))));
      return rows.length;
    },
    /** Resolves when every drain in progress has finished (graceful stop). */
    async idle(): Promise<void> {
      while (chains.size > 0) await Promise.all(chains.values());
    },
  };
}

export type WebhookInbox = ReturnType<typeof createWebhookInbox>;
