import type { Language } from '../i18n.ts';
import type { BlockId, TypedBlockId } from './blocks.ts';
import type { BusinessTypeId } from './business-types.ts';
import type { CanvasStep, ConversationMode } from './conversation-mode.ts';
import type { CourseInput, CourseOp } from './course-mode.ts';
import type { GroupInput, GroupOp } from './group-conversation.ts';
import type { TypeSource } from './snapshot.ts';

/**
 * The data the conversation state machine works on. `decide(state, input)` (conversation.ts)
 * returns the next state and the effects; the bot carries the effects out and persists the state
 * (users.mode, users.active_canvas_id, canvases.step / step_version) in the same transaction.
 *
 * Extension points, for later roles (a coach reviewing a group's canvases, a student submitting one):
 * - a new `ConversationMode` variant (conversation-mode.ts) for each new thing the user can be asked for;
 * - a new `Input` variant for each new button or command, a new `ButtonAction` for each new button;
 * - a new `Effect` variant for each new kind of write (e.g. `submit_canvas`), applied in one switch
 *   of the bot's effect applier; messages to another user are `send` effects with `to`.
 */

/** One answer of a block, as stored. */
export interface AnswerView {
  questionIndex: number | null;
  text: string;
  /** The Telegram message the answer came in, so an edit of that message can update it. */
  messageId: number | null;
}

export interface TypeChoice {
  id: BusinessTypeId;
  source: TypeSource;
}

/** The active canvas with everything the conversation decides on. */
export interface CanvasView {
  id: number;
  title: string;
  language: Language;
  step: CanvasStep;
  /** Bumped on every step change; buttons carry it so presses on older messages are told apart. */
  stepVersion: number;
  answers: Record<BlockId, AnswerView[]>;
  types: Record<TypedBlockId, TypeChoice[]>;
  createdAt: Date;
  updatedAt: Date;
}

/** A canvas of the user in the /list. */
export interface CanvasSummary {
  id: number;
  title: string;
  done: boolean;
  /** The block the canvas stands at; null when finished. */
  blockId: BlockId | null;
}

export interface ConversationState {
  userId: number;
  mode: ConversationMode;
  language: Language;
  /** The active canvas's id; `canvas` holds its content when it is loaded. */
  activeCanvasId: number | null;
  /** The name the canvas is signed with (picture, summary, export). */
  author: string | null;
  canvas: CanvasView | null;
  /**
   * All of the user's canvases, most recently updated first; null when not read. Few decisions
   * look at the list (the list itself, deleting a canvas), so it is read only for those: a
   * decision that needs it and finds null says so (`needsCanvasList`) and is made again with it.
   */
  canvases: CanvasSummary[] | null;
  /** The course side of the active canvas: blocks a coach returned, and whether the user can hand it in. */
  course?: { canvasId: number; returned: Array<{ blockId: BlockId; comment: string | null }>; inGroup: boolean };
  /** The person's own IANA time zone (users.time_zone); null or absent when never given. */
  timeZone?: string | null;
  /** While a coach types a group's new deadline: that group's zone, which the deadline is read in. */
  editedGroupTimeZone?: string;
}

/** A value put into a message: a number, trusted text, another message key, or the user's own text (escaped, shortened). */
export type Param = string | number | { t: string; params?: Params; escape?: boolean } | { user: string; max?: number } | { join: Param[]; separator: string };
export type Params = Record<string, Param>;

/** A line of a message: a translated key with params, optionally after a prefix; `''` is an empty line. */
export type Line = { key: string; params?: Params; prefix?: string } | { raw: string };

export interface MessageSpec {
  lines: Line[];
}

/**
 * Which picture of a canvas is sent: `phone` the portrait images as one album, `classic` the
 * landscape canvas as a photo, `export` that photo and the full-size PNG document.
 */
export type PictureView = 'phone' | 'classic' | 'export';
/** The views a picture shown in the chat takes; `export` goes only with canvas.json. */
export type ChatPictureView = Exclude<PictureView, 'export'>;

export type NavigationAction = 'example' | 'skip' | 'back' | 'pause';
export type MenuItem = 'new' | 'list' | 'edit' | 'export' | 'canvas' | 'picture' | 'submit';

/** What a button does, as data; the bot encodes it into callback data (each feature owns its prefixes). */
export type ButtonAction =
  | { kind: 'navigate'; action: NavigationAction; canvasId: number; stepVersion: number }
  | { kind: 'toggle_type'; typeId: BusinessTypeId; canvasId: number; stepVersion: number }
  | { kind: 'confirm_types'; canvasId: number; stepVersion: number }
  | { kind: 'types_legend'; canvasId: number; stepVersion: number }
  | { kind: 'add_held_text'; canvasId: number; stepVersion: number }
  | { kind: 'resume'; canvasId: number }
  | { kind: 'resume_with_text'; canvasId: number }
  | { kind: 'open_canvas'; canvasId: number }
  | { kind: 'delete_canvas'; canvasId: number }
  | { kind: 'delete_canvas_confirmed'; canvasId: number }
  | { kind: 'edit_block'; canvasId: number; blockId: BlockId }
  | { kind: 'edit_mode'; how: 'replace' | 'add'; canvasId: number; blockId: BlockId }
  | { kind: 'fill_empty'; canvasId: number }
  | { kind: 'menu'; item: MenuItem }
  /** The classic landscape picture of a canvas, offered under the phone picture. */
  | { kind: 'classic_picture'; canvasId: number }
  | { kind: 'language'; language: Language }
  | { kind: 'forget'; confirm: boolean };

export interface ButtonSpec {
  label: Line;
  action: ButtonAction;
}
export type Buttons = ButtonSpec[][];

export type CommandName =
  | 'start'
  | 'help'
  | 'lang'
  | 'cancel'
  | 'new'
  | 'list'
  | 'canvas'
  | 'export'
  | 'edit'
  | 'skip'
  | 'back'
  | 'pause'
  | 'resume'
  | 'privacy'
  | 'delete_me'
  | 'stop_reminders'
  | 'start_reminders';

/** What the user did. Buttons about a canvas carry it as `target`, loaded by the bot (null when gone or not the user's). */
export type Input =
  | { kind: 'text'; text: string; messageId: number }
  | { kind: 'edited_text'; text: string; messageId: number }
  | { kind: 'media' }
  | { kind: 'command'; command: CommandName }
  | { kind: 'unknown_command'; suggestion: string | null }
  /** A button of ours no longer understood (an outdated or forged payload). */
  | { kind: 'unknown_button' }
  | { kind: 'button'; action: ButtonAction; messageId: number; target: CanvasView | null }
  /** Groups, homework and reviews: decided in course-conversation.ts. */
  | { kind: 'course'; input: CourseInput; messageId: number }
  /** The coach's view of a whole group (`/group`): decided in group-conversation.ts. */
  | { kind: 'group'; input: GroupInput; messageId: number };

/** The id a canvas created by this very decision is referred to by, until the database gives it one. */
export const NEW_CANVAS_ID = 0;

/** What the bot does for a decision, as plain data, in order. */
export type Effect =
  | { kind: 'create_canvas'; title: string; language: Language }
  | { kind: 'store_answer'; canvasId: number; blockId: BlockId; questionIndex: number; text: string; messageId: number | null }
  | { kind: 'add_answer'; canvasId: number; blockId: BlockId; text: string; messageId: number | null }
  | { kind: 'replace_block'; canvasId: number; blockId: BlockId; answers: AnswerView[] }
  | { kind: 'update_answer'; canvasId: number; messageId: number; text: string }
  | { kind: 'set_types'; canvasId: number; blockId: TypedBlockId; types: TypeChoice[] }
  | { kind: 'delete_canvas'; canvasId: number }
  | { kind: 'set_language'; language: Language }
  | { kind: 'set_reminders'; enabled: boolean }
  /** A message; `to` addresses another user (through the same outbox), the current chat otherwise. */
  | { kind: 'send'; message: MessageSpec; buttons?: Buttons; to?: number }
  | { kind: 'edit_message'; messageId: number; message: MessageSpec; buttons?: Buttons }
  | { kind: 'answer_button'; text?: Line }
  | { kind: 'send_summary'; canvasId: number }
  /** The picture in the chat: `phone` the portrait album (with the classic view offered), `classic` the landscape photo. */
  | { kind: 'send_picture'; canvasId: number; view: ChatPictureView }
  /** canvas.json, then the classic photo and its full-size file. */
  | { kind: 'send_export'; canvasId: number }
  /** Asks to confirm deleting everything stored about the user, with what that is, counted. */
  | { kind: 'offer_forget' }
  /** Deletes everything stored about the user and tells them what went; `messageId` is the confirmation. */
  | { kind: 'forget_user'; messageId: number }
  | { kind: 'course'; op: CourseOp }
  | { kind: 'group'; op: GroupOp };

export interface Decision {
  state: ConversationState;
  effects: Effect[];
  /** The decision needs the canvas list the state did not hold: nothing was decided; decide again with it. */
  needsCanvasList?: true;
}
