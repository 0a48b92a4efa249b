import type { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../db/schema.ts';
import { createCanvasRepository } from '../../src/storage/canvas-repository.ts';
import type { AppDatabase, DatabaseHandle } from '../../src/storage/database.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createUserRepository } from '../../src/storage/user-repository.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas, createTestClock } from './course-fixtures.ts';

/** The same database through a drizzle instance that counts the statements it sends. */
function countingDatabase(handle: DatabaseHandle): { db: AppDatabase; queries(): number } {
  let count = 0;
  const logger = {
    logQuery: () => {
      count += 1;
    },
  };
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const db = handle.kind === 'pglite' ? drizzlePglite(client as PGlite, { schema, logger }) : drizzlePostgres(client as Sql, { schema, logger });
  return { db: db as unknown as AppDatabase, queries: () => count };
}

describe(`group progress for the coach (${databaseKind})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('shows each student with their stage, block, revision and last activity', async () => {
    const clock = createTestClock('2026-03-02T10:00:00Z');
    const course = await createCourse(handle.db, { studentNames: ['Idle', 'Filling', 'Returned', 'Withdrew'] });
    const [idle, filling, returned, withdrew] = course.students as [number, number, number, number];
    const repository = createSubmissionRepository(handle.db, { clock: clock.now });

    const canvases = createCanvasRepository(handle.db);
    const draft = await canvases.create(filling, 'Черновик', 'ru', { kind: 'question', blockId: 'customer_segments', questionIndex: 0 });
    await canvases.answerQuestion(draft.id, 'customer_segments', 0, 'Студенты');
    await canvases.setStep(draft.id, { kind: 'question', blockId: 'channels', questionIndex: 1 }, 1);
    await createUserRepository(handle.db).setActiveCanvas(filling, draft.id, { kind: 'filling' });

    const returnedCanvas = await createFilledCanvas(handle.db, returned, 'Кофейня', COFFEE_ANSWERS);
    await repository.submit(returned, returnedCanvas, course.groupId, null);
    const second = await repository.submit(returned, returnedCanvas, course.groupId, null);
    if (!second.ok) throw new Error(second.error);
    await repository.claim(course.coach, second.value.submission.id);
    await repository.reviewBlock(course.coach, second.value.submission.id, 'channels', { verdict: 'returned' });
    await repository.setOverall(course.coach, second.value.submission.id, { grade: 2 });
    await repository.finish(course.coach, second.value.submission.id);

    const withdrawnCanvas = await createFilledCanvas(handle.db, withdrew, 'Пекарня', COFFEE_ANSWERS);
    const taken = await repository.submit(withdrew, withdrawnCanvas, course.groupId, null);
    if (!taken.ok) throw new Error(taken.error);
    await repository.withdraw(withdrew, taken.value.submission.id);

    await createUserRepository(handle.db).setReminders(idle, false);
    await handle.db.update(schema.users).set({ timeZone: 'Asia/Tokyo' }).where(eq(schema.users.id, filling));

    const progress = await repository.groupProgress(course.coCoach, course.groupId);
    if (!progress.ok) throw new Error(progress.error);
    const byName = Object.fromEntries(progress.value.map((row) => [row.student.firstName, row]));
    expect(progress.value.map((row) => row.student.id)).toEqual([idle, filling, returned, withdrew]);
    expect(byName.Idle).toMatchObject({ stage: 'not_started', submission: null, canvas: null, remindersEnabled: false, timeZone: null });
    expect(byName.Filling).toMatchObject({
      stage: 'filling',
      submission: null,
      canvas: { id: draft.id, title: 'Черновик', currentBlock: 'channels', completed: false },
      remindersEnabled: true,
      timeZone: 'Asia/Tokyo',
    });
    expect(byName.Returned).toMatchObject({
      stage: 'returned',
      submission: { id: second.value.submission.id, revision: 2, status: 'returned', late: false, grade: 2, reviewedAt: clock.now() },
      canvas: { id: returnedCanvas, currentBlock: 'done', completed: true },
    });
    expect(byName.Withdrew).toMatchObject({ stage: 'finished', submission: null, canvas: { id: withdrawnCanvas, completed: true } });
    for (const row of progress.value) expect(row.lastActivityAt.getTime()).toBeGreaterThanOrEqual(row.joinedAt.getTime());
    expect(byName.Returned!.lastActivityAt.getTime()).toBeGreaterThanOrEqual(clock.now().getTime());
  });

  it('takes the same number of queries for 3 students as for 40', async () => {
    const counts: number[] = [];
    for (const size of [3, 40]) {
      const course = await createCourse(handle.db, { studentNames: Array.from({ length: size }, (_, index) => `Student${index}`) });
      for (const student of course.students.slice(0, Math.ceil(size / 2))) {
        const canvasId = await createFilledCanvas(handle.db, student, 'Проект', COFFEE_ANSWERS);
        await createSubmissionRepository(handle.db).submit(student, canvasId, course.groupId, null);
      }
      const counting = countingDatabase(handle);
      const progress = await createSubmissionRepository(counting.db).groupProgress(course.coach, course.groupId);
      expect(progress.ok && progress.value).toHaveLength(size);
      expect(progress.ok && progress.value.filter((row) => row.stage === 'submitted')).toHaveLength(Math.ceil(size / 2));
      counts.push(counting.queries());
    }
    expect(counts[0]).toBe(2);
    expect(counts[1]).toBe(counts[0]);
  });
});
