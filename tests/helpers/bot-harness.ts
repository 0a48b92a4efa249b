import type { WebAppConfig } from '../../src/config.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { PictureSender } from '../../src/bot/delivery.ts';
import { LOCAL_BOT_INFO, type RecordedCall, createLocalApi } from '../../src/bot/local-api.ts';
import { type ChatUser, ChatSession } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';

export interface HarnessOptions {
  /** Throw from here to make a Bot API call fail. */
  beforeCall?: (call: RecordedCall) => void | Promise<void>;
  sendPicture?: PictureSender;
  /** The coach's dashboard, as WEB_APP_URL would configure it. */
  webApp?: WebAppConfig;
  /** The time the bot's reminders are measured by. */
  clock?: () => Date;
}

/**
 * The real bot (all middleware and features) on a real database, with a local Bot API that
 * records every call: what grammY's own tests do, shaped so that a test reads like a chat.
 */
export function createHarness(database: DatabaseHandle, options: HarnessOptions = {}) {
  const sessions = new Map<number, ChatSession>();
  const calls: RecordedCall[] = [];
  const errors: unknown[] = [];
  let current: ChatSession | undefined;
  const sessionOf = (call: RecordedCall) => sessions.get(Number(call.payload.chat_id)) ?? current;

  const bot = createBot({
    token: '123456:TEST-token-for-local-api-only',
    db: database.db,
    botInfo: LOCAL_BOT_INFO,
    apiTransformers: [
      createLocalApi({
        onCall: async (call) => {
          calls.push(call);
          await options.beforeCall?.(call);
        },
        onResult: (call, result) => sessionOf(call)?.record(call, result),
      }),
    ],
    ...(options.sendPicture ? { sendPicture: options.sendPicture } : {}),
    ...(options.webApp ? { webApp: options.webApp } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    onError: (error) => errors.push(error),
  });

  return {
    bot,
    calls,
    errors,
    /** A private chat with a user; the same id gives the same chat. */
    chat(user: Partial<ChatUser> & { id: number }): ChatSession {
      let session = sessions.get(user.id);
      if (!session) {
        const chatUser: ChatUser = { first_name: 'Анна', language_code: 'ru', ...user };
        const created = new ChatSession(bot, chatUser);
        const deliver = created.deliver.bind(created);
        created.deliver = async (update) => {
          current = created;
          try {
            return await deliver(update);
          } finally {
            current = undefined;
          }
        };
        sessions.set(user.id, created);
        session = created;
      }
      return session;
    },
  };
}

export type Harness = ReturnType<typeof createHarness>;
