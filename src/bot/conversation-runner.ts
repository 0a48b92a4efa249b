import type { WebAppConfig } from '../config.ts';
import { decide } from '../canvas/conversation.ts';
import { type ButtonAction, type CanvasView, type ConversationState, type Effect, type Input, NEW_CANVAS_ID } from '../canvas/conversation-types.ts';
import { type Language, translator } from '../i18n.ts';
import { toCanvasJson } from '../render/canvas-json.ts';
import { escapeHtml } from '../render/html.ts';
import { renderCanvasSummary } from '../render/summary-text.ts';
import type { StoredConversation } from '../storage/conversation-snapshot.ts';
import type { Repositories } from '../storage/repositories.ts';
import type { UserRecord } from '../storage/user-repository.ts';
import { canvasOf } from './callback-data.ts';
import { applyCourseOp } from './course-effects.ts';
import { applyGroupOp } from './group-effects.ts';
import type { OutgoingMessage } from './outgoing.ts';
import { renderKeyboard, renderLine, renderMessage } from './render-message.ts';

/** What a feature hands to the conversation: an input; a button's canvas is loaded here. */
export type UserInput = Exclude<Input, { kind: 'button' }> | { kind: 'button'; action: ButtonAction; messageId: number };

export interface ConversationDeps {
  repos: Repositories<OutgoingMessage>;
  user: UserRecord;
  language: Language;
  author: string | null;
  /** The button press being answered, if the update is one. */
  callbackQueryId: string | null;
  /** The update being applied; its id is the one record a deletion of all personal data keeps. */
  updateId: number;
  /** For invite links; the terminal chat and tests know it too. */
  botUsername: string;
  /** The coach's dashboard, when configured (WEB_APP_URL). */
  webApp?: WebAppConfig | undefined;
  /**
   * The conversation read with the user at the start of the update, handed out once: only the
   * first input of an update finds storage unchanged since then.
   */
  takeStored?: (() => StoredConversation | null) | undefined;
  /**
   * Takes a write that nothing in the update reads back, without waiting for it: it travels to the
   * server with the statements after it (the replies and COMMIT), and the update's transaction
   * fails if it does. Without it, every write is waited for where it is made.
   */
  sendWithCommit?: ((write: Promise<void>) => void) | undefined;
  /** Queues a reply to a chat; replies are stored in the outbox with the update's changes. */
  queue(chatId: number, message: OutgoingMessage): void;
  /** The time reminders and the group view are measured by; tests set it. */
  clock?: (() => Date) | undefined;
}

/** The conversation state of a user: read with the user at the start of the update, or from storage. */
export async function loadConversation(deps: ConversationDeps): Promise<ConversationState> {
  const stored = deps.takeStored?.() ?? (await deps.repos.conversations.read(deps.user.id))?.conversation ?? { canvas: null, canvases: [] };
  const state: ConversationState = {
    userId: deps.user.id,
    mode: deps.user.mode,
    language: deps.language,
    activeCanvasId: stored.canvas?.id ?? null,
    author: deps.author,
    ...stored,
    timeZone: deps.user.timeZone,
  };
  // A group's new deadline is read in that group's zone, which only storage knows.
  if (deps.user.mode.kind === 'course' && deps.user.mode.wait.kind === 'edit_deadline') {
    const group = await deps.repos.groups.find(deps.user.id, deps.user.mode.wait.groupId);
    if (group.ok) state.editedGroupTimeZone = group.value.group.timeZone;
  }
  return state;
}

/**
 * Runs one input through the conversation: loads the state, lets `decide` choose, then carries
 * out its effects and stores the new state, all in the update's transaction. This is the only
 * place the conversation state (users.mode, the active canvas, canvases.step) is written.
 */
export async function runConversation(deps: ConversationDeps, userInput: UserInput): Promise<void> {
  const { repos, user } = deps;
  let before = await loadConversation(deps);
  let input: Input;
  let target: CanvasView | null = null;
  if (userInput.kind === 'button') {
    const canvasId = canvasOf(userInput.action);
    target = canvasId === null ? null : canvasId === before.canvas?.id ? before.canvas : await repos.canvases.view(user.id, canvasId);
    input = { ...userInput, target };
  } else {
    input = userInput;
  }
  let decision = decide(before, input);
  if (decision.needsCanvasList) {
    // Read only for the few decisions that look at it (the list, a deletion), not on every answer.
    before = { ...before, canvases: await repos.canvases.summaries(user.id) };
    decision = decide(before, input);
  }
  const after = decision.state;

  // Every press is answered, so the client stops its spinner, even when the decision says nothing about it.
  if (
    deps.callbackQueryId !== null &&
    !decision.effects.some((effect) => effect.kind === 'answer_button' || effect.kind === 'course' || effect.kind === 'group')
  ) {
    decision.effects.unshift({ kind: 'answer_button' });
  }
  // Where the active canvas moves, if it does (a new canvas is created at its first step).
  const moved = after.canvas;
  const stored = moved ? (moved.id === before.canvas?.id ? before.canvas : target?.id === moved.id ? target : null) : null;
  let stepWrite: StepWrite | null =
    moved && moved.id !== NEW_CANVAS_ID && (!stored || stored.stepVersion !== moved.stepVersion || JSON.stringify(stored.step) !== JSON.stringify(moved.step))
      ? { canvasId: moved.id, step: moved.step, stepVersion: moved.stepVersion }
      : null;
  // An answer followed only by replies carries the step move in its own statement; nothing after it reads the canvas.
  const carrier = decision.effects.findIndex(
    (effect, index) =>
      effect.kind === 'store_answer' &&
      effect.canvasId === stepWrite?.canvasId &&
      decision.effects.slice(index + 1).every((later) => QUEUE_ONLY_EFFECTS.has(later.kind)),
  );

  let createdId: number | null = null;
  const resolveId = (canvasId: number) => (canvasId === NEW_CANVAS_ID && createdId !== null ? createdId : canvasId);
  for (const [index, effect] of decision.effects.entries()) {
    const carried = index === carrier ? stepWrite : null;
    if (carried) stepWrite = null;
    const created = await applyEffect(deps, after.language, effect, resolveId, carried);
    if (created !== null) createdId = created;
  }

  // The new state: who is active, in which mode, and where the active canvas stands. Nothing in the
  // update reads these back, so they go with COMMIT where the unit of work allows it.
  const activeId = after.activeCanvasId === null ? null : resolveId(after.activeCanvasId);
  if (activeId !== before.activeCanvasId || JSON.stringify(after.mode) !== JSON.stringify(before.mode)) {
    await lastWrite(deps, repos.users.setActiveCanvas(user.id, activeId, after.mode));
  }
  if (stepWrite) await lastWrite(deps, repos.canvases.setStep(stepWrite.canvasId, stepWrite.step, stepWrite.stepVersion));
}

/** A write nothing after it reads: handed over to go with COMMIT when the unit of work takes it, else waited for. */
async function lastWrite(deps: ConversationDeps, write: Promise<void>): Promise<void> {
  if (deps.sendWithCommit) deps.sendWithCommit(write);
  else await write;
}

interface StepWrite {
  canvasId: number;
  step: CanvasView['step'];
  stepVersion: number;
}

/** Effects that only queue a reply: they neither read nor write the canvas. */
const QUEUE_ONLY_EFFECTS: ReadonlySet<Effect['kind']> = new Set(['send', 'edit_message', 'answer_button', 'send_picture']);

/** Carries out one effect; returns the id of a canvas it created. */
async function applyEffect(
  deps: ConversationDeps,
  language: Language,
  effect: Effect,
  resolveId: (canvasId: number) => number,
  stepWrite: StepWrite | null,
): Promise<number | null> {
  const { repos, user } = deps;
  const t = translator(language);
  const chatId = user.id;
  switch (effect.kind) {
    case 'create_canvas': {
      const canvas = await repos.canvases.create(user.id, effect.title, effect.language, { kind: 'question', blockId: 'customer_segments', questionIndex: 0 });
      return canvas.id;
    }
    case 'store_answer': {
      const written = repos.canvases.answerQuestion(
        resolveId(effect.canvasId),
        effect.blockId,
        effect.questionIndex,
        effect.text,
        effect.messageId,
        stepWrite ? { step: stepWrite.step, stepVersion: stepWrite.stepVersion } : undefined,
      );
      // Carrying the step move, the answer is the conversation's last change (only replies follow):
      // it goes with COMMIT instead of costing a round trip of its own.
      if (stepWrite) await lastWrite(deps, written);
      else await written;
      return null;
    }
    case 'add_answer':
      await repos.canvases.addToBlock(resolveId(effect.canvasId), effect.blockId, effect.text, effect.messageId);
      return null;
    case 'replace_block':
      await repos.canvases.replaceBlock(resolveId(effect.canvasId), effect.blockId, effect.answers);
      return null;
    case 'update_answer':
      await repos.canvases.updateAnswerOfMessage(resolveId(effect.canvasId), effect.messageId, effect.text);
      return null;
    case 'set_types':
      await repos.canvases.setBlockTypes(resolveId(effect.canvasId), effect.blockId, effect.types);
      return null;
    case 'delete_canvas':
      await repos.canvases.delete(resolveId(effect.canvasId));
      return null;
    case 'set_language':
      await repos.users.setLanguage(user.id, effect.language);
      return null;
    case 'set_reminders':
      await repos.users.setReminders(user.id, effect.enabled);
      return null;
    case 'send': {
      // Another user reads the message in their own language.
      const recipient = effect.to === undefined ? null : await repos.users.find(effect.to);
      const readerT = recipient ? translator(recipient.language) : t;
      const text = renderMessage(readerT, effect.message);
      const keyboard = effect.buttons ? renderKeyboard(readerT, effect.buttons, resolveId) : [];
      deps.queue(effect.to ?? chatId, keyboard.length > 0 ? { method: 'sendMessage', text, keyboard } : { method: 'sendMessage', text });
      return null;
    }
    case 'edit_message': {
      const text = renderMessage(t, effect.message);
      const keyboard = effect.buttons ? renderKeyboard(t, effect.buttons, resolveId) : [];
      deps.queue(chatId, { method: 'editMessageText', messageId: effect.messageId, text, ...(keyboard.length > 0 ? { keyboard } : {}) });
      return null;
    }
    case 'answer_button':
      if (deps.callbackQueryId !== null) {
        deps.queue(chatId, {
          method: 'answerCallbackQuery',
          callbackQueryId: deps.callbackQueryId,
          ...(effect.text ? { text: renderLine(t, effect.text) } : {}),
        });
      }
      return null;
    case 'send_summary': {
      const canvas = await repos.canvases.findOwned(user.id, resolveId(effect.canvasId));
      if (!canvas) return null;
      const snapshot = await repos.canvases.snapshot(canvas, deps.author, language);
      for (const text of renderCanvasSummary(snapshot)) deps.queue(chatId, { method: 'sendMessage', text });
      return null;
    }
    case 'send_picture':
      deps.queue(chatId, { method: 'sendCanvasPicture', canvasId: resolveId(effect.canvasId), ownerId: user.id, view: effect.view, author: deps.author });
      return null;
    case 'send_export': {
      const canvas = await repos.canvases.findOwned(user.id, resolveId(effect.canvasId));
      if (!canvas) return null;
      const snapshot = await repos.canvases.snapshot(canvas, deps.author, language);
      deps.queue(chatId, {
        method: 'sendDocument',
        fileName: 'canvas.json',
        content: `${JSON.stringify(toCanvasJson(snapshot), null, 2)}\n`,
        caption: t('canvas.export_caption', { title: escapeHtml(canvas.title) }),
      });
      deps.queue(chatId, { method: 'sendCanvasPicture', canvasId: canvas.id, ownerId: user.id, view: 'export', author: deps.author });
      return null;
    }
    case 'offer_forget': {
      const counts = await repos.personalData.countAll(user.id);
      const keyboard = renderKeyboard(t, [
        [{ label: { key: 'privacy:confirm_button' }, action: { kind: 'forget', confirm: true } }],
        [{ label: { key: 'privacy:cancel_button' }, action: { kind: 'forget', confirm: false } }],
      ]);
      deps.queue(chatId, { method: 'sendMessage', text: t('privacy:confirm', { ...counts }), keyboard });
      return null;
    }
    case 'forget_user': {
      const deleted = await repos.personalData.deleteAll(user.id, deps.updateId);
      deps.queue(chatId, { method: 'editMessageText', messageId: effect.messageId, text: t('privacy:deleted', { ...deleted }) });
      return null;
    }
    case 'course':
      // Course operations answer their own button press (with "not yours" when storage refuses).
      await applyCourseOp(deps, effect.op);
      return null;
    case 'group':
      // The group view answers its own button presses too.
      await applyGroupOp(deps, effect.op);
      return null;
  }
}
