import { BLOCK_IDS, type BlockId, isTypedBlock } from './blocks.ts';
import { classifyBlock, currentAnswers, emptyBlocks, typesToTick, withAnswers } from './canvas-content.ts';
import type { CanvasStep, ConfirmTypesStep, DraftAnswer, QuestionStep } from './conversation-mode.ts';
import type { AnswerView, Buttons, CanvasView, Line, NavigationAction } from './conversation-types.ts';
import { coachingLines, doneButtons, doneLine, navigationButtons, questionMessage, resumeButton, typesButtons, typesMessage } from './conversation-messages.ts';
import { exampleFor } from './examples.ts';
import { TOTAL_BLOCKS, firstQuestion, isLastQuestionOfBlock, nextQuestion, previousQuestion } from './navigation.ts';
import { questionCounts } from './questions.ts';
import { type Turn, blank, blockTitle, button, line, message } from './turn.ts';

/*
 * The answering loop: a question is shown, answered or skipped, a block ends in its type
 * confirmation and coaching notes, and the canvas moves on, back, or to where an edit began.
 */

/** Shows the canvas's current step: a question, the type confirmation, or the finished canvas. */
export function present(turn: Turn, canvas: CanvasView, lead: Line[] = [], extra: Buttons = []): void {
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

/** Moves the canvas to a step and shows it (the finished canvas with its picture). */
export function goTo(turn: Turn, canvas: CanvasView, step: CanvasStep, lead: Line[] = [], extra: Buttons = []): void {
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
export function afterBlock(
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
export function answer(turn: Turn, canvas: CanvasView, step: QuestionStep, text: string, messageId: number | null, lead: Line[] = []): void {
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
export function returnPoint(step: CanvasStep): Pick<QuestionStep, 'returnTo' | 'resumeAt'> {
  if (step.kind === 'done') return { returnTo: 'done' };
  if (step.returnTo) return { returnTo: step.returnTo, ...(step.resumeAt ? { resumeAt: step.resumeAt } : {}) };
  if (step.kind === 'question') return { returnTo: 'resume', resumeAt: { blockId: step.blockId, questionIndex: step.questionIndex } };
  const following = BLOCK_IDS[BLOCK_IDS.indexOf(step.blockId) + 1];
  return following ? { returnTo: 'resume', resumeAt: { blockId: following, questionIndex: 0 } } : { returnTo: 'done' };
}

/** Example, skip, back or pause under a question (back from the type question too). */
export function navigate(turn: Turn, canvas: CanvasView, action: NavigationAction): void {
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

/** Text added to a block: stored, and the block is classified and coached again. */
export function addToBlock(turn: Turn, canvas: CanvasView, blockId: BlockId, text: string, messageId: number | null): void {
  turn.emit({ kind: 'add_answer', canvasId: canvas.id, blockId, text, messageId });
  const current = turn.update(withAnswers(canvas, blockId, [...canvas.answers[blockId], { questionIndex: null, text, messageId }]));
  turn.setMode({ kind: 'filling' });
  const from: QuestionStep = { kind: 'question', blockId, questionIndex: 0, ...returnPoint(canvas.step) };
  // A typed block is classified again and its types are asked for anew.
  afterBlock(turn, current, blockId, from, [line('edit.added', { title: blockTitle(blockId) })], canvas.answers[blockId]);
}

/** Presses of step-bound buttons on an older message only re-show where the canvas is. */
export function isStale(turn: Turn, canvas: CanvasView, stepVersion: number): boolean {
  return stepVersion !== canvas.stepVersion || turn.canvas?.id !== canvas.id;
}

/** Answers an outdated press and shows where the canvas is now. */
export function staleButton(turn: Turn, canvas: CanvasView): void {
  turn.answerButton('errors.stale_button');
  if (turn.canvas?.id === canvas.id) present(turn, turn.canvas);
}
