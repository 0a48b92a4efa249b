/**
 * Leave-one-set-out: for each labelled set, the learned layer fitted on every other set. The rules'
 * decision among its features is, where kept, what the rules found on a set before they were tuned on
 * it (its first run): that is what the rules do on fresh text, while today's rules know every set.
 */
import { TYPE_IDS_BY_BLOCK, type BusinessTypeId } from '../canvas/business-types.ts';
import { PRETICK_CONFIDENCE, readByRules } from './classify.ts';
import type { Classifier, EvalExample } from './evaluate.ts';
import { classifyWithModel, featuresOf, type Guard, MODEL_DECIDES, modelOf, type Model, probabilities } from './learned.ts';
import { fitModel, FIT_OPTIONS, type FitOptions, trainingExample, type TrainingExample } from './train.ts';

export interface LabelledSet {
  readonly name: string;
  readonly examples: readonly EvalExample[];
  /** Per answer id, the types the rules found before they were tuned on this set (its first run). */
  readonly firstRun?: ReadonlyMap<string, readonly BusinessTypeId[]>;
}

/** Pre-ticked types must be right this often on sets the model was not fitted on. */
export const PRETICK_PRECISION = 0.95;

/** The answers of the sets to learn from, each with the rules' first-run decision where it is known. */
export function trainingExamples(sets: readonly LabelledSet[], options: FitOptions = FIT_OPTIONS): TrainingExample[] {
  return sets
    .filter((set) => set.firstRun || options.setsWithoutFirstRun)
    .flatMap((set) => set.examples.map((example) => trainingExample(example, set.firstRun?.get(example.id), options.features)));
}

/**
 * The model as a classifier; with `firstRun`, fed the rules' first-run decision instead of today's. Under a
 * guard the rules' types keep the rules' pre-tick, and what the model adds is pre-ticked by the same measure.
 */
export function modelClassifier(model: Model, firstRun?: ReadonlyMap<string, readonly BusinessTypeId[]>, guard: Guard = MODEL_DECIDES): Classifier {
  return {
    classify: (example) => classifyWithModel(example.block, example.text, model, firstRun?.get(example.id), guard),
    pretick: guard.modelConfidence === true ? model.pretick : PRETICK_CONFIDENCE,
  };
}

/** One predicted type's confidence and whether the label has it. */
export interface Prediction {
  readonly confidence: number;
  readonly right: boolean;
}

function predictionsOf(examples: readonly EvalExample[], classifier: Classifier): Prediction[] {
  return examples.flatMap((example) =>
    classifier.classify(example).evidence.map((item) => ({ confidence: item.confidence, right: example.types.includes(item.type) })),
  );
}

/**
 * The lowest confidence from which pre-ticked types are right at least `target` of the time, and stay so
 * for every higher threshold, so a small shift of the data does not drop below it.
 */
export function calibratePretick(predictions: readonly Prediction[], target: number): number {
  const thresholds = [...new Set(predictions.map((item) => item.confidence))].sort((a, b) => a - b);
  let chosen = 1;
  for (let i = thresholds.length - 1; i >= 0; i--) {
    const threshold = thresholds[i] as number;
    const ticked = predictions.filter((item) => item.confidence >= threshold);
    const right = ticked.filter((item) => item.right).length;
    if (right / ticked.length < target) break;
    chosen = threshold;
  }
  return chosen;
}

export interface LeftOut {
  /** Per set, the model fitted on all the other sets. */
  readonly models: ReadonlyMap<string, Model>;
  /** Calibrated on the left-out predictions (first-run decisions where kept), pooled over the sets. */
  readonly pretick: number;
}

export function leaveOneSetOut(sets: readonly LabelledSet[], options: FitOptions = FIT_OPTIONS): LeftOut {
  const features = new Map<string, TrainingExample[]>(sets.map((set) => [set.name, trainingExamples([set], options)]));
  const fitted = new Map<string, Model>();
  for (const set of sets) {
    const rest = sets.filter((other) => other !== set).flatMap((other) => features.get(other.name) ?? []);
    fitted.set(set.name, modelOf(fitModel(rest, 0, options)));
  }
  const predictions = sets.flatMap((set) => {
    const model = fitted.get(set.name);
    return model ? predictionsOf(set.examples, modelClassifier(model, set.firstRun)) : [];
  });
  const pretick = calibratePretick(predictions, PRETICK_PRECISION);
  return { models: new Map([...fitted].map(([name, model]) => [name, { ...model, pretick }])), pretick };
}

/** Thresholds tried for a guard: removing a type of the rules below `keep`, adding one at or above `add`. */
const KEEP_STEPS = [0, 0.01, 0.02, 0.03, 0.05, 0.07, 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5];
/** Above any probability: nothing is added. */
export const NEVER_ADD = 1.01;
const ADD_STEPS = [NEVER_ADD, 0.99, 0.98, 0.95, 0.9, 0.85, 0.8, 0.7, 0.6];

/**
 * The guard that makes the most first-run answers exactly right on the sets each model was not fitted on, pooled,
 * among those whose pre-ticked types (every type kept or added; added ones are sure) are right at least as often
 * as the first-run rules' types. Ties go to the guard that changes the rules least. With the words-and-decision
 * model a veto alone gains little (exact match on the first-run sets 77.3% for the rules, 77.8% vetoing under
 * 0.1, 78.6% under 0.5) and sure additions less (77.7% adding from 0.8); the model deciding alone gives 79.9%.
 */
export function chooseGuard(sets: readonly LabelledSet[], models: ReadonlyMap<string, Model>): Guard {
  const answers = sets.flatMap((set) => {
    const model = models.get(set.name);
    const { firstRun } = set;
    if (!model || !firstRun) return [];
    return set.examples.map((example) => {
      const found = firstRun.get(example.id) ?? [];
      const reading = readByRules(example.block, example.text);
      const p = probabilities(example.block, featuresOf(example.block, reading, found, model.features), model.blocks[example.block]);
      return { types: TYPE_IDS_BY_BLOCK[example.block], p, found, labels: example.types };
    });
  });
  const score = (guard: Guard) => {
    let exact = 0;
    let given = 0;
    let right = 0;
    for (const answer of answers) {
      const got = answer.types.filter((type, k) => (answer.p[k] ?? 0) >= (answer.found.includes(type) ? guard.keep : guard.add));
      given += got.length;
      right += got.filter((type) => answer.labels.includes(type)).length;
      if (got.length === answer.labels.length && got.every((type) => answer.labels.includes(type))) exact++;
    }
    return { exact, precision: given === 0 ? 0 : right / given };
  };
  const rules = score({ keep: 0, add: NEVER_ADD });
  let best: Guard = { keep: 0, add: NEVER_ADD };
  let bestExact = rules.exact;
  for (const keep of KEEP_STEPS) {
    for (const add of ADD_STEPS) {
      const { exact, precision } = score({ keep, add });
      if (exact > bestExact && precision >= rules.precision) {
        best = { keep, add };
        bestExact = exact;
      }
    }
  }
  return best;
}
