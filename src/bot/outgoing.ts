import type { InlineKeyboardButton } from 'grammy/types';

/** The photo shown in the chat, or the full-size PNG as a document (for /export). */
export type PictureSize = 'photo' | 'document';

/** An inline keyboard as plain data, so it can be stored in the outbox. */
export type Keyboard = InlineKeyboardButton.CallbackButton[][];

/**
 * A reply decided while applying an update. Replies are data, stored in the same transaction
 * as the change they answer, and sent only after it is committed.
 */
export type OutgoingMessage =
  | { method: 'sendMessage'; text: string; keyboard?: Keyboard }
  | { method: 'editMessageText'; messageId: number; text: string; keyboard?: Keyboard }
  | { method: 'sendDocument'; fileName: string; content: string; caption?: string }
  /** Rendered when it is sent: slow work stays out of the update's transaction. */
  | { method: 'sendCanvasPicture'; canvasId: number; ownerId: number; size?: PictureSize; submissionId?: number }
  | { method: 'answerCallbackQuery'; callbackQueryId: string; text?: string };

export function button(text: string, data: string): InlineKeyboardButton.CallbackButton {
  return { text, callback_data: data };
}
