import { localTime, zonedTime } from './zoned-time.ts';

/** A deadline given without a time means the end of that day. */
const END_OF_DAY = { hour: 23, minute: 59 };

const DAY_FIRST = /^(\d{1,2})[./](\d{1,2})(?:[./](\d{2}|\d{4}))?(?:\s+(\d{1,2})[:.](\d{2}))?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{1,2}):(\d{2}))?$/;

/**
 * Reads a deadline a coach types, as a wall-clock time in the group's zone: `15.03`, `15.03 18:00`,
 * `15.03.2026 18:00`, `2026-03-15 18:00`. Without a year, the next such date from `now`; without
 * a time, 23:59. Null for anything else, an impossible date included.
 */
export function parseDeadline(text: string, timeZone: string, now: Date): Date | null {
  const input = text.trim();
  const dayFirst = DAY_FIRST.exec(input);
  const iso = dayFirst ? null : ISO_DATE.exec(input);
  if (!dayFirst && !iso) return null;
  const [day, month, yearText, hourText, minuteText] = dayFirst
    ? [dayFirst[1], dayFirst[2], dayFirst[3], dayFirst[4], dayFirst[5]]
    : [iso?.[3], iso?.[2], iso?.[1], iso?.[4], iso?.[5]];
  const hour = hourText === undefined ? END_OF_DAY.hour : Number(hourText);
  const minute = minuteText === undefined ? END_OF_DAY.minute : Number(minuteText);
  if (hour > 23 || minute > 59) return null;
  const build = (year: number): Date | null => {
    // Date.UTC rolls 31.02 over into March; a date that does not survive the round trip is impossible.
    const probe = new Date(Date.UTC(year, Number(month) - 1, Number(day)));
    if (probe.getUTCMonth() !== Number(month) - 1 || probe.getUTCDate() !== Number(day)) return null;
    return zonedTime(timeZone, year, Number(month), Number(day), hour, minute);
  };
  if (yearText !== undefined) return build(yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText));
  const thisYear = localTime(now, timeZone).year;
  const candidate = build(thisYear);
  if (candidate === null) return build(thisYear + 1);
  return candidate.getTime() > now.getTime() ? candidate : build(thisYear + 1);
}
