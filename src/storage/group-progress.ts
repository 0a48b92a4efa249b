import { and, asc, desc, eq, ne, sql } from 'drizzle-orm';
import { canvases, groupMembers, submissions, users } from '../../db/schema.ts';
import { parseCanvasStep } from '../canvas/conversation-mode.ts';
import { studentStage } from '../course/cohort.ts';
import type { StudentProgress } from '../course/records.ts';
import { isGrade } from '../course/review.ts';
import type { Queryable } from './database.ts';
import { statusOf } from './submission-rows.ts';

/**
 * The students of a group as `groupProgress` returns them, in one query whatever the group's
 * size. No access check: callers check that the reader coaches the group.
 */
export async function readGroupProgress(db: Queryable, groupId: number): Promise<StudentProgress[]> {
  const latest = db
    .select({
      id: submissions.id,
      canvasId: submissions.canvasId,
      revision: submissions.revision,
      status: submissions.status,
      late: submissions.late,
      submittedAt: submissions.submittedAt,
      reviewedAt: submissions.reviewedAt,
      grade: submissions.grade,
    })
    .from(submissions)
    .where(and(eq(submissions.groupId, groupMembers.groupId), eq(submissions.studentId, groupMembers.userId), ne(submissions.status, 'withdrawn')))
    .orderBy(desc(submissions.submittedAt), desc(submissions.id))
    .limit(1)
    .as('latest');
  const rows = await db
    .select({
      student: { id: users.id, firstName: users.firstName, username: users.username },
      joinedAt: groupMembers.joinedAt,
      remindersEnabled: users.remindersEnabled,
      timeZone: users.timeZone,
      latest: {
        id: latest.id,
        revision: latest.revision,
        status: latest.status,
        late: latest.late,
        submittedAt: latest.submittedAt,
        reviewedAt: latest.reviewedAt,
        grade: latest.grade,
      },
      canvas: { id: canvases.id, title: canvases.title, step: canvases.step, completedAt: canvases.completedAt, lastActivityAt: canvases.lastActivityAt },
    })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .leftJoinLateral(latest, sql`true`)
    .leftJoin(canvases, and(eq(canvases.id, sql`coalesce(${latest.canvasId}, ${users.activeCanvasId})`), eq(canvases.ownerId, groupMembers.userId)))
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'student')))
    .orderBy(asc(groupMembers.joinedAt), asc(groupMembers.userId));
  return rows.map((row) => {
    const submission =
      row.latest && row.latest.id !== null
        ? {
            id: row.latest.id,
            revision: row.latest.revision,
            status: statusOf(row.latest.status),
            late: row.latest.late,
            submittedAt: new Date(row.latest.submittedAt),
            reviewedAt: row.latest.reviewedAt === null ? null : new Date(row.latest.reviewedAt),
            grade: isGrade(row.latest.grade) ? row.latest.grade : null,
          }
        : null;
    const step = row.canvas ? parseCanvasStep(row.canvas.step) : null;
    const canvas =
      row.canvas && step
        ? {
            id: row.canvas.id,
            title: row.canvas.title,
            currentBlock: step.kind === 'done' ? ('done' as const) : step.blockId,
            completed: row.canvas.completedAt !== null,
          }
        : null;
    const activity = [row.joinedAt, row.canvas?.lastActivityAt ?? null, submission?.submittedAt ?? null].filter((date): date is Date => date !== null);
    return {
      student: row.student,
      joinedAt: row.joinedAt,
      stage: studentStage(submission?.status ?? null, canvas),
      submission,
      canvas,
      lastActivityAt: new Date(Math.max(...activity.map((date) => date.getTime()))),
      remindersEnabled: row.remindersEnabled,
      timeZone: row.timeZone,
    };
  });
}
