import type { BlockId } from './blocks.ts';
import type { CanvasStep, ConversationMode } from './conversation-mode.ts';
import type {
  ButtonAction,
  Buttons,
  ButtonSpec,
  CanvasSummary,
  CanvasView,
  ConversationState,
  Effect,
  Line,
  MessageSpec,
  Params,
} from './conversation-types.ts';

/*
 * What every part of the conversation decides with: one turn that collects the effects and
 * carries the state, and the builders of message lines and buttons (data, translated later).
 */

/** A line of a message: a locale key with its params, and an optional prefix. */
export const line = (key: string, params?: Params, prefix?: string): Line => ({
  key,
  ...(params ? { params } : {}),
  ...(prefix !== undefined ? { prefix } : {}),
});

/** A line shown as it is (a progress bar, an emoji). */
export const raw = (text: string): Line => ({ raw: text });

/** An empty line between parts of a message. */
export const blank: Line = { raw: '' };

/** A message of the given lines. */
export const message = (...lines: Line[]): MessageSpec => ({ lines });

/** A button labelled by a locale key. */
export const button = (key: string, action: ButtonAction, params?: Params): ButtonSpec => ({ label: line(key, params), action });

/** A block's title and short title, translated where the message is rendered. */
export const blockTitle = (blockId: BlockId) => ({ t: `blocks:${blockId}.title` });
export const blockShort = (blockId: BlockId) => ({ t: `blocks:${blockId}.short` });

/** Collects the effects of one decision and carries the state along; used only inside `decide` and its parts. */
export class Turn {
  readonly effects: Effect[] = [];
  /** A part asked for the canvas list and the state did not hold it. */
  needsCanvasList = false;

  constructor(public state: ConversationState) {}

  /** The user's canvases; null when the state was given without them (the decision then asks for them). */
  canvasList(): CanvasSummary[] | null {
    if (this.state.canvases === null) this.needsCanvasList = true;
    return this.state.canvases;
  }

  send(spec: MessageSpec, buttons?: Buttons): void {
    this.effects.push(buttons && buttons.length > 0 ? { kind: 'send', message: spec, buttons } : { kind: 'send', message: spec });
  }

  say(key: string, params?: Params, buttons?: Buttons): void {
    this.send(message(line(key, params)), buttons);
  }

  answerButton(key?: string, params?: Params): void {
    this.effects.push(key ? { kind: 'answer_button', text: line(key, params) } : { kind: 'answer_button' });
  }

  setMode(mode: ConversationMode): void {
    this.state = { ...this.state, mode };
  }

  get canvas(): CanvasView | null {
    return this.state.canvas;
  }

  /** Makes `canvas` the active one (or none). */
  activate(canvas: CanvasView | null, mode: ConversationMode, id: number | null = canvas?.id ?? null): void {
    this.state = { ...this.state, canvas, activeCanvasId: id, mode };
  }

  /** Moves the active canvas to `step`; a new step version retires the buttons of older messages. */
  setStep(canvas: CanvasView, step: CanvasStep): CanvasView {
    const moved = { ...canvas, step, stepVersion: canvas.stepVersion + 1 };
    this.state = {
      ...this.state,
      canvas: moved,
      canvases:
        this.state.canvases?.map((summary) =>
          summary.id === canvas.id ? { ...summary, done: step.kind === 'done', blockId: step.kind === 'done' ? null : step.blockId } : summary,
        ) ?? null,
    };
    return moved;
  }

  /** Records a change of the active canvas's answers or types in the state. */
  update(canvas: CanvasView): CanvasView {
    this.state = { ...this.state, canvas };
    return canvas;
  }

  emit(effect: Effect): void {
    this.effects.push(effect);
  }
}
