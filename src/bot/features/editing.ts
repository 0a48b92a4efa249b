import { Composer } from 'grammy';
import { BLOCK_IDS, type BlockId } from '../../canvas/blocks.ts';
import type { CanvasStep, QuestionStep } from '../../canvas/conversation-mode.ts';
import { escapeHtml } from '../../render/html.ts';
import { shorten } from '../../render/shorten.ts';
import type { CanvasRecord } from '../../storage/canvas-repository.ts';
import { MAX_ANSWER_LENGTH, activeCanvas, afterBlock, goTo } from '../canvas-flow.ts';
import { callbackData, parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';
import { button, type Keyboard } from '../outgoing.ts';

/** Going back to any block later: answer it anew, or add to what is there. */
export const editingFeature = new Composer<BotContext>();

/** Buttons for the nine blocks; a tick marks the ones with answers. */
export async function showBlockChooser(ctx: BotContext, canvas: CanvasRecord): Promise<void> {
  const snapshot = await ctx.canvases.snapshot(canvas, null);
  const buttons = snapshot.blocks.map((block, index) =>
    button(`${block.answers.length > 0 ? '✓' : '·'} ${index + 1}. ${ctx.t(`blocks:${block.id}.short`)}`, callbackData.editBlock(canvas.id, block.id)),
  );
  const keyboard: Keyboard = [];
  for (let index = 0; index < buttons.length; index += 2) keyboard.push(buttons.slice(index, index + 2));
  ctx.say(ctx.t('edit.choose_block', { title: escapeHtml(canvas.title) }), keyboard);
}

/** Room for a block's answers in its edit menu: the whole message must stay under Telegram's 4096 characters. */
const MENU_ANSWERS_BUDGET = 3000;
const MENU_ANSWER_LENGTH = 300;

/** A block's answers as bullets, each cut short, as many as fit; the rest are counted. */
function currentAnswers(ctx: BotContext, texts: string[]): string {
  const lines: string[] = [];
  let used = 0;
  for (const text of texts) {
    const line = `• ${escapeHtml(shorten(text, MENU_ANSWER_LENGTH))}`;
    if (used + line.length > MENU_ANSWERS_BUDGET) break;
    lines.push(line);
    used += line.length + 1;
  }
  if (lines.length < texts.length) lines.push(ctx.t('edit.more_answers', { count: texts.length - lines.length }));
  return lines.join('\n');
}

/** Where to come back to after editing a block: the finished canvas, or the question the user was on. */
function returnPoint(step: CanvasStep): Pick<QuestionStep, 'returnTo' | 'resumeAt'> {
  if (step.kind === 'done') return { returnTo: 'done' };
  if (step.kind === 'question') {
    if (step.returnTo) return { returnTo: step.returnTo, ...(step.resumeAt ? { resumeAt: step.resumeAt } : {}) };
    return { returnTo: 'resume', resumeAt: { blockId: step.blockId, questionIndex: step.questionIndex } };
  }
  if (step.returnTo) return { returnTo: step.returnTo, ...(step.resumeAt ? { resumeAt: step.resumeAt } : {}) };
  const following = BLOCK_IDS[BLOCK_IDS.indexOf(step.blockId) + 1];
  return following ? { returnTo: 'resume', resumeAt: { blockId: following, questionIndex: 0 } } : { returnTo: 'done' };
}

editingFeature.command('edit', async (ctx) => {
  const canvas = await activeCanvas(ctx);
  if (!canvas) {
    ctx.say(ctx.t('errors.no_canvas'), [[button(ctx.t('buttons.new_canvas'), callbackData.menu('new'))]]);
    return;
  }
  await showBlockChooser(ctx, canvas);
});

editingFeature.on('callback_query:data', async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (action?.kind !== 'edit_block' && action?.kind !== 'edit_mode') return next();
  ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id });
  const canvas = await ctx.canvases.findOwned(ctx.user.id, action.canvasId);
  if (!canvas) {
    ctx.say(ctx.t('errors.canvas_gone'));
    return;
  }
  const blockTitle = ctx.t(`blocks:${action.blockId}.title`);
  if (action.kind === 'edit_block') {
    const answers = await ctx.canvases.blockAnswers(canvas.id, action.blockId);
    const current = answers.length === 0 ? ctx.t('edit.block_empty') : currentAnswers(ctx, answers.map((answer) => answer.text));
    ctx.say(ctx.t('edit.block_menu', { title: blockTitle, current }), [
      [
        button(ctx.t('buttons.replace'), callbackData.editMode('replace', canvas.id, action.blockId)),
        button(ctx.t('buttons.add'), callbackData.editMode('add', canvas.id, action.blockId)),
      ],
    ]);
    return;
  }
  await ctx.users.setActiveCanvas(ctx.user.id, canvas.id, action.how === 'add' ? { kind: 'adding', blockId: action.blockId } : { kind: 'filling' });
  if (action.how === 'add') {
    ctx.say(ctx.t('edit.ask_addition', { title: blockTitle }));
    return;
  }
  await ctx.canvases.clearBlock(canvas.id, action.blockId);
  await goTo(ctx, canvas, { kind: 'question', blockId: action.blockId, questionIndex: 0, ...returnPoint(canvas.step) }, ctx.t('edit.replacing', { title: blockTitle }));
});

/** The text that is added to a block chosen with /edit. */
editingFeature.on('message:text', async (ctx, next) => {
  const mode = ctx.user.mode;
  if (mode.kind !== 'adding' || ctx.message.text.startsWith('/')) return next();
  const text = ctx.message.text.trim();
  if (text.length === 0 || text.length > MAX_ANSWER_LENGTH) return next();
  const canvas = await activeCanvas(ctx);
  if (!canvas) {
    await ctx.users.setMode(ctx.user.id, { kind: 'idle' });
    ctx.say(ctx.t('errors.canvas_gone'));
    return;
  }
  await addToBlock(ctx, canvas, mode.blockId, text);
});

async function addToBlock(ctx: BotContext, canvas: CanvasRecord, blockId: BlockId, text: string): Promise<void> {
  await ctx.canvases.addToBlock(canvas.id, blockId, text);
  await ctx.users.setMode(ctx.user.id, { kind: 'filling' });
  const lead = ctx.t('edit.added', { title: ctx.t(`blocks:${blockId}.title`) });
  const from: QuestionStep = { kind: 'question', blockId, questionIndex: 0, ...returnPoint(canvas.step) };
  // A typed block is classified again and its types are asked for anew.
  await afterBlock(ctx, canvas, blockId, from, lead);
}
