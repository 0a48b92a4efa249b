import type { RunnerHandle } from '@grammyjs/runner';
import type { Transformer } from 'grammy';
import { sql } from 'drizzle-orm';
import { createPictureSender } from './bot/canvas-picture.ts';
import { createBot } from './bot/create-bot.ts';
import { flushOutbox } from './bot/delivery.ts';
import { createFloodGate, sendSlowDown } from './bot/middleware/rate-limit.ts';
import { type Config, loadConfig } from './config.ts';
import { createApiRetry } from './runtime/api-retry.ts';
import { runCoachNotificationTick } from './runtime/coach-notifications.ts';
import { publishCommands } from './runtime/bot-commands.ts';
import { type DataDirLock, lockDataDir } from './runtime/data-dir-lock.ts';
import { createLogger, describeError } from './runtime/logger.ts';
import { type PeriodicJob, startPeriodic } from './runtime/periodic.ts';
import { ALLOWED_UPDATES, startPolling } from './runtime/polling.ts';
import { DEFAULT_REMINDER_POLICY, runReminderTick } from './runtime/reminders.ts';
import { createWebhookInbox } from './runtime/webhook-inbox.ts';
import { type WebhookServer, startWebhookServer } from './runtime/webhook-server.ts';
import { createCanvasRenderer } from './render/canvas-renderer.ts';
import { openDatabase } from './storage/database.ts';

/** The whole stop must fit in 10 seconds (what container runtimes give before SIGKILL). */
const SHUTDOWN_DEADLINE_MS = 9_000;
/** A batch window is 15 minutes; checking every minute keeps a batch at most a minute late. */
const COACH_NOTIFICATION_TICK_MS = 60_000;

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
      // Also when start-up fails half-way; after SIGKILL the next start takes the stale lock over.
      process.once('exit', () => lock?.release());
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
  // Pictures render on a worker thread, when a reply is delivered (after commit), never in a transaction.
  const renderer = createCanvasRenderer();
  const sendPicture = createPictureSender({
    db: database.db,
    renderPicture: (snapshot, scale) => renderer.render(snapshot, { scale }),
    onError: (error) => logger.warn({ err: error }, 'canvas picture not sent'),
  });
  const bot = createBot({
    token: config.botToken,
    db: database.db,
    apiRoot: config.botApiRoot,
    apiTransformers: [retry.transformer, logPollingFailures],
    sendPicture,
    // In webhook mode the flood limit runs before an update is stored, in the server.
    rateLimit: config.mode === 'polling' ? config.rateLimit : undefined,
    onError: (error) => logger.error({ err: error }, 'update failed'),
    onFlood: (chatId) => logger.debug({ chatId }, 'update dropped by the flood limit'),
  });
  await bot.init();
  logger.info({ botId: bot.botInfo.id, username: bot.botInfo.username }, 'bot identified');
  await publishCommands(bot.api).catch((error: unknown) => logger.warn({ err: error }, 'could not publish the command menu'));

  const deliveryDeps = { db: database.db, sendPicture, onError: (error: unknown) => logger.warn({ err: error }, 'reply not delivered yet') };
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

  const reminderPolicy = { ...DEFAULT_REMINDER_POLICY, idleHours: config.reminders.idleHours, defaultTimeZone: config.reminders.timeZone };
  jobs.push(
    startPeriodic(
      config.reminders.checkIntervalMs,
      async () => {
        const count = await runReminderTick(bot.api, deliveryDeps, new Date(), reminderPolicy);
        if (count > 0) logger.info({ count }, 'reminders sent');
      },
      (error) => logger.error({ err: error }, 'reminder tick failed'),
    ),
  );
  // Coaches hear about new work in batches, outside their night; the tick claims what is due.
  jobs.push(
    startPeriodic(
      COACH_NOTIFICATION_TICK_MS,
      async () => {
        const count = await runCoachNotificationTick(bot.api, deliveryDeps, new Date());
        if (count > 0) logger.info({ count }, 'coaches told about new work');
      },
      (error) => logger.error({ err: error }, 'coach notification tick failed'),
    ),
  );

  let runner: RunnerHandle | undefined;
  let webhookServer: WebhookServer | undefined;
  if (config.mode === 'polling') {
    runner = await startPolling(bot, logger);
  } else if (config.webhook) {
    const webhook = config.webhook;
    const inbox = createWebhookInbox(database.db, (update) => bot.handleUpdate(update), (error) => logger.error({ err: error }, 'update failed'));
    webhookServer = await startWebhookServer(
      {
        path: webhook.path,
        secret: webhook.secret,
        inbox,
        floodGate: createFloodGate(config.rateLimit),
        onFlood: (chatId, update, verdict) => {
          logger.debug({ chatId }, 'update dropped by the flood limit');
          if (verdict === 'warn') void sendSlowDown(bot.api, chatId, (update.message?.from ?? update.callback_query?.from)?.language_code);
        },
        checkDatabase: async () => {
          await database.db.execute(sql`select 1`);
          return true;
        },
        logger,
      },
      config.http,
    );
    // Updates left by an instance that stopped or crashed before applying them.
    jobs.push(
      startPeriodic(
        config.outbox.flushIntervalMs,
        async () => {
          const chats = await inbox.sweep(config.outbox.graceMs);
          if (chats > 0) logger.info({ chats }, 'stored updates applied after a delay');
        },
        (error) => logger.error({ err: error }, 'inbox sweep failed'),
      ),
    );
    void inbox.sweep(database.kind === 'pglite' ? 0 : config.outbox.graceMs).catch((error: unknown) => logger.error({ err: error }, 'inbox sweep failed'));
    await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: ALLOWED_UPDATES, max_connections: 40 });
    logger.info('webhook registered');
  }

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
    // Stop taking updates, then finish the ones in hand. The webhook stays registered: other
    // instances (or this one after a restart) keep serving it.
    await Promise.all([runner?.stop(), webhookServer?.stop()]);
    await Promise.all(jobs.map((job) => job.stop()));
    await renderer.close();
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
