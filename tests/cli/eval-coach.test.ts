import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('eval:coach command', () => {
  it('prints precision, recall and support per check, the micro figures and the errors of a labelled file', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/eval-coach.ts', 'tests/canvas/coaching-set-a.jsonl'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('40 canvases');
    expect(run.stdout).toMatch(/check\s+precision\s+recall\s+support\s+wrong\s+missed/u);
    expect(run.stdout).toMatch(/^segments_everyone\s+1\.000\s+1\.000\s+2\s+0\s+0$/mu);
    expect(run.stdout).toMatch(/^micro: precision \d\.\d{3}, recall \d\.\d{3}, F1 \d\.\d{3}$/mu);
    expect(run.stdout).toMatch(/^ {2}missed a\d\d \w+ \w+: /mu);
  });

  it('says how to use it when no file is given', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/eval-coach.ts'], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run eval:coach FILE');
  });
});
