import { Composer } from 'grammy';
import { nearestCommand } from '../commands.ts';
import type { BotContext } from '../context.ts';

/** Last in line: whatever no feature took gets a friendly word and changes nothing. */
export const fallbackFeature = new Composer<BotContext>();

fallbackFeature.on('message:text', (ctx) => ctx.conversation({ kind: 'unknown_command', suggestion: nearestCommand(ctx.message.text) }));

fallbackFeature.on('callback_query', (ctx) => ctx.conversation({ kind: 'unknown_button' }));

fallbackFeature.on('message', (ctx) => ctx.conversation({ kind: 'media' }));
