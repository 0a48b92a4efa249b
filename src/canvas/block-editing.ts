import { BLOCK_IDS, type BlockId } from './blocks.ts';
import { goTo, present, returnPoint } from './answering.ts';
import { emptyBlocks, firstUnanswered } from './canvas-content.ts';
import type { QuestionStep } from './conversation-mode.ts';
import type { Buttons, CanvasView, Line } from './conversation-types.ts';
import { type Turn, blank, blockShort, blockTitle, button, line } from './turn.ts';

/*
 * Editing a canvas: choosing a block (those a coach returned marked first), its menu, answering it
 * anew or adding to it, and filling the empty blocks one after another.
 */

/** Blocks of this canvas a coach returned, loaded with the state (none outside a course). */
function returnedBlocks(turn: Turn, canvas: CanvasView): Array<{ blockId: BlockId; comment: string | null }> {
  return turn.state.course?.canvasId === canvas.id ? turn.state.course.returned : [];
}

/** The nine blocks to choose from, marked returned, answered or empty. */
export function showBlockChooser(turn: Turn, canvas: CanvasView): void {
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

/** A block's answers (within the message limit), a coach's comment if returned, and replace or add. */
export function blockMenu(turn: Turn, canvas: CanvasView, blockId: BlockId): void {
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

/** Filling the empty blocks one after another: each returns to the next empty one, the last to the finished canvas. */
function nextEmpty(canvas: CanvasView, blockId: BlockId): Pick<QuestionStep, 'returnTo' | 'resumeAt'> {
  const following = emptyBlocks(canvas).find((id) => BLOCK_IDS.indexOf(id) > BLOCK_IDS.indexOf(blockId));
  return following ? { returnTo: 'resume', resumeAt: { blockId: following, questionIndex: 0 } } : { returnTo: 'done' };
}

/** A block chosen to edit: an empty one or one with a skipped question is asked at once, any other shows its menu. */
export function editBlock(turn: Turn, canvas: CanvasView, blockId: BlockId): void {
  const answers = canvas.answers[blockId];
  const answeredQuestions = answers.some((item) => item.questionIndex !== null);
  const skipped = answers.length === 0 ? 0 : answeredQuestions ? firstUnanswered(canvas, blockId) : null;
  if (skipped !== null) {
    // An empty block, or one with a skipped question, goes straight to the question to answer.
    turn.activate(canvas, { kind: 'filling' });
    goTo(turn, canvas, { kind: 'question', blockId, questionIndex: skipped, ...returnPoint(canvas.step) }, [
      line(answers.length === 0 ? 'edit.empty_block' : 'edit.skipped_question', { title: blockTitle(blockId) }),
    ]);
    return;
  }
  blockMenu(turn, canvas, blockId);
}

/** Adding to a block waits for the text; answering it anew starts at its first question. */
export function startEdit(turn: Turn, canvas: CanvasView, blockId: BlockId, how: 'add' | 'replace'): void {
  const title = blockTitle(blockId);
  if (how === 'add') {
    turn.activate(canvas, { kind: 'adding', blockId });
    turn.say('edit.ask_addition', { title });
    return;
  }
  turn.activate(canvas, { kind: 'filling' });
  // The old answers stay until the new ones are complete.
  goTo(turn, canvas, { kind: 'question', blockId, questionIndex: 0, ...returnPoint(canvas.step), draft: [] }, [line('edit.replacing', { title })]);
}

/** The first empty block is asked, then each following empty one, then the finished canvas. */
export function fillEmptyBlocks(turn: Turn, canvas: CanvasView): void {
  const first = emptyBlocks(canvas)[0];
  if (!first) {
    present(turn, canvas);
    return;
  }
  turn.activate(canvas, { kind: 'filling' });
  goTo(turn, canvas, { kind: 'question', blockId: first, questionIndex: 0, ...nextEmpty(canvas, first) }, [
    line('flow.filling_empty', { count: emptyBlocks(canvas).length }),
  ]);
}
