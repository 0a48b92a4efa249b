/**
 * Writes tests/classify/first-runs/rules-before-tuning.jsonl: for each labelled set added to the repository
 * after the classifier, the types the rules found on it as they stood before the commit that added the set
 * (its first run, the rules' behaviour on text they were not tuned on). Reads the rules from git history;
 * the learned layer is fitted on these decisions (see src/classify/loso.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { labelledSets, repoRoot } from './classify-sets.ts';

const git = (...args: string[]): string => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 26 });

/** Classifies every answer of a set file with the rules in `dir` and prints {set,id,types} per line. */
const RUNNER = `import { readFileSync } from 'node:fs';
const [dir, file, set] = process.argv.slice(2);
const { classifyAnswer } = await import(dir + '/src/classify/classify.ts');
for (const line of readFileSync(file, 'utf8').split('\\n')) {
  if (!line.trim()) continue;
  const { id, block, text } = JSON.parse(line);
  console.log(JSON.stringify({ set, id, types: classifyAnswer(block, text).types }));
}
`;

const lines: string[] = [];
for (const set of labelledSets()) {
  const file = resolve(repoRoot, 'tests/classify', `${set.name}.jsonl`);
  const added = git('log', '--diff-filter=A', '--format=%H', '--', `tests/classify/${set.name}.jsonl`).trim().split('\n').pop() ?? '';
  // The dev and extra sets came with the classifier itself: it never ran on them untuned.
  if (added === '' || git('ls-tree', '-r', '--name-only', `${added}^`, '--', 'src/classify/classify.ts').trim() === '') continue;
  const dir = mkdtempSync(join(tmpdir(), 'first-run-'));
  try {
    execFileSync('sh', ['-c', `git archive ${added}^ src | tar -x -C '${dir}'`], { cwd: repoRoot });
    symlinkSync(resolve(repoRoot, 'node_modules'), join(dir, 'node_modules'));
    writeFileSync(join(dir, 'run.mts'), RUNNER);
    const out = execFileSync(resolve(repoRoot, 'node_modules/.bin/tsx'), [join(dir, 'run.mts'), dir, file, set.name], { encoding: 'utf8' });
    lines.push(...out.split('\n').filter((line) => line.trim() !== ''));
    console.error(`${set.name}: rules of ${added.slice(0, 7)}^`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
writeFileSync(resolve(repoRoot, 'tests/classify/first-runs/rules-before-tuning.jsonl'), `${lines.join('\n')}\n`);
