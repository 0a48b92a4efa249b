import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('classify command', () => {
  it('answers each JSON line in order and reports a malformed line without stopping', () => {
    const input = [
      '{"id":"a1","block":"revenue_streams","text":"мы не продаём рекламу, только подписка 300р/мес"}',
      '{"id":"b2","block":"revenue_streams","text": не json',
      '{"id":"c3","block":"customer_relationships","text":"Клиенты помогают друг другу в нашем чате в тг"}',
    ].join('\n');
    const run = spawnSync('npx', ['tsx', 'src/cli/classify.ts'], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    const lines = run.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toEqual({
      id: 'a1',
      types: ['subscription'],
      evidence: [{ type: 'subscription', words: expect.arrayContaining(['подписка']), confidence: expect.any(Number) }],
      recurrence: 'recurring',
      pricing: 'fixed',
    });
    expect(lines[1]).toEqual({ id: 'b2', error: expect.any(String) });
    expect(lines[2]).toEqual({ id: 'c3', types: ['community'], evidence: [{ type: 'community', words: expect.any(Array), confidence: expect.any(Number) }] });
  });
});

describe('eval:classify command', () => {
  it('reports macro-F1, exact match and the precision of pre-ticked types for a labelled file', () => {
    const run = spawnSync('npx', ['tsx', 'src/cli/eval-classify.ts', 'tests/classify/blind-set-9.jsonl'], {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/answers: 69\n/);
    expect(run.stdout).toMatch(/macro-F1: [01]\.\d{3}/);
    expect(run.stdout).toMatch(/the rules alone: macro-F1 0\.\d{3}, exact-set match 0\.\d{3}, pre-ticked precision [01]\.\d{3}/);
    expect(run.stdout).toMatch(/pre-ticked precision: [01]\.\d{3} \([01]\.\d{3} of predicted types pre-ticked\)/);
  });
});
