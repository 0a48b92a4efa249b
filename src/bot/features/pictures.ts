import { Composer } from 'grammy';
import { parseCallbackData, prefixPattern } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** The "classic view" button under the phone picture: the landscape canvas as a photo. */
export const picturesFeature = new Composer<BotContext>();

/** Callback-data prefixes this feature owns. */
const prefixes = ['pic'] as const;

picturesFeature.callbackQuery(prefixPattern(prefixes), async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'button', action, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
