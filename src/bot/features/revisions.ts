import { Composer } from 'grammy';
import { COURSE_PREFIXES, parseCourseAction } from '../course-callback-data.ts';
import { prefixPattern } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Earlier revisions of a submission, read by its student or by the group's coaches. */
export const revisionsFeature = new Composer<BotContext>();

revisionsFeature.callbackQuery(prefixPattern(COURSE_PREFIXES.revisions), async (ctx, next) => {
  const action = parseCourseAction(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'course', input: { kind: 'action', action }, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
