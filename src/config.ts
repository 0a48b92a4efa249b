import { z } from 'zod';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const environmentSchema = z.object({
  BOT_TOKEN: z
    .string({ error: 'is required: the token @BotFather gave your bot, e.g. 123456:ABC-DEF…' })
    .trim()
    .regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'does not look like a bot token (digits, a colon, then 20+ letters, digits, _ or -)'),
  DATABASE_URL: optionalText.pipe(
    z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
  ),
  DATA_DIR: optionalText.default('./data'),
  BOT_API_ROOT: optionalText.pipe(z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional()),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Environment = Record<string, string | undefined>;

export interface Config {
  botToken: string;
  database: { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };
  botApiRoot: string | undefined;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses the environment once; the only place that reads configuration variables. */
export function loadConfig(environment: Environment = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`));
  }
  const env = parsed.data;
  return {
    botToken: env.BOT_TOKEN,
    database: env.DATABASE_URL ? { kind: 'postgres', url: env.DATABASE_URL } : { kind: 'pglite', dataDir: env.DATA_DIR },
    botApiRoot: env.BOT_API_ROOT,
    logLevel: env.LOG_LEVEL,
  };
}
