import { localTime, zonedTime } from './zoned-time.ts';

/**
 * Coaches hear about new submissions in batches: the first new submission opens a window, and
 * one message at its end names all that arrived meanwhile. At most one message per window per
 * coach, and never during the night in the coach's time zone: a batch due at night waits for
 * the morning.
 */
export interface NotificationPolicy {
  /** How long a batch gathers after its first submission, and the least gap between two messages. */
  batchWindowMinutes: number;
  /** Local hours when nobody is disturbed: from `quietFrom` (inclusive) to `quietUntil` (exclusive). */
  quietFrom: number;
  quietUntil: number;
}

export const DEFAULT_NOTIFICATION_POLICY: NotificationPolicy = { batchWindowMinutes: 15, quietFrom: 22, quietUntil: 9 };

/** Whether the local hour at `instant` is inside the quiet hours (which may wrap past midnight). */
export function isQuietTime(instant: Date, timeZone: string, policy: NotificationPolicy): boolean {
  const { hour } = localTime(instant, timeZone);
  return policy.quietFrom > policy.quietUntil ? hour >= policy.quietFrom || hour < policy.quietUntil : hour >= policy.quietFrom && hour < policy.quietUntil;
}

/** `instant` itself when it is outside the quiet hours, otherwise the end of those quiet hours. */
export function nextAllowedTime(instant: Date, timeZone: string, policy: NotificationPolicy): Date {
  if (!isQuietTime(instant, timeZone, policy)) return instant;
  const local = localTime(instant, timeZone);
  // Quiet hours that started before midnight end on the next calendar day.
  const endsTomorrow = policy.quietFrom > policy.quietUntil && local.hour >= policy.quietFrom;
  const day = new Date(Date.UTC(local.year, local.month - 1, local.day + (endsTomorrow ? 1 : 0)));
  return zonedTime(timeZone, day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), policy.quietUntil);
}

/**
 * When a coach with these pending submissions should be told: a window after the oldest pending
 * one, at least a window after the previous message, moved out of the night. Null with nothing pending.
 */
export function notificationDueAt(
  pendingSince: readonly Date[],
  lastNotifiedAt: Date | null,
  timeZone: string,
  policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
): Date | null {
  if (pendingSince.length === 0) return null;
  const window = policy.batchWindowMinutes * 60_000;
  const oldest = Math.min(...pendingSince.map((date) => date.getTime()));
  const earliest = Math.max(oldest + window, lastNotifiedAt ? lastNotifiedAt.getTime() + window : 0);
  return nextAllowedTime(new Date(earliest), timeZone, policy);
}

/** Whether the batch is due at `now`. */
export function isNotificationDue(
  pendingSince: readonly Date[],
  lastNotifiedAt: Date | null,
  timeZone: string,
  now: Date,
  policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
): boolean {
  const due = notificationDueAt(pendingSince, lastNotifiedAt, timeZone, policy);
  return due !== null && due.getTime() <= now.getTime() && !isQuietTime(now, timeZone, policy);
}
