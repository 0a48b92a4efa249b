import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

/** A number from the environment; empty means "not set". */
function numberVariable(options: { min: number; max: number; integer?: boolean }, fallback: number) {
  const number = z.number({ error: 'must be a number' });
  return optionalText.pipe(
    z
      .string()
      .optional()
      .transform((value) => (value === undefined ? fallback : Number(value)))
      .pipe(
        (options.integer ? number.int('must be a whole number') : number)
          .min(options.min, `must be at least ${options.min}`)
          .max(options.max, `must be at most ${options.max}`),
      ),
  );
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

const environmentSchema = z
  .object({
    BOT_TOKEN: z
      .string({ error: 'is required: the token @BotFather gave your bot, e.g. 123456:ABC-DEF…' })
      .trim()
      .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'does not look like a bot token (digits, a colon, then 20+ letters, digits, _ or -)'),
    DATABASE_URL: optionalText.pipe(z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional()),
    DATA_DIR: optionalText.default('./data'),
    BOT_API_ROOT: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
    LOG_LEVEL: optionalText.pipe(
      z
        .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
          error: 'must be one of fatal, error, warn, info, debug, trace, silent',
        })
        .optional()
        .default('info'),
    ),
    BOT_MODE: optionalText.pipe(z.enum(['polling', 'webhook'], { error: 'must be "polling" or "webhook"' }).optional().default('polling')),
    WEBHOOK_URL: optionalText.pipe(
      z
        .url({ protocol: /^https?$/, error: 'must be an https:// URL' })
        // Telegram posts to https only; plain http is accepted for a Bot API server on this machine.
        .refine((url) => new URL(url).protocol === 'https:' || isLoopback(new URL(url).hostname), 'must be an https:// URL (Telegram posts to https only)')
        .optional(),
    ),
    WEBHOOK_SECRET: optionalText.pipe(
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,256}$/, 'must be 1–256 characters: letters, digits, _ or - (Telegram sends it back in a header)')
        .optional(),
    ),
    WEB_APP_URL: optionalText.pipe(z.url({ protocol: /^https$/, error: 'must be an https:// URL: Telegram opens Mini Apps over https only' }).optional()),
    HOST: optionalText.default('0.0.0.0'),
    PORT: numberVariable({ min: 0, max: 65_535, integer: true }, 8080),
    REMINDER_IDLE_HOURS: numberVariable({ min: 0.01, max: 24 * 365 }, 48),
    REMINDER_TIME_ZONE: optionalText.pipe(z.string().refine(isTimeZone, 'must be an IANA time zone such as Europe/Moscow').optional().default('Europe/Moscow')),
    REMINDER_CHECK_SECONDS: numberVariable({ min: 1, max: 86_400 }, 300),
    RATE_LIMIT_UPDATES: numberVariable({ min: 1, max: 10_000, integer: true }, 20),
    RATE_LIMIT_WINDOW_SECONDS: numberVariable({ min: 1, max: 3_600 }, 10),
    OUTBOX_GRACE_SECONDS: numberVariable({ min: 0, max: 3_600 }, 180),
    OUTBOX_FLUSH_SECONDS: numberVariable({ min: 1, max: 3_600 }, 15),
    // 0: every core but one (the bot's own thread), at least one.
    RENDER_WORKERS: numberVariable({ min: 0, max: 64, integer: true }, 0),
    RENDER_TIMEOUT_SECONDS: numberVariable({ min: 1, max: 600 }, 15),
    RENDER_QUEUE: numberVariable({ min: 1, max: 10_000, integer: true }, 32),
    COACH_NOTIFY_WINDOW_MINUTES: numberVariable({ min: 0, max: 24 * 60 }, 15),
    REVIEW_LEASE_MINUTES: numberVariable({ min: 1, max: 24 * 60 }, 30),
    STARTUP_TIMEOUT_SECONDS: numberVariable({ min: 1, max: 600 }, 30),
    // Telegram re-delivers an update for up to 24 hours and the bot refuses messages older than 48:
    // an update id must be remembered at least that long to be recognised.
    RETENTION_UPDATES_DAYS: numberVariable({ min: 2, max: 3_650 }, 7),
    RETENTION_SENT_REPLIES_DAYS: numberVariable({ min: 0.001, max: 3_650 }, 1),
    RETENTION_CHECK_SECONDS: numberVariable({ min: 1, max: 86_400 }, 3_600),
  })
  .superRefine((env, context) => {
    if (env.BOT_MODE !== 'webhook') return;
    if (!env.WEBHOOK_URL)
      context.addIssue({
        code: 'custom',
        path: ['WEBHOOK_URL'],
        message: 'is required when BOT_MODE=webhook: the public https:// address Telegram posts updates to',
      });
    if (!env.WEBHOOK_SECRET)
      context.addIssue({ code: 'custom', path: ['WEBHOOK_SECRET'], message: 'is required when BOT_MODE=webhook: 1–256 characters of A-Z, a-z, 0-9, _ or -' });
  });

export type Environment = Record<string, string | undefined>;
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface WebhookConfig {
  url: string;
  /** The path of `url`; the server answers Telegram there only. */
  path: string;
  secret: string;
}

export interface WebAppConfig {
  /** The public address of the coach's dashboard, as given to BotFather and web_app buttons. */
  url: string;
  /** The path of `url`, ending in a slash; the HTTP server serves the dashboard under it. */
  path: string;
}

export interface Config {
  botToken: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  botApiRoot: string | undefined;
  logLevel: LogLevel;
  mode: 'polling' | 'webhook';
  /** Set in webhook mode only. */
  webhook: WebhookConfig | undefined;
  /** Set when WEB_APP_URL is: the coach's dashboard is served and offered in the chat. */
  webApp: WebAppConfig | undefined;
  /** Where the webhook server (and its /healthz) listens. */
  http: { host: string; port: number };
  reminders: { idleHours: number; timeZone: string; checkIntervalMs: number };
  rateLimit: { updates: number; windowMs: number };
  outbox: { graceMs: number; flushIntervalMs: number };
  /**
   * Picture rendering: worker threads (undefined: every core but one), one render's own time limit
   * (counted from when a worker takes it), and how many pictures may wait before the rest wait in the outbox.
   */
  render: { workers: number | undefined; timeoutMs: number; queue: number };
  /** How long new submissions gather before a coach is told; how long an opened review stays a coach's. */
  course: { notifyWindowMinutes: number; reviewLeaseMinutes: number };
  /** How long start-up may wait for the database and the Bot API before it gives up. */
  startupTimeoutMs: number;
  /** How long processed update ids and sent replies are kept, and how often old ones are pruned. */
  retention: { updatesMs: number; sentRepliesMs: number; checkIntervalMs: number };
  /** In polling mode, where /healthz listens; undefined when PORT is not set. */
  healthPort: number | undefined;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** The dashboard's mount path: the URL's path as a directory (`/app` and `/app/` both give `/app/`). */
function webAppPath(url: string): string {
  const path = new URL(url).pathname;
  return path.endsWith('/') ? path : `${path}/`;
}
const DAY_MS = 24 * 60 * 60 * 1000;

/** Parses the environment once; the only place that reads configuration variables. */
export function loadConfig(environment: Environment = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`));
  }
  const env = parsed.data;
  const webhook =
    env.BOT_MODE === 'webhook' && env.WEBHOOK_URL && env.WEBHOOK_SECRET
      ? { url: env.WEBHOOK_URL, path: new URL(env.WEBHOOK_URL).pathname, secret: env.WEBHOOK_SECRET }
      : undefined;
  return {
    botToken: env.BOT_TOKEN,
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: env.DATA_DIR },
    botApiRoot: env.BOT_API_ROOT,
    logLevel: env.LOG_LEVEL,
    mode: env.BOT_MODE,
    webhook,
    webApp: env.WEB_APP_URL ? { url: env.WEB_APP_URL, path: webAppPath(env.WEB_APP_URL) } : undefined,
    http: { host: env.HOST, port: env.PORT },
    reminders: { idleHours: env.REMINDER_IDLE_HOURS, timeZone: env.REMINDER_TIME_ZONE, checkIntervalMs: env.REMINDER_CHECK_SECONDS * 1000 },
    rateLimit: { updates: env.RATE_LIMIT_UPDATES, windowMs: env.RATE_LIMIT_WINDOW_SECONDS * 1000 },
    outbox: { graceMs: env.OUTBOX_GRACE_SECONDS * 1000, flushIntervalMs: env.OUTBOX_FLUSH_SECONDS * 1000 },
    render: { workers: env.RENDER_WORKERS === 0 ? undefined : env.RENDER_WORKERS, timeoutMs: env.RENDER_TIMEOUT_SECONDS * 1000, queue: env.RENDER_QUEUE },
    course: { notifyWindowMinutes: env.COACH_NOTIFY_WINDOW_MINUTES, reviewLeaseMinutes: env.REVIEW_LEASE_MINUTES },
    startupTimeoutMs: env.STARTUP_TIMEOUT_SECONDS * 1000,
    retention: {
      updatesMs: env.RETENTION_UPDATES_DAYS * DAY_MS,
      sentRepliesMs: env.RETENTION_SENT_REPLIES_DAYS * DAY_MS,
      checkIntervalMs: env.RETENTION_CHECK_SECONDS * 1000,
    },
    healthPort: environment.PORT?.trim() ? env.PORT : undefined,
  };
}
