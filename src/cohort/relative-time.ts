import type { Language } from '../i18n.ts';
import { cachedTranslator } from './cached-translate.ts';

const LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

const relativeFormats = new Map<Language, Intl.RelativeTimeFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function relativeFormat(language: Language): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(language);
  if (!format) {
    format = new Intl.RelativeTimeFormat(LOCALES[language], { numeric: 'auto', style: 'short' });
    relativeFormats.set(language, format);
  }
  return format;
}

/** A date and time as the reader's locale writes it, in `timeZone` ("4 Dec, 18:00"). */
export function formatDateTime(date: Date, language: Language, timeZone: string): string {
  const key = `${language}|${timeZone}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[language], { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone });
    dateFormats.set(key, format);
  }
  return format.format(date);
}

/**
 * How long ago (or how soon) `date` is from `now`, short enough for one line on a phone:
 * "5 min ago", "yesterday", "in 3 days". Beyond a month the date itself says more.
 */
export function relativeTime(date: Date, now: Date, language: Language, timeZone: string): string {
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const abs = Math.abs(seconds);
  const format = relativeFormat(language);
  if (abs < 60) return cachedTranslator(language)('cohort:time.just_now');
  if (abs < 3600) return format.format(Math.trunc(seconds / 60), 'minute');
  if (abs < 86_400) return format.format(Math.trunc(seconds / 3600), 'hour');
  if (abs < 30 * 86_400) return format.format(Math.trunc(seconds / 86_400), 'day');
  return formatDateTime(date, language, timeZone);
}
