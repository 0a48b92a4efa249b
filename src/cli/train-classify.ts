/**
 * Fits the learned layer (src/classify/learned.ts), on the feature families STORED_FEATURES names, on the labelled
 * sets and writes src/classify/model.json; the pre-tick threshold is calibrated on leave-one-set-out predictions. `--check` writes nothing and fails
 * when the stored model differs from what fitting gives.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STORED_FEATURES } from '../classify/learned.ts';
import { leaveOneSetOut, trainingExamples } from '../classify/loso.ts';
import { FITTING, fitModel } from '../classify/train.ts';
import { labelledSets, repoRoot } from './classify-sets.ts';

const sets = labelledSets();
const options = FITTING[STORED_FEATURES];
const { pretick } = leaveOneSetOut(sets, options);
const json = `${JSON.stringify(fitModel(trainingExamples(sets, options), pretick, options))}\n`;
const file = resolve(repoRoot, 'src/classify/model.json');
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== json) {
    console.error('src/classify/model.json differs from what `npm run train:classify` fits');
    process.exit(1);
  }
  console.log('src/classify/model.json is what fitting gives');
} else {
  writeFileSync(file, json);
  console.log(
    `fitted on ${sets
      .filter((set) => set.firstRun || options.setsWithoutFirstRun)
      .map((set) => set.name)
      .join(', ')}; pre-tick from ${pretick}; wrote ${file}`,
  );
}
