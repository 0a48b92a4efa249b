import { type Classification, PRETICK_CONFIDENCE, classifyAnswer } from '../classify/index.ts';
import { BLOCK_IDS, type BlockId, type TypedBlockId, isTypedBlock } from './blocks.ts';
import { type BusinessTypeId, TYPE_IDS_BY_BLOCK, isTypeOfBlock } from './business-types.ts';
import { reviewBlock } from './coaching.ts';
import type { CanvasStep, ConfirmTypesStep, ConversationMode, DraftAnswer, QuestionStep } from './conversation-mode.ts';
import type {
  AnswerView,
  ButtonAction,
  Buttons,
  ButtonSpec,
  CanvasView,
  CommandName,
  ConversationState,
  Decision,
  Effect,
  Input,
  Line,
  MessageSpec,
  NavigationAction,
  Params,
  TypeChoice,
} from './conversation-types.ts';
import { NEW_CANVAS_ID } from './conversation-types.ts';
import { decideCourse } from './course-conversation.ts';
import { decideGroup } from './group-conversation.ts';
import { exampleFor } from './examples.ts';
import { TOTAL_BLOCKS, blockNumber, firstQuestion, isLastQuestionOfBlock, nextQuestion, previousQuestion, progressBar } from './navigation.ts';
import { questionCounts } from './questions.ts';
import type { CanvasSnapshot } from './snapshot.ts';

/** Telegram's own limit for a message: anything the user could send is taken whole. */
export const MAX_ANSWER_LENGTH = 4096;
export const MAX_TITLE_LENGTH = 100;

/** Characters that show nothing: an answer made only of them is empty. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: combining and variation characters are listed one by one on purpose, to be removed
const INVISIBLE = /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;

/** The user's text with invisible characters removed and spaces trimmed. */
export function cleanText(text: string): string {
  return text.replace(INVISIBLE, '').trim();
}

const line = (key: string, params?: Params, prefix?: string): Line => ({
  key,
  ...(params ? { params } : {}),
  ...(prefix !== undefined ? { prefix } : {}),
});
const raw = (text: string): Line => ({ raw: text });
const blank: Line = { raw: '' };
const message = (...lines: Line[]): MessageSpec => ({ lines });
const button = (key: string, action: ButtonAction, params?: Params): ButtonSpec => ({ label: line(key, params), action });
const blockTitle = (blockId: BlockId) => ({ t: `blocks:${blockId}.title` });
const blockShort = (blockId: BlockId) => ({ t: `blocks:${blockId}.short` });

/** Collects the effects of one decision and carries the state along; used only inside `decide`. */
class Turn {
  readonly effects: Effect[] = [];

  constructor(public state: ConversationState) {}

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
      canvases: this.state.canvases.map((summary) =>
        summary.id === canvas.id ? { ...summary, done: step.kind === 'done', blockId: step.kind === 'done' ? null : step.blockId } : summary,
      ),
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

// ---------------------------------------------------------------- canvas content

function withAnswers(canvas: CanvasView, blockId: BlockId, answers: AnswerView[]): CanvasView {
  return { ...canvas, answers: { ...canvas.answers, [blockId]: answers } };
}

/** The block's answers as they stand for the conversation: the draft while a block is answered anew. */
function currentAnswers(canvas: CanvasView, blockId: BlockId): AnswerView[] {
  const step = canvas.step;
  if (step.kind !== 'done' && step.blockId === blockId && step.draft) {
    return step.draft.map((answer) => ({ questionIndex: answer.questionIndex, text: answer.text, messageId: answer.messageId }));
  }
  return canvas.answers[blockId];
}

/** The canvas as the coaching checks, the summary and the picture read it. */
export function snapshotOf(canvas: CanvasView, author: string | null): CanvasSnapshot {
  const reached = canvas.step.kind === 'done' ? BLOCK_IDS.length : BLOCK_IDS.indexOf(canvas.step.blockId);
  return {
    id: String(canvas.id),
    title: canvas.title,
    author,
    language: canvas.language,
    createdAt: canvas.createdAt,
    updatedAt: canvas.updatedAt,
    blocks: BLOCK_IDS.map((blockId, index) => {
      const answers = currentAnswers(canvas, blockId);
      return {
        id: blockId,
        answers: answers.map((answer) => ({ question: null, questionIndex: answer.questionIndex, text: answer.text })),
        types: isTypedBlock(blockId) ? canvas.types[blockId] : [],
        skipped: answers.length === 0 && index < reached,
      };
    }),
  };
}

/** The recognised types of a block's answers taken together; null while the block has none. */
export function classifyBlock(answers: AnswerView[], blockId: TypedBlockId): Classification | null {
  return answers.length === 0 ? null : classifyAnswer(blockId, answers.map((answer) => answer.text).join('\n'));
}

/** Blocks with no answer at all. */
export function emptyBlocks(canvas: CanvasView): BlockId[] {
  return BLOCK_IDS.filter((blockId) => canvas.answers[blockId].length === 0);
}

/** The first guiding question of a block with no answer, if any. */
function firstUnanswered(canvas: CanvasView, blockId: BlockId): number | null {
  const answered = new Set(canvas.answers[blockId].map((answer) => answer.questionIndex));
  for (let index = 0; index < questionCounts()[blockId]; index += 1) if (!answered.has(index)) return index;
  return null;
}

/**
 * The types to tick after a block is classified (again). The user's earlier choices win over the
 * classifier unless the words that triggered a type changed: a type switched off stays off while
 * its evidence is the same, a type switched on by the user stays on.
 */
export function typesToTick(blockId: TypedBlockId, now: Classification, before: Classification | null, stored: TypeChoice[] | null): BusinessTypeId[] {
  const confident = now.evidence.filter((item) => item.confidence >= PRETICK_CONFIDENCE).map((item) => item.type);
  if (!stored) return confident;
  const storedIds = new Set(stored.map((type) => type.id));
  const wordsOf = (classification: Classification | null, typeId: BusinessTypeId) =>
    [...new Set(classification?.evidence.find((item) => item.type === typeId)?.words.map((word) => word.toLowerCase()) ?? [])].sort().join('|');
  const ticked = new Set<BusinessTypeId>();
  for (const typeId of confident) {
    const switchedOff = before?.types.includes(typeId) === true && !storedIds.has(typeId);
    if (switchedOff && wordsOf(before, typeId) === wordsOf(now, typeId)) continue;
    ticked.add(typeId);
  }
  for (const type of stored) {
    if (type.source === 'user') ticked.add(type.id);
    // A recognised type the user confirmed stays while the classifier still sees it or suggests it.
    else if (now.types.includes(type.id)) ticked.add(type.id);
  }
  return TYPE_IDS_BY_BLOCK[blockId].filter((id) => ticked.has(id));
}

// ---------------------------------------------------------------- messages

function navigationButtons(canvas: CanvasView): Buttons {
  const nav = (action: NavigationAction) => button(`buttons.${action}`, { kind: 'navigate', action, canvasId: canvas.id, stepVersion: canvas.stepVersion });
  return [
    [nav('example'), nav('skip')],
    [nav('back'), nav('pause')],
  ];
}

function questionMessage(canvas: CanvasView, step: QuestionStep, lead: Line[]): MessageSpec {
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

function typesButtons(canvas: CanvasView, step: ConfirmTypesStep, withLegend: boolean): Buttons {
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
function typesMessage(step: ConfirmTypesStep, classification: Classification | null, lead: Line[]): MessageSpec {
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

function legendMessage(blockId: TypedBlockId): MessageSpec {
  return message(
    line('types.legend_intro'),
    ...TYPE_IDS_BY_BLOCK[blockId].map((typeId) => line('types.legend_line', { label: { t: `types:${typeId}.label` }, hint: { t: `types:${typeId}.hint` } })),
  );
}

function doneButtons(turn: Turn, canvas: CanvasView): Buttons {
  const inGroup = turn.state.course?.inGroup === true;
  const rows: Buttons = [
    [button('buttons.show_canvas', { kind: 'menu', item: 'canvas' }), button('buttons.edit', { kind: 'menu', item: 'edit' })],
    [button('buttons.export', { kind: 'menu', item: 'export' }), button('buttons.new_canvas', { kind: 'menu', item: 'new' })],
  ];
  if (emptyBlocks(canvas).length > 0) rows.unshift([button('buttons.fill_empty', { kind: 'fill_empty', canvasId: canvas.id })]);
  if (inGroup) rows.push([button('course:submit.menu_button', { kind: 'menu', item: 'submit' })]);
  return rows;
}

const newCanvasButton = (): Buttons => [[button('buttons.new_canvas', { kind: 'menu', item: 'new' })]];
const resumeButton = (canvasId: number): Buttons => [[button('buttons.resume', { kind: 'resume', canvasId })]];

/** Coaching notes on a finished block, titled with the block, with a button to add to it now. */
function coachingLines(turn: Turn, canvas: CanvasView, blockId: BlockId): { lines: Line[]; buttons: Buttons } {
  const notes = reviewBlock(blockId, snapshotOf(canvas, turn.state.author));
  if (notes.length === 0) return { lines: [], buttons: [] };
  return {
    lines: [line('coaching_about', { title: blockTitle(blockId) }), ...notes.map((note) => line(`coaching:${note.key}`, note.params ?? {}, '• '))],
    buttons: [[button('buttons.add_to_block', { kind: 'edit_mode', how: 'add', canvasId: canvas.id, blockId }, { title: blockShort(blockId) })]],
  };
}

// ---------------------------------------------------------------- moving through the canvas

/** Shows the canvas's current step: a question, the type confirmation, or the finished canvas. */
function present(turn: Turn, canvas: CanvasView, lead: Line[] = [], extra: Buttons = []): void {
  const step = canvas.step;
  if (step.kind === 'question') {
    turn.send(questionMessage(canvas, step, lead), [...extra, ...navigationButtons(canvas)]);
    return;
  }
  if (step.kind === 'confirm_types') {
    const classification = classifyBlock(currentAnswers(canvas, step.blockId), step.blockId);
    turn.send(typesMessage(step, classification, lead), [...extra, ...typesButtons(canvas, step, true)]);
    return;
  }
  turn.send(message(...(lead.length > 0 ? [...lead, blank] : []), doneLine(canvas)), [...extra, ...doneButtons(turn, canvas)]);
}

function goTo(turn: Turn, canvas: CanvasView, step: CanvasStep, lead: Line[] = [], extra: Buttons = []): void {
  const moved = turn.setStep(canvas, step);
  if (step.kind === 'done') {
    finish(turn, moved, lead, extra);
    return;
  }
  present(turn, moved, lead, extra);
}

/**
 * The finished canvas: how many blocks are still empty, and the picture. The text of the whole
 * canvas is one tap away (the user has just typed every answer; repeating them all floods a phone).
 */
function finish(turn: Turn, canvas: CanvasView, lead: Line[], extra: Buttons): void {
  turn.setMode({ kind: 'filling' });
  const empty = emptyBlocks(canvas).length;
  const head: Line[] = lead.length > 0 ? [...lead, blank] : [];
  const verdict =
    empty === 0
      ? line('flow.finished', { title: { user: canvas.title } })
      : line('flow.finished_with_gaps', { title: { user: canvas.title }, empty, total: TOTAL_BLOCKS });
  turn.send(message(...head, verdict, blank, line('flow.after_finish')), [...extra, ...doneButtons(turn, canvas)]);
  turn.emit({ kind: 'send_picture', canvasId: canvas.id, view: 'phone' });
}

/** A finished canvas is "filled" only when no block is empty; otherwise it says how many are. */
function doneLine(canvas: CanvasView): Line {
  const empty = emptyBlocks(canvas).length;
  return empty === 0
    ? line('flow.canvas_is_done', { title: { user: canvas.title } })
    : line('flow.canvas_is_done_gaps', { title: { user: canvas.title }, empty, total: TOTAL_BLOCKS });
}

/** Back on a finished canvas after an edit: what changed, and the picture on request rather than the whole canvas again. */
function editedFinished(turn: Turn, canvas: CanvasView, blockId: BlockId, lead: Line[], extra: Buttons): void {
  const moved = turn.setStep(canvas, { kind: 'done' });
  const answers = moved.answers[blockId];
  const lines: Line[] = [...(lead.length > 0 ? [...lead, blank] : []), line('edit.block_now', { title: blockTitle(blockId) })];
  if (answers.length === 0) lines.push(line('edit.block_empty'));
  for (const answer of answers.slice(0, 6)) lines.push(line('edit.answer_line', { text: { user: answer.text, max: 300 } }));
  turn.send({ lines }, [...extra, [button('buttons.picture', { kind: 'menu', item: 'picture' }), button('buttons.edit', { kind: 'menu', item: 'edit' })]]);
}

/** Where to go once a block is complete: its type confirmation, the next block, or back where an edit began. */
function afterBlock(
  turn: Turn,
  canvas: CanvasView,
  blockId: BlockId,
  from: QuestionStep | ConfirmTypesStep,
  lead: Line[],
  earlier: AnswerView[] = canvas.answers[blockId],
): void {
  let current = canvas;
  // A block answered anew replaces the stored answers only now that it is complete.
  if (from.kind === 'question' && from.draft && from.draft.length === 0) {
    current = turn.update({ ...current, step: stripDraft(from) });
  } else if (from.kind === 'question' && from.draft) {
    const answers = from.draft.map((answer): AnswerView => ({ ...answer }));
    turn.emit({ kind: 'replace_block', canvasId: canvas.id, blockId, answers });
    current = turn.update({ ...withAnswers(current, blockId, answers), step: stripDraft(from) });
  }
  const { draft: _draft, ...plain } = from;
  const origin = plain as QuestionStep | ConfirmTypesStep;
  if (from.kind === 'question' && isTypedBlock(blockId)) {
    const classification = classifyBlock(current.answers[blockId], blockId);
    if (classification) {
      const stored = current.types[blockId];
      const before = from.returnTo ? classifyBlock(earlier, blockId) : null;
      const selected = typesToTick(blockId, classification, before, from.returnTo ? stored : null);
      const step: ConfirmTypesStep = {
        kind: 'confirm_types',
        blockId,
        recognised: classification.types,
        selected,
        ...(origin.returnTo ? { returnTo: origin.returnTo } : {}),
        ...(origin.resumeAt ? { resumeAt: origin.resumeAt } : {}),
      };
      const moved = turn.setStep(current, step);
      // Coaching notes on the block come after its types, with the block they concern.
      turn.send(typesMessage(step, classification, lead), typesButtons(moved, step, true));
      return;
    }
  }
  const notes = coachingLines(turn, current, blockId);
  const withNotes = [...lead, ...(lead.length > 0 && notes.lines.length > 0 ? [blank] : []), ...notes.lines];
  if (origin.returnTo === 'done') {
    editedFinished(turn, current, blockId, withNotes, notes.buttons);
    return;
  }
  if (origin.returnTo === 'resume' && origin.resumeAt) {
    goTo(turn, current, { kind: 'question', ...origin.resumeAt }, withNotes, notes.buttons);
    return;
  }
  const next = nextQuestion({ blockId, questionIndex: questionCounts()[blockId] - 1 }, questionCounts());
  goTo(turn, current, next ? { kind: 'question', ...next } : { kind: 'done' }, withNotes, notes.buttons);
}

function stripDraft(step: QuestionStep): QuestionStep {
  const { draft: _draft, ...rest } = step;
  return rest;
}

/** Moves past the current question, answered or skipped. */
function advance(turn: Turn, canvas: CanvasView, step: QuestionStep, lead: Line[]): void {
  if (isLastQuestionOfBlock(step, questionCounts())) {
    afterBlock(turn, canvas, step.blockId, step, lead);
    return;
  }
  const next = nextQuestion(step, questionCounts()) ?? firstQuestion();
  goTo(turn, canvas, { ...step, ...next }, lead);
}

/** Stores the text as the answer to the question the canvas stands at and moves on. */
function answer(turn: Turn, canvas: CanvasView, step: QuestionStep, text: string, messageId: number | null, lead: Line[] = []): void {
  let current = canvas;
  let moved = step;
  if (step.draft) {
    const draft: DraftAnswer[] = [
      ...step.draft.filter((item) => item.questionIndex !== step.questionIndex),
      { questionIndex: step.questionIndex, text, messageId },
    ];
    draft.sort((a, b) => a.questionIndex - b.questionIndex);
    moved = { ...step, draft };
    current = turn.update({ ...canvas, step: moved });
  } else {
    turn.emit({ kind: 'store_answer', canvasId: canvas.id, blockId: step.blockId, questionIndex: step.questionIndex, text, messageId });
    const others = canvas.answers[step.blockId].filter((item) => item.questionIndex !== step.questionIndex);
    const answers = [...others, { questionIndex: step.questionIndex, text, messageId }].sort(
      (a, b) => (a.questionIndex ?? Number.MAX_SAFE_INTEGER) - (b.questionIndex ?? Number.MAX_SAFE_INTEGER),
    );
    current = turn.update(withAnswers(canvas, step.blockId, answers));
  }
  advance(turn, current, moved, [...lead, line('flow.saved')]);
}

/** Where to come back to after editing a block: the finished canvas, or the question the user was on. */
function returnPoint(step: CanvasStep): Pick<QuestionStep, 'returnTo' | 'resumeAt'> {
  if (step.kind === 'done') return { returnTo: 'done' };
  if (step.returnTo) return { returnTo: step.returnTo, ...(step.resumeAt ? { resumeAt: step.resumeAt } : {}) };
  if (step.kind === 'question') return { returnTo: 'resume', resumeAt: { blockId: step.blockId, questionIndex: step.questionIndex } };
  const following = BLOCK_IDS[BLOCK_IDS.indexOf(step.blockId) + 1];
  return following ? { returnTo: 'resume', resumeAt: { blockId: following, questionIndex: 0 } } : { returnTo: 'done' };
}

function navigate(turn: Turn, canvas: CanvasView, action: NavigationAction): void {
  const step = canvas.step;
  if (action === 'pause') {
    turn.setMode({ kind: 'paused' });
    turn.say('flow.paused', { title: { user: canvas.title } }, resumeButton(canvas.id));
    return;
  }
  if (step.kind === 'confirm_types' && action === 'back') {
    // Back from the type question is the block's last question, so a wrong answer can be corrected first.
    turn.setMode({ kind: 'filling' });
    const { blockId, returnTo, resumeAt } = step;
    goTo(turn, canvas, {
      kind: 'question',
      blockId,
      questionIndex: questionCounts()[blockId] - 1,
      ...(returnTo ? { returnTo } : {}),
      ...(resumeAt ? { resumeAt } : {}),
    });
    return;
  }
  if (step.kind !== 'question') {
    present(turn, canvas);
    return;
  }
  turn.setMode({ kind: 'filling' });
  if (action === 'example') {
    turn.say('flow.example', { example: { t: exampleFor(step.blockId, canvas.title, canvas.answers.customer_segments.map((item) => item.text).join(' ')) } });
    return;
  }
  if (action === 'skip') {
    // Skipping a question answered before keeps that answer: say so, rather than call it unanswered.
    const answered = currentAnswers(canvas, step.blockId).some((item) => item.questionIndex === step.questionIndex);
    advance(turn, canvas, step, [line(answered ? 'flow.kept' : 'flow.skipped')]);
    return;
  }
  const previous = previousQuestion(step, questionCounts());
  if (!previous) {
    turn.say('flow.at_first_question');
    return;
  }
  // Going back out of a block answered anew leaves its draft behind: the earlier block is answered directly.
  const back: CanvasStep = previous.blockId === step.blockId ? { ...step, ...previous } : { ...stripDraft(step), ...previous };
  goTo(turn, canvas, back);
}

// ---------------------------------------------------------------- canvases

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

function startNewCanvas(turn: Turn, typed: string): void {
  const title = cutTitle(typed);
  const lead: Line[] = [];
  if (title !== typed) lead.push(line('canvas.title_cut', { max: MAX_TITLE_LENGTH }));
  lead.push(line('canvas.created', { title: { user: title } }));
  turn.emit({ kind: 'create_canvas', title, language: turn.state.language });
  const canvas = emptyCanvas(title, turn.state);
  turn.state = { ...turn.state, canvases: [{ id: NEW_CANVAS_ID, title, done: false, blockId: BLOCK_IDS[0] }, ...turn.state.canvases] };
  turn.activate(canvas, { kind: 'filling' });
  present(turn, canvas, lead);
}

function askTitle(turn: Turn): void {
  turn.setMode({ kind: 'awaiting_title' });
  turn.say('canvas.ask_title');
}

function showList(turn: Turn): void {
  const canvases = turn.state.canvases;
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

/** Blocks of this canvas a coach returned, loaded with the state (none outside a course). */
function returnedBlocks(turn: Turn, canvas: CanvasView): Array<{ blockId: BlockId; comment: string | null }> {
  return turn.state.course?.canvasId === canvas.id ? turn.state.course.returned : [];
}

function showBlockChooser(turn: Turn, canvas: CanvasView): void {
  // Blocks a coach returned for rework are marked first: they are what the student came to fix.
  const returned = new Set(returnedBlocks(turn, canvas).map((block) => block.blockId));
  const mark = (blockId: BlockId) => (returned.has(blockId) ? '↩️' : canvas.answers[blockId].length > 0 ? '✓' : '·');
  const buttons = BLOCK_IDS.map((blockId, index) =>
    button('edit.block_button', { kind: 'edit_block', canvasId: canvas.id, blockId }, { mark: mark(blockId), number: index + 1, title: blockShort(blockId) }),
  );
  const rows: Buttons = [];
  for (let index = 0; index < buttons.length; index += 2) rows.push(buttons.slice(index, index + 2));
  turn.say('edit.choose_block', { title: { user: canvas.title } }, rows);
}

/** Room for a block's answers in its edit menu: the whole message must stay under Telegram's 4096 characters. */
const MENU_ANSWERS_BUDGET = 3000;
const MENU_ANSWER_LENGTH = 300;

function blockMenu(turn: Turn, canvas: CanvasView, blockId: BlockId): void {
  const answers = canvas.answers[blockId];
  const lines: Line[] = [line('edit.block_menu_title', { title: blockTitle(blockId) })];
  for (const returned of returnedBlocks(turn, canvas).filter((block) => block.blockId === blockId)) {
    lines.push(line('course:edit.returned_mark'));
    if (returned.comment) lines.push(line('course:edit.coach_comment', { comment: { user: returned.comment } }));
  }
  if (answers.length === 0) lines.push(line('edit.block_empty'));
  let used = 0;
  let shown = 0;
  for (const item of answers) {
    const length = Math.min(item.text.length, MENU_ANSWER_LENGTH) + 3;
    if (used + length > MENU_ANSWERS_BUDGET) break;
    lines.push(line('edit.answer_line', { text: { user: item.text, max: MENU_ANSWER_LENGTH } }));
    used += length;
    shown += 1;
  }
  if (shown < answers.length) lines.push(line('edit.more_answers', { count: answers.length - shown }));
  lines.push(blank, line('edit.replace_or_add'));
  turn.send({ lines }, [
    [
      button('buttons.replace', { kind: 'edit_mode', how: 'replace', canvasId: canvas.id, blockId }),
      button('buttons.add', { kind: 'edit_mode', how: 'add', canvasId: canvas.id, blockId }),
    ],
  ]);
}

/** The active canvas in a finished or paused state says so; none offers a new one. */
function withCanvas(turn: Turn, action: (canvas: CanvasView) => void): void {
  const canvas = turn.canvas;
  if (!canvas) {
    turn.say('errors.no_canvas', {}, newCanvasButton());
    return;
  }
  action(canvas);
}

function openCanvas(turn: Turn, canvas: CanvasView, lead: Line[]): void {
  const inProgress = canvas.step.kind !== 'done';
  turn.activate(canvas, { kind: inProgress ? 'filling' : 'idle' });
  present(turn, canvas, lead);
}

function deleteCanvas(turn: Turn, canvas: CanvasView): void {
  turn.emit({ kind: 'delete_canvas', canvasId: canvas.id });
  const remaining = turn.state.canvases.filter((summary) => summary.id !== canvas.id);
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

// ---------------------------------------------------------------- inputs

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

function addToBlock(turn: Turn, canvas: CanvasView, blockId: BlockId, text: string, messageId: number | null): void {
  turn.emit({ kind: 'add_answer', canvasId: canvas.id, blockId, text, messageId });
  const current = turn.update(withAnswers(canvas, blockId, [...canvas.answers[blockId], { questionIndex: null, text, messageId }]));
  turn.setMode({ kind: 'filling' });
  const from: QuestionStep = { kind: 'question', blockId, questionIndex: 0, ...returnPoint(canvas.step) };
  // A typed block is classified again and its types are asked for anew.
  afterBlock(turn, current, blockId, from, [line('edit.added', { title: blockTitle(blockId) })], canvas.answers[blockId]);
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

/** Presses of step-bound buttons on an older message only re-show where the canvas is. */
function isStale(turn: Turn, canvas: CanvasView, stepVersion: number): boolean {
  return stepVersion !== canvas.stepVersion || turn.canvas?.id !== canvas.id;
}

function staleButton(turn: Turn, canvas: CanvasView): void {
  turn.answerButton('errors.stale_button');
  if (turn.canvas?.id === canvas.id) present(turn, turn.canvas);
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
    case 'edit_block': {
      turn.answerButton();
      const answers = canvas.answers[action.blockId];
      const answeredQuestions = answers.some((item) => item.questionIndex !== null);
      const skipped = answers.length === 0 ? 0 : answeredQuestions ? firstUnanswered(canvas, action.blockId) : null;
      if (skipped !== null) {
        // An empty block, or one with a skipped question, goes straight to the question to answer.
        turn.activate(canvas, { kind: 'filling' });
        goTo(turn, canvas, { kind: 'question', blockId: action.blockId, questionIndex: skipped, ...returnPoint(canvas.step) }, [
          line(answers.length === 0 ? 'edit.empty_block' : 'edit.skipped_question', { title: blockTitle(action.blockId) }),
        ]);
        return;
      }
      blockMenu(turn, canvas, action.blockId);
      return;
    }
    case 'edit_mode': {
      turn.answerButton();
      const title = blockTitle(action.blockId);
      if (action.how === 'add') {
        turn.activate(canvas, { kind: 'adding', blockId: action.blockId });
        turn.say('edit.ask_addition', { title });
        return;
      }
      turn.activate(canvas, { kind: 'filling' });
      // The old answers stay until the new ones are complete.
      goTo(turn, canvas, { kind: 'question', blockId: action.blockId, questionIndex: 0, ...returnPoint(canvas.step), draft: [] }, [
        line('edit.replacing', { title }),
      ]);
      return;
    }
    case 'fill_empty': {
      turn.answerButton();
      const first = emptyBlocks(canvas)[0];
      if (!first) {
        present(turn, canvas);
        return;
      }
      turn.activate(canvas, { kind: 'filling' });
      goTo(turn, canvas, { kind: 'question', blockId: first, questionIndex: 0, ...nextEmpty(canvas, first) }, [
        line('flow.filling_empty', { count: emptyBlocks(canvas).length }),
      ]);
      return;
    }
  }
}

/** Filling the empty blocks one after another: each returns to the next empty one, the last to the finished canvas. */
function nextEmpty(canvas: CanvasView, blockId: BlockId): Pick<QuestionStep, 'returnTo' | 'resumeAt'> {
  const following = emptyBlocks(canvas).find((id) => BLOCK_IDS.indexOf(id) > BLOCK_IDS.indexOf(blockId));
  return following ? { returnTo: 'resume', resumeAt: { blockId: following, questionIndex: 0 } } : { returnTo: 'done' };
}

function onTypesButton(
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
  return { state: turn.state, effects: turn.effects };
}
