/**
 * With a file: per-type precision, recall and F1, macro-F1, exact-set match, pre-ticked precision and
 * the errors on that labelled set. Without one: one line per labelled set (the shared dev set and every
 * set under tests/classify), then all sets together.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, formatReport, parseExamples, type EvalExample, type EvalReport } from '../classify/index.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string): EvalExample[] => parseExamples(readFileSync(file, 'utf8'));

if (process.argv[2]) {
  const file = resolve(process.cwd(), process.argv[2]);
  console.log(`${file}\n`);
  console.log(formatReport(evaluate(read(file))));
} else {
  const setsDir = resolve(repoRoot, 'tests/classify');
  const devSet = resolve(repoRoot, '../shared/eval/dev-set.jsonl');
  const files = [
    ...(existsSync(devSet) ? [devSet] : []),
    ...readdirSync(setsDir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((name) => resolve(setsDir, name)),
  ];
  const row = (name: string, report: EvalReport): string =>
    `${name.padEnd(22)}${String(report.total).padStart(7)}  ${report.macroF1.toFixed(3).padStart(8)}  ${report.exactMatch
      .toFixed(3)
      .padStart(5)}  ${report.pretickPrecision.toFixed(3).padStart(10)}  ${report.pretickShare.toFixed(3).padStart(7)}`;
  console.log(`set                   answers  macro-F1  exact  pre-ticked  ticked`);
  const all: EvalExample[] = [];
  for (const file of files) {
    const examples = read(file);
    all.push(...examples);
    console.log(row(basename(file, '.jsonl'), evaluate(examples)));
  }
  console.log(row('all', evaluate(all)));
}
