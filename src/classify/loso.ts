/**
 * Leave-one-set-out: for each labelled set, the learned layer fitted on every other set. The rules'
 * decision among its features is, where kept, what the rules found on a set before they were tuned on
 * it (its first run): that is what the rules do on fresh text, while today's rules know every set.
 */
import type { BusinessTypeId } from '../canvas/business-types.ts';
import type { Classifier, EvalExample } from './evaluate.ts';
import { classifyWithModel, modelOf, type Model } from './learned.ts';
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
export function trainingExamples(sets: readonly LabelledSet[]): TrainingExample[] {
  return sets.flatMap((set) => set.examples.map((example) => trainingExample(example, set.firstRun?.get(example.id))));
}

/** The model as a classifier; with `firstRun`, fed the rules' first-run decision instead of today's. */
export function modelClassifier(model: Model, firstRun?: ReadonlyMap<string, readonly BusinessTypeId[]>): Classifier {
  return {
    classify: (example) => classifyWithModel(example.block, example.text, model, firstRun?.get(example.id)),
    pretick: model.pretick,
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
  const features = new Map<string, TrainingExample[]>(sets.map((set) => [set.name, trainingExamples([set])]));
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
