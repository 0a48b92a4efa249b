import { pino, type Logger } from 'pino';
import type { LogLevel } from '../config.ts';

export type { Logger };

/** Secrets never leave the process in a log line: every occurrence is replaced. */
function scrub(text: string, secrets: string[]): string {
  let result = text;
  for (const secret of secrets) if (secret) result = result.split(secret).join('***');
  return result;
}

const FAILED_QUERY = /^(Failed query: [\s\S]*?)\nparams: [\s\S]*$/;

/**
 * Removes what a user may have written from an error message. A failed query keeps its SQL (our
 * own text, parameterised) and loses the parameters drizzle appends ("params: …": answers, names,
 * whole updates); any other message loses what it quotes, as PostgreSQL quotes offending values
 * ('invalid input syntax for type json: "…"').
 */
export function redactUserText(message: string): string {
  const failedQuery = FAILED_QUERY.exec(message);
  if (failedQuery) return `${failedQuery[1]}\nparams: [withheld]`;
  return message.replace(/"(?:[^"\\\n]|\\.)*"/g, '"…"').replace(/«[^»\n]*»/g, '«…»');
}

/**
 * A log-safe summary of an error: name, message, code, the chain of causes and the stack frames,
 * with secrets scrubbed and user text redacted. Request payloads (grammY errors carry the message
 * text, database errors their parameters) are left out on purpose. Every error a log line carries
 * passes through here, so this is the one place redaction happens.
 */
export function describeError(error: unknown, secrets: string[] = [], depth = 0): Record<string, unknown> {
  const clean = (text: string) => redactUserText(scrub(text, secrets));
  if (!(error instanceof Error)) return { message: clean(String(error)) };
  const withFields = error as Error & { error_code?: number; code?: unknown; method?: string; error?: unknown; cause?: unknown };
  const inner = withFields.error instanceof Error ? withFields.error : withFields.cause instanceof Error ? withFields.cause : undefined;
  // The stack repeats the message; only the frames after it are kept.
  const frames = error.stack
    ?.split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n');
  return {
    type: error.name,
    message: clean(error.message),
    ...(withFields.error_code !== undefined ? { errorCode: withFields.error_code } : {}),
    ...(typeof withFields.code === 'string' ? { code: withFields.code } : {}),
    ...(typeof withFields.method === 'string' ? { method: withFields.method } : {}),
    ...(inner && depth < 4 ? { cause: describeError(inner, secrets, depth + 1) } : {}),
    ...(frames ? { stack: scrub(frames, secrets) } : {}),
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
