import { BLOCK_IDS } from './blocks.ts';
import { addToBlock, answer, isStale, navigate, present, staleButton } from './answering.ts';
import { editBlock, fillEmptyBlocks, showBlockChooser, startEdit } from './block-editing.ts';
import { MAX_ANSWER_LENGTH, cleanText, withAnswers } from './canvas-content.ts';
import { askTitle, deleteCanvas, openCanvas, showList, startNewCanvas, withCanvas } from './canvas-list.ts';
import type { CanvasStep, ConfirmTypesStep } from './conversation-mode.ts';
import type { ButtonAction, Buttons, CanvasView, CommandName, ConversationState, Decision, Input } from './conversation-types.ts';
import { doneButtons, doneLine, newCanvasButton, resumeButton } from './conversation-messages.ts';
import { decideCourse } from './course-conversation.ts';
import { decideGroup } from './group-conversation.ts';
import { onTypesButton } from './types-confirmation.ts';
import { Turn, blank, blockTitle, button, line, message } from './turn.ts';

/*
 * The conversation's one entry: `decide` hands course and group inputs to their own parts and
 * routes every other input by state to the canvas parts: the answering loop (answering.ts), the
 * type confirmation (types-confirmation.ts), the canvases (canvas-list.ts) and editing
 * (block-editing.ts). Each part is pure and changes the state only through the turn (turn.ts).
 */

function onText(turn: Turn, typed: string, messageId: number): void {
  const text = cleanText(typed);
  if (text.length === 0) {
    turn.say('errors.empty_text');
    return;
  }
  if (text.length > MAX_ANSWER_LENGTH) {
    turn.say('errors.too_long', { length: text.length, max: MAX_ANSWER_LENGTH });
    return;
  }
  const mode = turn.state.mode;
  if (mode.kind === 'awaiting_title') {
    startNewCanvas(turn, text);
    return;
  }
  const canvas = turn.canvas;
  if (!canvas) {
    turn.setMode({ kind: 'idle' });
    turn.say('errors.no_canvas', {}, newCanvasButton());
    return;
  }
  if (mode.kind === 'adding') {
    addToBlock(turn, canvas, mode.blockId, text, messageId);
    return;
  }
  const step = canvas.step;
  if (step.kind === 'done') {
    turn.send(message(doneLine(canvas)), doneButtons(turn, canvas));
    return;
  }
  if (mode.kind === 'paused' || mode.kind === 'idle') {
    // The text is held: one tap resumes and keeps it as the answer.
    turn.setMode({ kind: 'paused', heldText: text });
    const buttons: Buttons =
      step.kind === 'question'
        ? [
            [button('buttons.resume_with_text', { kind: 'resume_with_text', canvasId: canvas.id })],
            [button('buttons.resume', { kind: 'resume', canvasId: canvas.id })],
          ]
        : resumeButton(canvas.id);
    turn.say(step.kind === 'question' ? 'flow.is_paused_keep' : 'flow.is_paused', { title: { user: canvas.title } }, buttons);
    return;
  }
  if (step.kind === 'confirm_types') {
    // Typed while the type screen is open: kept, and offered to be added to the block.
    const held: ConfirmTypesStep = { ...step, heldText: step.heldText === undefined ? text : `${step.heldText}\n${text}` };
    const moved = turn.setStep(canvas, held);
    present(turn, moved);
    return;
  }
  answer(turn, canvas, step, text, messageId);
}

/** Telegram's edit of a message that was stored as an answer updates that answer. */
function onEditedText(turn: Turn, typed: string, messageId: number): void {
  const canvas = turn.canvas;
  const text = cleanText(typed);
  if (!canvas || text.length === 0 || text.length > MAX_ANSWER_LENGTH) return;
  const step = canvas.step;
  if (step.kind !== 'done' && step.draft?.some((item) => item.messageId === messageId)) {
    const draft = step.draft.map((item) => (item.messageId === messageId ? { ...item, text } : item));
    turn.update({ ...canvas, step: { ...step, draft } });
    turn.say('flow.answer_edited', { title: blockTitle(step.blockId) });
    return;
  }
  const blockId = BLOCK_IDS.find((id) => canvas.answers[id].some((item) => item.messageId === messageId));
  if (!blockId) return;
  turn.emit({ kind: 'update_answer', canvasId: canvas.id, messageId, text });
  turn.update(
    withAnswers(
      canvas,
      blockId,
      canvas.answers[blockId].map((item) => (item.messageId === messageId ? { ...item, text } : item)),
    ),
  );
  turn.say('flow.answer_edited', { title: blockTitle(blockId) });
}

function onCommand(turn: Turn, command: CommandName): void {
  const canvas = turn.canvas;
  switch (command) {
    case 'start':
      if (canvas && canvas.step.kind !== 'done') {
        turn.setMode({ kind: 'filling' });
        present(turn, canvas, [line('start.welcome_back', { title: { user: canvas.title } })]);
        return;
      }
      turn.setMode({ kind: 'awaiting_title' });
      turn.say('start.welcome');
      turn.say('canvas.ask_title');
      return;
    case 'help':
      turn.say('help');
      return;
    case 'lang':
      turn.say('language.choose', {}, [
        [
          { label: line('language.name_ru'), action: { kind: 'language', language: 'ru' } },
          { label: line('language.name_en'), action: { kind: 'language', language: 'en' } },
        ],
      ]);
      return;
    case 'cancel':
      cancel(turn);
      return;
    case 'new':
      askTitle(turn);
      return;
    case 'list':
      showList(turn);
      return;
    case 'canvas':
      withCanvas(turn, (active) => {
        turn.emit({ kind: 'send_summary', canvasId: active.id });
        turn.emit({ kind: 'send_picture', canvasId: active.id, view: 'phone' });
      });
      return;
    case 'export':
      withCanvas(turn, (active) => turn.emit({ kind: 'send_export', canvasId: active.id }));
      return;
    case 'edit':
      withCanvas(turn, (active) => showBlockChooser(turn, active));
      return;
    case 'skip':
    case 'back':
    case 'pause':
      if (!canvas || canvas.step.kind === 'done') {
        turn.say('errors.no_canvas_in_progress');
        return;
      }
      navigate(turn, canvas, command);
      return;
    case 'resume':
      if (!canvas) {
        turn.say('errors.no_canvas_in_progress');
        return;
      }
      turn.setMode({ kind: 'filling' });
      present(turn, canvas);
      return;
    case 'privacy':
      turn.say('privacy:policy');
      return;
    case 'delete_me':
      turn.emit({ kind: 'offer_forget' });
      return;
    case 'stop_reminders':
      turn.emit({ kind: 'set_reminders', enabled: false });
      turn.say('runtime:reminders.stopped');
      return;
    case 'start_reminders':
      turn.emit({ kind: 'set_reminders', enabled: true });
      turn.say('runtime:reminders.started');
      return;
  }
}

function cancel(turn: Turn): void {
  let canvas = turn.canvas;
  const wasBusy = turn.state.mode.kind !== 'idle';
  // An edit of an earlier block is left: the canvas goes back to where the edit began. A block
  // being answered anew keeps its old answers (its draft is dropped); answers added are kept.
  if (canvas && canvas.step.kind !== 'done' && canvas.step.returnTo) {
    const { returnTo, resumeAt } = canvas.step;
    const replaced = canvas.step.draft !== undefined;
    const back: CanvasStep = returnTo === 'resume' && resumeAt ? { kind: 'question', ...resumeAt } : { kind: 'done' };
    canvas = turn.setStep(canvas, back);
    turn.setMode(back.kind !== 'done' ? { kind: 'paused' } : { kind: 'idle' });
    const lead = line(replaced ? 'cancel.replace_left' : 'cancel.edit_left');
    if (back.kind !== 'done') turn.send(message(lead, blank, line('cancel.paused', { title: { user: canvas.title } })), resumeButton(canvas.id));
    else turn.send(message(lead, blank, doneLine(canvas)), doneButtons(turn, canvas));
    return;
  }
  turn.setMode(canvas && canvas.step.kind !== 'done' ? { kind: 'paused' } : { kind: 'idle' });
  if (canvas && canvas.step.kind !== 'done') {
    turn.say('cancel.paused', { title: { user: canvas.title } }, resumeButton(canvas.id));
  } else {
    turn.say(wasBusy ? 'cancel.done' : 'cancel.nothing');
  }
}

function onButton(turn: Turn, action: ButtonAction, messageId: number, target: CanvasView | null): void {
  if (action.kind === 'forget') {
    turn.answerButton();
    if (action.confirm) turn.emit({ kind: 'forget_user', messageId });
    else turn.emit({ kind: 'edit_message', messageId, message: message(line('privacy:cancelled')) });
    return;
  }
  if (action.kind === 'language') {
    turn.emit({ kind: 'set_language', language: action.language });
    turn.state = { ...turn.state, language: action.language };
    turn.answerButton();
    // Mid-canvas, the question on screen is in the old language: it is asked again in the new one.
    const canvas = turn.canvas;
    if (canvas && canvas.step.kind !== 'done' && turn.state.mode.kind === 'filling') present(turn, canvas, [line('language.changed')]);
    else turn.say('language.changed');
    return;
  }
  if (action.kind === 'menu' && action.item === 'submit') {
    // Handing in is the course part's; it answers the press itself.
    withCanvas(turn, (active) => turn.emit({ kind: 'course', op: { kind: 'action', action: { kind: 'pick_canvas', canvasId: active.id } } }));
    return;
  }
  if (action.kind === 'menu') {
    turn.answerButton();
    if (action.item === 'new') askTitle(turn);
    else if (action.item === 'list') showList(turn);
    else if (action.item === 'canvas') onCommand(turn, 'canvas');
    else if (action.item === 'export') onCommand(turn, 'export');
    else if (action.item === 'picture') withCanvas(turn, (active) => turn.emit({ kind: 'send_picture', canvasId: active.id, view: 'phone' }));
    else onCommand(turn, 'edit');
    return;
  }
  if (!target) {
    turn.answerButton('errors.canvas_gone');
    if (
      action.kind === 'open_canvas' ||
      action.kind === 'delete_canvas' ||
      action.kind === 'delete_canvas_confirmed' ||
      action.kind === 'edit_block' ||
      action.kind === 'edit_mode' ||
      action.kind === 'classic_picture'
    ) {
      turn.say('errors.canvas_gone');
    }
    return;
  }
  // The active canvas is the one in the state, with this decision's changes.
  const canvas = turn.canvas?.id === target.id ? turn.canvas : target;
  switch (action.kind) {
    case 'navigate':
      if (isStale(turn, canvas, action.stepVersion) && action.action !== 'example') {
        staleButton(turn, canvas);
        return;
      }
      turn.answerButton();
      navigate(turn, canvas, action.action);
      return;
    case 'resume':
      turn.answerButton();
      turn.activate(canvas, { kind: 'filling' });
      present(turn, canvas);
      return;
    case 'resume_with_text': {
      turn.answerButton();
      const held = turn.state.mode.kind === 'paused' && turn.canvas?.id === canvas.id ? turn.state.mode.heldText : undefined;
      turn.activate(canvas, { kind: 'filling' });
      if (held !== undefined && canvas.step.kind === 'question') answer(turn, canvas, canvas.step, held, null);
      else present(turn, canvas);
      return;
    }
    case 'toggle_type':
    case 'confirm_types':
    case 'types_legend':
    case 'add_held_text':
      onTypesButton(turn, canvas, action, messageId);
      return;
    case 'open_canvas':
      turn.answerButton();
      openCanvas(turn, canvas, [line('canvas.switched', { title: { user: canvas.title } })]);
      return;
    case 'delete_canvas':
      turn.answerButton();
      turn.say('canvas.delete_confirm', { title: { user: canvas.title } }, [
        [button('buttons.delete', { kind: 'delete_canvas_confirmed', canvasId: canvas.id }), button('buttons.keep', { kind: 'menu', item: 'list' })],
      ]);
      return;
    case 'delete_canvas_confirmed':
      turn.answerButton();
      deleteCanvas(turn, canvas);
      return;
    case 'classic_picture':
      // Any of the user's canvases, not only the active one: the button stays under an older album.
      turn.answerButton();
      turn.emit({ kind: 'send_picture', canvasId: canvas.id, view: 'classic' });
      return;
    case 'edit_block':
      turn.answerButton();
      editBlock(turn, canvas, action.blockId);
      return;
    case 'edit_mode':
      turn.answerButton();
      startEdit(turn, canvas, action.blockId, action.how);
      return;
    case 'fill_empty':
      turn.answerButton();
      fillEmptyBlocks(turn, canvas);
      return;
  }
}

/**
 * The conversation's one decision: given where the user is and what they did, the next state and
 * what to do, as data. Pure: no Telegram, no database, no translation.
 */
export function decide(state: ConversationState, input: Input): Decision {
  const course = decideCourse(state, input);
  if (course) return course;
  const group = decideGroup(state, input);
  if (group) return group;
  const turn = new Turn(state);
  switch (input.kind) {
    case 'text':
      onText(turn, input.text, input.messageId);
      break;
    case 'edited_text':
      onEditedText(turn, input.text, input.messageId);
      break;
    case 'media':
      turn.say('errors.text_only');
      break;
    case 'command':
      onCommand(turn, input.command);
      break;
    case 'unknown_command':
      if (input.suggestion) turn.say('errors.unknown_command_suggest', { command: input.suggestion });
      else turn.say('errors.unknown_command');
      break;
    case 'unknown_button':
      turn.answerButton('errors.stale_button');
      break;
    case 'button':
      onButton(turn, input.action, input.messageId, input.target);
      break;
  }
  return turn.needsCanvasList ? { state, effects: [], needsCanvasList: true } : { state: turn.state, effects: turn.effects };
}
