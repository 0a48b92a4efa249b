import { describe, expect, it } from 'vitest';
import { deadlineSummaryText, groupReminderReport, studentReminderText } from '../../src/cohort/reminder-messages.ts';
import { deadlineRemindersDue, deadlineSummaryTime, isQuietTime, nextAllowedTime, planGroupReminder } from '../../src/cohort/reminder-rules.ts';
import { member } from './fixtures.ts';

const at = (iso: string): Date => new Date(iso);
const clock = (iso: string) => ({ now: at(iso), defaultTimeZone: 'Europe/Moscow' });

describe('quiet hours', () => {
  it('are 22:00–09:00 in the person’s own zone', () => {
    // 19:30 UTC is 22:30 in Moscow and 14:30 in New York.
    expect(isQuietTime(at('2026-12-01T19:30:00Z'), 'Europe/Moscow')).toBe(true);
    expect(isQuietTime(at('2026-12-01T19:30:00Z'), 'America/New_York')).toBe(false);
    expect(isQuietTime(at('2026-12-01T05:59:00Z'), 'Europe/Moscow')).toBe(true);
    expect(isQuietTime(at('2026-12-01T06:00:00Z'), 'Europe/Moscow')).toBe(false);
  });

  it('move a reminder to 09:00 the next morning when it is evening, and the same morning after midnight', () => {
    expect(nextAllowedTime(at('2026-12-01T19:30:00Z'), 'Europe/Moscow')).toEqual(at('2026-12-02T06:00:00Z'));
    expect(nextAllowedTime(at('2026-12-01T23:30:00Z'), 'Europe/Moscow')).toEqual(at('2026-12-02T06:00:00Z'));
    expect(nextAllowedTime(at('2026-12-01T12:00:00Z'), 'Europe/Moscow')).toEqual(at('2026-12-01T12:00:00Z'));
    // 23:00 in Vladivostok (UTC+10) on 1 December: 09:00 there on 2 December is 23:00 UTC on the 1st.
    expect(nextAllowedTime(at('2026-12-01T13:00:00Z'), 'Asia/Vladivostok')).toEqual(at('2026-12-01T23:00:00Z'));
  });

  it('follow a clock change: the morning after New York leaves summer time is at UTC−5', () => {
    // 1 November 2026, 23:00 EST; daylight saving ended at 02:00 that morning.
    expect(nextAllowedTime(at('2026-11-02T04:00:00Z'), 'America/New_York')).toEqual(at('2026-11-02T14:00:00Z'));
    // 31 October, 23:00 EDT: the next 09:00 is already in standard time.
    expect(nextAllowedTime(at('2026-11-01T03:00:00Z'), 'America/New_York')).toEqual(at('2026-11-01T14:00:00Z'));
  });
});

describe('the coach’s “remind those who have not submitted”', () => {
  const members = [
    member({ userId: 1, status: 'not_started' }),
    member({ userId: 2, status: 'filling' }),
    member({ userId: 3, status: 'returned', revision: 1 }),
    member({ userId: 4, status: 'submitted', revision: 1 }),
    member({ userId: 5, status: 'in_review', revision: 1 }),
    member({ userId: 6, status: 'accepted', revision: 2 }),
    member({ userId: 7, status: 'filling', remindersEnabled: false }),
    member({ userId: 8, status: 'filling', timeZone: 'Asia/Vladivostok' }),
  ];

  it('reminds who has not submitted or was returned, leaves out who turned reminders off, waits for a student’s morning', () => {
    const plan = planGroupReminder(members, null, clock('2026-12-01T13:00:00Z'));
    expect(plan).toEqual({
      kind: 'planned',
      reminders: [
        { userId: 1, at: at('2026-12-01T13:00:00Z'), immediate: true },
        { userId: 2, at: at('2026-12-01T13:00:00Z'), immediate: true },
        { userId: 3, at: at('2026-12-01T13:00:00Z'), immediate: true },
        { userId: 8, at: at('2026-12-01T23:00:00Z'), immediate: false },
      ],
      optedOut: [7],
    });
    expect(groupReminderReport(plan, 'en', 'Europe/Moscow')).toBe(
      '🔔 Students who will get a reminder: 4.\n1 of them in their morning: it is night where they are.\n1 more turned reminders off — I do not write to them.',
    );
  });

  it('works once a day per group: a second press within 24 hours is refused with the time it works again', () => {
    const last = at('2026-12-01T13:00:00Z');
    const plan = planGroupReminder(members, last, clock('2026-12-02T12:59:00Z'));
    expect(plan).toEqual({ kind: 'too_soon', nextAllowedAt: at('2026-12-02T13:00:00Z') });
    expect(groupReminderReport(plan, 'ru', 'Europe/Moscow')).toContain('после 2 дек., 16:00');
    expect(planGroupReminder(members, last, clock('2026-12-02T13:00:00Z')).kind).toBe('planned');
  });

  it('says there is nobody to remind when everyone has submitted', () => {
    const plan = planGroupReminder([member({ userId: 1, status: 'accepted', revision: 1 })], null, clock('2026-12-01T13:00:00Z'));
    expect(groupReminderReport(plan, 'en', 'Europe/Moscow')).toBe('Nobody to remind: everyone has submitted.');
  });

  it('tells a returned student the coach waits for the rework, others that the canvas is not submitted', () => {
    const group = { id: 1, name: 'Group <A>', deadline: at('2026-12-04T15:00:00Z') };
    expect(studentReminderText('coach', group, 'returned', 'en', 'Europe/Moscow')).toContain('waiting for your reworked canvas');
    const text = studentReminderText('coach', group, 'filling', 'en', 'Europe/Moscow');
    expect(text).toContain('“Group &lt;A&gt;”');
    expect(text).toContain('Deadline: 4 Dec, 18:00.');
  });
});

describe('the deadline reminder', () => {
  const deadline = at('2026-12-04T15:00:00Z');
  const members = [
    member({ userId: 1, status: 'filling' }),
    member({ userId: 2, status: 'submitted', revision: 1 }),
    member({ userId: 3, status: 'not_started', remindersEnabled: false }),
    member({ userId: 4, status: 'not_started', timeZone: 'America/Los_Angeles' }),
  ];

  it('waits until 24 hours before the deadline', () => {
    expect(deadlineRemindersDue(members, deadline, new Set(), clock('2026-12-03T14:59:00Z'))).toEqual({ due: [], nextCheckAt: at('2026-12-03T15:00:00Z') });
  });

  it('then reminds each non-submitter with reminders on once, and one in their night when their morning comes', () => {
    // 15:00 UTC is 18:00 in Moscow and 07:00 in Los Angeles.
    const first = deadlineRemindersDue(members, deadline, new Set(), clock('2026-12-03T15:00:00Z'));
    expect(first).toEqual({ due: [1], nextCheckAt: at('2026-12-03T17:00:00Z') });
    const later = deadlineRemindersDue(members, deadline, new Set(first.due), clock('2026-12-03T17:00:00Z'));
    expect(later).toEqual({ due: [4], nextCheckAt: null });
    expect(deadlineRemindersDue(members, deadline, new Set([1, 4]), clock('2026-12-03T18:00:00Z'))).toEqual({ due: [], nextCheckAt: null });
  });

  it('skips a student whose night lasts past the deadline, and nobody is reminded after it', () => {
    const early = at('2026-12-04T05:00:00Z'); // 08:00 in Moscow
    // 02:00 UTC is 05:00 in Moscow (night until after the deadline) and 18:00 the day before in Los Angeles.
    expect(deadlineRemindersDue(members, early, new Set(), clock('2026-12-04T02:00:00Z'))).toEqual({ due: [4], nextCheckAt: null });
    expect(deadlineRemindersDue(members, deadline, new Set(), clock('2026-12-04T15:00:00Z'))).toEqual({ due: [], nextCheckAt: null });
  });
});

describe('the coach’s summary after the deadline', () => {
  const deadline = at('2026-12-04T15:00:00Z');

  it('is due once the deadline passed, at the coach’s morning if it passed at night, and only once', () => {
    expect(deadlineSummaryTime(deadline, null, null, clock('2026-12-04T14:59:00Z'))).toBeNull();
    expect(deadlineSummaryTime(deadline, null, null, clock('2026-12-04T15:00:00Z'))).toEqual(at('2026-12-04T15:00:00Z'));
    expect(deadlineSummaryTime(deadline, null, 'Asia/Tokyo', clock('2026-12-04T15:00:00Z'))).toEqual(at('2026-12-05T00:00:00Z'));
    expect(deadlineSummaryTime(deadline, at('2026-12-04T15:00:00Z'), null, clock('2026-12-04T16:00:00Z'))).toBeNull();
  });

  it('names who submitted on time, who late and who not at all', () => {
    const text = deadlineSummaryText(
      { id: 1, name: 'MBA', deadline },
      [
        member({ userId: 1, name: 'Anna', status: 'accepted', revision: 1 }),
        member({ userId: 2, name: 'Boris', status: 'submitted', revision: 1, late: true }),
        member({ userId: 3, name: 'Clara', status: 'filling', late: true }),
        member({ userId: 4, name: 'Dan', status: 'not_started' }),
      ],
      'en',
    );
    expect(text).toBe(
      '⏰ The deadline in “MBA” has passed.\n\n✅ Submitted on time: 1\nAnna\n\n⏰ Submitted late: 1\nBoris\n\n⚪ Not submitted: 2\nClara, Dan',
    );
  });

  it('fits one message for a group of 500, naming the rest by count', () => {
    const members = Array.from({ length: 500 }, (_, index) => member({ userId: index, name: `Student with a long name ${index}`, status: 'not_started' }));
    const text = deadlineSummaryText({ id: 1, name: 'MBA', deadline }, members, 'ru');
    expect(text.length).toBeLessThan(4096);
    expect(text).toMatch(/и ещё \d+$/);
  });
});
