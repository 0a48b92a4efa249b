import { describe, expect, it } from 'vitest';
import { OFFERED_TIME_ZONES, offeredTimeZone, parseTimeZone, timeZoneLabel, viewerTimeZone } from '../../src/course/time-zones.ts';

const WINTER = new Date('2026-01-15T12:00:00Z');
const SUMMER = new Date('2026-07-15T12:00:00Z');

describe('time zones a person types or picks', () => {
  it('reads IANA names in any case, UTC and whole-hour offsets, and nothing else', () => {
    expect(parseTimeZone('Asia/Almaty')).toBe('Asia/Almaty');
    expect(parseTimeZone(' asia/yekaterinburg ')).toBe('Asia/Yekaterinburg');
    expect(parseTimeZone('UTC')).toBe('UTC');
    expect(parseTimeZone('+5')).toBe('Etc/GMT-5');
    expect(parseTimeZone('UTC+3')).toBe('Etc/GMT-3');
    expect(parseTimeZone('GMT-4')).toBe('Etc/GMT+4');
    expect(parseTimeZone('+05:00')).toBe('Etc/GMT-5');
    expect(parseTimeZone('UTC+0')).toBe('UTC');
    for (const typed of ['', 'Москва', '15.03 18:00', '+15', '-13', 'Mars/Olympus', 'Moscow', '+5:30']) expect(parseTimeZone(typed), typed).toBeNull();
  });

  it('names a zone with its offset at that moment, a fixed offset by the offset alone', () => {
    expect(timeZoneLabel('Europe/Moscow', WINTER)).toBe('Europe/Moscow, UTC+3');
    expect(timeZoneLabel('Europe/Berlin', WINTER)).toBe('Europe/Berlin, UTC+1');
    expect(timeZoneLabel('Europe/Berlin', SUMMER)).toBe('Europe/Berlin, UTC+2');
    expect(timeZoneLabel('Asia/Kolkata', WINTER)).toBe('Asia/Kolkata, UTC+5:30');
    expect(timeZoneLabel('America/New_York', WINTER)).toBe('America/New_York, UTC−5');
    expect(timeZoneLabel('Etc/GMT-5', WINTER)).toBe('UTC+5');
    expect(timeZoneLabel('UTC', WINTER)).toBe('UTC');
  });

  it('offers Moscow first, refuses a forged position, and shows times in the reader’s zone, else the group’s, else Moscow', () => {
    expect(OFFERED_TIME_ZONES[0]).toBe('Europe/Moscow');
    expect(offeredTimeZone(3)).toBe('Asia/Yekaterinburg');
    expect(offeredTimeZone(99)).toBeNull();
    expect(viewerTimeZone('Asia/Omsk', 'Europe/Samara')).toBe('Asia/Omsk');
    expect(viewerTimeZone(null, 'Europe/Samara')).toBe('Europe/Samara');
    expect(viewerTimeZone(null, null)).toBe('Europe/Moscow');
  });
});
