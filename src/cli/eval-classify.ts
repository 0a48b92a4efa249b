/**
 * With a file: per-type precision, recall and F1, macro-F1, exact-set match, pre-ticked precision and
 * the errors on that labelled set. Without one: per labelled set (the shared dev set and every set under
 * tests/classify), the rules and the rules with the learned layer fitted on every other set
 * (leave-one-set-out), both with today's rules and with the rules as they were before the set was
 * tuned on (its first run, the closest to fresh text); then all sets together.
 */
import { resolve } from 'node:path';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import { evaluate, formatReport, type Classifier, type EvalExample, type EvalReport } from '../classify/index.ts';
import { leaveOneSetOut, modelClassifier } from '../classify/loso.ts';
import { labelledSets, readExamples } from './classify-sets.ts';

if (process.argv[2]) {
  const file = resolve(process.cwd(), process.argv[2]);
  console.log(`${file}\n`);
  console.log(formatReport(evaluate(readExamples(file))));
} else {
  const sets = labelledSets();
  const { models, pretick } = leaveOneSetOut(sets);
  /** The rules' first-run decision as a classifier, every type pre-ticked (they had no confidences then). */
  const firstRules = (firstRun: ReadonlyMap<string, readonly BusinessTypeId[]>): Classifier => ({
    classify: (example: EvalExample) => {
      const types = [...(firstRun.get(example.id) ?? [])];
      return { types, evidence: types.map((type) => ({ type, words: [], confidence: 1 })), recurrence: null, pricing: null };
    },
    pretick: 0,
  });
  const cell = (report: EvalReport | null): string =>
    (report ? `${report.macroF1.toFixed(3)} ${(report.exactMatch * 100).toFixed(1).padStart(5)}% ${report.pretickPrecision.toFixed(3)}` : '—').padEnd(22);
  console.log(`leave-one-set-out: the model fitted on every other set; model pre-ticks from ${pretick}`);
  console.log('each cell: macro-F1, exact-set match, pre-ticked precision');
  console.log(
    `${'set'.padEnd(14)}${'answers'.padStart(7)}  ${'rules'.padEnd(22)}${'rules + model'.padEnd(22)}${'first run: rules'.padEnd(22)}first run: rules + model`,
  );
  for (const set of sets) {
    const model = models.get(set.name);
    if (!model) continue;
    const { firstRun } = set;
    console.log(
      `${set.name.padEnd(14)}${String(set.examples.length).padStart(7)}  ${cell(evaluate(set.examples))}${cell(evaluate(set.examples, modelClassifier(model)))}${cell(
        firstRun ? evaluate(set.examples, firstRules(firstRun)) : null,
      )}${cell(firstRun ? evaluate(set.examples, modelClassifier(model, firstRun)) : null)}`,
    );
  }
  console.log(
    `${'all'.padEnd(14)}${String(sets.reduce((sum, set) => sum + set.examples.length, 0)).padStart(7)}  ${cell(evaluate(sets.flatMap((set) => set.examples)))}`,
  );
}
