import { Composer } from 'grammy';
import { TYPE_IDS_BY_BLOCK } from '../../canvas/business-types.ts';
import type { ConfirmTypesStep } from '../../canvas/conversation-mode.ts';
import { afterBlock, classifyBlock, presentStep, typesMessage } from '../canvas-flow.ts';
import { parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Confirming and correcting the recognised relationship and revenue types. */
export const typesFeature = new Composer<BotContext>();

typesFeature.on('callback_query:data', async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (action?.kind !== 'toggle_type' && action?.kind !== 'confirm_types') return next();
  const answerQuery = (text?: string) =>
    ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id, ...(text ? { text } : {}) });
  const canvas = await ctx.canvases.findOwned(ctx.user.id, action.canvasId);
  if (!canvas) {
    answerQuery(ctx.t('errors.canvas_gone'));
    return;
  }
  const step = canvas.step;
  if (step.kind !== 'confirm_types' || action.revision !== canvas.revision || ctx.user.activeCanvasId !== canvas.id) {
    answerQuery(ctx.t('errors.stale_button'));
    if (ctx.user.activeCanvasId === canvas.id) await presentStep(ctx, canvas);
    return;
  }
  if (action.kind === 'toggle_type') {
    const typeId = TYPE_IDS_BY_BLOCK[step.blockId][action.typeIndex];
    if (!typeId) {
      answerQuery(ctx.t('errors.stale_button'));
      return;
    }
    const selected = step.selected.includes(typeId) ? step.selected.filter((id) => id !== typeId) : [...step.selected, typeId];
    const ordered = TYPE_IDS_BY_BLOCK[step.blockId].filter((id) => selected.includes(id));
    const toggled: ConfirmTypesStep = { ...step, selected: ordered };
    const revision = await ctx.canvases.setStep(canvas.id, toggled);
    const classification = await classifyBlock(ctx, canvas, step.blockId);
    const { text, keyboard } = typesMessage(ctx, canvas, toggled, revision, classification ?? undefined);
    answerQuery();
    const messageId = ctx.callbackQuery.message?.message_id;
    ctx.queue(messageId ? { method: 'editMessageText', messageId, text, keyboard } : { method: 'sendMessage', text, keyboard });
    return;
  }
  await ctx.canvases.setBlockTypes(
    canvas.id,
    step.blockId,
    step.selected.flatMap((id) =>
      (TYPE_IDS_BY_BLOCK[step.blockId] as readonly string[]).includes(id)
        ? [{ id: id as (typeof TYPE_IDS_BY_BLOCK)[typeof step.blockId][number], source: step.recognised.includes(id) ? ('classifier' as const) : ('user' as const) }]
        : [],
    ),
  );
  answerQuery();
  const labels = step.selected.map((id) => ctx.t(`types:${id}.label`)).join(', ');
  await afterBlock(ctx, canvas, step.blockId, step, labels ? ctx.t('types.saved', { labels }) : ctx.t('types.saved_none'));
});
