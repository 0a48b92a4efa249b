import { Composer } from 'grammy';
import { parseGroupCallbackData } from '../../cohort/group-callback-data.ts';
import { prefixPattern } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** The coach's view of a whole group: `/group`, its pages, reminders, picture and CSV files. */
export const groupFeature = new Composer<BotContext>();

/** Callback-data prefixes this feature owns. */
const prefixes = ['grp'] as const;

groupFeature.command('group', (ctx) => ctx.conversation({ kind: 'group', input: { kind: 'command' }, messageId: ctx.message?.message_id ?? 0 }));

groupFeature.callbackQuery(prefixPattern(prefixes), async (ctx, next) => {
  const action = parseGroupCallbackData(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'group', input: { kind: 'action', action }, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
