import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissions } from '../../db/schema.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createGroupRepository } from '../../src/storage/group-repository.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createSharedDatabase, databaseKind, type SharedDatabase } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas } from './course-fixtures.ts';

/**
 * Two instances of the bot act on the same submission at the same moment. On PostgreSQL the two
 * run on separate connection pools; whatever the interleaving, the outcome must be one of the
 * serial ones.
 */
describe(`course actions at the same moment (${databaseKind})`, () => {
  let shared: SharedDatabase;
  let second: DatabaseHandle;
  beforeAll(async () => {
    shared = await createSharedDatabase();
    second = await shared.openAnother();
  });
  afterAll(async () => {
    await shared?.close();
  });

  const ROUNDS = 6;

  async function submitted() {
    const db = shared.handle.db;
    const course = await createCourse(db, { studentNames: ['Anna'] });
    const student = course.students[0]!;
    const canvasId = await createFilledCanvas(db, student, 'Кофейня', COFFEE_ANSWERS);
    const result = await createSubmissionRepository(db).submit(student, canvasId, course.groupId, null);
    if (!result.ok) throw new Error(result.error);
    return { course, student, canvasId, submissionId: result.value.submission.id };
  }

  it('lets exactly one of two coaches claim a review; the other is told who has it', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const { course, submissionId } = await submitted();
      const [byCoach, byCoCoach] = await Promise.all([
        createSubmissionRepository(shared.handle.db).claim(course.coach, submissionId),
        createSubmissionRepository(second.db).claim(course.coCoach, submissionId),
      ]);
      const results = [byCoach, byCoCoach];
      expect(results.filter((result) => result.ok)).toHaveLength(1);
      const winner = byCoach.ok ? course.coach : course.coCoach;
      const loser = results.find((result) => !result.ok);
      expect(loser).toMatchObject({ ok: false, error: 'held', heldBy: { id: winner } });
      const [row] = await shared.handle.db.select().from(submissions).where(eq(submissions.id, submissionId));
      expect(row).toMatchObject({ status: 'in_review', claimedBy: winner });
    }
  });

  it('never interleaves a withdrawal with a coach opening the submission', async () => {
    const outcomes = new Set<string>();
    for (let round = 0; round < ROUNDS; round += 1) {
      const { course, student, submissionId } = await submitted();
      const [withdrawal, claim] = await Promise.all([
        createSubmissionRepository(shared.handle.db).withdraw(student, submissionId),
        createSubmissionRepository(second.db).claim(course.coach, submissionId),
      ]);
      const [row] = await shared.handle.db.select().from(submissions).where(eq(submissions.id, submissionId));
      if (withdrawal.ok) {
        // Withdrawn first: the coach was told so and holds nothing.
        expect(claim).toEqual({ ok: false, error: 'withdrawn' });
        expect(row).toMatchObject({ status: 'withdrawn', claimedBy: null });
        outcomes.add('withdrawn');
      } else {
        expect(withdrawal).toEqual({ ok: false, error: 'in_review' });
        expect(claim.ok).toBe(true);
        expect(row).toMatchObject({ status: 'in_review', claimedBy: course.coach, withdrawnAt: null });
        outcomes.add('claimed');
      }
    }
    expect(outcomes.size).toBeGreaterThan(0);
  });

  it('numbers two submissions of one canvas at once as revisions 1 and 2', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const db = shared.handle.db;
      const course = await createCourse(db, { studentNames: ['Boris'] });
      const student = course.students[0]!;
      const canvasId = await createFilledCanvas(db, student, 'Пекарня', COFFEE_ANSWERS);
      const results = await Promise.all([
        createSubmissionRepository(db).submit(student, canvasId, course.groupId, null),
        createSubmissionRepository(second.db).submit(student, canvasId, course.groupId, null),
      ]);
      expect(results.every((result) => result.ok)).toBe(true);
      const rows = await db.select().from(submissions).where(eq(submissions.canvasId, canvasId)).orderBy(submissions.revision);
      expect(rows.map((row) => [row.revision, row.status])).toEqual([
        [1, 'withdrawn'],
        [2, 'submitted'],
      ]);
    }
  });

  it('removes a submission handed in while the student leaves the group', async () => {
    for (let round = 0; round < ROUNDS; round += 1) {
      const db = shared.handle.db;
      const course = await createCourse(db, { studentNames: ['Vera'] });
      const student = course.students[0]!;
      const canvasId = await createFilledCanvas(db, student, 'Студия', COFFEE_ANSWERS);
      const [submit, leave] = await Promise.all([
        createSubmissionRepository(db).submit(student, canvasId, course.groupId, null),
        createGroupRepository(second.db).leave(student, course.groupId),
      ]);
      expect(leave.ok).toBe(true);
      expect(submit.ok === true || (submit.ok === false && submit.error === 'not_yours')).toBe(true);
      // Whichever came first, a student who left has nothing in the group.
      expect(await db.select().from(submissions).where(eq(submissions.groupId, course.groupId))).toEqual([]);
    }
  });
});
