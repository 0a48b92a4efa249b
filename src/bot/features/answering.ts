import { Composer } from 'grammy';
import type { CanvasStep } from '../../canvas/conversation-mode.ts';
import { previousQuestion } from '../../canvas/navigation.ts';
import { questionCounts } from '../../canvas/questions.ts';
import { escapeHtml } from '../../render/html.ts';
import type { CanvasRecord } from '../../storage/canvas-repository.ts';
import { MAX_ANSWER_LENGTH, activeCanvas, advance, goTo, presentStep } from '../canvas-flow.ts';
import { callbackData, parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';
import { button } from '../outgoing.ts';
import { startNewCanvas } from './canvases.ts';

/** Answering the guiding questions, block by block, and moving back, forward and out. */
export const answeringFeature = new Composer<BotContext>();

type Navigation = 'example' | 'skip' | 'back' | 'pause';

async function navigate(ctx: BotContext, canvas: CanvasRecord, action: Navigation): Promise<void> {
  const step = canvas.step;
  if (action === 'pause') {
    await ctx.users.setMode(ctx.user.id, { kind: 'paused' });
    ctx.say(ctx.t('flow.paused', { title: escapeHtml(canvas.title) }), [[button(ctx.t('buttons.resume'), callbackData.resume(canvas.id))]]);
    return;
  }
  if (step.kind === 'confirm_types' && action === 'back') {
    // Back from the type question is the block's last question, so a wrong answer can be corrected first.
    await ctx.users.setMode(ctx.user.id, { kind: 'filling' });
    const { blockId, returnTo, resumeAt } = step;
    await goTo(ctx, canvas, {
      kind: 'question',
      blockId,
      questionIndex: questionCounts()[blockId] - 1,
      ...(returnTo ? { returnTo } : {}),
      ...(resumeAt ? { resumeAt } : {}),
    });
    return;
  }
  if (step.kind !== 'question') {
    await presentStep(ctx, canvas);
    return;
  }
  await ctx.users.setMode(ctx.user.id, { kind: 'filling' });
  if (action === 'example') {
    ctx.say(ctx.t('flow.example', { example: ctx.t(`blocks:${step.blockId}.example`) }));
    return;
  }
  if (action === 'skip') {
    // Skipping a question answered before keeps that answer: say so, rather than call it unanswered.
    const answered = (await ctx.canvases.blockAnswers(canvas.id, step.blockId)).some((answer) => answer.questionIndex === step.questionIndex);
    await advance(ctx, canvas, step, ctx.t(answered ? 'flow.kept' : 'flow.skipped'));
    return;
  }
  const previous = previousQuestion(step, questionCounts());
  if (!previous) {
    ctx.say(ctx.t('flow.at_first_question'));
    return;
  }
  const backStep: CanvasStep = { ...step, ...previous };
  await goTo(ctx, canvas, backStep);
}

/** Buttons under a question carry the canvas revision: presses on older messages only re-show the current step. */
answeringFeature.on('callback_query:data', async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (action?.kind !== 'navigate' && action?.kind !== 'resume') return next();
  const canvas = await ctx.canvases.findOwned(ctx.user.id, action.canvasId);
  if (!canvas) {
    ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id, text: ctx.t('errors.canvas_gone') });
    return;
  }
  if (action.kind === 'resume') {
    ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id });
    await ctx.users.setActiveCanvas(ctx.user.id, canvas.id, { kind: 'filling' });
    await presentStep(ctx, canvas);
    return;
  }
  const stale = action.revision !== canvas.revision || ctx.user.activeCanvasId !== canvas.id;
  if (stale && action.action !== 'example') {
    ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id, text: ctx.t('errors.stale_button') });
    if (ctx.user.activeCanvasId === canvas.id) await presentStep(ctx, canvas);
    return;
  }
  ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id });
  await navigate(ctx, canvas, action.action);
});

for (const command of ['skip', 'back', 'pause'] as const) {
  answeringFeature.command(command, async (ctx) => {
    const canvas = await activeCanvas(ctx);
    if (!canvas || canvas.step.kind === 'done') {
      ctx.say(ctx.t('errors.no_canvas_in_progress'));
      return;
    }
    await navigate(ctx, canvas, command);
  });
}

answeringFeature.command('resume', async (ctx) => {
  const canvas = await activeCanvas(ctx);
  if (!canvas) {
    ctx.say(ctx.t('errors.no_canvas_in_progress'));
    return;
  }
  await ctx.users.setMode(ctx.user.id, { kind: 'filling' });
  await presentStep(ctx, canvas);
});

/** Free text: what it means depends on what the conversation waits for. */
answeringFeature.on('message:text', async (ctx, next) => {
  if (ctx.message.text.startsWith('/')) return next();
  const text = ctx.message.text.trim();
  if (text.length === 0) {
    ctx.say(ctx.t('errors.empty_text'));
    return;
  }
  if (text.length > MAX_ANSWER_LENGTH) {
    ctx.say(ctx.t('errors.too_long', { length: text.length, max: MAX_ANSWER_LENGTH }));
    return;
  }
  const mode = ctx.user.mode;
  if (mode.kind === 'awaiting_title') {
    await startNewCanvas(ctx, text);
    return;
  }
  if (mode.kind === 'adding') return next();
  const canvas = await activeCanvas(ctx);
  if (!canvas) {
    ctx.say(ctx.t('errors.no_canvas'), [[button(ctx.t('buttons.new_canvas'), callbackData.menu('new'))]]);
    return;
  }
  if (mode.kind === 'paused' || mode.kind === 'idle') {
    if (canvas.step.kind === 'done') {
      ctx.say(ctx.t('flow.canvas_is_done', { title: escapeHtml(canvas.title) }));
      return;
    }
    ctx.say(ctx.t('flow.is_paused', { title: escapeHtml(canvas.title) }), [[button(ctx.t('buttons.resume'), callbackData.resume(canvas.id))]]);
    return;
  }
  const step = canvas.step;
  if (step.kind === 'confirm_types') {
    ctx.say(ctx.t('types.confirm_first'));
    return;
  }
  if (step.kind === 'done') {
    ctx.say(ctx.t('flow.canvas_is_done', { title: escapeHtml(canvas.title) }));
    return;
  }
  await ctx.canvases.answerQuestion(canvas.id, step.blockId, step.questionIndex, text);
  await advance(ctx, canvas, step, ctx.t('flow.saved'));
});
