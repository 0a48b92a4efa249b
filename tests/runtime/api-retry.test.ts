import { HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { createApiRetry, type RetryEvent } from '../../src/runtime/api-retry.ts';

type Response = { ok: true; result: unknown } | { ok: false; error_code: number; description: string; parameters?: { retry_after?: number } };

/** A Bot API that answers from a script, and a clock that only counts the waits asked for. */
function scripted(...outcomes: (Response | Error)[]) {
  const calls: string[] = [];
  const waits: number[] = [];
  const events: RetryEvent[] = [];
  const retry = createApiRetry({
    baseDelayMs: 500,
    sleep: async (ms) => void waits.push(ms),
    onRetry: (event) => events.push(event),
  });
  const previous = async (method: string) => {
    calls.push(method);
    const next = outcomes.shift() ?? { ok: true, result: true };
    if (next instanceof Error) throw next;
    return next;
  };
  const call = (method: string) => retry.transformer(previous as never, method as never, {} as never);
  return { calls, waits, events, call };
}

const tooMany = (seconds: number): Response => ({ ok: false, error_code: 429, description: 'Too Many Requests', parameters: { retry_after: seconds } });
const serverError: Response = { ok: false, error_code: 502, description: 'Bad Gateway' };
const networkError = (code: string) => new HttpError("Network request for 'sendMessage' failed!", Object.assign(new Error(code), { code }));

describe('retrying Bot API calls', () => {
  it('waits exactly retry_after on 429 and then succeeds', async () => {
    const api = scripted(tooMany(3), tooMany(1));
    expect(await api.call('sendMessage')).toEqual({ ok: true, result: true });
    expect(api.waits).toEqual([3000, 1000]);
    expect(api.calls).toHaveLength(3);
  });

  it('backs off exponentially on 5xx and gives up after the attempt limit with the last answer', async () => {
    const api = scripted(serverError, serverError, serverError, serverError, serverError, serverError);
    expect(await api.call('sendMessage')).toMatchObject({ ok: false, error_code: 502 });
    expect(api.waits).toEqual([500, 1000, 2000, 4000]);
    expect(api.calls).toHaveLength(5);
  });

  it('fails at once when retry_after exceeds the budget (the outbox sends it later)', async () => {
    const api = scripted(tooMany(120));
    expect(await api.call('sendMessage')).toMatchObject({ ok: false, error_code: 429 });
    expect(api.waits).toEqual([]);
  });

  it('repeats a send after a connection that never reached Telegram, but not after one that may have', async () => {
    const refused = scripted(networkError('ECONNREFUSED'));
    expect(await refused.call('sendMessage')).toEqual({ ok: true, result: true });
    expect(refused.calls).toHaveLength(2);

    const reset = scripted(networkError('ECONNRESET'));
    await expect(reset.call('sendMessage')).rejects.toBeInstanceOf(HttpError);
    expect(reset.calls).toHaveLength(1);

    const edit = scripted(networkError('ECONNRESET'));
    expect(await edit.call('editMessageText')).toEqual({ ok: true, result: true });
    expect(edit.calls).toHaveLength(2);
  });

  it('leaves getUpdates to the runner and does not retry 400s', async () => {
    const poll = scripted(serverError);
    expect(await poll.call('getUpdates')).toMatchObject({ error_code: 502 });
    const bad = scripted({ ok: false, error_code: 400, description: 'Bad Request' });
    expect(await bad.call('sendMessage')).toMatchObject({ error_code: 400 });
    expect(bad.calls).toHaveLength(1);
  });
});
