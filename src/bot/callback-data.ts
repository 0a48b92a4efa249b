import { z } from 'zod';
import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import { LANGUAGES } from '../i18n.ts';

/**
 * Every button's payload, as a compact string under Telegram's 64-byte limit. Presses are parsed
 * with zod: anything that does not match exactly (a forged or outdated payload) is rejected.
 * Step-bound buttons carry the canvas id and revision, so a press on an older message is told apart.
 */
const int = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));
const blockNumber = z
  .string()
  .regex(/^\d$/)
  .transform(Number)
  .pipe(z.number().int().min(1).max(BLOCK_IDS.length));

const navigationAction = z.enum(['example', 'skip', 'back', 'pause']);

const callbackSchema = z.union([
  z.tuple([z.literal('nav'), navigationAction, int, int]).transform(([, action, canvasId, revision]) => ({
    kind: 'navigate' as const,
    action,
    canvasId,
    revision,
  })),
  z.tuple([z.literal('ty'), z.union([z.literal('ok'), int]), int, int]).transform(([, choice, canvasId, revision]) =>
    choice === 'ok'
      ? ({ kind: 'confirm_types' as const, canvasId, revision })
      : ({ kind: 'toggle_type' as const, typeIndex: choice, canvasId, revision }),
  ),
  z.tuple([z.literal('resume'), int]).transform(([, canvasId]) => ({ kind: 'resume' as const, canvasId })),
  z.tuple([z.literal('open'), int]).transform(([, canvasId]) => ({ kind: 'open_canvas' as const, canvasId })),
  z.tuple([z.literal('del'), int]).transform(([, canvasId]) => ({ kind: 'delete_canvas' as const, canvasId })),
  z.tuple([z.literal('delok'), int]).transform(([, canvasId]) => ({ kind: 'delete_canvas_confirmed' as const, canvasId })),
  z.tuple([z.literal('edit'), int, blockNumber]).transform(([, canvasId, number]) => ({
    kind: 'edit_block' as const,
    canvasId,
    blockId: BLOCK_IDS[number - 1] as BlockId,
  })),
  z.tuple([z.literal('editmode'), z.enum(['replace', 'add']), int, blockNumber]).transform(([, how, canvasId, number]) => ({
    kind: 'edit_mode' as const,
    how,
    canvasId,
    blockId: BLOCK_IDS[number - 1] as BlockId,
  })),
  z.tuple([z.literal('menu'), z.enum(['new', 'list', 'edit', 'export', 'canvas'])]).transform(([, item]) => ({
    kind: 'menu' as const,
    item,
  })),
  z.tuple([z.literal('pic'), z.literal('classic'), int]).transform(([, , canvasId]) => ({ kind: 'classic_picture' as const, canvasId })),
  z.tuple([z.literal('lang'), z.enum(LANGUAGES)]).transform(([, language]) => ({ kind: 'language' as const, language })),
]);

export type CallbackAction = z.infer<typeof callbackSchema>;

/** Parses a button payload; null when it is not one of ours. */
export function parseCallbackData(data: string | undefined): CallbackAction | null {
  if (!data || data.length > 64) return null;
  const parsed = callbackSchema.safeParse(data.split(':'));
  return parsed.success ? parsed.data : null;
}

export const callbackData = {
  navigate: (action: z.infer<typeof navigationAction>, canvasId: number, revision: number) => `nav:${action}:${canvasId}:${revision}`,
  toggleType: (typeIndex: number, canvasId: number, revision: number) => `ty:${typeIndex}:${canvasId}:${revision}`,
  confirmTypes: (canvasId: number, revision: number) => `ty:ok:${canvasId}:${revision}`,
  resume: (canvasId: number) => `resume:${canvasId}`,
  openCanvas: (canvasId: number) => `open:${canvasId}`,
  deleteCanvas: (canvasId: number) => `del:${canvasId}`,
  confirmDelete: (canvasId: number) => `delok:${canvasId}`,
  editBlock: (canvasId: number, blockId: BlockId) => `edit:${canvasId}:${BLOCK_IDS.indexOf(blockId) + 1}`,
  editMode: (how: 'replace' | 'add', canvasId: number, blockId: BlockId) => `editmode:${how}:${canvasId}:${BLOCK_IDS.indexOf(blockId) + 1}`,
  menu: (item: 'new' | 'list' | 'edit' | 'export' | 'canvas') => `menu:${item}`,
  language: (language: (typeof LANGUAGES)[number]) => `lang:${language}`,
  classicPicture: (canvasId: number) => `pic:classic:${canvasId}`,
};
