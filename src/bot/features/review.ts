import { Composer } from 'grammy';
import { COURSE_PREFIXES, parseCourseAction } from '../course-callback-data.ts';
import { prefixPattern } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Reviewing: the coach's `/inbox` and the per-block review buttons. */
export const reviewFeature = new Composer<BotContext>();

reviewFeature.command('inbox', (ctx) =>
  ctx.conversation({ kind: 'course', input: { kind: 'command', command: 'inbox' }, messageId: ctx.message?.message_id ?? 0 }),
);

reviewFeature.callbackQuery(prefixPattern(COURSE_PREFIXES.review), async (ctx, next) => {
  const action = parseCourseAction(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'course', input: { kind: 'action', action }, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
