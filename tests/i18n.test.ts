import { describe, expect, it } from 'vitest';
import { LANGUAGES, i18nextTranslator, loadLocaleResources, translator } from '../src/i18n.ts';

/** Every key of a namespace whose text is a string, as `ns:a.b`. */
function stringKeys(namespace: string, tree: Record<string, unknown>, prefix = ''): Array<[string, string]> {
  return Object.entries(tree).flatMap(([name, value]): Array<[string, string]> => {
    const path = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') return [[`${namespace}:${path}`, value]];
    return value !== null && typeof value === 'object' ? stringKeys(namespace, value as Record<string, unknown>, path) : [];
  });
}

describe('translator', () => {
  const resources = loadLocaleResources();

  it('gives what i18next gives for every text, with every placeholder filled by text or a number, or left out', () => {
    let compared = 0;
    for (const language of LANGUAGES) {
      const fast = translator(language);
      const slow = i18nextTranslator(language);
      for (const [namespace, tree] of Object.entries(resources[language])) {
        for (const [key, text] of stringKeys(namespace, tree)) {
          const names = [...text.matchAll(/\{\{([^{}]*)\}\}/g)].map((match) => (match[1] ?? '').trim());
          const asText = Object.fromEntries(names.map((name) => [name, `<${name} & «x»>`]));
          const asNumbers = Object.fromEntries(names.map((name, index) => [name, index + 2]));
          const shortKey = namespace === 'common' ? key.slice('common:'.length) : key;
          for (const params of [
            asText,
            asNumbers,
            {},
            { ...asNumbers, count: 3 },
            { ...asText, count: 1 },
            { ...asNumbers, count: 0 },
            { ...asText, extra: 'unused' },
          ]) {
            expect(fast(shortKey, params), `${language} ${key} ${JSON.stringify(params)}`).toBe(slow(shortKey, params));
            compared += 1;
          }
          expect(fast(shortKey), `${language} ${key}`).toBe(slow(shortKey));
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('gives what i18next gives for a key that does not exist', () => {
    expect(translator('ru')('nowhere.to_be_found', { name: 'x' })).toBe(i18nextTranslator('ru')('nowhere.to_be_found', { name: 'x' }));
    expect(translator('en')('missing:key')).toBe(i18nextTranslator('en')('missing:key'));
  });
});
