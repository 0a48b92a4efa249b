import type { Context } from 'grammy';
import type { Language, Translate } from '../i18n.ts';
import type { UserRecord } from '../storage/user-repository.ts';
import type { UserInput } from './conversation-runner.ts';

/** What the unit-of-work middleware gives every feature for the update in hand. */
export interface UnitOfWorkFlavor {
  user: UserRecord;
  lang: Language;
  t: Translate;
  /** Hands what the user did to the conversation; its changes and replies commit with the update. */
  conversation(input: UserInput): Promise<void>;
}

export type BotContext = Context & UnitOfWorkFlavor;
