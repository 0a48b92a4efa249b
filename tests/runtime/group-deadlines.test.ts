import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupReminders, outbox, users } from '../../db/schema.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import { queueGroupDeadlineReminders, runGroupDeadlineTick } from '../../src/runtime/group-deadlines.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { type Harness, createHarness } from '../helpers/bot-harness.ts';
import { type SharedDatabase, createSharedDatabase, databaseKind } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas } from '../storage/course-fixtures.ts';

/** 11:00 in Moscow on 11 March 2031 (the group's zone); 01:00 in Los Angeles. */
const DEADLINE = new Date('2031-03-11T08:00:00Z');
const HOUR = 3_600_000;
const at = (hoursFromDeadline: number) => new Date(DEADLINE.getTime() + hoursFromDeadline * HOUR);

describe(`deadline reminders and the coaches' summary (${databaseKind})`, () => {
  let shared: SharedDatabase;
  let database: DatabaseHandle;
  let harness: Harness;
  let course: Awaited<ReturnType<typeof createCourse>>;
  let anna: ChatSession;
  let boris: ChatSession;
  let clara: ChatSession;
  let dan: ChatSession;

  beforeAll(async () => {
    shared = await createSharedDatabase();
    database = shared.handle;
    harness = createHarness(database);
    course = await createCourse(database.db, { deadline: DEADLINE, studentNames: ['Anna', 'Boris', 'Clara', 'Dan'] });
    [anna, boris, clara, dan] = course.students.map((id, index) => harness.chat({ id, first_name: ['Anna', 'Boris', 'Clara', 'Dan'][index] ?? '' })) as [
      ChatSession,
      ChatSession,
      ChatSession,
      ChatSession,
    ];
    await boris.text('/stop_reminders');
    await database.db.update(users).set({ timeZone: 'America/Los_Angeles' }).where(eq(users.id, clara.user.id));
    await createFilledCanvas(database.db, dan.user.id, 'Кофейня', COFFEE_ANSWERS);
    await dan.text('/submit');
    await dan.press('📨 Отправить');
  });
  afterAll(async () => {
    await shared.close();
  });

  const tick = (now: Date) => runGroupDeadlineTick(harness.bot.api, { db: database.db }, now);
  const messagesTo = (chat: ChatSession) => visibleTexts(chat.calls.filter((call) => call.method === 'sendMessage')).join('\n');

  it('sends nothing more than a day before the deadline', async () => {
    expect(await tick(at(-25))).toBe(0);
  });

  it('reminds a student who has not submitted once, a day before, even when two instances tick at the same moment', async () => {
    const other = await shared.openAnother();
    const [first, second] = await Promise.all([queueGroupDeadlineReminders(database.db, at(-20)), queueGroupDeadlineReminders(other.db, at(-20))]);
    // 12:00 UTC: 15:00 in Moscow for Anna, 05:00 in Los Angeles for Clara (her night); Boris opted out; Dan submitted.
    expect([...first, ...second].map((entry) => entry.chatId)).toEqual([anna.user.id]);
    expect(JSON.stringify([...first, ...second][0]?.payload)).toContain('До срока сдачи в группе «Весна-2026» осталось меньше суток');
    expect(await tick(at(-19))).toBe(0);
    const rows = await database.db.select().from(groupReminders).where(eq(groupReminders.kind, 'deadline'));
    expect(rows.map((row) => [row.userId, row.deadline?.toISOString()])).toEqual([[anna.user.id, DEADLINE.toISOString()]]);
  });

  it('reminds a student whose night it was in their morning, before the deadline, and nobody twice', async () => {
    // 16:00 UTC is 09:00 in Los Angeles.
    expect(await tick(at(-16))).toBe(1);
    expect(messagesTo(clara)).toContain('осталось меньше суток');
    expect(await tick(at(-15))).toBe(0);
    expect(messagesTo(boris)).not.toContain('осталось меньше суток');
    expect(messagesTo(dan)).not.toContain('осталось меньше суток');
    const rows = await database.db.select().from(groupReminders).where(eq(groupReminders.kind, 'deadline'));
    expect(rows.map((row) => row.userId).sort()).toEqual([anna.user.id, clara.user.id].sort());
  });

  it('gives each coach one summary after the deadline: who submitted on time, late, or not at all', async () => {
    expect(await tick(at(-0.1))).toBe(0);
    const other = await shared.openAnother();
    const [first, second] = await Promise.all([queueGroupDeadlineReminders(database.db, at(0.1)), queueGroupDeadlineReminders(other.db, at(0.1))]);
    expect([...first, ...second].map((entry) => entry.chatId).sort()).toEqual([course.coach, course.coCoach].sort());
    for (const coachId of [course.coach, course.coCoach]) expect(await database.db.select().from(outbox).where(eq(outbox.chatId, coachId))).toHaveLength(1);
    const text = JSON.stringify([...first, ...second][0]?.payload);
    expect(text).toContain('Срок сдачи в группе «Весна-2026» прошёл');
    expect(text).toContain('Сдали вовремя: 1');
    expect(text).toContain('Не сдали: 3');
    expect(text).toContain('Dan');
    expect(await tick(at(1))).toBe(0);
    expect(await tick(at(30))).toBe(0);
  });
});
