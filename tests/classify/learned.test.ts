import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseExamples } from '../../src/classify/index.ts';
import { PRETICK_CONFIDENCE, readByRules } from '../../src/classify/classify.ts';
import { classifyWithModel, featuresOf, modelOf, STORED_FEATURES } from '../../src/classify/learned.ts';
import { calibratePretick, NEVER_ADD, trainingExamples } from '../../src/classify/loso.ts';
import { FIT_OPTIONS, FITTING, fitModel, WORDS_AND_DECISION } from '../../src/classify/train.ts';
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

  it('reads only the words and the decision of the rules when fitted without what today’s rules compute', () => {
    const text = 'Сдаём лодки посуточно, но не продаём их';
    const features = featuresOf('revenue_streams', readByRules('revenue_streams', text), ['rent_lease'], 'words-and-decision');
    expect(features.shared.filter((name) => !/^(w|b|g|o|n):/.test(name))).toEqual([]);
    // The letters of the words, five at a time with the edges marked: "посуточно" gives "^посу" … "чно$".
    expect(features.shared).toContain('g:^посу');
    expect(features.shared).toContain('g:очно$');
    expect([...features.typed.values()].flat()).toEqual([['t:found', 1]]);
    const all = featuresOf('revenue_streams', readByRules('revenue_streams', text), ['rent_lease']);
    expect([...all.typed.values()].flat().length).toBeGreaterThan(1);
  });

  it('records the feature families it was fitted on and reads the same ones', () => {
    const plain = trainingExamples([{ name: 'blind-set-3', examples: read('blind-set-3.jsonl') }], WORDS_AND_DECISION);
    const stored = fitModel(plain, 0.8, { ...WORDS_AND_DECISION, iterations: 60 });
    expect(stored.features).toBe('words-and-decision');
    expect(Object.keys(stored.blocks.revenue_streams.weights).filter((name) => /^(c|t):/.test(name) && name !== 't:found')).toEqual([]);
  });

  it('under a guard that vetoes nothing and adds nothing, gives the types the rules found', () => {
    const model = modelOf(fitModel(examples, 0.8, options));
    const text = 'Продаём кофе навынос и сдаём зал в аренду по часам';
    const result = classifyWithModel('revenue_streams', text, model, ['asset_sale', 'rent_lease'], { keep: 0, add: NEVER_ADD });
    expect(result.types).toEqual(['asset_sale', 'rent_lease']);
    expect(result.evidence.map((item) => item.confidence)).toEqual([1, 1]);
    const vetoAll = classifyWithModel('revenue_streams', text, model, ['asset_sale', 'rent_lease'], { keep: 1.01, add: NEVER_ADD });
    expect(vetoAll.types).toEqual([]);
  });

  it('pre-ticks the stored model at or under the confidence from which the bot pre-ticks', () => {
    const { pretick } = JSON.parse(readFileSync(`${repoRoot}src/classify/model.json`, 'utf8')) as { pretick: number };
    expect(pretick).toBeLessThanOrEqual(PRETICK_CONFIDENCE);
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
      const fitting = FITTING[STORED_FEATURES];
      expect(`${JSON.stringify(fitModel(trainingExamples(labelledSets(), fitting), pretick, fitting))}\n`).toBe(stored);
    },
    120_000,
  );
});
