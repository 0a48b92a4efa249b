import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, blockTypes, canvases, courseGroups, groupMembers, outbox, processedUpdates, submissions, users } from '../../db/schema.ts';
import type { ChatUser } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { buttonData, createFaultHarness, pressUpdate } from '../helpers/fault-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createCourse, createFilledCanvas } from '../storage/course-fixtures.ts';

const person = (id: number): ChatUser => ({ id, first_name: 'Анна', username: 'anna_cafe', language_code: 'ru' });

describe(`/privacy and /delete_me (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  const rowsOf = async (userId: number) => {
    const owned = await database.db.select({ id: canvases.id }).from(canvases).where(eq(canvases.ownerId, userId));
    const ids = owned.map((row) => row.id);
    return {
      users: (await database.db.select().from(users).where(eq(users.id, userId))).length,
      canvases: ids.length,
      answers: ids.length ? (await database.db.select().from(answers).where(sql`${answers.canvasId} in ${ids}`)).length : 0,
      types: ids.length ? (await database.db.select().from(blockTypes).where(sql`${blockTypes.canvasId} in ${ids}`)).length : 0,
      outbox: (await database.db.select().from(outbox).where(eq(outbox.chatId, userId))).length,
      updates: (await database.db.select().from(processedUpdates).where(eq(processedUpdates.chatId, userId))).length,
    };
  };

  it('/privacy says what is stored, for how long and how to delete it', async () => {
    const harness = createFaultHarness(database.db);
    await harness.chat(person(4001)).text('/privacy');
    const text = harness.textsTo(4001).join('\n');
    expect(text).toContain('Какие данные я храню');
    expect(text).toContain('7 дней');
    expect(text).toContain('/delete_me');
  });

  it('deletes everything about the person after the confirmation, says what, and leaves other people alone', async () => {
    const harness = createFaultHarness(database.db);
    const other = harness.chat(person(4003));
    await other.text('/start');
    await other.text('Чужая пекарня');
    const chat = harness.chat(person(4002));
    await chat.text('/start');
    await chat.text('Кофейня у парка');
    await chat.text('Мамы с колясками, гуляющие в парке');
    await chat.text('/new');
    await chat.text('Второй холст');
    const before = await rowsOf(4002);
    expect(before).toMatchObject({ users: 1, canvases: 2, answers: 1 });
    const otherBefore = await rowsOf(4003);

    await chat.text('/delete_me');
    expect(harness.textsTo(4002).at(-1)).toContain('холстов: 2, ответов: 1');
    // Nothing is deleted before the press.
    expect(await rowsOf(4002)).toMatchObject({ users: 1, canvases: 2, answers: 1 });

    const confirm = buttonData(chat, '🗑 Да, удалить всё');
    await harness.bot.handleUpdate(pressUpdate(person(4002), confirm.data, confirm.messageId));
    const said = harness.textsTo(4002).at(-1) ?? '';
    expect(said).toContain('холстов — 2, ответов — 1');
    const after = await rowsOf(4002);
    expect(after).toMatchObject({ users: 0, canvases: 0, answers: 0, types: 0 });
    // Only the confirmation itself remains: its update id (so a re-delivery is recognised) and its replies.
    expect(after.updates).toBe(1);
    expect(after.outbox).toBeLessThanOrEqual(2);
    expect(await rowsOf(4003)).toEqual(otherBefore);
  });

  it('cancel deletes nothing', async () => {
    const harness = createFaultHarness(database.db);
    const chat = harness.chat(person(4004));
    await chat.text('/start');
    await chat.text('Кофейня у реки');
    await chat.text('/delete_me');
    const cancel = buttonData(chat, 'Отмена');
    await harness.bot.handleUpdate(pressUpdate(person(4004), cancel.data, cancel.messageId));
    expect(harness.textsTo(4004).at(-1)).toContain('ничего не удалено');
    expect(await rowsOf(4004)).toMatchObject({ users: 1, canvases: 1 });
  });

  it("deletes a student's submissions and memberships, and a coach's group with everything handed in to it", async () => {
    const course = await createCourse(database.db, { studentNames: ['Вера', 'Глеб'] });
    const [vera, gleb] = course.students as [number, number];
    const submit = async (student: number, title: string) => {
      const canvasId = await createFilledCanvas(database.db, student, title, { customer_segments: 'Студенты', value_propositions: 'Быстро' });
      const result = await createSubmissionRepository(database.db).submit(student, canvasId, course.groupId, title);
      if (!result.ok) throw new Error(result.error);
    };
    await submit(vera, 'Кофейня Веры');
    await submit(gleb, 'Пекарня Глеба');
    const handedIn = async (id: number) => (await database.db.select().from(submissions).where(eq(submissions.studentId, id))).length;
    const memberships = async (id: number) => (await database.db.select().from(groupMembers).where(eq(groupMembers.userId, id))).length;

    const harness = createFaultHarness(database.db);
    const student = { id: vera, first_name: 'Вера', language_code: 'ru' } satisfies ChatUser;
    await harness.chat(student).text('/delete_me');
    expect(harness.textsTo(vera).at(-1)).toContain('сданных работ — 1, участий в группах — 1');
    const confirm = buttonData(harness.chat(student), '🗑 Да, удалить всё');
    await harness.bot.handleUpdate(pressUpdate(student, confirm.data, confirm.messageId));
    expect(harness.textsTo(vera).at(-1)).toContain('сданных работ — 1');
    expect(await handedIn(vera)).toBe(0);
    expect(await memberships(vera)).toBe(0);
    expect(await handedIn(gleb)).toBe(1);

    const coach = { id: course.coach, first_name: 'Тренер', language_code: 'ru' } satisfies ChatUser;
    await harness.chat(coach).text('/delete_me');
    expect(harness.textsTo(course.coach).at(-1)).toContain('ваших групп — 1');
    const coachConfirm = buttonData(harness.chat(coach), '🗑 Да, удалить всё');
    await harness.bot.handleUpdate(pressUpdate(coach, coachConfirm.data, coachConfirm.messageId));
    expect((await database.db.select().from(courseGroups).where(eq(courseGroups.id, course.groupId))).length).toBe(0);
    // A deleted group keeps nothing of the students': Gleb's submission went with it, his canvas stays.
    expect(await handedIn(gleb)).toBe(0);
    expect((await database.db.select().from(canvases).where(eq(canvases.ownerId, gleb))).length).toBe(1);
  });
});
