import { and, asc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { coachNotifications, courseGroups, submissions, users } from '../../db/schema.ts';
import { DEFAULT_NOTIFICATION_POLICY, type NotificationPolicy, isNotificationDue } from '../course/notification-batching.ts';
import type { CoachNotificationBatch } from '../course/records.ts';
import type { SubmissionStore } from './submission-rows.ts';

/**
 * The coaches' queue of new submissions (rows written by `submit`): batches claimed when due,
 * outside each coach's night, and what a scheduler needs to know when to look again.
 */
export function createCoachNotificationQueue({ db, clock }: SubmissionStore) {
  return {
    /**
     * Claims the coach notifications due now and marks them told: one batch per coach, outside
     * the coach's night (their own zone, else the group's). Run it in the transaction that writes
     * the messages to the outbox; `SKIP LOCKED` lets several instances tick at once.
     */
    async claimDueNotifications(policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY, limit = 500): Promise<CoachNotificationBatch[]> {
      const now = clock();
      const pending = await db
        .select({
          id: coachNotifications.id,
          coachId: coachNotifications.coachId,
          createdAt: coachNotifications.createdAt,
          submissionId: submissions.id,
          groupId: courseGroups.id,
          groupName: courseGroups.name,
          title: sql<string>`${submissions.snapshot}->>'title'`,
          revision: submissions.revision,
          late: submissions.late,
          studentId: submissions.studentId,
          coachLanguage: users.language,
          timeZone: sql<string>`coalesce(${users.timeZone}, ${courseGroups.timeZone})`,
        })
        .from(coachNotifications)
        .innerJoin(submissions, eq(submissions.id, coachNotifications.submissionId))
        .innerJoin(courseGroups, eq(courseGroups.id, submissions.groupId))
        .innerJoin(users, eq(users.id, coachNotifications.coachId))
        .where(isNull(coachNotifications.notifiedAt))
        .orderBy(asc(coachNotifications.createdAt), asc(coachNotifications.id))
        .limit(limit)
        .for('update', { of: coachNotifications, skipLocked: true });
      if (pending.length === 0) return [];
      const coachIds = [...new Set(pending.map((row) => row.coachId))];
      const last = await db
        .select({ coachId: coachNotifications.coachId, at: max(coachNotifications.notifiedAt) })
        .from(coachNotifications)
        .where(inArray(coachNotifications.coachId, coachIds))
        .groupBy(coachNotifications.coachId);
      const lastByCoach = new Map(last.map((row) => [row.coachId, row.at === null ? null : new Date(row.at)]));
      const due = coachIds.filter((coachId) => {
        const rows = pending.filter((row) => row.coachId === coachId);
        const zone = rows[0]?.timeZone ?? 'UTC';
        return isNotificationDue(
          rows.map((row) => row.createdAt),
          lastByCoach.get(coachId) ?? null,
          zone,
          now,
          policy,
        );
      });
      if (due.length === 0) return [];
      const taken = pending.filter((row) => due.includes(row.coachId));
      await db
        .update(coachNotifications)
        .set({ notifiedAt: now })
        .where(
          inArray(
            coachNotifications.id,
            taken.map((row) => row.id),
          ),
        );
      const studentIds = [...new Set(taken.map((row) => row.studentId))];
      const students = await db.select({ id: users.id, firstName: users.firstName, username: users.username }).from(users).where(inArray(users.id, studentIds));
      const studentById = new Map(students.map((student) => [student.id, student]));
      return due.map((coachId) => {
        const rows = taken.filter((row) => row.coachId === coachId);
        return {
          coachId,
          language: rows[0]?.coachLanguage ?? 'ru',
          items: rows.map((row) => ({
            submissionId: row.submissionId,
            groupId: row.groupId,
            groupName: row.groupName,
            student: studentById.get(row.studentId) ?? { id: row.studentId, firstName: null, username: null },
            title: row.title,
            revision: row.revision,
            late: row.late,
          })),
        };
      });
    },

    /** When the next batch for any coach may be due: the oldest pending notification, for a scheduler's sleep. */
    async oldestPendingNotification(): Promise<Date | null> {
      const [row] = await db
        .select({ at: sql<Date | string | null>`min(${coachNotifications.createdAt})` })
        .from(coachNotifications)
        .where(isNull(coachNotifications.notifiedAt));
      return row?.at ? new Date(row.at) : null;
    },

    /** Pending notifications of one coach (tests and diagnostics). */
    async pendingNotificationCount(coachId: number): Promise<number> {
      const [row] = await db
        .select({ count: sql<number>`count(*)::int` })
        .from(coachNotifications)
        .where(and(eq(coachNotifications.coachId, coachId), isNull(coachNotifications.notifiedAt)));
      return row?.count ?? 0;
    },
  };
}
