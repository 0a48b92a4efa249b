import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** A canvas as /export writes it, with the given answers (first question of each block). */
function canvasJson(answers: Partial<Record<(typeof BLOCK_IDS)[number], string>>, questions: Record<string, string> = {}) {
  return {
    version: 1,
    title: 'Кофейня',
    language: 'ru',
    author: null,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T11:00:00.000Z',
    blocks: BLOCK_IDS.map((id) => ({
      id,
      title: id,
      answers: answers[id] === undefined ? [] : [{ question: questions[id] ?? null, text: answers[id] }],
      types: [],
    })),
  };
}

function runCoach(input: string): { status: number | null; lines: Array<Record<string, unknown>> } {
  const run = spawnSync('npx', ['tsx', 'src/cli/coach.ts'], { cwd: repoRoot, input, encoding: 'utf8', timeout: 60_000 });
  const lines = run.stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { status: run.status, lines };
}

describe('coach command', () => {
  it('answers each canvas with its notes in order and reports malformed lines without stopping', () => {
    const weak = canvasJson({
      customer_segments: 'Все',
      cost_structure: 'Аренда, зп, реклама',
      key_resources: 'Два бариста, арендованное помещение',
    });
    const strong = canvasJson({ value_propositions: 'Студентам некогда стоять в очереди: кофе за 2 минуты, можно заказать заранее' });
    const input = [
      JSON.stringify({ id: 'weak', canvas: weak }),
      '{"id":"broken","canvas": не json',
      JSON.stringify({ id: 7, canvas: { version: 1, title: 'x', blocks: [] } }),
      JSON.stringify({ id: 'no-canvas' }),
      JSON.stringify({ id: 'strong', canvas: strong }),
    ].join('\n');
    const { status, lines } = runCoach(input);
    expect(status).toBe(0);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toEqual({
      id: 'weak',
      notes: [
        { block: 'customer_segments', check: 'segments_everyone' },
        { block: 'customer_segments', check: 'too_short' },
        { block: 'cost_structure', check: 'costs_no_fixed_variable' },
      ],
    });
    expect(lines[1]).toEqual({ id: 'broken', error: 'not valid JSON' });
    expect(lines[2]).toEqual({ id: 7, error: expect.stringContaining('createdAt') });
    expect(lines[3]).toEqual({ id: 'no-canvas', error: expect.stringContaining('canvas') });
    expect(lines[4]).toEqual({ id: 'strong', notes: [] });
  });

  it('reads the follow-up question from its text, so an answered "main segment" question is taken into account', () => {
    const questions = JSON.parse(readFileSync(`${repoRoot}locales/ru/blocks.json`, 'utf8')) as Record<string, { questions: string[] }>;
    const segments = '1) Кофейни нашего города. 2) Домашние любители кофе.';
    const canvas = canvasJson({ customer_segments: segments });
    const withFollowUp = structuredClone(canvas);
    withFollowUp.blocks[0]!.answers = [
      { question: questions.customer_segments!.questions[0]!, text: segments },
      { question: questions.customer_segments!.questions[1]!, text: 'Кофейни' },
    ];
    const { lines } = runCoach(`${JSON.stringify({ id: 'a', canvas })}\n${JSON.stringify({ id: 'b', canvas: withFollowUp })}\n`);
    expect(lines[0]).toEqual({ id: 'a', notes: [{ block: 'customer_segments', check: 'segments_no_priority' }] });
    expect(lines[1]).toEqual({ id: 'b', notes: [] });
  });
});
