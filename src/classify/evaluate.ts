/** Measures the classifier on labelled answers: per-type precision/recall/F1, macro-F1, exact-set match. */
import { isTypedBlock, type TypedBlockId } from '../canvas/blocks.ts';
import { REVENUE_TYPE_IDS, RELATIONSHIP_TYPE_IDS, type BusinessTypeId } from '../canvas/business-types.ts';
import { type Classification, classifyAnswer, PRETICK_CONFIDENCE } from './classify.ts';

/** A way to classify answers and the confidence from which its types are pre-ticked. */
export interface Classifier {
  readonly classify: (example: EvalExample) => Classification;
  readonly pretick: number;
}

const DEFAULT_CLASSIFIER: Classifier = { classify: (example) => classifyAnswer(example.block, example.text), pretick: PRETICK_CONFIDENCE };

export interface EvalExample {
  id: string;
  block: TypedBlockId;
  text: string;
  types: BusinessTypeId[];
}

export interface TypeScore {
  type: BusinessTypeId;
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EvalError {
  id: string;
  text: string;
  expected: BusinessTypeId[];
  got: BusinessTypeId[];
}

export interface EvalReport {
  total: number;
  perType: TypeScore[];
  /** Mean F1 over the types that occur in the labels or the predictions. */
  macroF1: number;
  /** Share of answers whose predicted set equals the labelled set. */
  exactMatch: number;
  /** Of the types pre-ticked (confidence at or above the classifier's pre-tick threshold), the share that is right. */
  pretickPrecision: number;
  /** Share of the predicted types that are pre-ticked rather than offered as "maybe". */
  pretickShare: number;
  errors: EvalError[];
}

/** Parses JSON Lines of labelled answers; throws on a line that is not one. */
export function parseExamples(jsonl: string): EvalExample[] {
  return jsonl
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, index) => {
      const value = JSON.parse(line) as Partial<EvalExample>;
      if (typeof value.id !== 'string' || typeof value.text !== 'string' || !Array.isArray(value.types)) {
        throw new Error(`line ${index + 1}: expected {"id","block","text","types"}`);
      }
      if (typeof value.block !== 'string' || !isTypedBlock(value.block)) throw new Error(`line ${index + 1}: unknown block`);
      return { id: value.id, block: value.block, text: value.text, types: value.types };
    });
}

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);

/** Classifies every example and compares with its labels. */
export function evaluate(examples: readonly EvalExample[], classifier: Classifier = DEFAULT_CLASSIFIER): EvalReport {
  const counts = new Map<BusinessTypeId, { tp: number; fp: number; fn: number }>();
  const count = (type: BusinessTypeId) => {
    let entry = counts.get(type);
    if (!entry) {
      entry = { tp: 0, fp: 0, fn: 0 };
      counts.set(type, entry);
    }
    return entry;
  };
  const errors: EvalError[] = [];
  let ticked = 0;
  let tickedRight = 0;
  let predicted = 0;
  for (const example of examples) {
    const result = classifier.classify(example);
    const got = result.types;
    predicted += got.length;
    for (const evidence of result.evidence) {
      if (evidence.confidence < classifier.pretick) continue;
      ticked++;
      if (example.types.includes(evidence.type)) tickedRight++;
    }
    for (const type of got) {
      if (example.types.includes(type)) count(type).tp++;
      else count(type).fp++;
    }
    for (const type of example.types) if (!got.includes(type)) count(type).fn++;
    const same = got.length === example.types.length && got.every((type) => example.types.includes(type));
    if (!same) errors.push({ id: example.id, text: example.text, expected: example.types, got });
  }
  const order: BusinessTypeId[] = [...RELATIONSHIP_TYPE_IDS, ...REVENUE_TYPE_IDS];
  const perType = order
    .filter((type) => counts.has(type))
    .map((type) => {
      const { tp, fp, fn } = count(type);
      const precision = ratio(tp, tp + fp);
      const recall = ratio(tp, tp + fn);
      return { type, support: tp + fn, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
    });
  return {
    total: examples.length,
    perType,
    macroF1: ratio(
      perType.reduce((sum, score) => sum + score.f1, 0),
      perType.length,
    ),
    exactMatch: ratio(examples.length - errors.length, examples.length),
    pretickPrecision: ratio(tickedRight, ticked),
    pretickShare: ratio(ticked, predicted),
    errors,
  };
}

const pct = (value: number): string => value.toFixed(3);

/** A plain-text report for the terminal. */
export function formatReport(report: EvalReport): string {
  const lines = [`type                      support  precision  recall  f1`];
  for (const score of report.perType) {
    lines.push(
      `${score.type.padEnd(26)}${String(score.support).padStart(7)}  ${pct(score.precision).padStart(9)}  ${pct(score.recall).padStart(6)}  ${pct(score.f1)}`,
    );
  }
  lines.push(
    '',
    `answers: ${report.total}`,
    `macro-F1: ${pct(report.macroF1)}`,
    `exact-set match: ${pct(report.exactMatch)}`,
    `pre-ticked precision: ${pct(report.pretickPrecision)} (${pct(report.pretickShare)} of predicted types pre-ticked)`,
  );
  if (report.errors.length > 0) {
    lines.push('', `errors (${report.errors.length}):`);
    for (const error of report.errors) {
      lines.push(`${error.id}  ${error.text}`, `    expected: [${error.expected.join(', ')}]  got: [${error.got.join(', ')}]`);
    }
  }
  return lines.join('\n');
}
