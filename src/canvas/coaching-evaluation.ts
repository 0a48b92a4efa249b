/** Measures the coaching checks on labelled canvases: per-check precision and recall, micro figures, the errors. */
import { BLOCK_IDS, type BlockId } from './blocks.ts';
import { findWeakSpots } from './coaching.ts';
import type { CanvasSnapshot } from './snapshot.ts';

/** One note as the coach command writes it and a labelled set holds it. */
export interface NoteRef {
  block: BlockId;
  check: string;
}

export interface LabelledCanvas {
  id: string;
  canvas: CanvasSnapshot;
  /** What a good coach would point out, block by block. */
  notes: NoteRef[];
}

export interface CheckScore {
  check: string;
  /** Labelled notes of this check. */
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Null when the check never fired: there is nothing to be precise about. */
  precision: number | null;
  recall: number | null;
}

export interface CoachingEvalError {
  id: string;
  block: BlockId;
  check: string;
  /** `wrong`: the check fired where no note is labelled; `missed`: a labelled note it did not give. */
  kind: 'wrong' | 'missed';
  /** The block's answers, for reading the error without opening the file. */
  text: string;
}

export interface CoachingEvalReport {
  canvases: number;
  perCheck: CheckScore[];
  micro: { precision: number | null; recall: number | null; f1: number | null };
  errors: CoachingEvalError[];
}

/** Every note the checks give on a whole canvas, block by block in asking order. */
export function reviewCanvas(canvas: CanvasSnapshot): NoteRef[] {
  return BLOCK_IDS.flatMap((block) => findWeakSpots(block, canvas).map((note) => ({ block, check: note.key })));
}

const ratio = (numerator: number, denominator: number): number | null => (denominator === 0 ? null : numerator / denominator);
const noteKey = (note: NoteRef): string => `${note.block} ${note.check}`;

function blockText(canvas: CanvasSnapshot, blockId: BlockId): string {
  const block = canvas.blocks.find((candidate) => candidate.id === blockId);
  return (block?.answers ?? []).map((answer) => answer.text).join(' / ');
}

/** Runs the checks on every labelled canvas and compares with the labels. */
export function evaluateCoaching(examples: readonly LabelledCanvas[], review = reviewCanvas): CoachingEvalReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number }>();
  const count = (check: string) => {
    let entry = counts.get(check);
    if (!entry) {
      entry = { tp: 0, fp: 0, fn: 0 };
      counts.set(check, entry);
    }
    return entry;
  };
  const errors: CoachingEvalError[] = [];
  for (const example of examples) {
    const expected = new Set(example.notes.map(noteKey));
    const got = review(example.canvas);
    const gotKeys = new Set(got.map(noteKey));
    const error = (note: NoteRef, kind: CoachingEvalError['kind']): CoachingEvalError => ({
      id: example.id,
      block: note.block,
      check: note.check,
      kind,
      text: blockText(example.canvas, note.block),
    });
    for (const note of got) {
      if (expected.has(noteKey(note))) count(note.check).tp++;
      else {
        count(note.check).fp++;
        errors.push(error(note, 'wrong'));
      }
    }
    for (const note of example.notes) {
      if (gotKeys.has(noteKey(note))) continue;
      count(note.check).fn++;
      errors.push(error(note, 'missed'));
    }
  }
  const perCheck = [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([check, { tp, fp, fn }]) => ({
      check,
      support: tp + fn,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: ratio(tp, tp + fp),
      recall: ratio(tp, tp + fn),
    }));
  const total = perCheck.reduce((sum, score) => ({ tp: sum.tp + score.truePositives, fp: sum.fp + score.falsePositives, fn: sum.fn + score.falseNegatives }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  const precision = ratio(total.tp, total.tp + total.fp);
  const recall = ratio(total.tp, total.tp + total.fn);
  const f1 = precision === null || recall === null ? null : ratio(2 * precision * recall, precision + recall);
  return { canvases: examples.length, perCheck, micro: { precision, recall, f1 }, errors };
}

const figure = (value: number | null): string => (value === null ? '  —  ' : value.toFixed(3));
const MAX_ERROR_TEXT = 160;

/** The report as a plain-text table followed by the errors. */
export function formatCoachingReport(report: CoachingEvalReport): string {
  const width = Math.max(5, ...report.perCheck.map((score) => score.check.length));
  const lines = [
    `${report.canvases} canvases`,
    '',
    `${'check'.padEnd(width)}  precision  recall  support  wrong  missed`,
    ...report.perCheck.map(
      (score) =>
        `${score.check.padEnd(width)}  ${figure(score.precision).padStart(9)}  ${figure(score.recall).padStart(6)}  ` +
        `${String(score.support).padStart(7)}  ${String(score.falsePositives).padStart(5)}  ${String(score.falseNegatives).padStart(6)}`,
    ),
    '',
    `micro: precision ${figure(report.micro.precision)}, recall ${figure(report.micro.recall)}, F1 ${figure(report.micro.f1)}`,
  ];
  if (report.errors.length > 0) {
    lines.push('', `errors (${report.errors.length}):`);
    for (const error of report.errors) {
      const text = error.text.length > MAX_ERROR_TEXT ? `${error.text.slice(0, MAX_ERROR_TEXT - 1)}…` : error.text;
      lines.push(`  ${error.kind.padEnd(6)} ${error.id} ${error.block} ${error.check}: ${text}`);
    }
  }
  return lines.join('\n');
}
