import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

/** Opting out of (and back into) reminders about unfinished canvases. */
export const remindersFeature = new Composer<BotContext>();

remindersFeature.command('stop_reminders', async (ctx) => {
  await ctx.users.setReminders(ctx.user.id, false);
  ctx.say(ctx.t('runtime:reminders.stopped'));
});

remindersFeature.command('start_reminders', async (ctx) => {
  await ctx.users.setReminders(ctx.user.id, true);
  ctx.say(ctx.t('runtime:reminders.started'));
});
