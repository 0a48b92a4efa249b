import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCanvasRepository } from '../../src/storage/canvas-repository.ts';
import { createConversationSnapshots } from '../../src/storage/conversation-snapshot.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas, createTestClock } from './course-fixtures.ts';

describe(`the user with their conversation in one read (${databaseKind})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('creates a new user in Telegram’s language with no canvas, and keeps a chosen language', async () => {
    const snapshots = createConversationSnapshots(handle.db);
    const first = await snapshots.enter({ id: 7101, firstName: 'Анна', language: 'en' });
    expect(first.user).toMatchObject({ id: 7101, firstName: 'Анна', language: 'en', languageChosen: false, activeCanvasId: null, mode: { kind: 'idle' } });
    expect(first.conversation).toEqual({ canvas: null, canvases: null });
    const renamed = await snapshots.enter({ id: 7101, firstName: 'Аня', username: 'anya', language: 'ru' });
    expect(renamed.user).toMatchObject({ firstName: 'Аня', username: 'anya', language: 'en' });
    expect(await snapshots.read(7999)).toBeNull();
  });

  it('writes the user row only when the name or username changed, and otherwise neither rewrites nor locks it', async () => {
    const snapshots = createConversationSnapshots(handle.db);
    // xmin changes when the row is rewritten; xmax is set when it is only locked (as an upsert that updates nothing does).
    const rowVersion = async (): Promise<string> => {
      const result = await handle.db.execute(sql`select xmin::text || '/' || xmax::text as version from users where id = 7102`);
      const rows = ((result as { rows?: unknown[] }).rows ?? (result as unknown as unknown[])) as { version: string }[];
      return rows[0]?.version ?? '';
    };
    await snapshots.enter({ id: 7102, firstName: 'Олег', username: 'oleg', language: 'ru' });
    const written = await rowVersion();
    const again = await snapshots.enter({ id: 7102, firstName: 'Олег', username: 'oleg', language: 'ru' });
    expect(again.user).toMatchObject({ id: 7102, firstName: 'Олег', username: 'oleg', language: 'ru' });
    expect(await rowVersion()).toBe(written);
    const renamed = await snapshots.enter({ id: 7102, firstName: 'Олег', language: 'ru' });
    expect(renamed.user).toMatchObject({ firstName: 'Олег', username: null });
    expect(await rowVersion()).not.toBe(written);
  });

  it('reads what the repositories read: the active canvas and the blocks a coach returned, not the canvas list', async () => {
    const clock = createTestClock();
    const course = await createCourse(handle.db);
    const student = course.students[0]!;
    const canvases = createCanvasRepository(handle.db);
    await canvases.create(student, 'Старая канва', 'ru', { kind: 'question', blockId: 'channels', questionIndex: 0 });
    const canvasId = await createFilledCanvas(handle.db, student, 'Кофейня «Зерно»', COFFEE_ANSWERS);
    await canvases.addToBlock(canvasId, 'channels', 'И в приложении', 77);
    await canvases.setBlockTypes(canvasId, 'revenue_streams', [{ id: 'asset_sale', source: 'classifier' }]);

    // A student of a live group: the course side is there before any review.
    const snapshots = createConversationSnapshots(handle.db);
    const before = (await snapshots.read(student))?.conversation;
    expect(before?.course).toEqual({ canvasId, returned: [], inGroup: true });

    const submissions = createSubmissionRepository(handle.db, { clock: clock.now, leaseMinutes: 30 });
    const submitted = await submissions.submit(student, canvasId, course.groupId, 'Anna');
    if (!submitted.ok) throw new Error(submitted.error);
    const submissionId = submitted.value.submission.id;
    await submissions.claim(course.coach, submissionId);
    await submissions.reviewBlock(course.coach, submissionId, 'customer_segments', { verdict: 'accepted' });
    await submissions.reviewBlock(course.coach, submissionId, 'cost_structure', { verdict: 'returned', comment: 'Где налоги?' });
    await submissions.reviewBlock(course.coach, submissionId, 'channels', { verdict: 'returned', comment: 'Что после покупки?' });
    const finished = await submissions.finish(course.coach, submissionId);
    if (!finished.ok) throw new Error(finished.error);

    const entered = await snapshots.enter({ id: student, firstName: 'Anna', username: 'anna', language: 'ru' });
    expect(entered.user.activeCanvasId).toBe(canvasId);
    expect(entered.conversation.canvas).toEqual(await canvases.view(student, canvasId));
    // Read only for the decisions that ask for it (the list, a deletion).
    expect(entered.conversation.canvases).toBeNull();
    const returned = (await submissions.returnedBlocks(student, canvasId)).flatMap((work) => work.blocks);
    expect(returned.map((block) => block.blockId)).toEqual(['channels', 'cost_structure']);
    expect(entered.conversation.course).toEqual({ canvasId, returned, inGroup: true });
  });
});
