/** Prints per-check precision, recall and support, micro figures and the errors of the coaching checks on a labelled set. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateCoaching, formatCoachingReport } from '../canvas/coaching-evaluation.ts';
import { parseLabelledCanvases } from './coach-input.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: npm run eval:coach FILE [FILE…]');
  process.exit(2);
}
for (const argument of files) {
  const file = resolve(process.cwd(), argument);
  console.log(`${file}\n`);
  console.log(`${formatCoachingReport(evaluateCoaching(parseLabelledCanvases(readFileSync(file, 'utf8'))))}\n`);
}
