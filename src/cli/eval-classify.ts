/**
 * With a file: per-type precision, recall and F1, macro-F1, exact-set match, pre-ticked precision and
 * the errors of the bot's classifier on that labelled set, then the rules' own figures. Without one: per labelled set (the shared dev set and every set under
 * tests/classify), the rules and the rules with the learned layer fitted on every other set
 * (leave-one-set-out), both with today's rules and with the rules as they were before the set was
 * tuned on (its first run, the closest to fresh text); then all sets together.
 */
import { resolve } from 'node:path';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import { classifyAnswer, PRETICK_CONFIDENCE } from '../classify/classify.ts';
import { classifyAnswer as classifyForBot, evaluate, formatReport, type Classifier, type EvalExample, type EvalReport } from '../classify/index.ts';
import type { Model } from '../classify/learned.ts';
import { chooseGuard, type LabelledSet, leaveOneSetOut, modelClassifier } from '../classify/loso.ts';
import { WORDS_AND_DECISION } from '../classify/train.ts';
import { labelledSets, readExamples } from './classify-sets.ts';

/** The latest sets, the most like fresh text: written after the rules had settled. */
const LATEST_SETS = /^blind-set-(1[7-9]|2\d)$/;

/** The set's model as a classifier, or none when no model was fitted for the set. */
const at = (models: ReadonlyMap<string, Model>, set: LabelledSet, make: (model: Model) => Classifier): Classifier | null => {
  const model = models.get(set.name);
  return model ? make(model) : null;
};

/** Several sets' classifiers as one, each answer classified by its own set's (answer ids are unique across sets). */
function pooled(bySet: readonly (readonly [LabelledSet, Classifier])[]): Classifier {
  const byId = new Map<string, Classifier>();
  for (const [set, classifier] of bySet) for (const example of set.examples) byId.set(example.id, classifier);
  const first = bySet[0]?.[1];
  if (!first) throw new Error('no set to pool');
  // One pre-tick threshold for the pooled answers: every set's classifier of a column shares it.
  return { classify: (example) => (byId.get(example.id) ?? first).classify(example), pretick: first.pretick };
}

if (process.argv[2]) {
  const file = resolve(process.cwd(), process.argv[2]);
  const examples = readExamples(file);
  // The bot's classifier (the rules weighed by the learned layer), then the rules alone for comparison.
  const bot: Classifier = { classify: (example) => classifyForBot(example.block, example.text), pretick: PRETICK_CONFIDENCE };
  const rules = evaluate(examples);
  console.log(`${file}\n`);
  console.log(formatReport(evaluate(examples, bot)));
  console.log(
    `\nthe rules alone: macro-F1 ${rules.macroF1.toFixed(3)}, exact-set match ${rules.exactMatch.toFixed(3)}, pre-ticked precision ${rules.pretickPrecision.toFixed(3)}`,
  );
} else {
  const sets = labelledSets();
  const { models, pretick } = leaveOneSetOut(sets);
  // Fitted on no feature that today's rules compute for the answers learned from: their words and first-run decision.
  const plain = leaveOneSetOut(sets, WORDS_AND_DECISION);
  const guard = chooseGuard(sets, plain.models);
  /** The rules' first-run decision as a classifier, every type pre-ticked (they had no confidences then). */
  const firstRules = (firstRun: ReadonlyMap<string, readonly BusinessTypeId[]>): Classifier => ({
    classify: (example: EvalExample) => {
      const types = [...(firstRun.get(example.id) ?? [])];
      return { types, evidence: types.map((type) => ({ type, words: [], confidence: 1 })), recurrence: null, pricing: null };
    },
    pretick: 0,
  });
  type Column = (set: LabelledSet) => Classifier | null;
  const columns: readonly (readonly [string, Column])[] = [
    ['rules', () => ({ classify: (example) => classifyAnswer(example.block, example.text), pretick: PRETICK_CONFIDENCE })],
    ['rules + model', (set) => at(models, set, (model) => modelClassifier(model))],
    ['first run: rules', (set) => (set.firstRun ? firstRules(set.firstRun) : null)],
    ['first run: rules + model', (set) => (set.firstRun ? at(models, set, (model) => modelClassifier(model, set.firstRun)) : null)],
    ['first run: words+decision', (set) => (set.firstRun ? at(plain.models, set, (model) => modelClassifier(model, set.firstRun)) : null)],
    ['first run: rules guarded', (set) => (set.firstRun ? at(plain.models, set, (model) => modelClassifier(model, set.firstRun, guard)) : null)],
  ];
  const cell = (report: EvalReport | null): string =>
    (report ? `${report.macroF1.toFixed(3)} ${(report.exactMatch * 100).toFixed(1).padStart(5)}% ${report.pretickPrecision.toFixed(3)}` : '—').padEnd(27);
  const row = (name: string, group: readonly LabelledSet[]): string => {
    const examples = group.flatMap((set) => set.examples);
    const cells = columns.map(([, column]) => {
      const bySet = group.map((set) => [set, column(set)] as const);
      if (bySet.some(([, classifier]) => classifier === null)) return cell(null);
      return cell(evaluate(examples, pooled(bySet as (readonly [LabelledSet, Classifier])[])));
    });
    return `${name.padEnd(14)}${String(examples.length).padStart(7)}  ${cells.join('')}`;
  };
  console.log(`leave-one-set-out: the model fitted on every other set; model pre-ticks from ${pretick}`);
  console.log(`words+decision: fitted on the words and the first-run decision only, sets without a first run left out; pre-ticks from ${plain.pretick}`);
  console.log(`rules guarded: the first-run rules, a type dropped when words+decision gives it under ${guard.keep}, added from ${guard.add}`);
  console.log('each cell: macro-F1, exact-set match, pre-ticked precision');
  console.log(`${'set'.padEnd(14)}${'answers'.padStart(7)}  ${columns.map(([name]) => name.padEnd(27)).join('')}`);
  for (const set of sets) console.log(row(set.name, [set]));
  const firstRunSets = sets.filter((set) => set.firstRun);
  console.log(row('first-run sets', firstRunSets));
  console.log(
    row(
      'sets 17–28',
      firstRunSets.filter((set) => LATEST_SETS.test(set.name)),
    ),
  );
  console.log(row('all', sets));
}
