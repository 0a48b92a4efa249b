/** Prints per-type precision, recall and F1, macro-F1, exact-set match and the errors on a labelled set. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate, formatReport, parseExamples } from '../classify/index.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const file = process.argv[2] ? resolve(process.cwd(), process.argv[2]) : resolve(repoRoot, '../shared/eval/dev-set.jsonl');

console.log(`${file}\n`);
console.log(formatReport(evaluate(parseExamples(readFileSync(file, 'utf8')))));
