import type { MiddlewareFn } from 'grammy';
import { type Language, languageFromTelegram, translator } from '../../i18n.ts';
import { createCanvasRepository } from '../../storage/canvas-repository.ts';
import type { AppDatabase } from '../../storage/database.ts';
import { claimUpdate, createOutbox, lockChat } from '../../storage/update-journal.ts';
import { createUserRepository } from '../../storage/user-repository.ts';
import type { BotContext } from '../context.ts';
import { type DeliveryDeps, deliver } from '../delivery.ts';
import type { OutgoingMessage } from '../outgoing.ts';

/**
 * Applies one update as one transaction: the chat is locked (so updates of one chat never
 * interleave, whichever process holds them), a re-delivered update is recognised and skipped,
 * the features run, and the replies they queued are stored with the change. Only after the
 * commit are the replies sent, so nothing the user is told can be lost or ahead of the database.
 */
export function unitOfWork(db: AppDatabase, delivery: Omit<DeliveryDeps, 'db'>): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const chat = ctx.chat;
    const from = ctx.from;
    // The bot talks in private chats only; groups, channels and service updates are left alone.
    if (!chat || chat.type !== 'private' || !from || from.is_bot) return;
    const queued: OutgoingMessage[] = [];
    const committed = await db.transaction(async (tx) => {
      await lockChat(tx, chat.id);
      if (!(await claimUpdate(tx, ctx.update.update_id, chat.id))) return null;
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
      await next();
      return createOutbox<OutgoingMessage>(tx).add(chat.id, ctx.update.update_id, queued);
    });
    if (committed) await deliver(ctx.api, committed, { db, ...delivery });
  };
}
