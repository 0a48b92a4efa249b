import { Composer } from 'grammy';
import type { BotContext } from '../context.ts';

/** Last in line: whatever no feature took gets a friendly word and changes nothing. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on('message:text', (ctx) => {
  const text = ctx.message.text;
  if (text.startsWith('/')) {
    ctx.say(ctx.t('errors.unknown_command'));
    return;
  }
  ctx.say(ctx.t('errors.not_understood'));
});

fallbackFeature.on('callback_query', (ctx) => {
  ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id, text: ctx.t('errors.stale_button') });
});

fallbackFeature.on('message', (ctx) => {
  ctx.say(ctx.t('errors.text_only'));
});
