import type { RunnerHandle } from '@grammyjs/runner';
import type { Transformer } from 'grammy';
import { createBot } from './bot/create-bot.ts';
import { flushOutbox } from './bot/delivery.ts';
import { type Config, loadConfig } from './config.ts';
import { createApiRetry } from './runtime/api-retry.ts';
import { publishCommands } from './runtime/bot-commands.ts';
import { type DataDirLock, lockDataDir } from './runtime/data-dir-lock.ts';
import { createLogger, describeError } from './runtime/logger.ts';
import { type PeriodicJob, startPeriodic } from './runtime/periodic.ts';
import { startPolling } from './runtime/polling.ts';
import { openDatabase } from './storage/database.ts';

/** The whole stop must fit in 10 seconds (what container runtimes give before SIGKILL). */
const SHUTDOWN_DEADLINE_MS = 9_000;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const secrets = [config.botToken, config.webhook?.secret ?? ''];
  const logger = createLogger({ level: config.logLevel, secrets });

  let lock: DataDirLock | undefined;
  if (config.database.kind === 'pglite') {
    try {
      lock = lockDataDir(config.database.dataDir);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  }
  const database = await openDatabase(config.database);
  logger.info({ database: database.kind, mode: config.mode }, 'database ready');

  const retry = createApiRetry({ onRetry: (event) => logger.warn(event, 'retrying a Bot API call') });
  const logPollingFailures: Transformer = async (previous, method, payload, signal) => {
    try {
      return await previous(method, payload, signal);
    } catch (error) {
      if (method === 'getUpdates' && !signal?.aborted) logger.warn({ err: error }, 'getUpdates failed; the runner tries again');
      throw error;
    }
  };
  const bot = createBot({
    token: config.botToken,
    db: database.db,
    apiRoot: config.botApiRoot,
    apiTransformers: [retry.transformer, logPollingFailures],
    rateLimit: config.rateLimit,
    onError: (error) => logger.error({ err: error }, 'update failed'),
    onFlood: (chatId) => logger.debug({ chatId }, 'update dropped by the flood limit'),
  });
  await bot.init();
  logger.info({ botId: bot.botInfo.id, username: bot.botInfo.username }, 'bot identified');
  await publishCommands(bot.api).catch((error: unknown) => logger.warn({ err: error }, 'could not publish the command menu'));

  const deliveryDeps = { db: database.db, onError: (error: unknown) => logger.warn({ err: error }, 'reply not delivered yet') };
  // One process on embedded storage: nothing can be in flight elsewhere, so all unsent replies go now.
  const startupGraceMs = database.kind === 'pglite' ? 0 : config.outbox.graceMs;
  const sent = await flushOutbox(bot.api, deliveryDeps, startupGraceMs);
  if (sent > 0) logger.info({ count: sent }, 'unsent replies from before the restart delivered');
  const jobs: PeriodicJob[] = [
    startPeriodic(
      config.outbox.flushIntervalMs,
      async () => {
        const count = await flushOutbox(bot.api, deliveryDeps, config.outbox.graceMs);
        if (count > 0) logger.info({ count }, 'unsent replies delivered');
      },
      (error) => logger.error({ err: error }, 'outbox flush failed'),
    ),
  ];

  let runner: RunnerHandle | undefined;
  if (config.mode === 'polling') runner = await startPolling(bot, logger);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    setTimeout(() => {
      logger.error('stop took too long; exiting anyway');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // No Bot API call may wait out a long retry_after now; what is unsent stays in the outbox.
    retry.stop();
    await runner?.stop();
    await Promise.all(jobs.map((job) => job.stop()));
    await database.close();
    lock?.release();
    logger.info('stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`The bot could not start: ${JSON.stringify(describeError(error))}\n`);
  process.exit(1);
});
