import { describe, expect, it } from 'vitest';
import { parseDeadline } from '../../src/course/deadline.ts';

const now = new Date('2026-03-02T09:00:00Z');
const parse = (text: string, zone = 'Europe/Moscow') => parseDeadline(text, zone, now)?.toISOString() ?? null;

describe('deadline typed by a coach', () => {
  it('reads day and month, with or without year and time, in the group zone', () => {
    expect(parse('15.03')).toBe('2026-03-15T20:59:00.000Z');
    expect(parse('15.03 18:00')).toBe('2026-03-15T15:00:00.000Z');
    expect(parse('15/03/2026 18.30')).toBe('2026-03-15T15:30:00.000Z');
    expect(parse('15.03.27')).toBe('2027-03-15T20:59:00.000Z');
    expect(parse('2026-03-15 18:00')).toBe('2026-03-15T15:00:00.000Z');
    expect(parse('15.03 18:00', 'Asia/Yekaterinburg')).toBe(new Date(Date.UTC(2026, 2, 15, 18, 0) - 5 * 3_600_000).toISOString());
  });

  it('takes the next such date when the year is left out', () => {
    expect(parse('01.03')).toBe('2027-03-01T20:59:00.000Z');
    expect(parse('02.03')).toBe('2026-03-02T20:59:00.000Z');
  });

  it('refuses impossible dates and anything else', () => {
    for (const text of ['31.02', '29.02.2026', '15.13', '15.03 24:00', '15.03 18:60', 'завтра', '', '15 марта']) expect(parse(text)).toBeNull();
    expect(parse('29.02.2028')).toBe('2028-02-29T20:59:00.000Z');
  });
});
