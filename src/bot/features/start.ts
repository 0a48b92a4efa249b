import { Composer } from 'grammy';
import { prefixPattern, parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Greeting, help, language and the way out of any state. */
export const startFeature = new Composer<BotContext>();

/** Callback-data prefixes this feature owns. */
const prefixes = ['lang'] as const;

for (const command of ['start', 'help', 'lang', 'cancel'] as const) {
  startFeature.command(command, (ctx) => ctx.conversation({ kind: 'command', command }));
}

startFeature.callbackQuery(prefixPattern(prefixes), async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'button', action, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
