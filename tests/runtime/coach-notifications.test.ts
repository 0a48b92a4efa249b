import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox } from '../../db/schema.ts';
import { visibleTexts } from '../../src/cli/chat-session.ts';
import { runCoachNotificationTick } from '../../src/runtime/coach-notifications.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas, createTestClock } from '../storage/course-fixtures.ts';

const policy = { batchWindowMinutes: 15, quietFrom: 22, quietUntil: 9 };

describe(`coach notifications through the outbox (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('sends each coach one message for a batch of submissions, and nothing twice', async () => {
    const clock = createTestClock('2026-03-02T07:00:00Z'); // 10:00 in Moscow
    const course = await createCourse(database.db, { studentNames: ['Анна', 'Борис', 'Вера'] });
    const repository = createSubmissionRepository(database.db, { clock: clock.now });
    for (const student of course.students) {
      const canvasId = await createFilledCanvas(database.db, student, `Проект ${student}`, COFFEE_ANSWERS);
      const result = await repository.submit(student, canvasId, course.groupId, null);
      if (!result.ok) throw new Error(result.error);
      clock.advanceMinutes(2);
    }
    const harness = createHarness(database);
    const coachChat = harness.chat({ id: course.coach });
    const coCoachChat = harness.chat({ id: course.coCoach });
    const deps = { db: database.db };

    expect(await runCoachNotificationTick(harness.bot.api, deps, new Date('2026-03-02T07:14:00Z'), policy)).toBe(0);
    expect(await runCoachNotificationTick(harness.bot.api, deps, new Date('2026-03-02T07:15:00Z'), policy)).toBe(2);
    expect(await runCoachNotificationTick(harness.bot.api, deps, new Date('2026-03-02T07:16:00Z'), policy)).toBe(0);

    for (const chat of [coachChat, coCoachChat]) {
      const texts = visibleTexts(chat.calls);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toContain('Новые работы на проверку: 3');
      for (const name of ['Анна', 'Борис', 'Вера']) expect(texts[0]).toContain(`Весна-2026: ${name} — «Проект`);
    }
    const sent = await database.db.select().from(outbox).where(eq(outbox.chatId, course.coach));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.sentAt).not.toBeNull();
  });
});
