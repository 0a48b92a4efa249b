import { Composer } from 'grammy';
import { parseCallbackData, prefixPattern } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** /privacy says what is stored and for how long; /delete_me deletes all of it after a confirmation. */
export const privacyFeature = new Composer<BotContext>();

/** Callback-data prefixes this feature owns. */
const prefixes = ['forget'] as const;

for (const command of ['privacy', 'delete_me'] as const) {
  privacyFeature.command(command, (ctx) => ctx.conversation({ kind: 'command', command }));
}

privacyFeature.callbackQuery(prefixPattern(prefixes), async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'button', action, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
