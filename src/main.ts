import { deliver, settleSentMarks } from './bot/delivery.ts';
import { createFloodGate, sendSlowDown } from './bot/middleware/rate-limit.ts';
import { type Config, loadConfig } from './config.ts';
import { type DataDirLock, lockDataDir } from './runtime/data-dir-lock.ts';
import { startHealthServer } from './runtime/health-server.ts';
import { type Logger, createLogger, describeError } from './runtime/logger.ts';
import { startPeriodic } from './runtime/periodic.ts';
import { ALLOWED_UPDATES, startPolling as startLongPolling } from './runtime/polling.ts';
import { type Services, createServices } from './runtime/services.ts';
import { StartupError, openDatabaseForStart } from './runtime/startup.ts';
import { createWebhookInbox } from './runtime/webhook-inbox.ts';
import { startWebhookServer } from './runtime/webhook-server.ts';
import { dashboardHandlers } from './web/mount-dashboard.ts';

/** The whole stop must fit in 10 seconds (what container runtimes give before SIGKILL). */
const SHUTDOWN_DEADLINE_MS = 9_000;

/** Something started by a mode that must be stopped (taking no new updates, finishing those in hand). */
type Stoppable = { stop(): Promise<unknown> | unknown };

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

/** The coach's dashboard handlers (none without WEB_APP_URL); a finished review's message goes out at once. */
function dashboardOf(services: Services) {
  const { bot, config, database, logger, delivery } = services;
  return dashboardHandlers(config, database.db, logger, (entries) => deliver(bot.api, entries, delivery));
}

/** Long polling, and an HTTP server for /healthz and the dashboard when PORT or WEB_APP_URL is set. */
async function startPolling(services: Services): Promise<Stoppable[]> {
  const { bot, config, logger } = services;
  const runner = await startLongPolling(bot, logger);
  const started: Stoppable[] = [runner];
  if (config.healthPort !== undefined || config.webApp) {
    started.push(
      await startHealthServer(
        { checkDatabase: () => services.checkDatabase(), isAccepting: () => runner.isRunning(), logger, handlers: dashboardOf(services) },
        { host: config.http.host, port: config.healthPort ?? config.http.port },
      ),
    );
  }
  return started;
}

/** The webhook server (with /healthz), the inbox sweep, and the webhook registered with Telegram. */
async function startWebhook(services: Services): Promise<Stoppable[]> {
  const { bot, config, database, logger } = services;
  const webhook = config.webhook;
  if (!webhook) throw new StartupError('WEBHOOK_URL and WEBHOOK_SECRET are required when BOT_MODE=webhook');
  const inbox = createWebhookInbox(
    database.db,
    (update) => bot.handleUpdate(update),
    (error) => logger.error({ err: error }, 'update failed'),
  );
  const server = await startWebhookServer(
    {
      path: webhook.path,
      secret: webhook.secret,
      inbox,
      floodGate: createFloodGate(config.rateLimit),
      onFlood: (chatId, update, verdict) => {
        logger.debug({ chatId }, 'update dropped by the flood limit');
        if (verdict === 'warn') void sendSlowDown(bot.api, chatId, (update.message?.from ?? update.callback_query?.from)?.language_code);
      },
      checkDatabase: () => services.checkDatabase(),
      logger,
      handlers: dashboardOf(services),
    },
    config.http,
  );
  // Updates left by an instance that stopped or crashed before applying them.
  const sweep = startPeriodic(
    config.outbox.flushIntervalMs,
    async () => {
      const chats = await inbox.sweep(config.outbox.graceMs);
      if (chats > 0) logger.info({ chats }, 'stored updates applied after a delay');
    },
    (error) => logger.error({ err: error }, 'inbox sweep failed'),
  );
  void inbox.sweep(database.kind === 'pglite' ? 0 : config.outbox.graceMs).catch((error: unknown) => logger.error({ err: error }, 'inbox sweep failed'));
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: ALLOWED_UPDATES, max_connections: 40 });
  logger.info('webhook registered');
  return [server, sweep];
}

/**
 * Stops within the deadline: no Bot API call waits out a long retry_after any more (what is
 * unsent stays in the outbox), no new updates are taken and those in hand finish, then the jobs,
 * the render workers and the database close. The webhook stays registered: other instances (or
 * this one after a restart) keep serving it.
 */
async function shutdown(services: Services, started: Stoppable[], lock: DataDirLock | undefined, signal: string): Promise<never> {
  const { logger } = services;
  logger.info({ signal }, 'stopping');
  setTimeout(() => {
    logger.error('stop took too long; exiting anyway');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  services.retry.stop();
  await Promise.all(started.map((item) => item.stop()));
  await Promise.all(services.jobs.map((job) => job.stop()));
  await services.renderer.close();
  // Pictures not drawn yet go back to the outbox, to be drawn after the restart.
  await services.pictures.idle();
  // Replies already sent are marked so, or the next start would send them again.
  await settleSentMarks(services.database.db);
  await services.database.close();
  lock?.release();
  logger.info('stopped');
  process.exit(0);
}

function lockEmbeddedStorage(config: Config): DataDirLock | undefined {
  if (config.database.kind !== 'pglite') return undefined;
  try {
    const lock = lockDataDir(config.database.dataDir);
    // Also when start-up fails half-way; after SIGKILL the next start takes the stale lock over.
    process.once('exit', () => lock.release());
    return lock;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const logger: Logger = createLogger({ level: config.logLevel, secrets: [config.botToken, config.webhook?.secret ?? ''] });
  const lock = lockEmbeddedStorage(config);
  const database = await openDatabaseForStart(config, (reason) => logger.warn({ reason }, 'database not reachable yet; waiting'));
  logger.info({ database: database.kind, mode: config.mode }, 'database ready');
  const services = await createServices(config, logger, database);
  const started = config.mode === 'polling' ? await startPolling(services) : await startWebhook(services);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    void shutdown(services, started, lock, signal);
  };
  process.once('SIGTERM', () => stop('SIGTERM'));
  process.once('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  // A known cause is said in one line that names the variable; anything else in full (redacted).
  const message = error instanceof StartupError ? error.message : JSON.stringify(describeError(error));
  process.stderr.write(`The bot could not start: ${message}\n`);
  process.exit(1);
});
