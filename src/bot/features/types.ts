import { Composer } from 'grammy';
import { prefixPattern, parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Confirming and correcting the recognised relationship and revenue types. */
export const typesFeature = new Composer<BotContext>();

/** Callback-data prefixes this feature owns. */
const prefixes = ['ty'] as const;

typesFeature.callbackQuery(prefixPattern(prefixes), async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'button', action, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
