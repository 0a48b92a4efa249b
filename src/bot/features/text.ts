import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

/**
 * Free text, and corrections of sent text. What it means depends on what the conversation waits
 * for, and that is decided in one place (`decide`), not by the order of the features.
 */
export const textFeature = new Composer<BotContext>();

textFeature.on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next();
  await ctx.conversation({ kind: 'text', text: ctx.message.text, messageId: ctx.message.message_id });
});

textFeature.on('edited_message:text', async (ctx) => {
  await ctx.conversation({ kind: 'edited_text', text: ctx.editedMessage.text, messageId: ctx.editedMessage.message_id });
});
