import { Composer } from 'grammy';
import { BLOCK_IDS } from '../../canvas/blocks.ts';
import { blockNumber, firstQuestion } from '../../canvas/navigation.ts';
import { toCanvasJson } from '../../render/canvas-json.ts';
import { escapeHtml } from '../../render/html.ts';
import { shorten } from '../../render/shorten.ts';
import { renderCanvasSummary } from '../../render/summary-text.ts';
import type { CanvasRecord } from '../../storage/canvas-repository.ts';
import { MAX_TITLE_LENGTH, activeCanvas, authorName, presentStep } from '../canvas-flow.ts';
import { callbackData, parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';
import { button, type Keyboard } from '../outgoing.ts';
import { showBlockChooser } from './editing.ts';

/** Several canvases per user: create, list, switch, delete, show and export. */
export const canvasesFeature = new Composer<BotContext>();

/** Creates a canvas named `title`, makes it active and asks its first question. */
export async function startNewCanvas(ctx: BotContext, title: string): Promise<void> {
  if (title.length > MAX_TITLE_LENGTH) {
    ctx.say(ctx.t('canvas.title_too_long', { max: MAX_TITLE_LENGTH }));
    return;
  }
  const canvas = await ctx.canvases.create(ctx.user.id, title, ctx.lang, { kind: 'question', ...firstQuestion() });
  await ctx.users.setActiveCanvas(ctx.user.id, canvas.id, { kind: 'filling' });
  await presentStep(ctx, canvas, ctx.t('canvas.created', { title: escapeHtml(title) }));
}

function askTitle(ctx: BotContext) {
  return async () => {
    await ctx.users.setMode(ctx.user.id, { kind: 'awaiting_title' });
    ctx.say(ctx.t('canvas.ask_title'));
  };
}

function progressLabel(ctx: BotContext, canvas: CanvasRecord): string {
  if (canvas.step.kind === 'done') return ctx.t('canvas.status_done');
  return ctx.t('canvas.status_block', { number: blockNumber(canvas.step.blockId), total: BLOCK_IDS.length });
}

async function showList(ctx: BotContext): Promise<void> {
  const canvases = await ctx.canvases.listOwned(ctx.user.id);
  if (canvases.length === 0) {
    ctx.say(ctx.t('canvas.list_empty'), [[button(ctx.t('buttons.new_canvas'), callbackData.menu('new'))]]);
    return;
  }
  const lines = [ctx.t('canvas.list_header')];
  const keyboard: Keyboard = [];
  // The newest 20 are enough for a phone screen; older ones stay stored.
  for (const canvas of canvases.slice(0, 20)) {
    const active = canvas.id === ctx.user.activeCanvasId ? ' ⭐' : '';
    lines.push(`• <b>${escapeHtml(canvas.title)}</b>${active} — ${progressLabel(ctx, canvas)}`);
    keyboard.push([
      button(`${shorten(canvas.title, 40)}${active}`, callbackData.openCanvas(canvas.id)),
      button('🗑', callbackData.deleteCanvas(canvas.id)),
    ]);
  }
  keyboard.push([button(ctx.t('buttons.new_canvas'), callbackData.menu('new'))]);
  ctx.say(lines.join('\n'), keyboard);
}

async function withActiveCanvas(ctx: BotContext, action: (canvas: CanvasRecord) => Promise<void> | void): Promise<void> {
  const canvas = await activeCanvas(ctx);
  if (!canvas) {
    ctx.say(ctx.t('errors.no_canvas'), [[button(ctx.t('buttons.new_canvas'), callbackData.menu('new'))]]);
    return;
  }
  await action(canvas);
}

async function showCanvas(ctx: BotContext, canvas: CanvasRecord): Promise<void> {
  const author = authorName(ctx);
  const snapshot = await ctx.canvases.snapshot(canvas, author);
  for (const message of renderCanvasSummary(snapshot)) ctx.say(message);
  ctx.queue({ method: 'sendCanvasPicture', canvasId: canvas.id, ownerId: canvas.ownerId, view: 'phone', author });
}

async function exportCanvas(ctx: BotContext, canvas: CanvasRecord): Promise<void> {
  const author = authorName(ctx);
  const snapshot = await ctx.canvases.snapshot(canvas, author);
  ctx.queue({
    method: 'sendDocument',
    fileName: 'canvas.json',
    content: `${JSON.stringify(toCanvasJson(snapshot), null, 2)}\n`,
    caption: ctx.t('canvas.export_caption', { title: escapeHtml(canvas.title) }),
  });
  ctx.queue({ method: 'sendCanvasPicture', canvasId: canvas.id, ownerId: canvas.ownerId, view: 'export', author });
}

canvasesFeature.command('new', (ctx) => askTitle(ctx)());
canvasesFeature.command('list', (ctx) => showList(ctx));
canvasesFeature.command('canvas', (ctx) => withActiveCanvas(ctx, (canvas) => showCanvas(ctx, canvas)));
canvasesFeature.command('export', (ctx) => withActiveCanvas(ctx, (canvas) => exportCanvas(ctx, canvas)));

canvasesFeature.on('callback_query:data', async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (!action || !['menu', 'open_canvas', 'delete_canvas', 'delete_canvas_confirmed'].includes(action.kind)) return next();
  ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id });
  if (action.kind === 'menu') {
    if (action.item === 'new') return askTitle(ctx)();
    if (action.item === 'list') return showList(ctx);
    if (action.item === 'canvas') return withActiveCanvas(ctx, (canvas) => showCanvas(ctx, canvas));
    if (action.item === 'export') return withActiveCanvas(ctx, (canvas) => exportCanvas(ctx, canvas));
    return withActiveCanvas(ctx, (canvas) => showBlockChooser(ctx, canvas));
  }
  if (action.kind !== 'open_canvas' && action.kind !== 'delete_canvas' && action.kind !== 'delete_canvas_confirmed') return;
  const canvas = await ctx.canvases.findOwned(ctx.user.id, action.canvasId);
  if (!canvas) {
    ctx.say(ctx.t('errors.canvas_gone'));
    return;
  }
  if (action.kind === 'open_canvas') {
    await ctx.users.setActiveCanvas(ctx.user.id, canvas.id, { kind: canvas.step.kind === 'done' ? 'idle' : 'filling' });
    await presentStep(ctx, canvas, ctx.t('canvas.switched', { title: escapeHtml(canvas.title) }));
    return;
  }
  if (action.kind === 'delete_canvas') {
    ctx.say(ctx.t('canvas.delete_confirm', { title: escapeHtml(canvas.title) }), [
      [button(ctx.t('buttons.delete'), callbackData.confirmDelete(canvas.id)), button(ctx.t('buttons.keep'), callbackData.menu('list'))],
    ]);
    return;
  }
  await ctx.canvases.delete(canvas.id);
  ctx.say(ctx.t('canvas.deleted', { title: escapeHtml(canvas.title) }));
  if (ctx.user.activeCanvasId === canvas.id) {
    await ctx.users.setActiveCanvas(ctx.user.id, null, { kind: 'idle' });
    ctx.user = { ...ctx.user, activeCanvasId: null };
    // The canvas being worked on is gone: the others are offered, so the next step is one tap away.
    await showList(ctx);
  }
});
