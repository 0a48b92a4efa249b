import { Composer } from 'grammy';
import { LANGUAGES, translator } from '../../i18n.ts';
import { escapeHtml } from '../../render/html.ts';
import type { CanvasStep } from '../../canvas/conversation-mode.ts';
import { activeCanvas, doneKeyboard, presentStep } from '../canvas-flow.ts';
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
  // Mid-canvas, the question on screen is in the old language: it is asked again in the new one.
  const canvas = await activeCanvas(ctx);
  if (canvas && canvas.step.kind !== 'done' && ctx.user.mode.kind === 'filling') {
    await presentStep(ctx, canvas, ctx.t('language.changed'));
    return;
  }
  ctx.say(ctx.t('language.changed'));
});

startFeature.command('cancel', async (ctx) => {
  let canvas = await activeCanvas(ctx);
  const wasBusy = ctx.user.mode.kind !== 'idle';
  // An edit of an earlier block (re-answering it, or its type question) is left: the canvas goes back to
  // where the edit began, with what was already answered kept, so it is not left half-way in the edited block.
  let leftEdit = false;
  if (canvas && canvas.step.kind !== 'done' && canvas.step.returnTo) {
    const { returnTo, resumeAt } = canvas.step;
    const back: CanvasStep = returnTo === 'resume' && resumeAt ? { kind: 'question', ...resumeAt } : { kind: 'done' };
    const revision = await ctx.canvases.setStep(canvas.id, back);
    canvas = { ...canvas, step: back, revision };
    leftEdit = true;
  }
  await ctx.users.setMode(ctx.user.id, canvas && canvas.step.kind !== 'done' ? { kind: 'paused' } : { kind: 'idle' });
  const lead = leftEdit ? `${ctx.t('cancel.edit_left')}\n\n` : '';
  if (canvas && canvas.step.kind !== 'done') {
    ctx.say(lead + ctx.t('cancel.paused', { title: escapeHtml(canvas.title) }), [[button(ctx.t('buttons.resume'), callbackData.resume(canvas.id))]]);
  } else if (canvas && leftEdit) {
    ctx.say(lead + ctx.t('flow.canvas_is_done', { title: escapeHtml(canvas.title) }), doneKeyboard(ctx));
  } else {
    ctx.say(wasBusy ? ctx.t('cancel.done') : ctx.t('cancel.nothing'));
  }
});
