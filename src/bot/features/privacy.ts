import { Composer } from 'grammy';
import { createPersonalDataRepository } from '../../storage/personal-data.ts';
import type { BotContext } from '../context.ts';
import { button } from '../outgoing.ts';

/** This feature's buttons: confirm or cancel the deletion of everything stored about the user. */
const FORGET_CONFIRM = 'forget:yes';
const FORGET_CANCEL = 'forget:no';

/** /privacy says what is stored and for how long; /delete_me deletes all of it after a confirmation. */
export const privacyFeature = new Composer<BotContext>();

privacyFeature.command('privacy', (ctx) => {
  ctx.say(ctx.t('privacy:policy'));
});

privacyFeature.command('delete_me', async (ctx) => {
  const counts = await createPersonalDataRepository(ctx.tx).countAll(ctx.user.id);
  ctx.say(ctx.t('privacy:confirm', { ...counts }), [
    [button(ctx.t('privacy:confirm_button'), FORGET_CONFIRM)],
    [button(ctx.t('privacy:cancel_button'), FORGET_CANCEL)],
  ]);
});

privacyFeature.callbackQuery([FORGET_CONFIRM, FORGET_CANCEL], async (ctx) => {
  ctx.queue({ method: 'answerCallbackQuery', callbackQueryId: ctx.callbackQuery.id });
  const messageId = ctx.callbackQuery.message?.message_id;
  const reply = (text: string) => (messageId === undefined ? ctx.say(text) : ctx.queue({ method: 'editMessageText', messageId, text }));
  if (ctx.callbackQuery.data === FORGET_CANCEL) {
    reply(ctx.t('privacy:cancelled'));
    return;
  }
  const deleted = await createPersonalDataRepository(ctx.tx).deleteAll(ctx.user.id, ctx.update.update_id);
  reply(ctx.t('privacy:deleted', { ...deleted }));
});
