import type { InlineKeyboardButton } from 'grammy/types';
import type { PictureView } from '../canvas/conversation-types.ts';
import type { Language } from '../i18n.ts';

/** An inline keyboard as plain data, so it can be stored in the outbox. */
/** Buttons under a message: ours (callback data), or the coach's dashboard opened as a Mini App. */
export type Keyboard = Array<Array<InlineKeyboardButton.CallbackButton | InlineKeyboardButton.WebAppButton>>;

/**
 * A reply decided while applying an update. Replies are data, stored in the same transaction
 * as the change they answer, and sent only after it is committed.
 */
export type OutgoingMessage =
  | { method: 'sendMessage'; text: string; keyboard?: Keyboard }
  | { method: 'editMessageText'; messageId: number; text: string; keyboard?: Keyboard }
  | { method: 'sendDocument'; fileName: string; content: string; caption?: string }
  /** Drawn and sent by the picture queue after the update: neither its transaction nor its delivery waits for a render. */
  | ({ method: 'sendCanvasPicture' } & CanvasPictureRequest)
  /** A group's picture or CSV, made when it is sent (after the coach's access was checked). */
  | ({ method: 'sendGroupFile' } & GroupFileRequest)
  | { method: 'answerCallbackQuery'; callbackQueryId: string; text?: string };

export interface CanvasPictureRequest {
  canvasId: number;
  ownerId: number;
  /** Missing in replies stored before views existed: those get the phone picture. */
  view?: PictureView;
  /** The author's name as the text summary and canvas.json show it; missing in older replies. */
  author?: string | null;
  /** A submitted revision to draw (its frozen snapshot) instead of the live canvas. */
  submissionId?: number;
}

export interface GroupFileRequest {
  groupId: number;
  file: 'picture' | 'csv_latest' | 'csv_all';
  language: Language;
  /** The zone the file's times are written in: the coach's, else the group's. */
  timeZone: string;
}

export function button(text: string, data: string): InlineKeyboardButton.CallbackButton {
  return { text, callback_data: data };
}
