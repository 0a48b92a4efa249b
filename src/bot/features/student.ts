import { Composer } from 'grammy';
import { parseInvitePayload } from '../../course/invite.ts';
import { COURSE_PREFIXES, parseCourseAction } from '../course-callback-data.ts';
import { prefixPattern } from '../callback-data.ts';
import type { BotContext } from '../context.ts';

/** Students: opening an invite link (`/start <payload>`), joining, `/submit`, withdrawing, leaving. */
export const studentFeature = new Composer<BotContext>();

// An invite deep link arrives as `/start <payload>`; a plain /start is the greeting's.
studentFeature.command('start', async (ctx, next) => {
  const payload = typeof ctx.match === 'string' ? ctx.match.trim() : '';
  if (payload === '' || !parseInvitePayload(payload)) return next();
  await ctx.conversation({ kind: 'course', input: { kind: 'invite', payload }, messageId: ctx.message?.message_id ?? 0 });
});

studentFeature.command('submit', (ctx) =>
  ctx.conversation({ kind: 'course', input: { kind: 'command', command: 'submit' }, messageId: ctx.message?.message_id ?? 0 }),
);

studentFeature.callbackQuery(prefixPattern(COURSE_PREFIXES.student), async (ctx, next) => {
  const action = parseCourseAction(ctx.callbackQuery.data);
  if (!action) return next();
  await ctx.conversation({ kind: 'course', input: { kind: 'action', action }, messageId: ctx.callbackQuery.message?.message_id ?? 0 });
});
