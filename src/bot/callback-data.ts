import { z } from 'zod';
import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import { type BusinessTypeId, TYPE_KEYS, typeOfAnyKey } from '../canvas/business-types.ts';
import type { ButtonAction } from '../canvas/conversation-types.ts';
import { LANGUAGES } from '../i18n.ts';

/**
 * Every button's payload, as a compact string under Telegram's 64-byte limit: a prefix, then
 * fields separated by ':'. Presses are parsed with zod: anything that does not match exactly (a
 * forged or outdated payload) is rejected. Step-bound buttons carry the canvas id and step version,
 * so a press on an older message is told apart. Each prefix belongs to one feature, which alone
 * listens for it (see `prefixes` in each feature).
 */
const int = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));
const blockNumber = z.string().regex(/^\d$/).transform(Number).pipe(z.number().int().min(1).max(BLOCK_IDS.length));
const toBlock = (number: number) => BLOCK_IDS[number - 1] as BlockId;
const blockNumberOf = (blockId: BlockId) => BLOCK_IDS.indexOf(blockId) + 1;

const navigationAction = z.enum(['example', 'skip', 'back', 'pause']);
/** A type by its short stable key (never its position in a list, which may change). */
const typeKey = z.string().transform((key, context): BusinessTypeId => {
  const typeId = typeOfAnyKey(key);
  if (typeId === undefined) {
    context.addIssue({ code: 'custom', message: 'not a type key' });
    return z.NEVER;
  }
  return typeId;
});

const callbackSchema = z.union([
  z
    .tuple([z.literal('nav'), navigationAction, int, int])
    .transform(([, action, canvasId, stepVersion]): ButtonAction => ({ kind: 'navigate', action, canvasId, stepVersion })),
  z.tuple([z.literal('ty'), z.union([z.enum(['ok', 'lg', 'add']), typeKey]), int, int]).transform(([, choice, canvasId, stepVersion]): ButtonAction => {
    if (choice === 'ok') return { kind: 'confirm_types', canvasId, stepVersion };
    if (choice === 'lg') return { kind: 'types_legend', canvasId, stepVersion };
    if (choice === 'add') return { kind: 'add_held_text', canvasId, stepVersion };
    return { kind: 'toggle_type', typeId: choice, canvasId, stepVersion };
  }),
  z.tuple([z.literal('resume'), int]).transform(([, canvasId]): ButtonAction => ({ kind: 'resume', canvasId })),
  z.tuple([z.literal('resumetx'), int]).transform(([, canvasId]): ButtonAction => ({ kind: 'resume_with_text', canvasId })),
  z.tuple([z.literal('open'), int]).transform(([, canvasId]): ButtonAction => ({ kind: 'open_canvas', canvasId })),
  z.tuple([z.literal('del'), int]).transform(([, canvasId]): ButtonAction => ({ kind: 'delete_canvas', canvasId })),
  z.tuple([z.literal('delok'), int]).transform(([, canvasId]): ButtonAction => ({ kind: 'delete_canvas_confirmed', canvasId })),
  z.tuple([z.literal('fill'), int]).transform(([, canvasId]): ButtonAction => ({ kind: 'fill_empty', canvasId })),
  z
    .tuple([z.literal('edit'), int, blockNumber])
    .transform(([, canvasId, number]): ButtonAction => ({ kind: 'edit_block', canvasId, blockId: toBlock(number) })),
  z
    .tuple([z.literal('editmode'), z.enum(['replace', 'add']), int, blockNumber])
    .transform(([, how, canvasId, number]): ButtonAction => ({ kind: 'edit_mode', how, canvasId, blockId: toBlock(number) })),
  z
    .tuple([z.literal('menu'), z.enum(['new', 'list', 'edit', 'export', 'canvas', 'picture', 'submit'])])
    .transform(([, item]): ButtonAction => ({ kind: 'menu', item })),
  z.tuple([z.literal('forget'), z.enum(['yes', 'no'])]).transform(([, answer]): ButtonAction => ({ kind: 'forget', confirm: answer === 'yes' })),
  z.tuple([z.literal('pic'), z.literal('classic'), int]).transform(([, , canvasId]): ButtonAction => ({ kind: 'classic_picture', canvasId })),
  z.tuple([z.literal('lang'), z.enum(LANGUAGES)]).transform(([, language]): ButtonAction => ({ kind: 'language', language })),
]);

/** Parses a button payload; null when it is not one of ours. */
export function parseCallbackData(data: string | undefined): ButtonAction | null {
  if (!data || data.length > 64) return null;
  const parsed = callbackSchema.safeParse(data.split(':'));
  return parsed.success ? parsed.data : null;
}

/** The payload of a button; `resolveId` maps the id of a canvas created in the same decision. */
export function encodeCallbackData(action: ButtonAction, resolveId: (canvasId: number) => number = (id) => id): string {
  switch (action.kind) {
    case 'navigate':
      return `nav:${action.action}:${resolveId(action.canvasId)}:${action.stepVersion}`;
    case 'toggle_type':
      return `ty:${TYPE_KEYS[action.typeId]}:${resolveId(action.canvasId)}:${action.stepVersion}`;
    case 'confirm_types':
      return `ty:ok:${resolveId(action.canvasId)}:${action.stepVersion}`;
    case 'types_legend':
      return `ty:lg:${resolveId(action.canvasId)}:${action.stepVersion}`;
    case 'add_held_text':
      return `ty:add:${resolveId(action.canvasId)}:${action.stepVersion}`;
    case 'resume':
      return `resume:${resolveId(action.canvasId)}`;
    case 'resume_with_text':
      return `resumetx:${resolveId(action.canvasId)}`;
    case 'open_canvas':
      return `open:${resolveId(action.canvasId)}`;
    case 'delete_canvas':
      return `del:${resolveId(action.canvasId)}`;
    case 'delete_canvas_confirmed':
      return `delok:${resolveId(action.canvasId)}`;
    case 'fill_empty':
      return `fill:${resolveId(action.canvasId)}`;
    case 'edit_block':
      return `edit:${resolveId(action.canvasId)}:${blockNumberOf(action.blockId)}`;
    case 'edit_mode':
      return `editmode:${action.how}:${resolveId(action.canvasId)}:${blockNumberOf(action.blockId)}`;
    case 'menu':
      return `menu:${action.item}`;
    case 'language':
      return `lang:${action.language}`;
    case 'forget':
      return `forget:${action.confirm ? 'yes' : 'no'}`;
    case 'classic_picture':
      return `pic:classic:${resolveId(action.canvasId)}`;
  }
}

/** Matches the payloads that start with one of `prefixes`, for a feature's `callbackQuery` handler. */
export function prefixPattern(prefixes: readonly string[]): RegExp {
  return new RegExp(`^(?:${prefixes.join('|')}):`);
}

/** The canvas a button is about, if any. */
export function canvasOf(action: ButtonAction): number | null {
  return 'canvasId' in action ? action.canvasId : null;
}
