import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.ts';

export type { Logger };

/** Secrets never leave the process in a log line: every occurrence is replaced. */
function scrub(text: string, secrets: string[]): string {
  let result = text;
  for (const secret of secrets) if (secret) result = result.split(secret).join('***');
  return result;
}

/**
 * A log-safe summary of an error: name, message, code and stack with the secrets scrubbed.
 * Request payloads (grammY errors carry the message text) are left out on purpose.
 */
export function describeError(error: unknown, secrets: string[] = []): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: scrub(String(error), secrets) };
  const withFields = error as Error & { error_code?: number; code?: unknown; method?: string; error?: unknown };
  return {
    type: error.name,
    message: scrub(error.message, secrets),
    ...(withFields.error_code !== undefined ? { errorCode: withFields.error_code } : {}),
    ...(typeof withFields.code === 'string' ? { code: withFields.code } : {}),
    ...(typeof withFields.method === 'string' ? { method: withFields.method } : {}),
    ...(withFields.error instanceof Error ? { cause: describeError(withFields.error, secrets) } : {}),
    ...(error.stack ? { stack: scrub(error.stack, secrets) } : {}),
  };
}

/**
 * JSON lines on stdout. Nothing a user wrote and no token is logged: log calls pass ids and
 * counts only, errors go through `describeError`, and the token is scrubbed from every line.
 */
export function createLogger(options: { level: LogLevel; secrets: string[]; destination?: NodeJS.WritableStream }): Logger {
  const secrets = options.secrets.filter((secret) => secret.length > 0);
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      serializers: { err: (error: unknown) => describeError(error, secrets) },
      hooks: {
        streamWrite: (line) => scrub(line, secrets),
      },
    },
    options.destination ?? pino.destination({ sync: true }),
  );
}
