import { InputFile, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';

/** One call the bot made to the Bot API, with its parameters. */
export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
}

export const LOCAL_BOT_INFO: UserFromGetMe = {
  id: 7_000_000_001,
  is_bot: true,
  first_name: 'Canvas Coach',
  username: 'canvas_coach_bot',
  can_join_groups: false,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
} as UserFromGetMe;

export interface LocalApiOptions {
  /** Called for every call before its result is made up; may throw to simulate a failure. */
  onCall: (call: RecordedCall) => void | Promise<void>;
  /** Called with the made-up result, e.g. to learn the id of a sent message. */
  onResult?: (call: RecordedCall, result: unknown) => void;
  botInfo?: UserFromGetMe;
}

/**
 * Answers Bot API calls on this machine instead of Telegram, with results shaped like Telegram's
 * (message ids, dates, chats), so the bot runs unchanged in the terminal and in tests.
 */
export function createLocalApi(options: LocalApiOptions): Transformer {
  let nextMessageId = 1;
  const botInfo = options.botInfo ?? LOCAL_BOT_INFO;
  return async (_previous, method, payload) => {
    const params = (payload ?? {}) as Record<string, unknown>;
    const call: RecordedCall = { method, payload: params };
    await options.onCall(call);
    const chatId = Number(params.chat_id ?? 0);
    const message = (extra: Record<string, unknown>) => ({
      message_id: nextMessageId++,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'User' },
      from: { id: botInfo.id, is_bot: true, first_name: botInfo.first_name, username: botInfo.username },
      ...extra,
    });
    const result = (() => {
      switch (method) {
        case 'getMe':
          return botInfo;
        case 'sendMessage':
          return message({ text: params.text, ...(params.reply_markup ? { reply_markup: params.reply_markup } : {}) });
        case 'editMessageText':
          return { ...message({ text: params.text }), message_id: params.message_id };
        case 'sendDocument':
          return message({ document: { file_id: `doc${nextMessageId}`, file_unique_id: `udoc${nextMessageId}`, file_name: 'file' }, caption: params.caption });
        case 'sendPhoto':
          return message({ photo: photoSizes(`photo${nextMessageId}`, 1280, 905), ...(params.caption ? { caption: params.caption } : {}) });
        case 'sendMediaGroup': {
          // One message per item, sharing a media_group_id; the caption stays on the item that carried it.
          const groupId = `${Date.now()}${nextMessageId}`;
          const items = Array.isArray(params.media) ? (params.media as Array<{ type?: string; caption?: unknown }>) : [];
          return items.map((item) =>
            message({
              media_group_id: groupId,
              photo: photoSizes(`album${nextMessageId}`, 1080, 1920),
              ...(typeof item.caption === 'string' ? { caption: item.caption } : {}),
            }),
          );
        }
        default:
          return true;
      }
    })();
    options.onResult?.(call, result);
    return { ok: true, result } as never;
  };
}

/** The sizes Telegram keeps of a sent photo: thumbnails up to the original, longest side first capped. */
function photoSizes(fileId: string, width: number, height: number) {
  return [90, 320, 800, 1280, 2560].map((side, index) => {
    const scale = Math.min(1, side / Math.max(width, height));
    return {
      file_id: `${fileId}_${index}`,
      file_unique_id: `u${fileId}_${index}`,
      width: Math.round(width * scale),
      height: Math.round(height * scale),
    };
  });
}

/** The bytes and name of a file the bot sends (document or photo), read back from grammY's InputFile. */
export async function readSentFile(value: unknown): Promise<{ name: string; data: Buffer } | null> {
  if (!(value instanceof InputFile)) return null;
  const raw = await value.toRaw();
  const chunks: Uint8Array[] = [];
  if (raw instanceof Uint8Array) chunks.push(raw);
  else for await (const chunk of raw as AsyncIterable<Uint8Array>) chunks.push(chunk);
  return { name: value.filename ?? 'file', data: Buffer.concat(chunks) };
}
