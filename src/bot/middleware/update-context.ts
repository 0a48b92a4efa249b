import type { WebAppConfig } from '../../config.ts';
import type { Context } from 'grammy';
import { type Language, languageFromTelegram, translator } from '../../i18n.ts';
import type { StoredConversation } from '../../storage/conversation-snapshot.ts';
import type { Repositories } from '../../storage/repositories.ts';
import type { UnitOfWorkFlavor } from '../context.ts';
import { runConversation } from '../conversation-runner.ts';
import type { OutgoingMessage } from '../outgoing.ts';

/** A reply decided while applying an update, with the chat it goes to. */
export interface QueuedReply {
  chatId: number;
  message: OutgoingMessage;
}

/** The name a canvas is signed with: the person's full name as Telegram has it. */
function authorName(ctx: Context): string | null {
  const from = ctx.from;
  if (!from) return null;
  return [from.first_name, from.last_name].filter(Boolean).join(' ') || from.username || null;
}

/**
 * What features get for the update in hand: the user, their language, and the conversation to hand
 * inputs to. The repositories stay here: features translate, they never read or write storage.
 */
export async function createUpdateContext(
  ctx: Context,
  repos: Repositories<OutgoingMessage>,
  replies: QueuedReply[],
  writesWithCommit: Promise<void>[],
  webApp?: WebAppConfig,
  clock?: () => Date,
): Promise<UnitOfWorkFlavor> {
  const from = ctx.from;
  if (!from) throw new Error('an applicable update has a sender');
  const telegramLanguage = languageFromTelegram(from.language_code);
  // The user and their conversation in one statement: most updates are an input to it.
  const entered = await repos.conversations.enter({ id: from.id, firstName: from.first_name, username: from.username, language: telegramLanguage });
  const user = entered.user;
  let stored: StoredConversation | null = entered.conversation;
  const takeStored = () => {
    const taken = stored;
    stored = null;
    return taken;
  };
  const language: Language = user.languageChosen ? user.language : telegramLanguage;
  return {
    user,
    lang: language,
    t: translator(language),
    conversation: (input) =>
      runConversation(
        {
          repos,
          user,
          language,
          author: authorName(ctx),
          callbackQueryId: ctx.callbackQuery?.id ?? null,
          updateId: ctx.update.update_id,
          botUsername: ctx.me.username,
          webApp,
          clock,
          takeStored,
          sendWithCommit: (write) => {
            // Its failure is the transaction's, reported there.
            write.catch(() => {});
            writesWithCommit.push(write);
          },
          queue: (chatId, message) => replies.push({ chatId, message }),
        },
        input,
      ),
  };
}
