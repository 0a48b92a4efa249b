import { describe, expect, it } from 'vitest';
import { LANGUAGES, loadLocaleResources } from '../src/i18n.ts';

function flattenKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    flattenKeys(inner, prefix ? `${prefix}.${key}` : key),
  );
}

describe('locales', () => {
  const resources = loadLocaleResources();

  it('has the same namespaces in every language', () => {
    const [first, ...rest] = LANGUAGES;
    for (const language of rest) {
      expect(Object.keys(resources[language]).sort()).toEqual(Object.keys(resources[first]).sort());
    }
  });

  it('has every key of every namespace in every language, none empty', () => {
    for (const namespace of Object.keys(resources.ru)) {
      const keySets = LANGUAGES.map((language) => flattenKeys(resources[language][namespace]).sort());
      for (const keys of keySets.slice(1)) expect(keys).toEqual(keySets[0]);
      for (const language of LANGUAGES) {
        for (const key of flattenKeys(resources[language][namespace])) {
          const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources[language][namespace]);
          expect(typeof value === 'string' ? value.trim().length : 1, `${language}/${namespace}:${key}`).toBeGreaterThan(0);
        }
      }
    }
  });
});
