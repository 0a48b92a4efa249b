import type { WebAppConfig } from '../../config.ts';
import { BotError, type MiddlewareFn } from 'grammy';
import { type AppDatabase, CommittedWith, transactionCommittedWith } from '../../storage/database.ts';
import { createRepositories } from '../../storage/repositories.ts';
import { isTransientDatabaseError, lockChatAndClaimUpdate, type OutboxEntry } from '../../storage/update-journal.ts';
import type { BotContext } from '../context.ts';
import { type DeliveryDeps, type DeliverySlot, createDeliveryOrder, deliver } from '../delivery.ts';
import type { OutgoingMessage } from '../outgoing.ts';
import { type QueuedReply, createUpdateContext } from './update-context.ts';
import { isApplicableUpdate } from './update-validation.ts';

/**
 * The update could not be applied because the database was unavailable; nothing of it was stored.
 * It must not be confirmed to Telegram: applying it again later is safe (re-deliveries are
 * recognised), so the runtime lets it be delivered again instead of telling the user it failed.
 */
export class UpdateNotAppliedError extends Error {
  override readonly name = 'UpdateNotAppliedError';

  constructor(
    readonly updateId: number,
    options: { cause: unknown },
  ) {
    super(`update ${updateId} was not applied: the database is unavailable`, options);
  }
}

/** True for an UpdateNotAppliedError, also as grammY hands it on (wrapped in a BotError). */
export function isUpdateNotApplied(error: unknown): error is UpdateNotAppliedError | BotError {
  return error instanceof UpdateNotAppliedError || (error instanceof BotError && error.error instanceof UpdateNotAppliedError);
}

/** How long an update waits for an unavailable database before it is given back unapplied. */
export interface UnitOfWorkOptions {
  /** The coach's dashboard, when WEB_APP_URL is set: review messages offer a button to open it. */
  webApp?: WebAppConfig | undefined;
  /** The time the conversation's reminders are measured by; tests set it. */
  clock?: (() => Date) | undefined;
  retryBudgetMs?: number;
  firstRetryDelayMs?: number;
  maxRetryDelayMs?: number;
}

/** A re-delivered update: its transaction is rolled back (the user row read with the claim stays as it was). */
class AlreadyApplied extends Error {}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies one update as one transaction: the chat is locked (so updates of one chat never
 * interleave, whichever process holds them), a re-delivered update is recognised and skipped,
 * the features run, and the replies they queued are stored with the change. Only after the
 * commit are the replies sent, in commit order, so nothing the user is told can be lost or ahead
 * of the database. Pictures are handed to the picture queue and drawn after the update returns,
 * so neither the update nor the chat's next one waits for a render.
 *
 * While the database is unreachable the transaction is tried again (for `retryBudgetMs`) as long
 * as the features have not run yet; otherwise the update fails with UpdateNotAppliedError, so it
 * is never confirmed as done while its answer is not stored.
 */
export function unitOfWork(db: AppDatabase, delivery: Omit<DeliveryDeps, 'db'>, options: UnitOfWorkOptions = {}): MiddlewareFn<BotContext> {
  const retryBudgetMs = options.retryBudgetMs ?? 10_000;
  const firstRetryDelayMs = options.firstRetryDelayMs ?? 100;
  const maxRetryDelayMs = options.maxRetryDelayMs ?? 2_000;
  const deliveryOrder = createDeliveryOrder();

  return async (ctx, next) => {
    // Validated before any database work: the bot talks in private chats only, to well-formed updates.
    if (!isApplicableUpdate(ctx.update)) return;
    const chat = ctx.chat;
    const from = ctx.from;
    if (!chat || !from) return;
    const updateId = ctx.update.update_id;
    const started = Date.now();
    let delay = firstRetryDelayMs;
    // grammY runs the features once per update (`next` cannot be called twice), so a transaction
    // is tried again only when it failed before they ran.
    let featuresRan = false;

    for (;;) {
      const taken: { slot?: DeliverySlot } = {};
      let entries: OutboxEntry<OutgoingMessage>[] | null;
      try {
        entries = await transactionCommittedWith(db, async (tx) => {
          const replies: QueuedReply[] = [];
          const writesWithCommit: Promise<void>[] = [];
          const repos = createRepositories<OutgoingMessage>(tx);
          // Sent together in one round trip; the server runs them in this order, so the user and the
          // conversation are read after the chat's lock is held and the update is claimed.
          const claimed = lockChatAndClaimUpdate(tx, chat.id, updateId);
          const context = createUpdateContext(ctx, repos, replies, writesWithCommit, options.webApp, options.clock);
          // When the claim fails, the read fails with it (or is rolled back below); the claim's outcome is what counts.
          context.catch(() => {});
          if (!(await claimed)) throw new AlreadyApplied();
          Object.assign(ctx, await context);
          featuresRan = true;
          await next();
          // Replies to this chat first, in order; a reply to another user goes through the same outbox.
          const chats = [...new Set([chat.id, ...replies.map((reply) => reply.chatId)])];
          const ordered = chats.flatMap((chatId) => replies.filter((reply) => reply.chatId === chatId).map((reply) => ({ chatId, payload: reply.message })));
          // Stored by the last statement, which goes with COMMIT (as do the writes handed over unawaited):
          // the replies are sent only once all of them and COMMIT succeeded.
          const replied = repos.outbox.addReplies(updateId, ordered);
          const stored = writesWithCommit.length === 0 ? replied : Promise.all([...writesWithCommit, replied]).then(() => replied);
          // Taken while the chat is still locked, so replies leave in the order updates commit.
          taken.slot = deliveryOrder.reserve(chat.id);
          return new CommittedWith(stored);
        });
      } catch (error) {
        taken.slot?.cancel();
        if (error instanceof AlreadyApplied) return;
        if (!isTransientDatabaseError(error)) throw error;
        if (featuresRan || Date.now() - started + delay > retryBudgetMs) throw new UpdateNotAppliedError(updateId, { cause: error });
        await sleep(delay);
        delay = Math.min(delay * 2, maxRetryDelayMs);
        continue;
      }
      const committed = entries;
      if (committed && taken.slot) await taken.slot.run(() => deliver(ctx.api, committed, { db, ...delivery, batchSentMarks: true }));
      return;
    }
  };
}
