import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { UpdateNotAppliedError } from '../../src/bot/middleware/unit-of-work.ts';
import { createConfirmingUpdateSource } from '../../src/runtime/confirming-update-source.ts';
import { createPollingConsumer } from '../../src/runtime/polling.ts';

const signal = new AbortController().signal as never;
const message = (updateId: number, chatId: number, text: string) =>
  ({ update_id: updateId, message: { message_id: updateId, date: 0, chat: { id: chatId, type: 'private' }, text } }) as unknown as Update;

/** Telegram's side of getUpdates: it keeps every update at or above the last offset asked for. */
function telegramQueue(updates: Update[]) {
  let pending = updates;
  return async (offset: number) => {
    pending = pending.filter((update) => update.update_id >= offset);
    return pending;
  };
}

const silent = { warn: () => {} };

describe('polling keeps a chat in order when an update is handed back', () => {
  it('applies a chat’s later answer only after the earlier one that met the outage', async () => {
    const source = createConfirmingUpdateSource({
      getUpdates: telegramQueue([message(1, 7, 'first'), message(2, 7, 'second'), message(3, 8, 'other chat')]),
      idleWaitMs: 0,
    });
    const applied: string[] = [];
    let databaseDown = true;
    const consume = createPollingConsumer(
      async (update) => {
        if (databaseDown && update.update_id === 1) throw new UpdateNotAppliedError(1, { cause: new Error('connection refused') });
        applied.push(update.message?.text ?? '');
      },
      source,
      silent,
    );
    const run = (updates: Update[]) => Promise.all(updates.map((update) => consume(update).catch(() => {})));

    await run(await source.supplier.supply(100, signal));
    // The other chat goes on; the second answer of chat 7 waits behind the first.
    expect(applied).toEqual(['other chat']);

    databaseDown = false;
    await run(await source.supplier.supply(100, signal));
    expect(applied).toEqual(['other chat', 'first', 'second']);
    expect(source.offset()).toBe(4);
  });

  it('keeps holding the chat while the earlier update keeps failing', async () => {
    const source = createConfirmingUpdateSource({ getUpdates: telegramQueue([message(5, 9, 'a'), message(6, 9, 'b')]), idleWaitMs: 0 });
    const applied: string[] = [];
    let failures = 2;
    const consume = createPollingConsumer(
      async (update) => {
        if (update.update_id === 5 && failures-- > 0) throw new UpdateNotAppliedError(5, { cause: new Error('down') });
        applied.push(update.message?.text ?? '');
      },
      source,
      silent,
    );
    const run = (updates: Update[]) => Promise.all(updates.map((update) => consume(update).catch(() => {})));
    await run(await source.supplier.supply(100, signal));
    await run(await source.supplier.supply(100, signal));
    expect(applied).toEqual([]);
    expect(source.offset()).toBe(5);
    await run(await source.supplier.supply(100, signal));
    expect(applied).toEqual(['a', 'b']);
  });
});
