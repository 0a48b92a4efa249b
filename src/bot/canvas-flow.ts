import { type BlockId, type TypedBlockId, isTypedBlock } from '../canvas/blocks.ts';
import { TYPE_IDS_BY_BLOCK } from '../canvas/business-types.ts';
import { reviewBlock } from '../canvas/coaching.ts';
import type { CanvasStep, ConfirmTypesStep, QuestionStep } from '../canvas/conversation-mode.ts';
import {
  TOTAL_BLOCKS,
  blockNumber,
  firstQuestion,
  isLastQuestionOfBlock,
  nextQuestion,
  progressBar,
} from '../canvas/navigation.ts';
import { blockQuestions, questionCounts } from '../canvas/questions.ts';
import { type Classification, classifyAnswer } from '../classify/index.ts';
import { escapeHtml } from '../render/html.ts';
import { shorten } from '../render/shorten.ts';
import { renderCanvasSummary } from '../render/summary-text.ts';
import type { CanvasRecord } from '../storage/canvas-repository.ts';
import { callbackData } from './callback-data.ts';
import type { BotContext } from './context.ts';
import { button, type Keyboard } from './outgoing.ts';

/** The longest answer kept whole; Telegram's own limit is 4096 and replies quote the answer back. */
export const MAX_ANSWER_LENGTH = 4000;
export const MAX_TITLE_LENGTH = 100;

function navigationKeyboard(ctx: BotContext, canvas: CanvasRecord, revision: number): Keyboard {
  const nav = (action: 'example' | 'skip' | 'back' | 'pause') =>
    button(ctx.t(`buttons.${action}`), callbackData.navigate(action, canvas.id, revision));
  return [
    [nav('example'), nav('skip')],
    [nav('back'), nav('pause')],
  ];
}

/** Shows the question the canvas stands at, with the block card when the block begins. */
async function presentQuestion(ctx: BotContext, canvas: CanvasRecord, step: QuestionStep, revision: number, lead?: string) {
  const questions = blockQuestions(ctx.lang, step.blockId);
  const question = questions[step.questionIndex] ?? questions[0] ?? '';
  const lines: string[] = [];
  if (lead) lines.push(lead, '');
  const number = blockNumber(step.blockId);
  if (step.questionIndex === 0) {
    lines.push(
      ctx.t('flow.block_header', { number, total: TOTAL_BLOCKS, title: ctx.t(`blocks:${step.blockId}.title`) }),
      progressBar(step.blockId),
      '',
      ctx.t(`blocks:${step.blockId}.intro`),
      '',
    );
  } else {
    lines.push(ctx.t('flow.block_short_header', { number, total: TOTAL_BLOCKS, title: ctx.t(`blocks:${step.blockId}.short`) }));
  }
  lines.push(
    ctx.t('flow.question', { index: step.questionIndex + 1, count: questions.length, question: escapeHtml(question) }),
  );
  const existing = (await ctx.canvases.blockAnswers(canvas.id, step.blockId)).find(
    (answer) => answer.questionIndex === step.questionIndex,
  );
  if (existing) {
    lines.push('', ctx.t('flow.current_answer', { answer: escapeHtml(shorten(existing.text, 600)) }));
  }
  ctx.say(lines.join('\n'), navigationKeyboard(ctx, canvas, revision));
}

/** The message that shows recognised types, why, and toggles for each type of the block. */
export function typesMessage(ctx: BotContext, canvas: CanvasRecord, step: ConfirmTypesStep, revision: number, classification?: Classification) {
  const evidence = classification?.evidence ?? [];
  const lines: string[] = [ctx.t('types.header', { title: ctx.t(`blocks:${step.blockId}.title`) })];
  if (step.recognised.length === 0) {
    lines.push(ctx.t('types.nothing_recognised'));
  } else {
    lines.push(ctx.t('types.recognised_intro'));
    for (const typeId of step.recognised) {
      const words = evidence.find((item) => item.type === typeId)?.words ?? [];
      // The same word met twice in different case (Barista, barista) is quoted once.
      const distinct = [...new Map(words.map((word) => [word.toLowerCase(), word])).values()];
      const quoted = distinct.slice(0, 4).map((word) => `«${escapeHtml(word)}»`).join(', ');
      lines.push(quoted ? ctx.t('types.recognised_line', { label: ctx.t(`types:${typeId}.label`), words: quoted }) : `• <b>${ctx.t(`types:${typeId}.label`)}</b>`);
    }
  }
  // For revenue, how often and how the price is set, where the answer says so.
  const terms = [
    classification?.recurrence ? ctx.t(`types:recurrence.${classification.recurrence}`) : null,
    classification?.pricing ? ctx.t(`types:pricing.${classification.pricing}`) : null,
  ].filter((term): term is string => term !== null);
  if (terms.length > 0) lines.push(ctx.t('types.payment_terms', { terms: terms.join(' · ') }));
  lines.push('', ctx.t('types.legend_intro'));
  for (const typeId of TYPE_IDS_BY_BLOCK[step.blockId]) {
    lines.push(ctx.t('types.legend_line', { label: ctx.t(`types:${typeId}.label`), hint: ctx.t(`types:${typeId}.hint`) }));
  }
  lines.push('', ctx.t('types.instructions'));
  const toggles = TYPE_IDS_BY_BLOCK[step.blockId].map((typeId, index) =>
    button(`${step.selected.includes(typeId) ? '✅' : '▫️'} ${ctx.t(`types:${typeId}.label`)}`, callbackData.toggleType(index, canvas.id, revision)),
  );
  const keyboard: Keyboard = toggles.map((toggle) => [toggle]);
  keyboard.push([
    button(ctx.t('buttons.back'), callbackData.navigate('back', canvas.id, revision)),
    button(ctx.t('buttons.confirm_types'), callbackData.confirmTypes(canvas.id, revision)),
  ]);
  return { text: lines.join('\n'), keyboard };
}

/** Shows the canvas's current step: a question, the type confirmation, or the finished canvas. */
export async function presentStep(ctx: BotContext, canvas: CanvasRecord, lead?: string): Promise<void> {
  const step = canvas.step;
  if (step.kind === 'question') return presentQuestion(ctx, canvas, step, canvas.revision, lead);
  if (step.kind === 'confirm_types') {
    const classification = await classifyBlock(ctx, canvas, step.blockId);
    const { text, keyboard } = typesMessage(ctx, canvas, step, canvas.revision, classification ?? undefined);
    ctx.say(lead ? `${lead}\n\n${text}` : text, keyboard);
    return;
  }
  if (lead) ctx.say(lead);
  ctx.say(ctx.t('flow.canvas_is_done', { title: escapeHtml(canvas.title) }), doneKeyboard(ctx));
}

export function doneKeyboard(ctx: BotContext): Keyboard {
  return [
    [button(ctx.t('buttons.show_canvas'), callbackData.menu('canvas')), button(ctx.t('buttons.edit'), callbackData.menu('edit'))],
    [button(ctx.t('buttons.export'), callbackData.menu('export')), button(ctx.t('buttons.new_canvas'), callbackData.menu('new'))],
  ];
}

/** Moves the canvas to `step`, stores it, and shows it. */
export async function goTo(ctx: BotContext, canvas: CanvasRecord, step: CanvasStep, lead?: string): Promise<void> {
  const revision = await ctx.canvases.setStep(canvas.id, step);
  const moved = { ...canvas, step, revision };
  if (step.kind === 'done') {
    await finishCanvas(ctx, moved, lead);
    return;
  }
  await presentStep(ctx, moved, lead);
}

/** The recognised types of a block's answers taken together; null while the block has none. */
export async function classifyBlock(ctx: BotContext, canvas: CanvasRecord, blockId: TypedBlockId): Promise<Classification | null> {
  const answers = await ctx.canvases.blockAnswers(canvas.id, blockId);
  return answers.length === 0 ? null : classifyAnswer(blockId, answers.map((answer) => answer.text).join('\n'));
}

/** Where to go once a block is complete: its type confirmation, the next block, or back where an edit began. */
export async function afterBlock(ctx: BotContext, canvas: CanvasRecord, blockId: BlockId, from: QuestionStep | ConfirmTypesStep, lead?: string): Promise<void> {
  const notes = await coachingNotes(ctx, canvas, blockId);
  const leadWithNotes = [lead, notes].filter(Boolean).join('\n\n') || undefined;
  if (from.kind === 'question' && isTypedBlock(blockId)) {
    const classification = await classifyBlock(ctx, canvas, blockId);
    if (classification) {
      const step: ConfirmTypesStep = {
        kind: 'confirm_types',
        blockId,
        recognised: classification.types,
        selected: classification.types,
        ...(from.returnTo ? { returnTo: from.returnTo } : {}),
        ...(from.resumeAt ? { resumeAt: from.resumeAt } : {}),
      };
      const revision = await ctx.canvases.setStep(canvas.id, step);
      const { text, keyboard } = typesMessage(ctx, canvas, step, revision, classification);
      ctx.say(leadWithNotes ? `${leadWithNotes}\n\n${text}` : text, keyboard);
      return;
    }
  }
  if (from.returnTo === 'done') return goTo(ctx, canvas, { kind: 'done' }, leadWithNotes);
  if (from.returnTo === 'resume' && from.resumeAt) {
    return goTo(ctx, canvas, { kind: 'question', ...from.resumeAt }, leadWithNotes);
  }
  const next = nextQuestion({ blockId, questionIndex: questionCounts()[blockId] - 1 }, questionCounts());
  return goTo(ctx, canvas, next ? { kind: 'question', ...next } : { kind: 'done' }, leadWithNotes);
}

/** Moves past the current question, answered or skipped. */
export async function advance(ctx: BotContext, canvas: CanvasRecord, step: QuestionStep, lead?: string): Promise<void> {
  if (isLastQuestionOfBlock(step, questionCounts())) {
    await afterBlock(ctx, canvas, step.blockId, step, lead);
    return;
  }
  const next = nextQuestion(step, questionCounts()) ?? firstQuestion();
  await goTo(ctx, canvas, { ...step, ...next }, lead);
}

async function coachingNotes(ctx: BotContext, canvas: CanvasRecord, blockId: BlockId): Promise<string | undefined> {
  const snapshot = await ctx.canvases.snapshot(canvas, null);
  const notes = reviewBlock(blockId, snapshot);
  if (notes.length === 0) return undefined;
  return [ctx.t('coaching_intro'), ...notes.map((note) => `• ${ctx.t(`coaching:${note.key}`, note.params ?? {})}`)].join('\n');
}

/** The finished canvas: congratulations, the text summary, then the picture. */
export async function finishCanvas(ctx: BotContext, canvas: CanvasRecord, lead?: string): Promise<void> {
  if (lead) ctx.say(lead);
  ctx.say(ctx.t('flow.finished', { title: escapeHtml(canvas.title) }));
  await sendSummary(ctx, canvas);
  ctx.say(ctx.t('flow.after_finish'), doneKeyboard(ctx));
}

/** The canvas as text messages, followed by its picture. */
export async function sendSummary(ctx: BotContext, canvas: CanvasRecord): Promise<void> {
  const author = authorName(ctx);
  const snapshot = await ctx.canvases.snapshot(canvas, author);
  for (const message of renderCanvasSummary(snapshot)) ctx.say(message);
  ctx.queue({ method: 'sendCanvasPicture', canvasId: canvas.id, ownerId: canvas.ownerId, view: 'phone', author });
}

export function authorName(ctx: BotContext): string | null {
  const from = ctx.from;
  if (!from) return null;
  return [from.first_name, from.last_name].filter(Boolean).join(' ') || from.username || null;
}

/** The user's active canvas, if it still exists. */
export async function activeCanvas(ctx: BotContext): Promise<CanvasRecord | null> {
  const id = ctx.user.activeCanvasId;
  return id === null ? null : ctx.canvases.findOwned(ctx.user.id, id);
}
