import { describe, expect, it } from 'vitest';
import { DEFAULT_NOTIFICATION_POLICY, isNotificationDue, isQuietTime, nextAllowedTime, notificationDueAt } from '../../src/course/notification-batching.ts';
import { localTime, zonedTime } from '../../src/course/zoned-time.ts';

const policy = DEFAULT_NOTIFICATION_POLICY; // 15 minutes, quiet 22–9
const at = (iso: string) => new Date(iso);

describe('time zones', () => {
  it('reads the wall clock of a zone', () => {
    expect(localTime(at('2026-03-01T19:30:00Z'), 'Europe/Moscow')).toMatchObject({ day: 1, hour: 22, minute: 30 });
    expect(localTime(at('2026-03-01T19:30:00Z'), 'Asia/Vladivostok')).toMatchObject({ day: 2, hour: 5, minute: 30 });
  });

  it('finds the instant of a wall-clock time, also across a clock change', () => {
    expect(zonedTime('Europe/Moscow', 2026, 3, 2, 9).toISOString()).toBe('2026-03-02T06:00:00.000Z');
    // Berlin moves to summer time on 29 March 2026; 09:00 that day is already UTC+2.
    expect(zonedTime('Europe/Berlin', 2026, 3, 29, 9).toISOString()).toBe('2026-03-29T07:00:00.000Z');
    expect(zonedTime('Europe/Berlin', 2026, 3, 28, 9).toISOString()).toBe('2026-03-28T08:00:00.000Z');
  });
});

describe('quiet hours', () => {
  it('are 22:00 to 09:00 local, edges included at the start and excluded at the end', () => {
    const quiet = (iso: string) => isQuietTime(at(iso), 'Europe/Moscow', policy);
    expect(quiet('2026-03-01T18:59:59Z')).toBe(false); // 21:59:59
    expect(quiet('2026-03-01T19:00:00Z')).toBe(true); // 22:00
    expect(quiet('2026-03-01T23:00:00Z')).toBe(true); // 02:00
    expect(quiet('2026-03-02T05:59:59Z')).toBe(true); // 08:59:59
    expect(quiet('2026-03-02T06:00:00Z')).toBe(false); // 09:00
  });

  it('move an evening instant to 09:00 the next morning and a small-hours one to 09:00 the same day', () => {
    expect(nextAllowedTime(at('2026-03-01T20:15:00Z'), 'Europe/Moscow', policy).toISOString()).toBe('2026-03-02T06:00:00.000Z');
    expect(nextAllowedTime(at('2026-03-01T23:15:00Z'), 'Europe/Moscow', policy).toISOString()).toBe('2026-03-02T06:00:00.000Z');
    expect(nextAllowedTime(at('2026-03-01T10:00:00Z'), 'Europe/Moscow', policy).toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('follow the coach zone, not the server clock', () => {
    // 12:00 UTC is 22:00 in Vladivostok and 12:00 in London.
    const instant = at('2026-03-01T12:00:00Z');
    expect(isQuietTime(instant, 'Asia/Vladivostok', policy)).toBe(true);
    expect(nextAllowedTime(instant, 'Asia/Vladivostok', policy).toISOString()).toBe('2026-03-01T23:00:00.000Z');
    expect(isQuietTime(instant, 'Europe/London', policy)).toBe(false);
  });

  it('also work for quiet hours that do not wrap past midnight', () => {
    const lunch = { ...policy, quietFrom: 13, quietUntil: 15 };
    expect(isQuietTime(at('2026-03-01T10:30:00Z'), 'Europe/Moscow', lunch)).toBe(true); // 13:30
    expect(nextAllowedTime(at('2026-03-01T10:30:00Z'), 'Europe/Moscow', lunch).toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(isQuietTime(at('2026-03-01T20:30:00Z'), 'Europe/Moscow', lunch)).toBe(false);
  });
});

describe('batches', () => {
  it('wait a window after the first pending submission and take all that came meanwhile', () => {
    const pending = [at('2026-03-01T09:00:00Z'), at('2026-03-01T09:05:00Z'), at('2026-03-01T09:14:00Z')];
    expect(notificationDueAt(pending, null, 'Europe/Moscow', policy)?.toISOString()).toBe('2026-03-01T09:15:00.000Z');
    expect(isNotificationDue(pending, null, 'Europe/Moscow', at('2026-03-01T09:14:59Z'), policy)).toBe(false);
    expect(isNotificationDue(pending, null, 'Europe/Moscow', at('2026-03-01T09:15:00Z'), policy)).toBe(true);
  });

  it('keep a window between two messages to one coach', () => {
    const pending = [at('2026-03-01T09:20:00Z')];
    expect(notificationDueAt(pending, at('2026-03-01T09:30:00Z'), 'Europe/Moscow', policy)?.toISOString()).toBe('2026-03-01T09:45:00.000Z');
  });

  it('wait for the morning when due at night', () => {
    const pending = [at('2026-03-01T18:50:00Z')]; // 21:50 Moscow, due 22:05
    expect(notificationDueAt(pending, null, 'Europe/Moscow', policy)?.toISOString()).toBe('2026-03-02T06:00:00.000Z');
    expect(isNotificationDue(pending, null, 'Europe/Moscow', at('2026-03-01T23:00:00Z'), policy)).toBe(false);
    expect(isNotificationDue(pending, null, 'Europe/Moscow', at('2026-03-02T06:00:00Z'), policy)).toBe(true);
  });

  it('are not sent when a late tick lands in the night although the batch was due in the evening', () => {
    const pending = [at('2026-03-01T18:00:00Z')]; // due 21:15 Moscow
    expect(isNotificationDue(pending, null, 'Europe/Moscow', at('2026-03-01T19:10:00Z'), policy)).toBe(false); // 22:10
  });

  it('take the window from the policy', () => {
    const hourly = { ...policy, batchWindowMinutes: 60 };
    expect(notificationDueAt([at('2026-03-01T09:00:00Z')], null, 'UTC', hourly)?.toISOString()).toBe('2026-03-01T10:00:00.000Z');
  });

  it('are nothing without pending submissions', () => {
    expect(notificationDueAt([], null, 'UTC', policy)).toBeNull();
    expect(isNotificationDue([], null, 'UTC', at('2026-03-01T12:00:00Z'), policy)).toBe(false);
  });
});
