import { eq } from 'drizzle-orm';
import { Composer } from 'grammy';
import { users } from '../../../db/schema.ts';
import type { BotContext } from '../context.ts';

/** Opting out of (and back into) reminders about unfinished canvases. */
export const remindersFeature = new Composer<BotContext>();

async function setRemindersEnabled(ctx: BotContext, enabled: boolean): Promise<void> {
  await ctx.tx.update(users).set({ remindersEnabled: enabled, updatedAt: new Date() }).where(eq(users.id, ctx.user.id));
}

remindersFeature.command('stop_reminders', async (ctx) => {
  await setRemindersEnabled(ctx, false);
  ctx.say(ctx.t('runtime:reminders.stopped'));
});

remindersFeature.command('start_reminders', async (ctx) => {
  await setRemindersEnabled(ctx, true);
  ctx.say(ctx.t('runtime:reminders.started'));
});
