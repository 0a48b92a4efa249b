import { TYPE_IDS_BY_BLOCK, isTypeOfBlock } from './business-types.ts';
import { addToBlock, afterBlock, isStale, staleButton } from './answering.ts';
import { classifyBlock, currentAnswers } from './canvas-content.ts';
import type { ConfirmTypesStep } from './conversation-mode.ts';
import type { ButtonAction, CanvasView, TypeChoice } from './conversation-types.ts';
import { legendMessage, typesButtons, typesMessage } from './conversation-messages.ts';
import { type Turn, line } from './turn.ts';

/*
 * After blocks 4 and 5: the user ticks or unticks the recognised types, reads the legend, adds
 * text typed meanwhile, and confirms; then the block's coaching notes follow.
 */

/** A press on the type screen: toggle, legend, add the held text, or confirm. */
export function onTypesButton(
  turn: Turn,
  canvas: CanvasView,
  action: Extract<ButtonAction, { kind: 'toggle_type' | 'confirm_types' | 'types_legend' | 'add_held_text' }>,
  messageId: number,
): void {
  const step = canvas.step;
  if (step.kind !== 'confirm_types' || isStale(turn, canvas, action.stepVersion)) {
    staleButton(turn, canvas);
    return;
  }
  if (action.kind === 'types_legend') {
    turn.answerButton();
    turn.send(legendMessage(step.blockId));
    return;
  }
  if (action.kind === 'add_held_text') {
    turn.answerButton();
    const { heldText, ...rest } = step;
    if (heldText === undefined) return;
    const current = turn.setStep(canvas, rest);
    addToBlock(turn, current, step.blockId, heldText, null);
    return;
  }
  if (action.kind === 'toggle_type') {
    const typeId = action.typeId;
    if (!isTypeOfBlock(step.blockId, typeId)) {
      turn.answerButton('errors.stale_button');
      return;
    }
    const selected = step.selected.includes(typeId) ? step.selected.filter((id) => id !== typeId) : [...step.selected, typeId];
    const toggled: ConfirmTypesStep = { ...step, selected: TYPE_IDS_BY_BLOCK[step.blockId].filter((id) => selected.includes(id)) };
    const moved = turn.setStep(canvas, toggled);
    const classification = classifyBlock(currentAnswers(moved, step.blockId), step.blockId);
    turn.answerButton();
    turn.emit({ kind: 'edit_message', messageId, message: typesMessage(toggled, classification, []), buttons: typesButtons(moved, toggled, true) });
    return;
  }
  const types: TypeChoice[] = step.selected.flatMap((id) =>
    isTypeOfBlock(step.blockId, id) ? [{ id, source: step.recognised.includes(id) ? ('classifier' as const) : ('user' as const) }] : [],
  );
  turn.emit({ kind: 'set_types', canvasId: canvas.id, blockId: step.blockId, types });
  const current = turn.update({ ...canvas, types: { ...canvas.types, [step.blockId]: types } });
  turn.answerButton();
  const lead =
    types.length > 0
      ? line('types.saved', { labels: { join: types.map((type) => ({ t: `types:${type.id}.label` })), separator: ', ' } })
      : line('types.saved_none');
  // After the types: the block's coaching notes, then on.
  const { heldText: _held, ...from } = step;
  afterBlock(turn, current, from.blockId, from, [lead]);
}
