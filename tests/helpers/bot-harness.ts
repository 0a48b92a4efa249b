import type { WebAppConfig } from '../../src/config.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import type { DeliveryDeps, PictureSender } from '../../src/bot/delivery.ts';
import { sendGroupFile } from '../../src/bot/group-files.ts';
import { createPictureQueue } from '../../src/bot/picture-delivery.ts';
import { LOCAL_BOT_INFO, type RecordedCall, createLocalApi } from '../../src/bot/local-api.ts';
import { type ChatUser, ChatSession } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';

export interface HarnessOptions {
  /** Throw from here to make a Bot API call fail. */
  beforeCall?: (call: RecordedCall) => void | Promise<void>;
  sendPicture?: PictureSender;
  /**
   * Whether a chat's turn waits until the pictures it asked for are sent (they follow the update,
   * never inside it); on by default so a test reads the chat in order. Off, a turn returns when
   * the update does, and `pictures.idle()` waits for them.
   */
  waitForPictures?: boolean;
  /** Pictures taken at once before the rest wait in the outbox. */
  maxPendingPictures?: number;
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

  // Canvas pictures are drawn only when a test gives a sender; a group's picture and CSVs always are.
  const pictures = createPictureQueue({
    db: database.db,
    sendPicture: options.sendPicture ?? (async () => {}),
    sendGroupFile: (api, chatId, request) => sendGroupFile(api, chatId, request, { db: database.db }),
    ...(options.maxPendingPictures ? { maxPending: options.maxPendingPictures } : {}),
    onError: (error) => errors.push(error),
  });
  const settle = options.waitForPictures !== false ? () => pictures.idle() : undefined;

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
    pictures,
    ...(options.webApp ? { webApp: options.webApp } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    onError: (error) => errors.push(error),
  });

  return {
    bot,
    calls,
    errors,
    /** The picture queue: canvas pictures (when a sender is given), the group's picture and CSVs. */
    pictures,
    /** The delivery the outbox flush uses, as the runtime wires it. */
    delivery: { db: database.db, pictures, onError: (error: unknown) => errors.push(error) } satisfies DeliveryDeps,
    /** A private chat with a user; the same id gives the same chat. */
    chat(user: Partial<ChatUser> & { id: number }): ChatSession {
      let session = sessions.get(user.id);
      if (!session) {
        const chatUser: ChatUser = { first_name: 'Анна', language_code: 'ru', ...user };
        const created = new ChatSession(bot, chatUser, settle);
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
