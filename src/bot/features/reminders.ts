import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

/** Opting out of (and back into) reminders about unfinished canvases. */
export const remindersFeature = new Composer<BotContext>();

for (const command of ['stop_reminders', 'start_reminders'] as const) {
  remindersFeature.command(command, (ctx) => ctx.conversation({ kind: 'command', command }));
}
