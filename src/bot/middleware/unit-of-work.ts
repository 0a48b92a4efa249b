import { BotError, type MiddlewareFn } from 'grammy';
import type { Update } from 'grammy/types';
import { z } from 'zod';
import { type Language, languageFromTelegram, translator } from '../../i18n.ts';
import { createCanvasRepository } from '../../storage/canvas-repository.ts';
import type { AppDatabase } from '../../storage/database.ts';
import { createOutbox, isTransientDatabaseError, lockChatAndClaimUpdate } from '../../storage/update-journal.ts';
import { createUserRepository } from '../../storage/user-repository.ts';
import type { BotContext } from '../context.ts';
import { type DeliveryDeps, type DeliverySlot, createDeliveryOrder, deliver } from '../delivery.ts';
import type { OutgoingMessage } from '../outgoing.ts';

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

/** Telegram keeps undelivered updates for 24 hours; a message older than twice that is a replay. */
export const MAX_MESSAGE_AGE_SECONDS = 48 * 60 * 60;

const telegramId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * Text as Telegram sends it: at most `max` UTF-16 units (Telegram's unit; zod's max counts code
 * points), well-formed Unicode and without NUL — PostgreSQL can store neither a lone surrogate nor NUL.
 */
const telegramText = (max: number) =>
  z.string().refine((text) => text.length <= max && !text.includes('\u0000') && !LONE_SURROGATE.test(text));
const person = z.object({
  id: telegramId,
  is_bot: z.literal(false),
  first_name: telegramText(256),
  last_name: telegramText(256).optional(),
  username: telegramText(64).optional(),
  language_code: z.string().max(35).optional(),
});
const privateChat = z.object({ id: telegramId, type: z.literal('private') });
const entity = z.object({ type: z.string(), offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() });
const messageId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** The fields the features read, with Telegram's own limits (4096 characters, 64-byte callback data). */
const applicableUpdate = z.union([
  z.object({
    update_id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    message: z
      .object({
        message_id: messageId,
        date: z.number().int().positive(),
        chat: privateChat,
        from: person,
        text: telegramText(4096).optional(),
        entities: z.array(entity).max(100).optional(),
        caption: telegramText(4096).optional(),
        caption_entities: z.array(entity).max(100).optional(),
      })
      .refine((message) => message.from.id === message.chat.id)
      .refine((message) => message.date >= Date.now() / 1000 - MAX_MESSAGE_AGE_SECONDS),
  }),
  z.object({
    update_id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    callback_query: z
      .object({
        id: z.string().min(1).max(256),
        from: person,
        // Only the bot's own buttons reach it, and those always carry data (games are not used).
        data: z.string().refine((data) => Buffer.byteLength(data, 'utf8') <= 64),
        // Date 0 marks a message too old for the client to show; the press is still the user's.
        message: z.object({ message_id: messageId, date: z.number().int().nonnegative(), chat: privateChat }),
      })
      .refine((query) => query.from.id === query.message.chat.id),
  }),
]);

/**
 * Whether an update is one the bot acts on: a message or a button press in a private chat, from
 * its person, shaped as Telegram sends it. Everything else (groups, channels, edits, service
 * updates, malformed or replayed updates) is left alone before any database work.
 */
export function isApplicableUpdate(update: Update): boolean {
  const kinds = Object.keys(update).filter((key) => key !== 'update_id');
  if (kinds.length !== 1) return false;
  return applicableUpdate.safeParse(update).success;
}

/** How long an update waits for an unavailable database before it is given back unapplied. */
export interface UnitOfWorkOptions {
  retryBudgetMs?: number;
  firstRetryDelayMs?: number;
  maxRetryDelayMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Applies one update as one transaction: the chat is locked (so updates of one chat never
 * interleave, whichever process holds them), a re-delivered update is recognised and skipped,
 * the features run, and the replies they queued are stored with the change. Only after the
 * commit are the replies sent, in commit order, so nothing the user is told can be lost or ahead
 * of the database.
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
      let entries;
      try {
        entries = await db.transaction(async (tx) => {
          if (!(await lockChatAndClaimUpdate(tx, chat.id, updateId))) return null;
          const queued: OutgoingMessage[] = [];
          ctx.tx = tx;
          ctx.users = createUserRepository(tx);
          ctx.canvases = createCanvasRepository(tx);
          const telegramLanguage = languageFromTelegram(from.language_code);
          ctx.user = await ctx.users.upsert({ id: from.id, firstName: from.first_name, username: from.username, language: telegramLanguage });
          const language: Language = ctx.user.languageChosen ? ctx.user.language : telegramLanguage;
          ctx.lang = language;
          ctx.t = translator(language);
          ctx.queue = (message) => queued.push(message);
          ctx.say = (text, keyboard) => queued.push(keyboard ? { method: 'sendMessage', text, keyboard } : { method: 'sendMessage', text });
          featuresRan = true;
          await next();
          const stored = await createOutbox<OutgoingMessage>(tx).add(chat.id, updateId, queued);
          // Taken while the chat is still locked, so replies leave in the order updates commit.
          taken.slot = deliveryOrder.reserve(chat.id);
          return stored;
        });
      } catch (error) {
        taken.slot?.cancel();
        if (!isTransientDatabaseError(error)) throw error;
        if (featuresRan || Date.now() - started + delay > retryBudgetMs) throw new UpdateNotAppliedError(updateId, { cause: error });
        await sleep(delay);
        delay = Math.min(delay * 2, maxRetryDelayMs);
        continue;
      }
      const committed = entries;
      if (committed && taken.slot) await taken.slot.run(() => deliver(ctx.api, committed, { db, ...delivery }));
      return;
    }
  };
}
