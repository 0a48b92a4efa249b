import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import i18next, { type TFunction } from 'i18next';
import { projectPath } from './project-files.ts';

export const LANGUAGES = ['ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'ru';

export const LOCALES_DIR = projectPath('locales');

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

/** i18next's own translation function for one language, without the shortcut below. */
export function i18nextTranslator(language: Language): TFunction {
  return i18n.getFixedT(language);
}

/** A text cut at its `{{name}}` placeholders: the literal parts, and the names between them. */
interface Template {
  parts: string[];
  names: string[];
  /** No plural forms (`key_one`, `key_few`…) stand beside the text, so `count` is only a value to put in. */
  countIsPlain: boolean;
}

/** Option names i18next reads itself (plurals, context, fallbacks…): a call with any of them is i18next's. */
const I18NEXT_OPTIONS = new Set([
  'count',
  'context',
  'defaultValue',
  'lng',
  'lngs',
  'ns',
  'ordinal',
  'returnObjects',
  'returnDetails',
  'joinArrays',
  'postProcess',
  'interpolation',
  'replace',
  'keyPrefix',
  'fallbackLng',
  'skipInterpolation',
  'nsSeparator',
  'keySeparator',
]);

/**
 * The template of the stored text of `ns:key` (common when no namespace), its dots walking nested
 * objects; null for anything i18next must handle (a missing key, nesting, formats, objects).
 */
function compileTemplate(language: Language, key: string): Template | null {
  const colon = key.indexOf(':');
  const namespace = colon < 0 ? 'common' : key.slice(0, colon);
  const path = (colon < 0 ? key : key.slice(colon + 1)).split('.');
  const last = path.pop() ?? '';
  let parent: unknown = resources[language][namespace];
  for (const step of path) parent = parent !== null && typeof parent === 'object' ? (parent as Record<string, unknown>)[step] : undefined;
  if (parent === null || typeof parent !== 'object') return null;
  const value = (parent as Record<string, unknown>)[last];
  if (typeof value !== 'string' || value.includes('$t(')) return null;
  const pieces = value.split(/\{\{([^{}]*)\}\}/);
  const names = pieces.filter((_piece, index) => index % 2 === 1);
  if (names.some((name) => !/^\w+$/.test(name))) return null;
  const countIsPlain = !Object.keys(parent).some((sibling) => sibling.startsWith(`${last}_`));
  return { parts: pieces.filter((_piece, index) => index % 2 === 0), names, countIsPlain };
}

/**
 * Most texts are plain strings with `{{name}}` placeholders filled from strings and numbers: those
 * are filled here from a template cut once, because i18next's t weighs options, plurals, nesting
 * and fallbacks on every call (a tenth of the bot's own CPU per answer). Anything else, or a
 * placeholder without its value, goes to i18next, so the result is always what i18next gives.
 */
function fastTranslator(language: Language, slow: TFunction): TFunction {
  const templates = new Map<string, Template | null>();
  const t = (key: unknown, options?: unknown, ...rest: unknown[]): string => {
    const viaI18next = () => (slow as unknown as (...args: unknown[]) => string)(key, options, ...rest);
    if (typeof key !== 'string' || rest.length > 0 || (options !== undefined && (options === null || typeof options !== 'object'))) return viaI18next();
    let template = templates.get(key);
    if (template === undefined) {
      template = key.split(':').length > 2 ? null : compileTemplate(language, key);
      templates.set(key, template);
    }
    if (template === null) return viaI18next();
    const params = (options ?? {}) as Record<string, unknown>;
    for (const name in params) if (I18NEXT_OPTIONS.has(name) && !(name === 'count' && template.countIsPlain)) return viaI18next();
    let text = template.parts[0] as string;
    for (const [index, name] of template.names.entries()) {
      const value = params[name];
      if (typeof value !== 'string' && typeof value !== 'number') return viaI18next();
      text += String(value) + (template.parts[index + 1] as string);
    }
    return text;
  };
  return t as unknown as TFunction;
}

const translators = new Map<Language, TFunction>();

/** A translation function bound to one language; namespaces are addressed as `ns:key`. */
export function translator(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = fastTranslator(language, i18n.getFixedT(language));
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
