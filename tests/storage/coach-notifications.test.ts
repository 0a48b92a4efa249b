import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { type CoachNotificationBatch, createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas, createTestClock } from './course-fixtures.ts';

const policy = { batchWindowMinutes: 15, quietFrom: 22, quietUntil: 9 };

describe(`batched notifications to coaches (${databaseKind})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** A course of four students in Moscow's zone, each with a canvas ready to hand in. */
  async function setUp(start: string) {
    const clock = createTestClock(start);
    const course = await createCourse(handle.db, { studentNames: ['S1', 'S2', 'S3', 'S4'] });
    const canvasIds = new Map<number, number>();
    for (const student of course.students) canvasIds.set(student, await createFilledCanvas(handle.db, student, `Canvas of ${student}`, COFFEE_ANSWERS));
    const repository = createSubmissionRepository(handle.db, { clock: clock.now });
    const submitAs = async (index: number) => {
      const student = course.students[index]!;
      const result = await repository.submit(student, canvasIds.get(student)!, course.groupId, null);
      if (!result.ok) throw new Error(result.error);
      return result.value.submission.id;
    };
    /** The batches due now, for this course's coaches only, as coach → submission ids. */
    const due = async () => {
      const batches: CoachNotificationBatch[] = await handle.db.transaction((tx) =>
        createSubmissionRepository(tx, { clock: clock.now }).claimDueNotifications(policy),
      );
      return Object.fromEntries(
        batches
          .filter((batch) => [course.coach, course.coCoach].includes(batch.coachId))
          .map((batch) => [batch.coachId, batch.items.map((item) => item.submissionId)]),
      );
    };
    return { clock, course, repository, submitAs, due };
  }

  it('sends one message per coach for all submissions of a window, then waits a window before the next', async () => {
    const { clock, course, submitAs, due, repository } = await setUp('2026-03-02T07:00:00Z'); // 10:00 in Moscow
    const first = await submitAs(0);
    clock.advanceMinutes(5);
    const second = await submitAs(1);
    clock.advanceMinutes(5);
    const third = await submitAs(2);
    clock.set('2026-03-02T07:14:59Z');
    expect(await due()).toEqual({});
    clock.set('2026-03-02T07:15:00Z');
    expect(await due()).toEqual({ [course.coach]: [first, second, third], [course.coCoach]: [first, second, third] });
    expect(await due()).toEqual({});
    expect(await repository.pendingNotificationCount(course.coach)).toBe(0);

    clock.set('2026-03-02T07:20:00Z');
    const fourth = await submitAs(3);
    clock.set('2026-03-02T07:34:00Z');
    expect(await due()).toEqual({});
    clock.set('2026-03-02T07:35:00Z');
    expect(await due()).toEqual({ [course.coach]: [fourth], [course.coCoach]: [fourth] });
  });

  it('names the group, the student, the title, the revision and the late mark, in the coach language', async () => {
    const { clock, course, submitAs } = await setUp('2026-03-02T08:00:00Z');
    await handle.db.update(users).set({ language: 'en' }).where(eq(users.id, course.coach));
    const id = await submitAs(0);
    clock.advanceMinutes(15);
    const batches = await handle.db.transaction((tx) => createSubmissionRepository(tx, { clock: clock.now }).claimDueNotifications(policy));
    const batch = batches.find((candidate) => candidate.coachId === course.coach);
    expect(batch).toEqual({
      coachId: course.coach,
      language: 'en',
      items: [
        {
          submissionId: id,
          groupId: course.groupId,
          groupName: 'Весна-2026',
          student: { id: course.students[0], firstName: 'S1', username: 's1' },
          title: `Canvas of ${course.students[0]}`,
          revision: 1,
          late: false,
        },
      ],
    });
  });

  it('waits for 09:00 in the coach zone when a batch falls due at night', async () => {
    const { clock, course, submitAs, due } = await setUp('2026-03-02T18:50:00Z'); // 21:50 in Moscow
    const id = await submitAs(0);
    clock.set('2026-03-02T19:05:00Z'); // 22:05
    expect(await due()).toEqual({});
    clock.set('2026-03-03T05:59:00Z'); // 08:59
    expect(await due()).toEqual({});
    clock.set('2026-03-03T06:00:00Z'); // 09:00
    expect(await due()).toEqual({ [course.coach]: [id], [course.coCoach]: [id] });
  });

  it("follows each coach's own zone when known", async () => {
    const { clock, course, submitAs, due } = await setUp('2026-03-02T12:40:00Z'); // 15:40 in Moscow, 22:40 in Vladivostok
    await handle.db.update(users).set({ timeZone: 'Asia/Vladivostok' }).where(eq(users.id, course.coCoach));
    const id = await submitAs(0);
    clock.set('2026-03-02T13:00:00Z');
    expect(await due()).toEqual({ [course.coach]: [id] });
    clock.set('2026-03-02T23:00:00Z'); // 09:00 in Vladivostok
    expect(await due()).toEqual({ [course.coCoach]: [id] });
  });

  it('drops the notification of a submission a coach opened or the student withdrew before the batch', async () => {
    const { clock, course, submitAs, due, repository } = await setUp('2026-03-02T08:00:00Z');
    const opened = await submitAs(0);
    const withdrawn = await submitAs(1);
    const waiting = await submitAs(2);
    expect((await repository.claim(course.coCoach, opened)).ok).toBe(true);
    expect((await repository.withdraw(course.students[1]!, withdrawn)).ok).toBe(true);
    clock.advanceMinutes(15);
    expect(await due()).toEqual({ [course.coach]: [waiting], [course.coCoach]: [waiting] });
  });
});
