import type { Update } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { createConfirmingUpdateSource } from '../../src/runtime/confirming-update-source.ts';

/** Telegram's side of getUpdates: it keeps every update at or above the last offset asked for. */
function telegramQueue(ids: number[]) {
  let pending = ids.map((id) => ({ update_id: id }) as Update);
  const offsets: number[] = [];
  return {
    offsets,
    push: (id: number) => pending.push({ update_id: id } as Update),
    getUpdates: async (offset: number) => {
      offsets.push(offset);
      pending = pending.filter((update) => update.update_id >= offset);
      return pending;
    },
  };
}

const signal = new AbortController().signal as never;
const ids = (updates: Update[]) => updates.map((update) => update.update_id);

describe('confirming long-polling source', () => {
  it('confirms an update to Telegram only after it is finished', async () => {
    const telegram = telegramQueue([1, 2]);
    const source = createConfirmingUpdateSource({ getUpdates: telegram.getUpdates, idleWaitMs: 0 });
    expect(ids(await source.supplier.supply(100, signal))).toEqual([1, 2]);
    source.finish(1, false);
    // 2 is still in hand: the offset stays at 2, and 2 is not handed out a second time.
    expect(ids(await source.supplier.supply(100, signal))).toEqual([]);
    expect(telegram.offsets.at(-1)).toBe(2);
    source.finish(2, false);
    telegram.push(3);
    expect(ids(await source.supplier.supply(100, signal))).toEqual([3]);
    expect(telegram.offsets.at(-1)).toBe(3);
  });

  it('fetches an update that failed unapplied again, and skips the ones after it that were applied', async () => {
    const telegram = telegramQueue([10, 11, 12]);
    const source = createConfirmingUpdateSource({ getUpdates: telegram.getUpdates, idleWaitMs: 0 });
    expect(ids(await source.supplier.supply(100, signal))).toEqual([10, 11, 12]);
    source.finish(10, false);
    source.finish(11, true);
    source.finish(12, false);
    telegram.push(13);
    expect(ids(await source.supplier.supply(100, signal))).toEqual([11, 13]);
    expect(telegram.offsets.at(-1)).toBe(11);
    source.finish(11, false);
    source.finish(13, false);
    expect(source.offset()).toBe(14);
  });
});
