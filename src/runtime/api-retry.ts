import { HttpError, type Transformer } from 'grammy';

/** Methods whose repetition changes nothing the user sees; others (send…) may duplicate a message. */
const REPEATABLE = /^(get|set|delete|edit|answer|close|logOut)/;

/** Network failures that happen before a request reaches the server: repeating them cannot duplicate anything. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'EADDRNOTAVAIL']);

function networkErrorCode(error: HttpError): string | undefined {
  const cause = error.error as { code?: unknown; errno?: unknown; cause?: { code?: unknown } } | undefined;
  const code = cause?.code ?? cause?.errno ?? cause?.cause?.code;
  return typeof code === 'string' ? code : undefined;
}

export interface RetryEvent {
  method: string;
  attempt: number;
  reason: 'rate_limited' | 'server_error' | 'network_error';
  delayMs: number;
}

export interface ApiRetryOptions {
  /** Attempts per call, the first one included. */
  maxAttempts?: number;
  /** Longest total wait per call; a longer `retry_after` fails the call at once (the outbox tries later). */
  budgetMs?: number;
  /** First back-off for 5xx and network errors; doubled each time. */
  baseDelayMs?: number;
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  onRetry?: (event: RetryEvent) => void;
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

export interface ApiRetry {
  transformer: Transformer;
  /** Ends every wait at once (graceful stop): waiting calls fail with their last error. */
  stop(): void;
}

/**
 * Retries Bot API calls that failed for a passing reason, within a bounded budget:
 * 429 after Telegram's `retry_after`, 5xx and network errors with exponential back-off.
 * A `send…` call that failed on the network after it may have reached Telegram is not
 * repeated here, as that could show the user a message twice; the outbox decides later.
 */
export function createApiRetry(options: ApiRetryOptions = {}): ApiRetry {
  const maxAttempts = options.maxAttempts ?? 5;
  const budgetMs = options.budgetMs ?? 60_000;
  const baseDelayMs = options.baseDelayMs ?? 500;
  const sleep = options.sleep ?? abortableSleep;
  const stopping = new AbortController();

  const transformer: Transformer = async (previous, method, payload, signal) => {
    // The runner repeats getUpdates itself, with its own timing.
    if (method === 'getUpdates') return previous(method, payload, signal);
    let waited = 0;
    for (let attempt = 1; ; attempt++) {
      let reason: RetryEvent['reason'];
      let delayMs: number;
      let failure: { response: Awaited<ReturnType<typeof previous>> } | { error: unknown };
      try {
        const response = await previous(method, payload, signal);
        if (response.ok) return response;
        failure = { response };
        if (response.error_code === 429) {
          reason = 'rate_limited';
          delayMs = (response.parameters?.retry_after ?? 1) * 1000;
        } else if (response.error_code >= 500) {
          reason = 'server_error';
          delayMs = baseDelayMs * 2 ** (attempt - 1);
        } else {
          return response;
        }
      } catch (error) {
        if (!(error instanceof HttpError)) throw error;
        const code = networkErrorCode(error);
        if (!REPEATABLE.test(method) && !(code && NOT_SENT_CODES.has(code))) throw error;
        failure = { error };
        reason = 'network_error';
        delayMs = baseDelayMs * 2 ** (attempt - 1);
      }
      const giveUp = () => {
        if ('error' in failure) throw failure.error;
        return failure.response;
      };
      if (attempt >= maxAttempts || waited + delayMs > budgetMs || stopping.signal.aborted || signal?.aborted) return giveUp();
      options.onRetry?.({ method, attempt, reason, delayMs });
      try {
        await sleep(delayMs, signal ? AbortSignal.any([signal as unknown as AbortSignal, stopping.signal]) : stopping.signal);
      } catch {
        return giveUp();
      }
      waited += delayMs;
    }
  };

  return { transformer, stop: () => stopping.abort(new Error('stopping')) };
}
