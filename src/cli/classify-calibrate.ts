/**
 * Calibrates pre-ticking on the rules' first runs: what the rules found, with their evidence and
 * confidence, on each blind set before they were tuned on it. `--rebuild` writes
 * tests/classify/first-runs/evidence-before-tuning.jsonl from the git history (the rules as each set found
 * them); without it, the stored file is read. Prints the precision of pre-ticked types and the share
 * pre-ticked for each way of choosing them, on the first runs and on today's rules.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { classifyAnswer, PRETICK_CONFIDENCE, type TypeEvidence } from '../classify/index.ts';
import { readExamples, repoRoot } from './classify-sets.ts';

/** The rules each blind set was first run on (sets 12–14 came together after one round of changes). */
const FIRST_RUN_RULES: readonly (readonly [string, string])[] = [
  ['blind-set-9', '3e98f31^'],
  ['blind-set-10', '3e98f31^'],
  ['blind-set-11', 'c619cc9^'],
  ['blind-set-12', '5842092'],
  ['blind-set-13', '5842092'],
  ['blind-set-14', '5842092'],
  ['blind-set-15', 'c2ef9ff'],
];
const STORED = resolve(repoRoot, 'tests/classify/first-runs/evidence-before-tuning.jsonl');

const RUNNER = `import { readFileSync } from 'node:fs';
const [dir, file, set] = process.argv.slice(2);
const { classifyAnswer } = await import(dir + '/src/classify/classify.ts');
for (const line of readFileSync(file, 'utf8').split('\\n')) {
  if (!line.trim()) continue;
  const { id, block, text } = JSON.parse(line);
  console.log(JSON.stringify({ set, id, evidence: classifyAnswer(block, text).evidence }));
}
`;

interface Run {
  readonly set: string;
  readonly id: string;
  readonly evidence: readonly TypeEvidence[];
}

function rebuild(): void {
  const lines: string[] = [];
  for (const [set, commit] of FIRST_RUN_RULES) {
    const dir = mkdtempSync(join(tmpdir(), 'first-run-'));
    try {
      execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C '${dir}'`], { cwd: repoRoot });
      symlinkSync(resolve(repoRoot, 'node_modules'), join(dir, 'node_modules'));
      writeFileSync(join(dir, 'run.mts'), RUNNER);
      const file = resolve(repoRoot, 'tests/classify', `${set}.jsonl`);
      const out = execFileSync(resolve(repoRoot, 'node_modules/.bin/tsx'), [join(dir, 'run.mts'), dir, file, set], { encoding: 'utf8' });
      lines.push(...out.split('\n').filter((line) => line.trim() !== ''));
      console.error(`${set}: rules of ${commit}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  writeFileSync(STORED, `${lines.join('\n')}\n`);
}

/** One predicted type with what its choice turns on. */
interface Predicted {
  readonly right: boolean;
  readonly confidence: number;
  readonly cues: number;
  readonly oneWord: boolean;
  readonly alone: boolean;
  readonly type: string;
  /** A community whose words have customers among themselves or sharing it ("друг другу", "общаются", "общий чат"). */
  readonly among: boolean;
}

function predicted(runs: readonly Run[]): Predicted[] {
  const gold = new Map<string, readonly string[]>();
  for (const [set] of FIRST_RUN_RULES) {
    for (const example of readExamples(resolve(repoRoot, 'tests/classify', `${set}.jsonl`))) gold.set(`${set}/${example.id}`, example.types);
  }
  return runs.flatMap((run) =>
    run.evidence.map((item) => ({
      right: (gold.get(`${run.set}/${run.id}`) ?? []).includes(item.type),
      confidence: item.confidence ?? 1,
      cues: item.words.length,
      oneWord: item.words.length === 1 && !/\s/u.test((item.words[0] ?? '').trim()),
      alone: run.evidence.length === 1,
      type: item.type,
      among: AMONG.some((stem) => item.words.some((words) => words.toLowerCase().includes(stem))),
    })),
  );
}

const AMONG = ['друг', 'между', 'общ', 'делятся', 'обсужда', 'советуют'];
const DOUBTFUL_ALONE = ['personal_assistance', 'self_service', 'training'];
const sure = (item: Predicted): boolean => item.confidence >= PRETICK_CONFIDENCE;
const lonelyCommunity = (item: Predicted): boolean => item.type === 'community' && !item.alone && !item.among;

const CHOICES: readonly (readonly [string, (item: Predicted) => boolean])[] = [
  ['every type found', () => true],
  ['confidence ≥ 0.6', sure],
  ['… and the only type or 2+ cues', (item) => sure(item) && (item.alone || item.cues >= 2)],
  ['… and the only type', (item) => sure(item) && item.alone],
  ['… and 2+ cues, or the only type by one word', (item) => sure(item) && (item.cues >= 2 || (item.alone && item.oneWord))],
  ['… and 2+ cues', (item) => sure(item) && item.cues >= 2],
  ['… and 2+ cues, or the only type (not doubtful)', (item) => sure(item) && (item.cues >= 2 || (item.alone && !DOUBTFUL_ALONE.includes(item.type)))],
  [
    '… as above, no lone community (shipped)',
    (item) => sure(item) && !lonelyCommunity(item) && (item.cues >= 2 || (item.alone && !DOUBTFUL_ALONE.includes(item.type))),
  ],
];

if (process.argv.includes('--rebuild') || !existsSync(STORED)) rebuild();
const first = predicted(
  readFileSync(STORED, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Run),
);
const todayRuns: Run[] = FIRST_RUN_RULES.flatMap(([set]) =>
  readExamples(resolve(repoRoot, 'tests/classify', `${set}.jsonl`)).map((example) => ({
    set,
    id: example.id,
    evidence: classifyAnswer(example.block, example.text).evidence,
  })),
);
// Today's evidence already carries the cue factor, so its columns show what reaches the user now.
const today = predicted(todayRuns);
const cell = (items: readonly Predicted[], choose: (item: Predicted) => boolean): string => {
  const ticked = items.filter(choose);
  const right = ticked.filter((item) => item.right).length;
  return `${(right / Math.max(1, ticked.length)).toFixed(3)} (${right}/${ticked.length}), ${((100 * ticked.length) / items.length).toFixed(0)}% ticked`;
};
console.log(`first runs of ${FIRST_RUN_RULES.map(([set]) => set.replace('blind-set-', '')).join(', ')}: ${first.length} predicted types`);
console.log(`${'pre-ticked when'.padEnd(48)}${'first runs'.padEnd(32)}today's rules on the same sets`);
for (const [name, choose] of CHOICES) console.log(`${name.padEnd(48)}${cell(first, choose).padEnd(32)}${cell(today, choose)}`);
console.log(`today as shipped (confidence ≥ ${PRETICK_CONFIDENCE}): ${cell(today, (item) => item.confidence >= PRETICK_CONFIDENCE)}`);
