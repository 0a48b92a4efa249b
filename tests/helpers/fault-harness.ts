import { type AutoRetryOptions, autoRetry } from '@grammyjs/auto-retry';
import type { Transformer } from 'grammy';
import type { Update } from 'grammy/types';
import { createBot } from '../../src/bot/create-bot.ts';
import type { PictureSender } from '../../src/bot/delivery.ts';
import { createPictureQueue } from '../../src/bot/picture-delivery.ts';
import { LOCAL_BOT_INFO, type RecordedCall, createLocalApi } from '../../src/bot/local-api.ts';
import { type ChatUser, ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import type { AppDatabase } from '../../src/storage/database.ts';

/** What the Bot API answers instead of a result: an error object as Telegram sends it. */
export interface ApiFailure {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

export const tooManyRequests = (retryAfter: number): ApiFailure => ({
  ok: false,
  error_code: 429,
  description: `Too Many Requests: retry after ${retryAfter}`,
  parameters: { retry_after: retryAfter },
});
export const badGateway = (): ApiFailure => ({ ok: false, error_code: 502, description: 'Bad Gateway' });
export const blockedByUser = (): ApiFailure => ({ ok: false, error_code: 403, description: 'Forbidden: bot was blocked by the user' });

export interface FaultHarnessOptions {
  /**
   * Decides the fate of each call before the local API sees it: an ApiFailure is answered as
   * Telegram would (auto-retry sees it), a throw is a network failure, undefined lets it through.
   */
  fault?: (call: RecordedCall) => ApiFailure | undefined | Promise<ApiFailure | undefined>;
  /** Installs @grammyjs/auto-retry outside the faults, as production does. */
  autoRetry?: AutoRetryOptions | boolean;
  /** Runs when a call reaches the local API (it will succeed), e.g. to stop the database right then. */
  onDelivered?: (call: RecordedCall) => void | Promise<void>;
  sendPicture?: PictureSender;
}

/**
 * The real bot on a given database with a local Bot API that can be told to fail. It records
 * every call that reached the local API (what the user received), every failure it answered,
 * and every error the bot reported.
 */
export function createFaultHarness(db: AppDatabase, options: FaultHarnessOptions = {}) {
  const delivered: RecordedCall[] = [];
  const failures: Array<{ call: RecordedCall; failure: ApiFailure | Error }> = [];
  const errors: unknown[] = [];
  const sessions = new Map<number, ChatSession>();
  /** Callback query ids → the chat they were pressed in (answerCallbackQuery has no chat id). */
  const queryChats = new Map<string, number>();

  const chatOf = (call: RecordedCall): number | undefined => {
    if (call.payload.chat_id !== undefined) return Number(call.payload.chat_id);
    const queryId = call.payload.callback_query_id;
    return typeof queryId === 'string' ? queryChats.get(queryId) : undefined;
  };

  const faults: Transformer = async (previous, method, payload, signal) => {
    const call: RecordedCall = { method, payload: (payload ?? {}) as Record<string, unknown> };
    let failure: ApiFailure | undefined;
    try {
      failure = await options.fault?.(call);
    } catch (error) {
      failures.push({ call, failure: error as Error });
      throw error;
    }
    if (failure) {
      failures.push({ call, failure });
      return failure as never;
    }
    return previous(method, payload, signal);
  };

  const transformers: Transformer[] = [
    createLocalApi({
      onCall: async (call) => {
        delivered.push(call);
        await options.onDelivered?.(call);
      },
      onResult: (call, result) => {
        const chatId = chatOf(call);
        if (chatId !== undefined) sessions.get(chatId)?.record(call, result);
      },
    }),
    faults,
  ];
  if (options.autoRetry) transformers.push(autoRetry(options.autoRetry === true ? {} : options.autoRetry));

  const pictures = options.sendPicture ? createPictureQueue({ db, sendPicture: options.sendPicture, onError: (error) => errors.push(error) }) : undefined;

  const bot = createBot({
    token: '123456:TEST-token-for-local-api-only',
    db,
    botInfo: LOCAL_BOT_INFO,
    apiTransformers: transformers,
    ...(pictures ? { pictures } : {}),
    onError: (error) => errors.push(error),
  });

  return {
    bot,
    /** The picture queue, when the harness draws pictures: `idle()` waits for what it holds. */
    pictures,
    delivered,
    failures,
    errors,
    /** The calls that reached one chat, in order. */
    callsTo(chatId: number): RecordedCall[] {
      return delivered.filter((call) => chatOf(call) === chatId);
    },
    /** The texts one chat read (messages, edits, captions). */
    textsTo(chatId: number): string[] {
      return visibleTexts(delivered.filter((call) => chatOf(call) === chatId));
    },
    /** A private chat driven as a person would; the same id gives the same chat. */
    chat(user: Partial<ChatUser> & { id: number }): ChatSession {
      let session = sessions.get(user.id);
      if (!session) {
        session = new ChatSession(bot, { first_name: 'Анна', language_code: 'ru', ...user });
        const created = session;
        const deliver = created.deliver.bind(created);
        created.deliver = async (update) => {
          const queryId = update.callback_query?.id;
          if (queryId) queryChats.set(queryId, created.user.id);
          return deliver(update);
        };
        sessions.set(user.id, session);
      }
      return session;
    },
    /** Remembers which chat a hand-built button press belongs to. */
    notePress(update: Update): Update {
      const query = update.callback_query;
      if (query) queryChats.set(query.id, query.from.id);
      return update;
    },
  };
}

export type FaultHarness = ReturnType<typeof createFaultHarness>;

let nextFaultUpdateId = 700_000_000;
let nextFaultMessageId = 5_000_000;

/** A private text message from `user`, as Telegram delivers it; `date` in seconds. */
export function textUpdate(user: ChatUser, text: string, date = Math.floor(Date.now() / 1000)): Update {
  const command = /^\/[a-z_]+/i.exec(text);
  return {
    update_id: nextFaultUpdateId++,
    message: {
      message_id: nextFaultMessageId++,
      date,
      chat: { id: user.id, type: 'private', first_name: user.first_name },
      from: { ...user, is_bot: false },
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    },
  } as Update;
}

/** A press of a button carrying `data` under the bot's message `messageId`, sent at `messageDate`. */
export function pressUpdate(user: ChatUser, data: string, messageId = 1, messageDate = Math.floor(Date.now() / 1000)): Update {
  const updateId = nextFaultUpdateId++;
  return {
    update_id: updateId,
    callback_query: {
      id: `cq-${user.id}-${updateId}`,
      from: { ...user, is_bot: false },
      chat_instance: `ci${user.id}`,
      data,
      message: {
        message_id: messageId,
        date: messageDate,
        chat: { id: user.id, type: 'private', first_name: user.first_name },
        text: '…',
      },
    },
  } as Update;
}

/** The callback data of the newest button with this label the chat was shown. */
export function buttonData(session: ChatSession, label: string): { data: string; messageId: number } {
  for (const call of [...session.calls].reverse()) {
    const markup = call.payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined;
    const found = markup?.inline_keyboard?.flat().find((button) => button.text.trim() === label.trim());
    if (found?.callback_data) return { data: found.callback_data, messageId: Number(call.payload.message_id ?? 0) };
  }
  throw new Error(`no button "${label}" was shown`);
}
