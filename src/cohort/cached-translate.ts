import { translator, type Language } from '../i18n.ts';

/**
 * A translation function that remembers what it returned. i18next takes tens of microseconds a
 * call, and a group of 500 students asks for the same few labels thousands of times per message
 * or export; the locale files do not change while the process runs.
 */
export type CachedTranslate = (key: string, params?: Record<string, string | number>) => string;

const MAX_ENTRIES = 20_000;
const caches = new Map<Language, Map<string, string>>();

export function cachedTranslator(language: Language): CachedTranslate {
  let cache = caches.get(language);
  if (!cache) {
    cache = new Map();
    caches.set(language, cache);
  }
  const store = cache;
  const t = translator(language);
  return (key, params) => {
    const cacheKey = params ? `${key}\u0000${JSON.stringify(params)}` : key;
    let text = store.get(cacheKey);
    if (text === undefined) {
      text = params ? t(key, params) : t(key);
      if (store.size >= MAX_ENTRIES) store.clear();
      store.set(cacheKey, text);
    }
    return text;
  };
}
