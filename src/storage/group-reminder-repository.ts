import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, ne, or } from 'drizzle-orm';
import { courseGroups, groupMembers, groupReminders, submissions, users } from '../../db/schema.ts';
import { type Language, isLanguage } from '../i18n.ts';
import type { Queryable } from './database.ts';

/** What a group reminder row is for: a coach's press, the day before the deadline, the coach's summary after it. */
export type GroupReminderKind = 'coach' | 'deadline' | 'summary';

export interface PendingReminder {
  id: number;
  groupId: number;
  userId: number;
}

/** A group whose deadline is near or just passed, as the deadline tick reads it. */
export interface DeadlineGroup {
  id: number;
  name: string;
  deadline: Date;
  timeZone: string;
}

export interface ReminderReader {
  userId: number;
  language: Language;
  timeZone: string | null;
}

/**
 * The group reminders' bookkeeping: the once-a-day mark of the coach's "remind" button, one row
 * per reminder sent or waiting for the student's morning, and the claims that make a deadline
 * reminder or summary go out once even when several instances tick at the same moment.
 */
export function createGroupReminderRepository(db: Queryable) {
  return {
    async lastGroupReminderAt(groupId: number): Promise<Date | null> {
      const [row] = await db.select({ at: courseGroups.lastGroupReminderAt }).from(courseGroups).where(eq(courseGroups.id, groupId));
      return row?.at ?? null;
    },

    /**
     * Takes the group's reminder for today: true when no reminder was taken in the last
     * `intervalMs`. One conditional update, so two coaches pressing at once remind once.
     */
    async claimGroupReminder(groupId: number, now: Date, intervalMs: number): Promise<boolean> {
      const since = new Date(now.getTime() - intervalMs);
      const claimed = await db
        .update(courseGroups)
        .set({ lastGroupReminderAt: now })
        .where(and(eq(courseGroups.id, groupId), or(isNull(courseGroups.lastGroupReminderAt), lte(courseGroups.lastGroupReminderAt, since))))
        .returning({ id: courseGroups.id });
      return claimed.length > 0;
    },

    /** Records reminders of a coach's press: those sent now with `sentAt`, the others due in the student's morning. */
    async recordCoachReminders(groupId: number, reminders: Array<{ userId: number; dueAt: Date; sentAt: Date | null }>): Promise<void> {
      if (reminders.length === 0) return;
      await db.insert(groupReminders).values(reminders.map((reminder) => ({ groupId, kind: 'coach', deadline: null, ...reminder })));
    },

    /**
     * Claims the one deadline reminder or summary of a person for a deadline: true for the one
     * caller whose insert went in, false for everyone after (the unique index decides).
     */
    async claimOnce(groupId: number, userId: number, kind: Exclude<GroupReminderKind, 'coach'>, deadline: Date, now: Date): Promise<boolean> {
      const inserted = await db
        .insert(groupReminders)
        .values({ groupId, userId, kind, deadline, dueAt: now, sentAt: now })
        .onConflictDoNothing()
        .returning({ id: groupReminders.id });
      return inserted.length > 0;
    },

    /** Who already had the deadline reminder or summary for this deadline. */
    async alreadySent(groupId: number, kind: Exclude<GroupReminderKind, 'coach'>, deadline: Date): Promise<Set<number>> {
      const rows = await db
        .select({ userId: groupReminders.userId })
        .from(groupReminders)
        .where(and(eq(groupReminders.groupId, groupId), eq(groupReminders.kind, kind), eq(groupReminders.deadline, deadline)));
      return new Set(rows.map((row) => row.userId));
    },

    /** Coach's reminders that waited for the student's morning and are due now. */
    async dueCoachReminders(now: Date, limit: number): Promise<PendingReminder[]> {
      return db
        .select({ id: groupReminders.id, groupId: groupReminders.groupId, userId: groupReminders.userId })
        .from(groupReminders)
        .where(and(isNull(groupReminders.sentAt), lte(groupReminders.dueAt, now)))
        .orderBy(asc(groupReminders.dueAt), asc(groupReminders.id))
        .limit(limit);
    },

    /** Marks a waiting reminder sent; false when another tick took it first. */
    async claimPending(id: number, now: Date): Promise<boolean> {
      const claimed = await db
        .update(groupReminders)
        .set({ sentAt: now })
        .where(and(eq(groupReminders.id, id), isNull(groupReminders.sentAt)))
        .returning({ id: groupReminders.id });
      return claimed.length > 0;
    },

    /** Groups still running whose deadline is within `ahead` from now or passed at most `behind` ago. */
    async groupsNearDeadline(now: Date, aheadMs: number, behindMs: number): Promise<DeadlineGroup[]> {
      const rows = await db
        .select({ id: courseGroups.id, name: courseGroups.name, deadline: courseGroups.deadline, timeZone: courseGroups.timeZone })
        .from(courseGroups)
        .where(
          and(
            isNull(courseGroups.archivedAt),
            isNotNull(courseGroups.deadline),
            gt(courseGroups.deadline, new Date(now.getTime() - behindMs)),
            lte(courseGroups.deadline, new Date(now.getTime() + aheadMs)),
          ),
        )
        .orderBy(asc(courseGroups.deadline));
      return rows.flatMap((row) => (row.deadline ? [{ ...row, deadline: row.deadline }] : []));
    },

    /** The group's coach and co-coaches, with the language and zone their messages use. */
    async coachesOf(groupId: number): Promise<ReminderReader[]> {
      const rows = await db
        .select({ userId: users.id, language: users.language, timeZone: users.timeZone })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(and(eq(groupMembers.groupId, groupId), inArray(groupMembers.role, ['coach', 'co_coach'])))
        .orderBy(asc(groupMembers.userId));
      return rows.map((row) => ({ ...row, language: isLanguage(row.language) ? row.language : 'ru' }));
    },

    /**
     * Whether a student of the group still owes work, read again under their chat lock before a
     * reminder goes: null when they left the group or their latest revision is handed in; else
     * whether it was returned for rework.
     */
    async stillOwes(groupId: number, userId: number): Promise<{ returned: boolean } | null> {
      const [member] = await db
        .select({ role: groupMembers.role })
        .from(groupMembers)
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId), eq(groupMembers.role, 'student')));
      if (!member) return null;
      const [latest] = await db
        .select({ status: submissions.status })
        .from(submissions)
        .where(and(eq(submissions.groupId, groupId), eq(submissions.studentId, userId), ne(submissions.status, 'withdrawn')))
        .orderBy(desc(submissions.submittedAt), desc(submissions.id))
        .limit(1);
      if (!latest) return { returned: false };
      return latest.status === 'returned' ? { returned: true } : null;
    },

    /** Of these people, those who still take reminders, with their language and zone: one query. */
    async remindable(userIds: readonly number[]): Promise<Map<number, ReminderReader>> {
      if (userIds.length === 0) return new Map();
      const rows = await db
        .select({ userId: users.id, language: users.language, timeZone: users.timeZone, remindersEnabled: users.remindersEnabled })
        .from(users)
        .where(inArray(users.id, [...userIds]));
      return new Map(
        rows
          .filter((row) => row.remindersEnabled)
          .map((row) => [row.userId, { userId: row.userId, language: isLanguage(row.language) ? row.language : 'ru', timeZone: row.timeZone }]),
      );
    },
  };
}

export type GroupReminderRepository = ReturnType<typeof createGroupReminderRepository>;
