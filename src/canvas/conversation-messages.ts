import type { Classification } from '../classify/index.ts';
import { PRETICK_CONFIDENCE } from '../classify/index.ts';
import type { BlockId, TypedBlockId } from './blocks.ts';
import { TYPE_IDS_BY_BLOCK } from './business-types.ts';
import { reviewBlock } from './coaching.ts';
import type { ConfirmTypesStep, QuestionStep } from './conversation-mode.ts';
import type { Buttons, CanvasView, Line, MessageSpec, NavigationAction } from './conversation-types.ts';
import { currentAnswers, emptyBlocks, snapshotOf } from './canvas-content.ts';
import { TOTAL_BLOCKS, blockNumber, progressBar } from './navigation.ts';
import { questionCounts } from './questions.ts';
import { type Turn, blank, blockShort, blockTitle, button, line, message, raw } from './turn.ts';

/*
 * The canvas conversation's messages and their buttons, as data: a question, the recognised
 * types, the finished canvas, the coaching notes on a block.
 */

/** Under a question: an example, skip, back, pause. */
export function navigationButtons(canvas: CanvasView): Buttons {
  const nav = (action: NavigationAction) => button(`buttons.${action}`, { kind: 'navigate', action, canvasId: canvas.id, stepVersion: canvas.stepVersion });
  return [
    [nav('example'), nav('skip')],
    [nav('back'), nav('pause')],
  ];
}

/** A question of a block, with the block's header and introduction at its first question and the answer given before. */
export function questionMessage(canvas: CanvasView, step: QuestionStep, lead: Line[]): MessageSpec {
  const count = questionCounts()[step.blockId];
  const index = Math.min(step.questionIndex, count - 1);
  const lines: Line[] = lead.length > 0 ? [...lead, blank] : [];
  const number = blockNumber(step.blockId);
  if (index === 0) {
    lines.push(
      line('flow.block_header', { number, total: TOTAL_BLOCKS, title: blockTitle(step.blockId) }),
      raw(progressBar(step.blockId)),
      blank,
      line(`blocks:${step.blockId}.intro`),
      blank,
    );
  } else {
    lines.push(line('flow.block_short_header', { number, total: TOTAL_BLOCKS, title: blockShort(step.blockId) }));
  }
  lines.push(line('flow.question', { index: index + 1, count, question: { t: `blocks:${step.blockId}.questions.${index}`, escape: true } }));
  const existing = currentAnswers(canvas, step.blockId).find((answer) => answer.questionIndex === index);
  if (existing) lines.push(blank, line('flow.current_answer', { answer: { user: existing.text, max: 600 } }));
  return { lines };
}

/** A toggle per type of the block, then back, the legend and confirm. */
export function typesButtons(canvas: CanvasView, step: ConfirmTypesStep, withLegend: boolean): Buttons {
  const version = { canvasId: canvas.id, stepVersion: canvas.stepVersion };
  const toggles = TYPE_IDS_BY_BLOCK[step.blockId].map((typeId) =>
    button(
      'types.toggle',
      { kind: 'toggle_type', typeId, ...version },
      { mark: step.selected.includes(typeId) ? '✅' : '▫️', label: { t: `types:${typeId}.short` } },
    ),
  );
  const rows: Buttons = [];
  // Two short toggles a row: phones show about 20 characters a button in a row of two.
  for (let index = 0; index < toggles.length; index += 2) rows.push(toggles.slice(index, index + 2));
  if (step.heldText !== undefined) rows.push([button('buttons.add_held_text', { kind: 'add_held_text', ...version })]);
  rows.push([
    button('buttons.back', { kind: 'navigate', action: 'back', ...version }),
    ...(withLegend ? [button('buttons.types_legend', { kind: 'types_legend', ...version })] : []),
    button('buttons.confirm_types', { kind: 'confirm_types', ...version }),
  ]);
  return rows;
}

/** What was recognised and why, short: the legend is behind a button. */
export function typesMessage(step: ConfirmTypesStep, classification: Classification | null, lead: Line[]): MessageSpec {
  const evidence = classification?.evidence ?? [];
  const lines: Line[] = lead.length > 0 ? [...lead, blank] : [];
  lines.push(line('types.header', { title: blockTitle(step.blockId) }));
  const quote = (typeId: string) => {
    const words = evidence.find((item) => item.type === typeId)?.words ?? [];
    // The same word met twice in different case (Barista, barista) is quoted once.
    const distinct = [...new Map(words.map((word) => [word.toLowerCase(), word])).values()].slice(0, 3);
    return { join: distinct.map((word) => ({ t: 'types.quoted', params: { word: { user: word, max: 40 } } })), separator: ', ' };
  };
  const sure = step.recognised.filter((typeId) => (evidence.find((item) => item.type === typeId)?.confidence ?? 1) >= PRETICK_CONFIDENCE);
  const maybe = step.recognised.filter((typeId) => !sure.includes(typeId));
  if (step.recognised.length === 0) lines.push(line('types.nothing_recognised'));
  else lines.push(line('types.recognised_intro'));
  for (const typeId of sure) lines.push(line('types.recognised_line', { label: { t: `types:${typeId}.label` }, words: quote(typeId) }));
  for (const typeId of maybe) lines.push(line('types.maybe_line', { label: { t: `types:${typeId}.label` }, words: quote(typeId) }));
  const terms = [
    classification?.recurrence ? { t: `types:recurrence.${classification.recurrence}` } : null,
    classification?.pricing ? { t: `types:pricing.${classification.pricing}` } : null,
  ].filter((term) => term !== null);
  if (terms.length > 0) lines.push(line('types.payment_terms', { terms: { join: terms, separator: ' · ' } }));
  if (step.heldText !== undefined) lines.push(blank, line('types.held_text', { text: { user: step.heldText, max: 200 } }));
  lines.push(line('types.instructions'));
  return { lines };
}

/** What each type of the block means. */
export function legendMessage(blockId: TypedBlockId): MessageSpec {
  return message(
    line('types.legend_intro'),
    ...TYPE_IDS_BY_BLOCK[blockId].map((typeId) => line('types.legend_line', { label: { t: `types:${typeId}.label` }, hint: { t: `types:${typeId}.hint` } })),
  );
}

/** A finished canvas is "filled" only when no block is empty; otherwise it says how many are. */
export function doneLine(canvas: CanvasView): Line {
  const empty = emptyBlocks(canvas).length;
  return empty === 0
    ? line('flow.canvas_is_done', { title: { user: canvas.title } })
    : line('flow.canvas_is_done_gaps', { title: { user: canvas.title }, empty, total: TOTAL_BLOCKS });
}

/** Under a finished canvas: show, edit, export, a new one; fill the empty blocks, hand in to a group. */
export function doneButtons(turn: Turn, canvas: CanvasView): Buttons {
  const inGroup = turn.state.course?.inGroup === true;
  const rows: Buttons = [
    [button('buttons.show_canvas', { kind: 'menu', item: 'canvas' }), button('buttons.edit', { kind: 'menu', item: 'edit' })],
    [button('buttons.export', { kind: 'menu', item: 'export' }), button('buttons.new_canvas', { kind: 'menu', item: 'new' })],
  ];
  if (emptyBlocks(canvas).length > 0) rows.unshift([button('buttons.fill_empty', { kind: 'fill_empty', canvasId: canvas.id })]);
  if (inGroup) rows.push([button('course:submit.menu_button', { kind: 'menu', item: 'submit' })]);
  return rows;
}

/** A single button that starts a new canvas. */
export const newCanvasButton = (): Buttons => [[button('buttons.new_canvas', { kind: 'menu', item: 'new' })]];

/** A single button that goes on with a paused canvas. */
export const resumeButton = (canvasId: number): Buttons => [[button('buttons.resume', { kind: 'resume', canvasId })]];

/** Coaching notes on a finished block, titled with the block, with a button to add to it now. */
export function coachingLines(turn: Turn, canvas: CanvasView, blockId: BlockId): { lines: Line[]; buttons: Buttons } {
  const notes = reviewBlock(blockId, snapshotOf(canvas, turn.state.author));
  if (notes.length === 0) return { lines: [], buttons: [] };
  return {
    lines: [line('coaching_about', { title: blockTitle(blockId) }), ...notes.map((note) => line(`coaching:${note.key}`, note.params ?? {}, '• '))],
    buttons: [[button('buttons.add_to_block', { kind: 'edit_mode', how: 'add', canvasId: canvas.id, blockId }, { title: blockShort(blockId) })]],
  };
}
