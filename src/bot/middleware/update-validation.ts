import type { Update } from 'grammy/types';
import { z } from 'zod';

/** Telegram keeps undelivered updates for 24 hours; a message older than twice that is a replay. */
export const MAX_MESSAGE_AGE_SECONDS = 48 * 60 * 60;

const telegramId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * Text as Telegram sends it: at most `max` UTF-16 units (Telegram's unit; zod's max counts code
 * points), well-formed Unicode and without NUL — PostgreSQL can store neither a lone surrogate nor NUL.
 */
const telegramText = (max: number) => z.string().refine((text) => text.length <= max && !text.includes('\u0000') && !LONE_SURROGATE.test(text));
const person = z.object({
  id: telegramId,
  is_bot: z.literal(false),
  first_name: telegramText(256),
  last_name: telegramText(256).optional(),
  username: telegramText(64).optional(),
  language_code: z.string().max(35).optional(),
});
const privateChat = z.object({ id: telegramId, type: z.literal('private') });
const entity = z.object({ type: z.string(), offset: z.number().int().nonnegative(), length: z.number().int().nonnegative() });
const messageId = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/** The fields the features read, with Telegram's own limits (4096 characters, 64-byte callback data). */
const message = z
  .object({
    message_id: messageId,
    date: z.number().int().positive(),
    chat: privateChat,
    from: person,
    text: telegramText(4096).optional(),
    entities: z.array(entity).max(100).optional(),
    caption: telegramText(4096).optional(),
    caption_entities: z.array(entity).max(100).optional(),
  })
  .refine((message) => message.from.id === message.chat.id)
  .refine((message) => message.date >= Date.now() / 1000 - MAX_MESSAGE_AGE_SECONDS);

const applicableUpdate = z.union([
  z.object({ update_id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), message }),
  // A correction of a sent message: it may update the answer that message gave.
  z.object({ update_id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER), edited_message: message }),
  z.object({
    update_id: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
    callback_query: z
      .object({
        id: z.string().min(1).max(256),
        from: person,
        // Only the bot's own buttons reach it, and those always carry data (games are not used).
        data: z.string().refine((data) => Buffer.byteLength(data, 'utf8') <= 64),
        // Date 0 marks a message too old for the client to show; the press is still the user's.
        message: z.object({ message_id: messageId, date: z.number().int().nonnegative(), chat: privateChat }),
      })
      .refine((query) => query.from.id === query.message.chat.id),
  }),
]);

/**
 * Whether an update is one the bot acts on: a message, an edit of one, or a button press in a
 * private chat, from its person, shaped as Telegram sends it. Everything else (groups, channels,
 * service updates, malformed or replayed updates) is left alone before any database work.
 */
export function isApplicableUpdate(update: Update): boolean {
  const kinds = Object.keys(update).filter((key) => key !== 'update_id');
  if (kinds.length !== 1) return false;
  return applicableUpdate.safeParse(update).success;
}
