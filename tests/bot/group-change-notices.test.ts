import { eq, gt } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseGroups, outbox, submissions } from '../../db/schema.ts';
import type { RecordedCall } from '../../src/bot/local-api.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { type Harness, createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const shown = (calls: RecordedCall[]) => visibleTexts(calls).join('\n');
const COACH = 9401;
/** A student at work, in Russian, living by the group's zone (Moscow). */
const ANNA = 9402;
/** A student at work, in English, in Berlin. */
const BOB = 9403;
/** A student whose canvas the coach accepted. */
const VERA = 9404;
const CO_COACH = 9405;

describe(`students are told when the coach changes the group's assignment or deadline (${databaseKind})`, () => {
  let database: DatabaseHandle;
  let harness: Harness;
  let coach: ChatSession;
  let anna: ChatSession;
  let bob: ChatSession;
  let vera: ChatSession;
  let coCoach: ChatSession;
  let groupId = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    harness = createHarness(database);
    coach = harness.chat({ id: COACH, first_name: 'Ольга' });
    anna = harness.chat({ id: ANNA, first_name: 'Анна' });
    bob = harness.chat({ id: BOB, first_name: 'Bob', language_code: 'en' });
    vera = harness.chat({ id: VERA, first_name: 'Вера' });
    coCoach = harness.chat({ id: CO_COACH, first_name: 'Пётр' });

    await coach.text('/coach');
    await coach.text('Поток Весна');
    await coach.text('Соберите канву своего проекта');
    await coach.press('Москва (UTC+3)');
    const created = shown(await coach.text('31.12.2099 18:00'));
    const studentLink = /Ссылка для студентов:\n(\S+)/.exec(created)![1]!;
    const coCoachLink = /со-тренеров[^\n]*\n(\S+)/.exec(created)![1]!;
    groupId = (await database.db.select().from(courseGroups))[0]!.id;
    const join = async (chat: ChatSession, link: string, button: string) => {
      await chat.text(`/start ${link.split('start=')[1]}`);
      await chat.press(button);
    };
    await join(anna, studentLink, '✅ Вступить');
    await bob.text('/timezone');
    await bob.text('Europe/Berlin');
    await join(bob, studentLink, '✅ Join');
    await join(vera, studentLink, '✅ Вступить');
    await join(coCoach, coCoachLink, '✅ Вступить');

    // Вера hands a canvas in and the coach accepts every block.
    await vera.text('/new');
    await vera.text('Пекарня');
    await vera.text('Соседи, которые берут хлеб к завтраку');
    await vera.text('/submit');
    await vera.press('📨 Отправить');
    await coach.text('/inbox');
    await coach.press('Вера · Пекарня');
    for (let block = 1; block <= 9; block += 1) await coach.press('✅ Принять');
    await coach.press('Завершить: принять');
    const [accepted] = await database.db.select().from(submissions).where(eq(submissions.studentId, VERA));
    expect(accepted?.status).toBe('accepted');
  });
  afterAll(async () => {
    await database.close();
  });

  /** What each person reads from the moment `act` starts, and the chats the outbox got messages for meanwhile. */
  async function watch(act: () => Promise<RecordedCall[]>) {
    const people = { anna, bob, vera, coCoach };
    const before = Object.fromEntries(Object.entries(people).map(([name, chat]) => [name, chat.calls.length]));
    const lastId = (await database.db.select({ id: outbox.id }).from(outbox)).reduce((max, row) => Math.max(max, row.id), 0);
    const toCoach = shown(await act());
    const read = (name: keyof typeof people) => shown(people[name].calls.slice(before[name]));
    const queued = await database.db.select({ chatId: outbox.chatId }).from(outbox).where(gt(outbox.id, lastId));
    return { toCoach, read, queuedFor: [...new Set(queued.map((row) => row.chatId))].sort((a, b) => a - b) };
  }

  it('a new assignment reaches each student still at work in their own language; the accepted student and the co-coach hear nothing', async () => {
    await coach.pressData(`gm:as:${groupId}`);
    const seen = await watch(() => coach.text('Канва и одна гипотеза <для проверки>'));
    expect(seen.toCoach).toContain('Задание группы «Поток Весна» обновлено');
    expect(seen.toCoach).toContain('Сообщил об этом студентам, чья работа ещё не принята: 2');
    expect(seen.read('anna')).toBe('📝 Новое задание в группе «Поток Весна»:\nКанва и одна гипотеза &lt;для проверки&gt;');
    expect(seen.read('bob')).toBe('📝 New assignment in the group “Поток Весна”:\nКанва и одна гипотеза &lt;для проверки&gt;');
    expect(seen.read('vera')).toBe('');
    expect(seen.read('coCoach')).toBe('');
    expect(seen.queuedFor).toEqual([COACH, ANNA, BOB]);
  });

  it("a new deadline reaches them in each student's own time zone", async () => {
    await coach.pressData(`gm:dl:${groupId}`);
    const seen = await watch(() => coach.text('15.01.2100 18:00'));
    expect(seen.toCoach).toContain('Новый срок сдачи в группе «Поток Весна»: 15 янв. 2100 г., 18:00');
    expect(seen.read('anna')).toBe('⏰ Новый срок сдачи в группе «Поток Весна»: 15 янв. 2100 г., 18:00.');
    expect(seen.read('bob')).toBe('⏰ New deadline in the group “Поток Весна”: Jan 15, 2100, 4:00 PM (Europe/Berlin, UTC+1).');
    expect(seen.read('vera')).toBe('');
    expect(seen.read('coCoach')).toBe('');
    expect(seen.queuedFor).toEqual([COACH, ANNA, BOB]);
  });

  it('the same deadline saved again tells nobody', async () => {
    await coach.pressData(`gm:dl:${groupId}`);
    const seen = await watch(() => coach.text('15.01.2100 18:00'));
    expect(seen.toCoach).not.toContain('Сообщил');
    expect(seen.queuedFor).toEqual([COACH]);
  });

  it('removing the deadline and the assignment tells them each is gone', async () => {
    await coach.pressData(`gm:dl:${groupId}`);
    const deadline = await watch(() => coach.press('Убрать срок'));
    expect(deadline.read('anna')).toBe('⏰ В группе «Поток Весна» больше нет срока сдачи.');
    expect(deadline.read('bob')).toBe('⏰ The group “Поток Весна” has no deadline any more.');
    expect(deadline.read('vera')).toBe('');
    await coach.pressData(`gm:as:${groupId}`);
    const assignment = await watch(() => coach.press('Убрать задание'));
    expect(assignment.read('anna')).toBe('📝 В группе «Поток Весна» больше нет задания.');
    expect(assignment.read('bob')).toBe('📝 The group “Поток Весна” has no assignment any more.');
    expect(assignment.read('vera')).toBe('');
    expect(assignment.read('coCoach')).toBe('');
    expect(assignment.queuedFor).toEqual([COACH, ANNA, BOB]);
    const [group] = await database.db.select().from(courseGroups).where(eq(courseGroups.id, groupId));
    expect(group).toMatchObject({ assignment: null, deadline: null });
  });
});
