import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseExamples } from '../../src/classify/index.ts';
import { classifyWithModel, modelOf } from '../../src/classify/learned.ts';
import { calibratePretick, trainingExamples } from '../../src/classify/loso.ts';
import { FIT_OPTIONS, fitModel } from '../../src/classify/train.ts';
import { labelledSets, repoRoot } from '../../src/cli/classify-sets.ts';

const read = (name: string) => parseExamples(readFileSync(fileURLToPath(new URL(`./${name}`, import.meta.url)), 'utf8'));
const options = { ...FIT_OPTIONS, iterations: 60 };

describe('learned layer', () => {
  const examples = trainingExamples([
    { name: 'blind-set-3', examples: read('blind-set-3.jsonl') },
    { name: 'blind-set-5', examples: read('blind-set-5.jsonl') },
  ]);

  it('fits the same weights every time from the same answers', () => {
    expect(JSON.stringify(fitModel(examples, 0.8, options))).toBe(JSON.stringify(fitModel(examples, 0.8, options)));
  });

  it('learns the types of the answers it was fitted on, with the rules’ evidence as words', () => {
    const model = modelOf(fitModel(examples, 0.8, options));
    const result = classifyWithModel('revenue_streams', 'Продаём свежие цветы и букеты в магазине', model);
    expect(result.types).toEqual(['asset_sale']);
    expect(result.evidence[0]?.words.length).toBeGreaterThan(0);
  });

  it('pre-ticks from the lowest confidence above which precision stays at the target', () => {
    const predictions = [
      { confidence: 0.95, right: true },
      { confidence: 0.9, right: true },
      { confidence: 0.8, right: false },
      { confidence: 0.7, right: true },
    ];
    expect(calibratePretick(predictions, 0.95)).toBe(0.9);
    expect(calibratePretick(predictions, 0.6)).toBe(0.7);
  });

  // The stored weights were fitted with the shared dev set; a clone without it cannot refit them.
  it.skipIf(!existsSync(`${repoRoot}../shared/eval/dev-set.jsonl`))(
    'stores the weights that fitting on every labelled set gives',
    () => {
      const stored = readFileSync(`${repoRoot}src/classify/model.json`, 'utf8');
      const { pretick } = JSON.parse(stored) as { pretick: number };
      expect(`${JSON.stringify(fitModel(trainingExamples(labelledSets()), pretick))}\n`).toBe(stored);
    },
    120_000,
  );
});
