import { Composer } from 'grammy';
import { COURSE_PREFIXES, parseCourseAction } from '../course-callback-data.ts';
import { prefixPattern } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Coaches: a new group (`/coach`), the list of one's groups (`/groups`), managing a group, and one's time zone (`/timezone`). */
export const coachFeature = new Composer<BotContext>();

coachFeature.command('coach', (ctx) =>
  ctx.conversation({ kind: 'course', input: { kind: 'command', command: 'coach' }, messageId: ctx.message?.message_id ?? 0 }),
);
coachFeature.command('groups', (ctx) =>
  ctx.conversation({ kind: 'course', input: { kind: 'command', command: 'groups' }, messageId: ctx.message?.message_id ?? 0 }),
);

// The person's own time zone: deadlines are read in it, times are shown in it, nights are kept in it.
coachFeature.command('timezone', (ctx) =>
  ctx.conversation({ kind: 'course', input: { kind: 'command', command: 'timezone' }, messageId: ctx.message?.message_id ?? 0 }),
);

coachFeature.callbackQuery(prefixPattern(COURSE_PREFIXES.coach), async (ctx, next) => {
  const action = parseCourseAction(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'course', input: { kind: 'action', action }, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
