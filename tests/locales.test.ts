import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, loadLocaleResources } from '../src/i18n.ts';

function flattenKeys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) => flattenKeys(inner, prefix ? `${prefix}.${key}` : key));
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

describe('keys used in the code', () => {
  /**
   * Every literal key passed to a translation function anywhere in src/ (`t('flow.saved')`,
   * `t('render:date')`), or named as a message key by the conversation (`line('flow.saved')`, `say(…)`).
   */
  function literalKeys(): string[] {
    const keys = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (entry.name.endsWith('.ts')) {
          for (const match of readFileSync(path, 'utf8').matchAll(/\b(?:t|line|say|button|answerButton)\('([a-z_]+(?::[a-z_.]+)?(?:\.[a-z_]+)*)'/g)) {
            if (match[1]) keys.add(match[1]);
          }
        }
      }
    };
    walk(fileURLToPath(new URL('../src', import.meta.url)));
    return [...keys];
  }

  it('finds every literal key in both languages', () => {
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(50);
    const resources = loadLocaleResources();
    for (const language of LANGUAGES) {
      for (const key of keys) {
        const [namespace, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
        const value = path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], resources[language][namespace]);
        expect(typeof value, `${language}/${namespace}:${path}`).toBe('string');
      }
    }
  });
});
