/**
 * Answers classified per second on one core: the dev set and the extra set, each answer classified many
 * times over in several runs; prints the median run. The word memo is emptied before every run.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyAnswer, parseExamples } from '../classify/index.ts';
import { clearWordMemo } from '../classify/classify.ts';
import { projectPath } from '../project-files.ts';

const repoRoot = projectPath();
const files = [resolve(repoRoot, '../shared/eval/dev-set.jsonl'), resolve(repoRoot, 'tests/classify/extra-set.jsonl')];
const examples = files.flatMap((file) => {
  try {
    return parseExamples(readFileSync(file, 'utf8'));
  } catch {
    return [];
  }
});
if (examples.length === 0) throw new Error('no answers to measure with');

const RUNS = 7;
const MIN_ANSWERS = 20_000;
const passes = Math.ceil(MIN_ANSWERS / examples.length);

function run(): number {
  clearWordMemo();
  const started = process.hrtime.bigint();
  let count = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const example of examples) {
      classifyAnswer(example.block, example.text);
      count++;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return count / seconds;
}

run(); // warm-up: JIT and lexicon compilation
const rates = Array.from({ length: RUNS }, run).sort((a, b) => a - b);
const median = rates[Math.floor(RUNS / 2)] ?? 0;
console.log(`answers: ${examples.length} distinct × ${passes} passes, ${RUNS} runs`);
console.log(`runs (answers/s): ${rates.map((rate) => Math.round(rate)).join(', ')}`);
console.log(`median: ${Math.round(median)} answers/second`);
