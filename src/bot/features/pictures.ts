import { Composer } from 'grammy';
import { authorName } from '../canvas-flow.ts';
import { parseCallbackData } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** The "classic view" button under the phone picture: sends the landscape canvas as a photo. */
export const picturesFeature = new Composer<BotContext>();

picturesFeature.on('callback_query:data', async (ctx, next) => {
  const action = parseCallbackData(ctx.callbackQuery.data);
  if (action?.kind !== 'classic_picture') return next();
  ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id });
  const canvas = await ctx.canvases.findOwned(ctx.user.id, action.canvasId);
  if (!canvas) {
    ctx.say(ctx.t('errors.canvas_gone'));
    return;
  }
  ctx.queue({ method: 'sendCanvasPicture', canvasId: canvas.id, ownerId: canvas.ownerId, view: 'classic', author: authorName(ctx) });
});
