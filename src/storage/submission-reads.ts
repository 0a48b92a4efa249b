import { and, asc, desc, eq, inArray, lt, ne } from 'drizzle-orm';
import { blockReviews, courseGroups, groupMembers, submissions, users } from '../../db/schema.ts';
import type { InboxGroup, ReturnedWork, StudentProgress, SubmissionDetail, SubmissionSummary } from '../course/records.ts';
import { type CourseResult, fail, ok } from '../course/result.ts';
import { type BlockChange, compareRevisions } from '../course/revision-diff.ts';
import { isLate } from '../course/submission.ts';
import { parseSubmittedCanvas } from '../course/submitted-canvas.ts';
import { readGroupProgress } from './group-progress.ts';
import {
  REVIEWED,
  REVIEWER_ROLES,
  type SubmissionStore,
  WAITING,
  byBlockOrder,
  detailOf,
  isReviewer,
  reviewsOf,
  toBlockReview,
  toSummary,
  viewerOf,
} from './submission-rows.ts';

/**
 * Submissions as their readers see them: one with its review, what changed since the last
 * review, every revision, a student's own list, what `/edit` marks, a coach's inbox and a
 * group's progress. Each checks who asks and answers `not_yours` to anyone else.
 */
export function createSubmissionReads({ db, clock }: SubmissionStore) {
  /** Every revision of one canvas in one group, first to last; for its student or a coach of the group. */
  async function revisions(userId: number, canvasId: number, groupId: number): Promise<CourseResult<SubmissionSummary[]>> {
    const rows = await db
      .select()
      .from(submissions)
      .where(and(eq(submissions.canvasId, canvasId), eq(submissions.groupId, groupId)))
      .orderBy(asc(submissions.revision));
    const first = rows[0];
    if (!first || !(await viewerOf(db, userId, first))) return fail('not_yours');
    const now = clock();
    return ok(rows.map((row) => toSummary(row, now)));
  }

  return {
    /** A submission with its snapshot and reviews, for its student or a coach of its group. */
    async find(userId: number, submissionId: number): Promise<CourseResult<SubmissionDetail>> {
      const [row] = await db.select().from(submissions).where(eq(submissions.id, submissionId));
      const viewer = row ? await viewerOf(db, userId, row) : null;
      return row && viewer ? ok(await detailOf(db, row, viewer, clock())) : fail('not_yours');
    },

    /**
     * What changed since the last reviewed revision of the same canvas and group, block by block,
     * with that review's verdicts and comments; null for a first submission.
     */
    async changesSinceReview(userId: number, submissionId: number): Promise<CourseResult<{ reviewedRevision: number; changes: BlockChange[] } | null>> {
      const [row] = await db.select().from(submissions).where(eq(submissions.id, submissionId));
      if (!row || !(await viewerOf(db, userId, row))) return fail('not_yours');
      const [reviewed] = await db
        .select()
        .from(submissions)
        .where(
          and(
            eq(submissions.canvasId, row.canvasId),
            eq(submissions.groupId, row.groupId),
            lt(submissions.revision, row.revision),
            inArray(submissions.status, REVIEWED),
          ),
        )
        .orderBy(desc(submissions.revision))
        .limit(1);
      if (!reviewed) return ok(null);
      const changes = compareRevisions(parseSubmittedCanvas(reviewed.snapshot), await reviewsOf(db, reviewed.id), parseSubmittedCanvas(row.snapshot));
      return ok({ reviewedRevision: reviewed.revision, changes });
    },

    revisions,

    /** Every revision of the canvas and group `submissionId` belongs to, first to last; same access as `revisions`. */
    async revisionsOf(userId: number, submissionId: number): Promise<CourseResult<SubmissionSummary[]>> {
      const [row] = await db.select({ canvasId: submissions.canvasId, groupId: submissions.groupId }).from(submissions).where(eq(submissions.id, submissionId));
      if (!row) return fail('not_yours');
      return revisions(userId, row.canvasId, row.groupId);
    },

    /**
     * How many submissions already handed in to a group carry a late mark this deadline would
     * not give them, or lack one it would: marks are not rewritten when a deadline moves.
     */
    async lateMarksOutOfStep(userId: number, groupId: number, deadline: Date | null): Promise<number> {
      if (!(await isReviewer(db, userId, groupId))) return 0;
      const rows = await db
        .select({ late: submissions.late, submittedAt: submissions.submittedAt })
        .from(submissions)
        .where(and(eq(submissions.groupId, groupId), ne(submissions.status, 'withdrawn')));
      return rows.filter((row) => row.late !== isLate(row.submittedAt, deadline)).length;
    },

    /** The student's own submissions, newest first. */
    async listForStudent(studentId: number): Promise<Array<SubmissionSummary & { groupName: string }>> {
      const rows = await db
        .select({ submission: submissions, groupName: courseGroups.name })
        .from(submissions)
        .innerJoin(courseGroups, eq(courseGroups.id, submissions.groupId))
        .where(eq(submissions.studentId, studentId))
        .orderBy(desc(submissions.submittedAt), desc(submissions.id));
      const now = clock();
      return rows.map((row) => ({ ...toSummary(row.submission, now), groupName: row.groupName }));
    },

    /**
     * Blocks of this canvas a coach returned and the student has not handed in again since, per
     * group, with the comments: what `/edit` marks.
     */
    async returnedBlocks(studentId: number, canvasId: number): Promise<ReturnedWork[]> {
      const rows = await db
        .selectDistinctOn([submissions.groupId], { submission: submissions, groupName: courseGroups.name })
        .from(submissions)
        .innerJoin(courseGroups, eq(courseGroups.id, submissions.groupId))
        .where(and(eq(submissions.canvasId, canvasId), eq(submissions.studentId, studentId), ne(submissions.status, 'withdrawn')))
        .orderBy(submissions.groupId, desc(submissions.revision));
      const returned = rows.filter((row) => row.submission.status === 'returned');
      if (returned.length === 0) return [];
      const reviewRows = await db
        .select()
        .from(blockReviews)
        .where(
          and(
            inArray(
              blockReviews.submissionId,
              returned.map((row) => row.submission.id),
            ),
            eq(blockReviews.verdict, 'returned'),
          ),
        );
      return returned.map((row) => ({
        submissionId: row.submission.id,
        groupId: row.submission.groupId,
        groupName: row.groupName,
        revision: row.submission.revision,
        blocks: reviewRows
          .filter((review) => review.submissionId === row.submission.id)
          .flatMap(toBlockReview)
          .sort(byBlockOrder)
          .map((review) => ({ blockId: review.blockId, comment: review.comment })),
      }));
    },

    /** Submissions waiting for `coachId` across their groups: oldest first, grouped by group (the group with the oldest first). */
    async inbox(coachId: number): Promise<InboxGroup[]> {
      const rows = await db
        .select({
          submission: submissions,
          groupName: courseGroups.name,
          student: { id: users.id, firstName: users.firstName, username: users.username },
        })
        .from(submissions)
        .innerJoin(courseGroups, eq(courseGroups.id, submissions.groupId))
        .innerJoin(
          groupMembers,
          and(eq(groupMembers.groupId, submissions.groupId), eq(groupMembers.userId, coachId), inArray(groupMembers.role, REVIEWER_ROLES)),
        )
        .innerJoin(users, eq(users.id, submissions.studentId))
        .where(inArray(submissions.status, WAITING))
        .orderBy(asc(submissions.submittedAt), asc(submissions.id));
      const now = clock();
      const groups = new Map<number, InboxGroup>();
      for (const row of rows) {
        const summary = toSummary(row.submission, now);
        let group = groups.get(summary.groupId);
        if (!group) {
          group = { groupId: summary.groupId, groupName: row.groupName, items: [] };
          groups.set(summary.groupId, group);
        }
        group.items.push({
          submissionId: summary.id,
          student: row.student,
          title: summary.title,
          revision: summary.revision,
          status: summary.status,
          late: summary.late,
          submittedAt: summary.submittedAt,
          claim: summary.claim,
        });
      }
      return [...groups.values()];
    },

    /**
     * Every student of a group with their latest submission, the block they are on, the revision,
     * their last activity and reminder settings, for the group's coaches.
     */
    async groupProgress(coachId: number, groupId: number): Promise<CourseResult<StudentProgress[]>> {
      if (!(await isReviewer(db, coachId, groupId))) return fail('not_yours');
      return ok(await readGroupProgress(db, groupId));
    },
  };
}
