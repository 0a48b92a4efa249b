import { isQuietTime as isQuietForPolicy, nextAllowedTime as nextAllowedForPolicy } from '../course/notification-batching.ts';
import { awaitsSubmission, type GroupMemberStatus } from './member-status.ts';

/**
 * When the group's reminders may go out. Every function takes `now`, so the rules are tested
 * with a clock the test controls and the runtime passes the real time.
 */

/** Local hours when nobody is disturbed: from `from` (inclusive) to `until` (exclusive), wrapping past midnight. */
export interface QuietHours {
  from: number;
  until: number;
}

export const DEFAULT_QUIET_HOURS: QuietHours = { from: 22, until: 9 };
const HOUR_MS = 3_600_000;
/** The coach's "remind those who have not submitted" works once per this period per group. */
export const GROUP_REMINDER_INTERVAL_MS = 24 * HOUR_MS;
/** How long before the deadline the one deadline reminder goes out. */
export const DEADLINE_REMINDER_LEAD_MS = 24 * HOUR_MS;

/** Quiet hours as the course notifications count them: one rule for every message the bot starts. */
const asPolicy = (quiet: QuietHours) => ({ batchWindowMinutes: 0, quietFrom: quiet.from, quietUntil: quiet.until });

export function isQuietTime(now: Date, timeZone: string, quiet: QuietHours = DEFAULT_QUIET_HOURS): boolean {
  return isQuietForPolicy(now, timeZone, asPolicy(quiet));
}

/** `now` if it is not night where the person is; otherwise the end of their night (09:00 local by default). */
export function nextAllowedTime(now: Date, timeZone: string, quiet: QuietHours = DEFAULT_QUIET_HOURS): Date {
  return nextAllowedForPolicy(now, timeZone, asPolicy(quiet));
}

export interface ReminderClock {
  now: Date;
  /** For students and coaches whose zone is not known. */
  defaultTimeZone: string;
  quiet?: QuietHours;
}

/** One reminder to one student: now, or at the end of their night. */
export interface PlannedReminder {
  userId: number;
  at: Date;
  /** False when it waits for the student's morning. */
  immediate: boolean;
}

export type GroupReminderPlan = { kind: 'too_soon'; nextAllowedAt: Date } | { kind: 'planned'; reminders: PlannedReminder[]; optedOut: number[] };

function plannedFor(member: GroupMemberStatus, clock: ReminderClock): PlannedReminder {
  const at = nextAllowedTime(clock.now, member.timeZone ?? clock.defaultTimeZone, clock.quiet);
  return { userId: member.userId, at, immediate: at.getTime() === clock.now.getTime() };
}

/**
 * The coach pressed "remind those who have not submitted": at most once per 24 hours per group;
 * students who turned reminders off are left out (and counted); a student in their night is
 * reminded at the end of it. `reminders` is empty when everyone has submitted.
 */
export function planGroupReminder(members: readonly GroupMemberStatus[], lastRemindedAt: Date | null, clock: ReminderClock): GroupReminderPlan {
  if (lastRemindedAt && clock.now.getTime() - lastRemindedAt.getTime() < GROUP_REMINDER_INTERVAL_MS) {
    return { kind: 'too_soon', nextAllowedAt: new Date(lastRemindedAt.getTime() + GROUP_REMINDER_INTERVAL_MS) };
  }
  const waiting = members.filter((member) => awaitsSubmission(member.status));
  return {
    kind: 'planned',
    reminders: waiting.filter((member) => member.remindersEnabled).map((member) => plannedFor(member, clock)),
    optedOut: waiting.filter((member) => !member.remindersEnabled).map((member) => member.userId),
  };
}

export interface DeadlineReminderCheck {
  /** Students to remind now. */
  due: number[];
  /** When to look again for students whose night delays theirs; null when nobody is waiting. */
  nextCheckAt: Date | null;
}

/**
 * The one reminder before the deadline: from 24 hours before it until the deadline, for each
 * student who has not submitted, has not had it yet and has reminders on, outside their night.
 * A student whose night lasts until past the deadline is not reminded at all.
 */
export function deadlineRemindersDue(
  members: readonly GroupMemberStatus[],
  deadline: Date | null,
  alreadyReminded: ReadonlySet<number>,
  clock: ReminderClock,
): DeadlineReminderCheck {
  if (!deadline || clock.now >= deadline) return { due: [], nextCheckAt: null };
  const opens = new Date(deadline.getTime() - DEADLINE_REMINDER_LEAD_MS);
  const candidates = members.filter((m) => awaitsSubmission(m.status) && m.remindersEnabled && !alreadyReminded.has(m.userId));
  if (candidates.length === 0) return { due: [], nextCheckAt: null };
  if (clock.now < opens) return { due: [], nextCheckAt: opens };
  const due: number[] = [];
  let nextCheckAt: Date | null = null;
  for (const member of candidates) {
    const at = nextAllowedTime(clock.now, member.timeZone ?? clock.defaultTimeZone, clock.quiet);
    if (at.getTime() === clock.now.getTime()) due.push(member.userId);
    else if (at < deadline && (!nextCheckAt || at < nextCheckAt)) nextCheckAt = at;
  }
  return { due, nextCheckAt };
}

/**
 * The coach's summary after the deadline: once, as soon as the deadline has passed and it is not
 * night in the coach's zone. Returns the time to send it (`now`, or the coach's morning), or null
 * when there is no deadline yet passed or it was sent already.
 */
export function deadlineSummaryTime(deadline: Date | null, summarySentAt: Date | null, coachTimeZone: string | null, clock: ReminderClock): Date | null {
  if (!deadline || summarySentAt || clock.now < deadline) return null;
  return nextAllowedTime(clock.now, coachTimeZone ?? clock.defaultTimeZone, clock.quiet);
}
