import type { MiddlewareFn } from 'grammy';
import type { CommandName } from '../canvas/conversation-types.ts';

/** Every command the bot understands (the menu shows most of them). */
export const COMMANDS: readonly CommandName[] = [
  'start',
  'help',
  'lang',
  'cancel',
  'new',
  'list',
  'canvas',
  'export',
  'edit',
  'skip',
  'back',
  'pause',
  'resume',
  'privacy',
  'delete_me',
  'stop_reminders',
  'start_reminders',
];

/** The course commands, handled by the course and group features rather than the canvas conversation. */
export const COURSE_COMMANDS = ['submit', 'groups', 'group', 'coach', 'inbox', 'timezone'] as const;

/**
 * Commands in any case: phones capitalise the first letter (`/Start`) and some keyboards shout
 * (`/HELP`). The command word is lowered in place before the features see it (same length, so
 * its entity still fits); an `@botname` suffix is grammY's to check, case-insensitively.
 */
export const commandsInAnyCase: MiddlewareFn = async (ctx, next) => {
  const message = ctx.message;
  const entity = message?.entities?.find((candidate) => candidate.type === 'bot_command' && candidate.offset === 0);
  if (message?.text && entity) {
    const command = message.text.slice(0, entity.length);
    const at = command.indexOf('@');
    const word = at === -1 ? command : command.slice(0, at);
    if (word !== word.toLowerCase()) message.text = word.toLowerCase() + message.text.slice(word.length);
  }
  await next();
};

/** Edit distance with adjacent swaps ("cancle" → "cancel" is one step). */
function distance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The command closest to a mistyped one (`/cancle` → `cancel`); null when none is close. */
export function nearestCommand(typed: string): string | null {
  const word = typed.replace(/^\//, '').split(/[@\s]/)[0]?.toLowerCase() ?? '';
  if (word.length === 0) return null;
  let best: { command: string; distance: number } | null = null;
  for (const command of [...COMMANDS, ...COURSE_COMMANDS]) {
    const d = distance(word, command);
    if (!best || d < best.distance) best = { command, distance: d };
  }
  // Short commands tolerate one slip, longer ones two.
  return best && best.distance <= (word.length <= 4 ? 1 : 2) ? best.command : null;
}
