import { Composer } from 'grammy';
import { LANGUAGES, translator } from '../../i18n.ts';
import { escapeHtml } from '../../render/html.ts';
import { activeCanvas, presentStep } from '../canvas-flow.ts';
import { callbackData, parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';
import { button } from '../outgoing.ts';

/** Greeting, help, language and the way out of any state. */
export const startFeature = new Composer<BotContext>();

startFeature.command('start', async (ctx) => {
  const canvas = await activeCanvas(ctx);
  if (canvas && canvas.step.kind !== 'done') {
    await ctx.users.setMode(ctx.user.id, { kind: 'filling' });
    await presentStep(ctx, canvas, ctx.t('start.welcome_back', { title: escapeHtml(canvas.title) }));
    return;
  }
  ctx.say(ctx.t('start.welcome'));
  await ctx.users.setMode(ctx.user.id, { kind: 'awaiting_title' });
  ctx.say(ctx.t('canvas.ask_title'));
});

startFeature.command('help', (ctx) => {
  ctx.say(ctx.t('help'));
});

startFeature.command('lang', (ctx) => {
  ctx.say(ctx.t('language.choose'), [
    LANGUAGES.map((language) => button(translator(language)('language.name'), callbackData.language(language))),
  ]);
});

startFeature.on('callback_query:data', async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (action?.kind !== 'language') return next();
  await ctx.users.setLanguage(ctx.user.id, action.language);
  ctx.lang = action.language;
  ctx.t = translator(action.language);
  ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id });
  ctx.say(ctx.t('language.changed'));
});

startFeature.command('cancel', async (ctx) => {
  const canvas = await activeCanvas(ctx);
  const wasBusy = ctx.user.mode.kind !== 'idle';
  await ctx.users.setMode(ctx.user.id, canvas && canvas.step.kind !== 'done' ? { kind: 'paused' } : { kind: 'idle' });
  if (canvas && canvas.step.kind !== 'done') {
    ctx.say(ctx.t('cancel.paused', { title: escapeHtml(canvas.title) }), [[button(ctx.t('buttons.resume'), callbackData.resume(canvas.id))]]);
  } else {
    ctx.say(wasBusy ? ctx.t('cancel.done') : ctx.t('cancel.nothing'));
  }
});
