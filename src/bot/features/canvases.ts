import { Composer } from 'grammy';
import { prefixPattern, parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Several canvases per user: create, list, switch, delete, show and export. */
export const canvasesFeature = new Composer<BotContext>();

/** Callback-data prefixes this feature owns. */
const prefixes = ['menu', 'open', 'del', 'delok', 'fill'] as const;

for (const command of ['new', 'list', 'canvas', 'export'] as const) {
  canvasesFeature.command(command, (ctx) => ctx.conversation({ kind: 'command', command }));
}

canvasesFeature.callbackQuery(prefixPattern(prefixes), async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'button', action, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
