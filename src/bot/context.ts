import type { Context } from 'grammy';
import type { Language, Translate } from '../i18n.ts';
import type { CanvasRepository } from '../storage/canvas-repository.ts';
import type { Queryable } from '../storage/database.ts';
import type { UserRecord, UserRepository } from '../storage/user-repository.ts';
import type { Keyboard, OutgoingMessage } from './outgoing.ts';

/** What the unit-of-work middleware gives every feature for the update in hand. */
export interface UnitOfWorkFlavor {
  /** The open transaction of this update; everything written through it commits together. */
  tx: Queryable;
  users: UserRepository;
  canvases: CanvasRepository;
  user: UserRecord;
  lang: Language;
  t: Translate;
  /** Queues a reply (Telegram HTML); it is sent after the transaction commits. */
  say(text: string, keyboard?: Keyboard): void;
  queue(message: OutgoingMessage): void;
}

export type BotContext = Context & UnitOfWorkFlavor;
