import type { Buttons, Line, MessageSpec, Param, Params } from '../canvas/conversation-types.ts';
import type { Translate } from '../i18n.ts';
import { escapeHtml } from '../render/html.ts';
import { shorten } from '../render/shorten.ts';
import { encodeCallbackData } from './callback-data.ts';
import { button, type Keyboard } from './outgoing.ts';

function resolveParam(t: Translate, param: Param): string | number {
  if (typeof param === 'string' || typeof param === 'number') return param;
  if ('user' in param) return escapeHtml(param.max === undefined ? param.user : shorten(param.user, param.max));
  if ('join' in param) return param.join.map((part) => resolveParam(t, part)).join(param.separator);
  const text = t(param.t, param.params ? resolveParams(t, param.params) : {});
  return param.escape ? escapeHtml(text) : text;
}

function resolveParams(t: Translate, params: Params): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).map(([name, value]) => [name, resolveParam(t, value)]));
}

/** One line of a message as Telegram HTML. */
export function renderLine(t: Translate, line: Line): string {
  if ('raw' in line) return line.raw;
  return (line.prefix ?? '') + t(line.key, line.params ? resolveParams(t, line.params) : {});
}

/** A message decided by the conversation, as Telegram HTML. */
export function renderMessage(t: Translate, spec: MessageSpec): string {
  return spec.lines.map((line) => renderLine(t, line)).join('\n');
}

/** Buttons decided by the conversation, as an inline keyboard. */
export function renderKeyboard(t: Translate, buttons: Buttons, resolveId?: (canvasId: number) => number): Keyboard {
  return buttons.map((row) => row.map((spec) => button(renderLine(t, spec.label), encodeCallbackData(spec.action, resolveId)))).filter((row) => row.length > 0);
}
