import { sql } from 'drizzle-orm';
import type { Bot, Transformer } from 'grammy';
import type { BotContext } from '../bot/context.ts';
import { createBot } from '../bot/create-bot.ts';
import { type DeliveryDeps, type PictureQueue, flushOutbox } from '../bot/delivery.ts';
import type { Config } from '../config.ts';
import type { CanvasRenderer } from '../render/canvas-renderer.ts';
import type { DatabaseHandle } from '../storage/database.ts';
import { pruneJournal } from '../storage/retention.ts';
import { type ApiRetry, createApiRetry } from './api-retry.ts';
import { publishCommands } from './bot-commands.ts';
import type { Logger } from './logger.ts';
import { type PeriodicJob, startPeriodic } from './periodic.ts';
import { createPooledPictureQueue } from './picture-pipeline.ts';
import { createRenderPool } from './render-pool.ts';
import { DEFAULT_NOTIFICATION_POLICY } from '../course/notification-batching.ts';
import { runCoachNotificationTick } from './coach-notifications.ts';
import { runGroupDeadlineTick } from './group-deadlines.ts';
import { DEFAULT_REMINDER_POLICY, runReminderTick } from './reminders.ts';

/** Checking every minute keeps a batch of new work at most a minute late. */
const COACH_NOTIFICATION_TICK_MS = 60_000;
import { identifyBot } from './startup.ts';

/** Everything both modes share: the bot, its database, delivery, and the periodic jobs. */
export interface Services {
  config: Config;
  logger: Logger;
  database: DatabaseHandle;
  bot: Bot<BotContext>;
  retry: ApiRetry;
  renderer: CanvasRenderer;
  pictures: PictureQueue;
  delivery: DeliveryDeps;
  jobs: PeriodicJob[];
  checkDatabase(): Promise<boolean>;
}

/**
 * Builds the bot on an open database, identifies it, delivers replies left from before a
 * restart, and starts the periodic jobs (outbox flush, reminders, retention).
 */
export async function createServices(config: Config, logger: Logger, database: DatabaseHandle): Promise<Services> {
  const retry = createApiRetry({ onRetry: (event) => logger.warn(event, 'retrying a Bot API call') });
  const logPollingFailures: Transformer = async (previous, method, payload, signal) => {
    try {
      return await previous(method, payload, signal);
    } catch (error) {
      if (method === 'getUpdates' && !signal?.aborted) logger.warn({ err: error }, 'getUpdates failed; the runner tries again');
      throw error;
    }
  };
  // Pictures render on worker threads after their update is applied and answered, never inside it:
  // the picture queue takes them from the outbox, and the outbox keeps them until they are sent.
  const renderer = createRenderPool({ workers: config.render.workers, timeoutMs: config.render.timeoutMs, maxQueued: config.render.queue });
  const pictures = createPooledPictureQueue(database.db, renderer, {
    maxPending: config.render.queue,
    onError: (error) => logger.warn({ err: error }, 'picture or file not sent yet'),
  });
  const bot = createBot({
    token: config.botToken,
    db: database.db,
    apiRoot: config.botApiRoot,
    apiTransformers: [retry.transformer, logPollingFailures],
    pictures,
    // In webhook mode the flood limit runs before an update is stored, in the server.
    rateLimit: config.mode === 'polling' ? config.rateLimit : undefined,
    onError: (error) => logger.error({ err: error }, 'update failed'),
    onFlood: (chatId) => logger.debug({ chatId }, 'update dropped by the flood limit'),
    webApp: config.webApp,
  });
  await identifyBot(bot, config);
  logger.info({ botId: bot.botInfo.id, username: bot.botInfo.username }, 'bot identified');
  await publishCommands(bot.api).catch((error: unknown) => logger.warn({ err: error }, 'could not publish the command menu'));

  const delivery: DeliveryDeps = { db: database.db, pictures, onError: (error: unknown) => logger.warn({ err: error }, 'reply not delivered yet') };
  // One process on embedded storage: nothing can be in flight elsewhere, so all unsent replies go now.
  const startupGraceMs = database.kind === 'pglite' ? 0 : config.outbox.graceMs;
  const sent = await flushOutbox(bot.api, delivery, startupGraceMs);
  if (sent > 0) logger.info({ count: sent }, 'unsent replies from before the restart delivered');

  const reminderPolicy = { ...DEFAULT_REMINDER_POLICY, idleHours: config.reminders.idleHours, defaultTimeZone: config.reminders.timeZone };
  const jobs: PeriodicJob[] = [
    startPeriodic(
      config.outbox.flushIntervalMs,
      async () => {
        const count = await flushOutbox(bot.api, delivery, config.outbox.graceMs);
        if (count > 0) logger.info({ count }, 'unsent replies delivered');
      },
      (error) => logger.error({ err: error }, 'outbox flush failed'),
    ),
    startPeriodic(
      config.reminders.checkIntervalMs,
      async () => {
        const count = await runReminderTick(bot.api, delivery, new Date(), reminderPolicy);
        if (count > 0) logger.info({ count }, 'reminders sent');
      },
      (error) => logger.error({ err: error }, 'reminder tick failed'),
    ),
    // Coaches hear about new work in batches, outside their night; the tick claims what is due.
    startPeriodic(
      COACH_NOTIFICATION_TICK_MS,
      async () => {
        const policy = { ...DEFAULT_NOTIFICATION_POLICY, batchWindowMinutes: config.course.notifyWindowMinutes };
        const count = await runCoachNotificationTick(bot.api, delivery, new Date(), policy);
        if (count > 0) logger.info({ count }, 'coaches told about new work');
      },
      (error) => logger.error({ err: error }, 'coach notification tick failed'),
    ),
    // A day before a group's deadline its students are reminded, after it its coaches get a summary.
    startPeriodic(
      COACH_NOTIFICATION_TICK_MS,
      async () => {
        const count = await runGroupDeadlineTick(bot.api, delivery, new Date());
        if (count > 0) logger.info({ count }, 'group deadline reminders and summaries sent');
      },
      (error) => logger.error({ err: error }, 'group deadline tick failed'),
    ),
    startPeriodic(
      config.retention.checkIntervalMs,
      async () => {
        const pruned = await pruneJournal(database.db, config.retention);
        if (pruned.updates + pruned.replies > 0) logger.info(pruned, 'old update ids and sent replies pruned');
      },
      (error) => logger.error({ err: error }, 'retention pruning failed'),
    ),
  ];

  return {
    config,
    logger,
    database,
    bot,
    retry,
    renderer,
    pictures,
    delivery,
    jobs,
    async checkDatabase() {
      await database.db.execute(sql`select 1`);
      return true;
    },
  };
}
