import { type RunnerHandle, createConcurrentSink, createRunner, createSource } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import type { BotContext } from '../bot/context.ts';
import { isUpdateNotApplied } from '../bot/middleware/unit-of-work.ts';
import { createChatOrder } from './chat-order.ts';
import { createConfirmingUpdateSource } from './confirming-update-source.ts';
import type { Logger } from './logger.ts';
import { chatIdOf } from './webhook-inbox.ts';

/** The update types the bot reads; everything else Telegram need not send. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

const RETRY_INTERVAL_MS = 1_000;

/**
 * Long polling through grammY's runner: updates of different chats run concurrently, those of
 * one chat in order (the bot installs `sequentialize` by chat id). Updates are confirmed to
 * Telegram only once applied, so an update that met an unavailable database is fetched again.
 */
export async function startPolling(bot: Bot<BotContext>, logger: Logger): Promise<RunnerHandle> {
  // A webhook left from an earlier deployment would make getUpdates fail.
  await bot.api.deleteWebhook();
  await bot.init();
  const source = createConfirmingUpdateSource({
    async getUpdates(offset, limit, signal) {
      // Keep fetching through a Telegram outage of any length, once a second.
      for (;;) {
        try {
          // The runner and grammY declare the same platform AbortSignal separately.
          const abort = signal as unknown as Parameters<typeof bot.api.getUpdates>[1];
          return await bot.api.getUpdates({ offset, limit, timeout: 30, allowed_updates: ALLOWED_UPDATES }, abort);
        } catch (error) {
          if (signal.aborted) throw error;
          const code = (error as { error_code?: number }).error_code;
          // A wrong token or a second poller cannot be waited out.
          if (code === 401 || code === 409) throw error;
          logger.warn({ code }, 'fetching updates failed; trying again');
          await new Promise((resolve) => setTimeout(resolve, RETRY_INTERVAL_MS));
        }
      }
    },
  });
  const consume = createPollingConsumer((update) => bot.handleUpdate(update), source, logger);
  const sink = createConcurrentSink<Update>(
    { consume },
    async (error) => {
      if (!isUpdateNotApplied(error)) logger.error({ err: error }, 'update failed');
    },
    { concurrency: 64 },
  );
  const handle = createRunner(createSource(source.supplier), sink);
  handle.start();
  logger.info('polling started');
  return handle;
}

/**
 * Applies one fetched update and tells the source how it ended: finished, or handed back to be
 * fetched again. A chat's updates run in update-id order, and after one is handed back the chat's
 * later updates are handed back with it, so they are applied after it, never before.
 */
export function createPollingConsumer(
  handle: (update: Update) => Promise<void>,
  source: { finish(updateId: number, retry: boolean): void },
  logger: Pick<Logger, 'warn'>,
): (update: Update) => Promise<void> {
  const order = createChatOrder();
  return async (update) => {
    const id = update.update_id;
    try {
      const outcome = await order.run(chatIdOf(update), id, () => handle(update), isUpdateNotApplied);
      source.finish(id, outcome === 'held');
      if (outcome === 'held') logger.warn({ updateId: id }, 'update held behind an earlier one of its chat; it will be fetched again');
    } catch (error) {
      const retry = isUpdateNotApplied(error);
      source.finish(id, retry);
      if (retry) logger.warn({ updateId: id }, 'update not applied; it will be fetched again');
      throw error;
    }
  };
}
