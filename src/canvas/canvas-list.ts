import { BLOCK_IDS } from './blocks.ts';
import { present } from './answering.ts';
import type { Buttons, CanvasView, ConversationState, Line } from './conversation-types.ts';
import { NEW_CANVAS_ID } from './conversation-types.ts';
import { newCanvasButton } from './conversation-messages.ts';
import { TOTAL_BLOCKS, blockNumber, firstQuestion } from './navigation.ts';
import { type Turn, button, line, raw } from './turn.ts';

/* The user's canvases: a new one, the list, switching to one, deleting one. */

/** A longer title is cut at a word. */
export const MAX_TITLE_LENGTH = 100;

function cutTitle(title: string): string {
  const characters = Array.from(title);
  if (characters.length <= MAX_TITLE_LENGTH) return title;
  const cut = characters.slice(0, MAX_TITLE_LENGTH - 1).join('');
  const atWord = cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= MAX_TITLE_LENGTH / 2 ? atWord : cut).trimEnd()}…`;
}

function emptyCanvas(title: string, state: ConversationState): CanvasView {
  const now = new Date(0);
  return {
    id: NEW_CANVAS_ID,
    title,
    language: state.language,
    step: { kind: 'question', ...firstQuestion() },
    stepVersion: 0,
    answers: Object.fromEntries(BLOCK_IDS.map((blockId) => [blockId, []])) as unknown as CanvasView['answers'],
    types: { customer_relationships: [], revenue_streams: [] },
    createdAt: now,
    updatedAt: now,
  };
}

/** Creates a canvas with the typed title and asks its first question. */
export function startNewCanvas(turn: Turn, typed: string): void {
  const title = cutTitle(typed);
  const lead: Line[] = [];
  if (title !== typed) lead.push(line('canvas.title_cut', { max: MAX_TITLE_LENGTH }));
  lead.push(line('canvas.created', { title: { user: title } }));
  turn.emit({ kind: 'create_canvas', title, language: turn.state.language });
  const canvas = emptyCanvas(title, turn.state);
  const listed = turn.state.canvases;
  turn.state = { ...turn.state, canvases: listed && [{ id: NEW_CANVAS_ID, title, done: false, blockId: BLOCK_IDS[0] }, ...listed] };
  turn.activate(canvas, { kind: 'filling' });
  present(turn, canvas, lead);
}

/** Waits for the title of a new canvas. */
export function askTitle(turn: Turn): void {
  turn.setMode({ kind: 'awaiting_title' });
  turn.say('canvas.ask_title');
}

/** The user's canvases, newest first, each to open or delete. */
export function showList(turn: Turn): void {
  const canvases = turn.canvasList();
  if (canvases === null) return;
  if (canvases.length === 0) {
    turn.say('canvas.list_empty', {}, newCanvasButton());
    return;
  }
  const lines: Line[] = [line('canvas.list_header')];
  const buttons: Buttons = [];
  // The newest 20 are enough for a phone screen; older ones stay stored.
  for (const canvas of canvases.slice(0, 20)) {
    const active = canvas.id === turn.canvas?.id ? ' ⭐' : '';
    const status =
      canvas.blockId === null
        ? { t: 'canvas.status_done' }
        : { t: 'canvas.status_block', params: { number: blockNumber(canvas.blockId), total: TOTAL_BLOCKS } };
    lines.push(line('canvas.list_line', { title: { user: canvas.title }, active, status }));
    buttons.push([
      { label: line('canvas.list_button', { title: { user: canvas.title, max: 40 }, active }), action: { kind: 'open_canvas', canvasId: canvas.id } },
      { label: raw('🗑'), action: { kind: 'delete_canvas', canvasId: canvas.id } },
    ]);
  }
  buttons.push(newCanvasButton()[0] ?? []);
  turn.send({ lines }, buttons);
}

/** The active canvas in a finished or paused state says so; none offers a new one. */
export function withCanvas(turn: Turn, action: (canvas: CanvasView) => void): void {
  const canvas = turn.canvas;
  if (!canvas) {
    turn.say('errors.no_canvas', {}, newCanvasButton());
    return;
  }
  action(canvas);
}

/** Makes a canvas the active one and shows where it stands. */
export function openCanvas(turn: Turn, canvas: CanvasView, lead: Line[]): void {
  const inProgress = canvas.step.kind !== 'done';
  turn.activate(canvas, { kind: inProgress ? 'filling' : 'idle' });
  present(turn, canvas, lead);
}

/** Deletes a canvas; when it was the active one, the most recent other one takes its place. */
export function deleteCanvas(turn: Turn, canvas: CanvasView): void {
  // The list says which canvas takes the deleted one's place.
  const listed = turn.canvasList();
  if (listed === null) return;
  turn.emit({ kind: 'delete_canvas', canvasId: canvas.id });
  const remaining = listed.filter((summary) => summary.id !== canvas.id);
  turn.state = { ...turn.state, canvases: remaining };
  if (turn.canvas?.id !== canvas.id) {
    turn.say('canvas.deleted', { title: { user: canvas.title } });
    return;
  }
  const next = remaining[0];
  if (!next) {
    turn.activate(null, { kind: 'idle' });
    turn.say('canvas.deleted_none_left', { title: { user: canvas.title } }, newCanvasButton());
    return;
  }
  // The canvas being worked on is gone: the most recent other one becomes active, and the user is told.
  turn.activate(null, next.done ? { kind: 'idle' } : { kind: 'paused' }, next.id);
  turn.say('canvas.deleted_switched', { title: { user: canvas.title }, next: { user: next.title } }, [
    [button(next.done ? 'buttons.show_canvas' : 'buttons.resume', next.done ? { kind: 'menu', item: 'canvas' } : { kind: 'resume', canvasId: next.id })],
  ]);
}
