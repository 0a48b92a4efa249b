import { type RunnerHandle, run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { BotContext } from '../bot/context.ts';
import type { Logger } from './logger.ts';

/** The update types the bot reads; everything else Telegram need not send. */
export const ALLOWED_UPDATES = ['message', 'callback_query'] as const;

/**
 * Long polling through grammY's runner: updates of different chats run concurrently, those of
 * one chat in order (the bot installs `sequentialize` by chat id).
 */
export async function startPolling(bot: Bot<BotContext>, logger: Logger): Promise<RunnerHandle> {
  // A webhook left from an earlier deployment would make getUpdates fail.
  await bot.api.deleteWebhook();
  const handle = run(bot, {
    runner: {
      fetch: { timeout: 30, allowed_updates: ALLOWED_UPDATES },
      // Keep fetching through a Telegram outage of any length, once a second (the runner's
      // exponential back-off has no ceiling, and its wait cannot be interrupted by a stop).
      maxRetryTime: Number.POSITIVE_INFINITY,
      retryInterval: 1000,
      silent: true,
    },
    sink: { concurrency: 64 },
  });
  logger.info('polling started');
  return handle;
}
