/** Reads canvases for the coach tools: one JSON line `{"id","canvas"}` (and `"notes"` in a labelled set). */
import { isBlockId, type BlockId } from '../canvas/blocks.ts';
import type { LabelledCanvas, NoteRef } from '../canvas/coaching-evaluation.ts';
import { blockQuestions } from '../canvas/questions.ts';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { LANGUAGES } from '../i18n.ts';
import { parseCanvasJson } from '../render/canvas-json.ts';
import { idOfBrokenLine, type LineId } from './json-lines.ts';

export type { LineId };

export type CanvasLine = { id: LineId; canvas: CanvasSnapshot; input: Record<string, unknown> } | { id: LineId; error: string };

/**
 * canvas.json keeps the text of each guiding question, not its position; some checks need the
 * position (an answered follow-up question), so it is recovered from the question's text. A question
 * worded otherwise than ours ("Какой сегмент главный?") gets its place among the block's questions:
 * the bot asks them in order, so the second one asked is at least our second.
 */
function withQuestionIndexes(canvas: CanvasSnapshot): CanvasSnapshot {
  return {
    ...canvas,
    blocks: canvas.blocks.map((block) => {
      const questionSets = LANGUAGES.map((language) => blockQuestions(language, block.id));
      // The questions of this block in the order the canvas gives them.
      const asked: string[] = [];
      return {
        ...block,
        answers: block.answers.map((answer) => {
          if (answer.question === null) return { ...answer, questionIndex: null };
          const question = answer.question.trim();
          if (!asked.includes(question)) asked.push(question);
          const index = questionSets.map((questions) => questions.indexOf(question)).find((found) => found >= 0);
          return { ...answer, questionIndex: index ?? asked.indexOf(question) };
        }),
      };
    }),
  };
}

function describeError(error: unknown): string {
  if (error !== null && typeof error === 'object' && 'issues' in error && Array.isArray(error.issues)) {
    const [issue] = error.issues as Array<{ path: PropertyKey[]; message: string }>;
    if (issue) return `canvas.${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`;
  }
  return error instanceof Error ? error.message : String(error);
}

/** One input line as a canvas, or the reason it cannot be read. */
export function readCanvasLine(line: string): CanvasLine {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: idOfBrokenLine(line), error: 'not valid JSON' };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { id: null, error: 'expected a JSON object' };
  const record = input as Record<string, unknown>;
  const id: LineId = typeof record.id === 'string' || typeof record.id === 'number' ? record.id : null;
  if (record.canvas === null || typeof record.canvas !== 'object') return { id, error: 'canvas must be a canvas.json object' };
  try {
    return { id, canvas: withQuestionIndexes(parseCanvasJson(record.canvas)), input: record };
  } catch (error) {
    return { id, error: describeError(error) };
  }
}

function readNote(value: unknown): NoteRef | null {
  if (value === null || typeof value !== 'object') return null;
  const { block, check } = value as Record<string, unknown>;
  if (typeof block !== 'string' || !isBlockId(block) || typeof check !== 'string') return null;
  return { block: block as BlockId, check };
}

/** Parses a labelled set (JSON Lines with `"notes"`); throws on a line that is not one, naming it. */
export function parseLabelledCanvases(jsonl: string): LabelledCanvas[] {
  return jsonl.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    const read = readCanvasLine(line);
    if ('error' in read) throw new Error(`line ${index + 1}: ${read.error}`);
    const notes = read.input.notes;
    if (!Array.isArray(notes)) throw new Error(`line ${index + 1}: "notes" must be an array`);
    const refs = notes.map(readNote);
    if (refs.some((note) => note === null)) throw new Error(`line ${index + 1}: each note is {"block","check"} with a known block id`);
    return [{ id: String(read.id), canvas: read.canvas, notes: refs as NoteRef[] }];
  });
}
