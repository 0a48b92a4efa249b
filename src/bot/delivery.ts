import { type Api, GrammyError, InputFile } from 'grammy';
import type { AppDatabase } from '../storage/database.ts';
import { type OutboxEntry, createOutbox } from '../storage/update-journal.ts';
import type { Keyboard, OutgoingMessage } from './outgoing.ts';

/** Sends the canvas picture of a canvas; supplied by the rendering part of the bot. */
export type PictureSender = (api: Api, chatId: number, canvasId: number, ownerId: number) => Promise<void>;

export interface DeliveryDeps {
  db: AppDatabase;
  sendPicture?: PictureSender | undefined;
  onError?: ((error: unknown, entry: OutboxEntry<OutgoingMessage>) => void) | undefined;
}

function replyMarkup(keyboard: Keyboard | undefined) {
  return keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {};
}

/** Errors after which sending again cannot help: the chat is gone or the request itself is wrong. */
function isPermanent(error: unknown): boolean {
  return error instanceof GrammyError && (error.error_code === 400 || error.error_code === 403);
}

async function send(api: Api, chatId: number, message: OutgoingMessage, deps: DeliveryDeps): Promise<void> {
  switch (message.method) {
    case 'sendMessage':
      await api.sendMessage(chatId, message.text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...replyMarkup(message.keyboard),
      });
      return;
    case 'editMessageText':
      try {
        await api.editMessageText(chatId, message.messageId, message.text, { parse_mode: 'HTML', ...replyMarkup(message.keyboard) });
      } catch (error) {
        // Pressing a toggle twice quickly can ask for an identical edit; that is not a failure.
        if (!(error instanceof GrammyError && error.description.includes('message is not modified'))) throw error;
      }
      return;
    case 'sendDocument':
      await api.sendDocument(chatId, new InputFile(Buffer.from(message.content, 'utf8'), message.fileName), {
        ...(message.caption ? { caption: message.caption, parse_mode: 'HTML' as const } : {}),
      });
      return;
    case 'sendCanvasPicture':
      if (deps.sendPicture) await deps.sendPicture(api, chatId, message.canvasId, message.ownerId);
      return;
    case 'answerCallbackQuery':
      try {
        await api.answerCallbackQuery(message.callbackQueryId, message.text ? { text: message.text } : {});
      } catch {
        // An expired query cannot be answered any more; the reply messages still carry the content.
      }
      return;
  }
}

/**
 * Sends committed replies in order and marks each one sent. A reply that fails for a passing
 * reason stays unsent (with the ones after it, to keep the order) for `flushOutbox` to retry.
 */
export async function deliver(api: Api, entries: OutboxEntry<OutgoingMessage>[], deps: DeliveryDeps): Promise<boolean> {
  const outbox = createOutbox<OutgoingMessage>(deps.db);
  for (const entry of entries) {
    try {
      await send(api, entry.chatId, entry.payload, deps);
    } catch (error) {
      deps.onError?.(error, entry);
      if (!isPermanent(error)) {
        await outbox.markAttempt(entry.id);
        return false;
      }
    }
    await outbox.markSent([entry.id]);
  }
  return true;
}

/** Sends replies left unsent by a crash or an outage (older than `graceMs`, so not in flight elsewhere). */
export async function flushOutbox(api: Api, deps: DeliveryDeps, graceMs = 30_000, maxAttempts = 5): Promise<number> {
  const outbox = createOutbox<OutgoingMessage>(deps.db);
  const entries = await outbox.unsent(new Date(Date.now() - graceMs), maxAttempts);
  const byChat = new Map<number, OutboxEntry<OutgoingMessage>[]>();
  for (const entry of entries) byChat.set(entry.chatId, [...(byChat.get(entry.chatId) ?? []), entry]);
  for (const chatEntries of byChat.values()) await deliver(api, chatEntries, deps);
  return entries.length;
}
