import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type TFunction } from 'i18next';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ru';

export const LOCALES_DIR = fileURLToPath(new URL('../locales/', import.meta.url));

type Resources = Record<Language, Record<string, Record<string, unknown>>>;

/** Reads every `locales/<lang>/<namespace>.json` file; one namespace per area of the bot. */
export function loadLocaleResources(dir: string = LOCALES_DIR): Resources {
  const resources = {} as Resources;
  for (const language of LANGUAGES) {
    const namespaces: Record<string, Record<string, unknown>> = {};
    for (const file of readdirSync(join(dir, language)).filter((name) => name.endsWith('.json'))) {
      namespaces[basename(file, '.json')] = JSON.parse(readFileSync(join(dir, language, file), 'utf8'));
    }
    resources[language] = namespaces;
  }
  return resources;
}

const resources = loadLocaleResources();
const i18n = i18next.createInstance();
void i18n.init({
  resources,
  lng: DEFAULT_LANGUAGE,
  fallbackLng: false,
  ns: Object.keys(resources.ru),
  defaultNS: 'common',
  // Telegram HTML is escaped where user text is inserted, not by i18next.
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

const translators = new Map<Language, TFunction>();

/** A translation function bound to one language; namespaces are addressed as `ns:key`. */
export function translator(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = i18n.getFixedT(language);
    translators.set(language, t);
  }
  return t;
}

export type Translate = TFunction;

/** Maps a Telegram `language_code` to one of ours: Russian for ru/uk/be/kk, English otherwise. */
export function languageFromTelegram(code: string | undefined): Language {
  if (!code) return DEFAULT_LANGUAGE;
  const base = code.toLowerCase().split('-')[0] ?? '';
  if (['ru', 'uk', 'be', 'kk'].includes(base)) return 'ru';
  return 'en';
}

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}
