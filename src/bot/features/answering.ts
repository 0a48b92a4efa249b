import { Composer } from 'grammy';
import { prefixPattern, parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Moving through the guiding questions: back, skip, example, pause and resume. */
export const answeringFeature = new Composer<BotContext>();

/** Callback-data prefixes this feature owns. */
const prefixes = ['nav', 'resume', 'resumetx'] as const;

for (const command of ['skip', 'back', 'pause', 'resume'] as const) {
  answeringFeature.command(command, (ctx) => ctx.conversation({ kind: 'command', command }));
}

answeringFeature.callbackQuery(prefixPattern(prefixes), async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'button', action, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
