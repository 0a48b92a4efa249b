import { describe, expect, it } from 'vitest';
import { REVENUE_TYPE_IDS, RELATIONSHIP_TYPE_IDS } from '../../src/canvas/business-types.ts';
import { LANGUAGES, loadLocaleResources } from '../../src/i18n.ts';

describe('type labels', () => {
  const resources = loadLocaleResources();

  it('has a label and a hint for every type in every language', () => {
    for (const language of LANGUAGES) {
      const types = resources[language].types as Record<string, { label?: string; hint?: string }>;
      for (const id of [...RELATIONSHIP_TYPE_IDS, ...REVENUE_TYPE_IDS]) {
        expect(types[id]?.label?.trim(), `${language}:${id}.label`).toBeTruthy();
        expect(types[id]?.hint?.trim(), `${language}:${id}.hint`).toBeTruthy();
      }
    }
  });

  it('names every recurrence and pricing value the classifier returns', () => {
    for (const language of LANGUAGES) {
      const types = resources[language].types as Record<string, Record<string, string>>;
      expect(Object.keys(types.recurrence ?? {}).sort()).toEqual(['both', 'one_time', 'recurring']);
      expect(Object.keys(types.pricing ?? {}).sort()).toEqual(['dynamic', 'fixed']);
    }
  });
});
