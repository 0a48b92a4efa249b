import { DEFAULT_COURSE_TIME_ZONE, isTimeZone } from './group.ts';
import { localTime } from './zoned-time.ts';

/**
 * The zones a coach is offered as buttons: Moscow first, then the common Russian zones west to
 * east. A button carries the zone's position here; any other zone is typed (an IANA name or an
 * offset from UTC).
 */
export const OFFERED_TIME_ZONES = [
  DEFAULT_COURSE_TIME_ZONE,
  'Europe/Kaliningrad',
  'Europe/Samara',
  'Asia/Yekaterinburg',
  'Asia/Omsk',
  'Asia/Novosibirsk',
  'Asia/Krasnoyarsk',
  'Asia/Irkutsk',
  'Asia/Vladivostok',
] as const;

/** The offered zone at a button's position, or null for a forged one. */
export function offeredTimeZone(index: number): string | null {
  return OFFERED_TIME_ZONES[index] ?? null;
}

const OFFSET = /^(?:utc|gmt)?\s*([+−-])\s*(\d{1,2})(?::?(00))?$/i;

/**
 * Reads a time zone a person types: an IANA name in any case (`asia/almaty`), `UTC`, or a whole
 * hour offset from UTC (`+5`, `UTC+5`, `GMT-3`, `+05:00`), which becomes the fixed zone
 * `Etc/GMT-5` (that database counts the other way round). Moscow time itself is `Europe/Moscow`.
 * Null for anything else.
 */
export function parseTimeZone(text: string): string | null {
  const typed = text.trim();
  if (typed.length === 0 || typed.length > 64) return null;
  if (/^(utc|gmt)$/i.test(typed)) return 'UTC';
  const offset = OFFSET.exec(typed.replace(/\s+/g, ''));
  if (offset) {
    const hours = Number(offset[2]);
    const sign = offset[1] === '+' ? 1 : -1;
    if (hours > 14 || (sign < 0 && hours > 12)) return null;
    if (hours === 0) return 'UTC';
    // Etc/GMT+N is N hours *behind* UTC.
    return `Etc/GMT${sign > 0 ? '-' : '+'}${hours}`;
  }
  if (!typed.includes('/') || !isTimeZone(typed)) return null;
  // The runtime's spelling when only the case differs (`asia/almaty`); an alias stays as typed (`Asia/Kolkata`).
  const resolved = new Intl.DateTimeFormat('en', { timeZone: typed }).resolvedOptions().timeZone;
  return resolved.toLowerCase() === typed.toLowerCase() ? resolved : typed;
}

/** The zone's distance from UTC at `instant`, as `UTC+3`, `UTC−3:30`, `UTC`. */
export function utcOffsetLabel(timeZone: string, instant: Date): string {
  const local = localTime(instant, timeZone);
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const minutes = Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '−';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest > 0 ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

/** How a zone is named to a person: `Asia/Almaty, UTC+5`; a fixed offset zone by its offset alone. */
export function timeZoneLabel(timeZone: string, instant: Date): string {
  const offset = utcOffsetLabel(timeZone, instant);
  return timeZone === 'UTC' || timeZone.startsWith('Etc/') ? offset : `${timeZone}, ${offset}`;
}

/** The zone a time is shown in to a person: their own, else the group's, else Moscow. */
export function viewerTimeZone(own: string | null | undefined, group?: string | null): string {
  return own ?? group ?? DEFAULT_COURSE_TIME_ZONE;
}
