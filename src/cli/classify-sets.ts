/** The labelled answer sets: the shared dev set (when present) and every set under tests/classify, in order. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { parseExamples, type EvalExample } from '../classify/index.ts';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import type { LabelledSet } from '../classify/loso.ts';
import { projectPath } from '../project-files.ts';

export const repoRoot = projectPath();

export const readExamples = (file: string): EvalExample[] => parseExamples(readFileSync(file, 'utf8'));

/** What the rules found on each blind set before they were tuned on it, kept from the first runs. */
const FIRST_RUNS = resolve(repoRoot, 'tests/classify/first-runs/rules-before-tuning.jsonl');

function firstRuns(): Map<string, Map<string, BusinessTypeId[]>> {
  const bySet = new Map<string, Map<string, BusinessTypeId[]>>();
  for (const line of readFileSync(FIRST_RUNS, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    const { set, id, types } = JSON.parse(line) as { set: string; id: string; types: BusinessTypeId[] };
    let ids = bySet.get(set);
    if (!ids) {
      ids = new Map();
      bySet.set(set, ids);
    }
    ids.set(id, types);
  }
  return bySet;
}

export function labelledSets(): LabelledSet[] {
  const runs = firstRuns();
  const setsDir = resolve(repoRoot, 'tests/classify');
  const devSet = resolve(repoRoot, '../shared/eval/dev-set.jsonl');
  const files = [
    ...(existsSync(devSet) ? [devSet] : []),
    ...readdirSync(setsDir)
      .filter((name) => name.endsWith('.jsonl'))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
      .map((name) => resolve(setsDir, name)),
  ];
  return files.map((file) => {
    const name = basename(file, '.jsonl');
    const firstRun = runs.get(name);
    return { name, examples: readExamples(file), ...(firstRun ? { firstRun } : {}) };
  });
}
