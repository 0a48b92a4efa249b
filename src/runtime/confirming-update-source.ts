import type { UpdateSupplier } from '@grammyjs/runner';
import type { Update } from 'grammy/types';

/** The abort signal type of the runner (its own declaration of the platform's AbortSignal). */
export type RunnerSignal = Parameters<UpdateSupplier<Update>['supply']>[1];

export interface ConfirmingSourceOptions {
  /** Calls getUpdates with the given offset; retries and back-off are the caller's. */
  getUpdates: (offset: number, limit: number, signal: RunnerSignal) => Promise<Update[]>;
  /** How long to wait when Telegram only hands back updates that are still being worked on. */
  idleWaitMs?: number;
}

/**
 * Long polling that confirms to Telegram only finished updates. Telegram forgets every update below
 * the `offset` of the next getUpdates call, so the offset never passes an update that is still in
 * hand or that failed unapplied (the database was away): such an update is fetched and tried again,
 * and a restart meanwhile loses nothing. Updates after it come back too; those already applied are
 * recognised here (or, after a restart, by the update journal) and not applied twice.
 */
export function createConfirmingUpdateSource(options: ConfirmingSourceOptions) {
  const idleWaitMs = options.idleWaitMs ?? 1_000;
  /** One past the highest update id received. */
  let nextOffset = 0;
  /** Received and not yet finished: in hand, or failed and waiting to be fetched again. */
  const unfinished = new Set<number>();
  const inHand = new Set<number>();

  const offset = () => (unfinished.size > 0 ? Math.min(...unfinished) : nextOffset);
  const wait = (ms: number, signal: RunnerSignal) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      signal.addEventListener('abort', () => {
        clearTimeout(timer);
        resolve();
      });
    });

  const supplier: UpdateSupplier<Update> = {
    async supply(batchSize, signal) {
      const updates = await options.getUpdates(offset(), Math.max(1, Math.min(batchSize, 100)), signal);
      const fresh = updates.filter(({ update_id: id }) => !inHand.has(id) && (id >= nextOffset || unfinished.has(id)));
      for (const { update_id: id } of fresh) {
        inHand.add(id);
        unfinished.add(id);
        nextOffset = Math.max(nextOffset, id + 1);
      }
      // Only updates still in hand came back: wait instead of asking Telegram again at once.
      if (fresh.length === 0 && updates.length > 0) await wait(idleWaitMs, signal);
      return fresh;
    },
  };

  return {
    supplier,
    /** Marks an update finished (confirmed at the next fetch) or, when `retry`, to be fetched again. */
    finish(updateId: number, retry: boolean): void {
      inHand.delete(updateId);
      if (!retry) unfinished.delete(updateId);
    },
    offset,
  };
}
