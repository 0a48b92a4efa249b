import type { Bot } from 'grammy';
import type { BotContext } from '../bot/context.ts';
import type { Config } from '../config.ts';
import { type DatabaseHandle, openDatabase } from '../storage/database.ts';
import { isTransientDatabaseError } from '../storage/update-journal.ts';

/** Start-up cannot go on; the message names the cause and the variable to look at. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function codeOf(error: unknown): string | undefined {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** postgres://user:password@host:port/name with the password left out. */
function describeUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

/** What a PostgreSQL refusal means, for the ones a person can fix in DATABASE_URL. */
const REFUSALS: Record<string, string> = {
  '3D000': 'the database does not exist (create it with createdb, or fix the name)',
  '28P01': 'the server refused the password',
  '28000': 'the server refused this user (no matching pg_hba.conf entry or no such role)',
  '42501': 'the user may not create the schema or tables the migrations need',
};

/**
 * Opens the database and applies migrations, waiting for a server that is still starting (a
 * connection refused, a server in recovery) up to `timeoutMs`; a refusal that waiting cannot fix
 * (no such database, wrong password) fails at once. Errors name DATABASE_URL or DATA_DIR.
 */
export async function openDatabaseForStart(config: Pick<Config, 'database' | 'startupTimeoutMs'>, onWait: (reason: string) => void): Promise<DatabaseHandle> {
  const target = config.database;
  const deadline = Date.now() + config.startupTimeoutMs;
  for (let delay = 250; ; delay = Math.min(delay * 2, 2_000)) {
    try {
      return await openDatabase(target);
    } catch (error) {
      const code = codeOf(error);
      if (target.kind === 'pglite') {
        throw new StartupError(`DATA_DIR ${target.dataDir}: the embedded database could not be opened (${code ?? (error as Error).message.split('\n')[0]})`, {
          cause: error,
        });
      }
      const where = `DATABASE_URL (${describeUrl(target.url)})`;
      const refusal = code ? REFUSALS[code] : undefined;
      if (refusal) throw new StartupError(`${where}: ${refusal}`, { cause: error });
      if (!isTransientDatabaseError(error)) {
        throw new StartupError(`${where}: the database could not be prepared (${code ?? 'unknown error'})`, { cause: error });
      }
      if (Date.now() + delay > deadline) {
        throw new StartupError(
          `${where}: the database server could not be reached within ${Math.round(config.startupTimeoutMs / 1000)} s (${code ?? 'no answer'})`,
          { cause: error },
        );
      }
      onWait(code ?? 'unreachable');
      await sleep(delay);
    }
  }
}

/** Identifies the bot with getMe within `timeoutMs`; the error names BOT_TOKEN or BOT_API_ROOT. */
export async function identifyBot(bot: Bot<BotContext>, config: Pick<Config, 'botApiRoot' | 'startupTimeoutMs'>): Promise<void> {
  const apiRoot = config.botApiRoot ?? 'https://api.telegram.org';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new StartupError(`BOT_API_ROOT (${apiRoot}): the Bot API did not answer getMe within ${Math.round(config.startupTimeoutMs / 1000)} s`)),
      config.startupTimeoutMs,
    );
  });
  try {
    await Promise.race([bot.init(), timeout]);
  } catch (error) {
    if (error instanceof StartupError) throw error;
    const status = (error as { error_code?: unknown }).error_code;
    if (status === 401 || status === 404) throw new StartupError(`BOT_TOKEN: the Bot API at ${apiRoot} refused the token (${status})`, { cause: error });
    throw new StartupError(`BOT_API_ROOT (${apiRoot}): getMe failed (${codeOf((error as { error?: unknown }).error) ?? status ?? 'no answer'})`, {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}
