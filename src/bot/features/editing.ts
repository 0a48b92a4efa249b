import { Composer } from 'grammy';
import { prefixPattern, parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Going back to any block later: answer it anew, or add to what is there. */
export const editingFeature = new Composer<BotContext>();

/** Callback-data prefixes this feature owns. */
const prefixes = ['edit', 'editmode'] as const;

editingFeature.command('edit', (ctx) => ctx.conversation({ kind: 'command', command: 'edit' }));

editingFeature.callbackQuery(prefixPattern(prefixes), async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'button', action, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
