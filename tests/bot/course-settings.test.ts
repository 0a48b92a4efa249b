import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseGroups, submissions, users } from '../../db/schema.ts';
import type { RecordedCall } from '../../src/bot/local-api.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { type Harness, createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const shown = (calls: RecordedCall[]) => visibleTexts(calls).join('\n');
const COACH = 9201;
const ANNA = 9202;
const BORIS = 9203;
const CO_COACH = 9204;

describe(`the coach's time zone, editing a group, and times in the reader's zone (${databaseKind})`, () => {
  let database: DatabaseHandle;
  let harness: Harness;
  let coach: ChatSession;
  let anna: ChatSession;
  let boris: ChatSession;
  let coCoach: ChatSession;
  let groupId = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    harness = createHarness(database);
    coach = harness.chat({ id: COACH, first_name: 'Ольга' });
    anna = harness.chat({ id: ANNA, first_name: 'Анна' });
    boris = harness.chat({ id: BORIS, first_name: 'Борис' });
    coCoach = harness.chat({ id: CO_COACH, first_name: 'Пётр' });
  });
  afterAll(async () => {
    await database.close();
  });

  const zoneOf = async (id: number) => (await database.db.select({ zone: users.timeZone }).from(users).where(eq(users.id, id)))[0]?.zone;
  const groupRow = async (id: number) => (await database.db.select().from(courseGroups).where(eq(courseGroups.id, id)))[0];

  async function join(chat: ChatSession, link: string): Promise<void> {
    await chat.text(`/start ${link.split('start=')[1]}`);
    await chat.press('✅ Вступить');
  }

  async function submitCanvas(chat: ChatSession, title: string): Promise<RecordedCall[]> {
    await chat.text('/new');
    await chat.text(title);
    await chat.text('Студенты рядом с университетом');
    await chat.text('/submit');
    if (chat.visibleButtons().includes(title)) await chat.press(title);
    return chat.press('📨 Отправить');
  }

  it("asks the coach's zone at the first group only, stores it, and reads the deadline in it", async () => {
    await coach.text('/coach');
    await coach.text('Поток Урал');
    const asked = shown(await coach.press('Без задания'));
    expect(asked).toContain('В каком часовом поясе вы живёте');
    expect(asked).toContain('Спрошу один раз');
    expect(coach.visibleButtons()).toEqual(expect.arrayContaining(['Москва (UTC+3)', 'Екатеринбург (UTC+5)', 'Владивосток (UTC+10)']));
    expect(shown(await coach.text('где-то на Урале'))).toContain('Не узнаю такой часовой пояс');
    expect(await zoneOf(COACH)).toBeNull();
    const deadlineAsked = shown(await coach.press('Екатеринбург (UTC+5)'));
    expect(deadlineAsked).toContain('по вашему времени (Asia/Yekaterinburg, UTC+5)');
    expect(await zoneOf(COACH)).toBe('Asia/Yekaterinburg');
    const created = shown(await coach.text('31.12.2099 18:00'));
    expect(created).toContain('31 дек. 2099 г., 18:00 (Asia/Yekaterinburg, UTC+5)');
    const [group] = await database.db.select().from(courseGroups);
    groupId = group!.id;
    expect(group?.timeZone).toBe('Asia/Yekaterinburg');
    expect(group?.deadline?.toISOString()).toBe('2099-12-31T13:00:00.000Z');
    // The second group goes straight to the deadline, in the coach's zone.
    await coach.text('/coach');
    await coach.text('Поток второй');
    const second = shown(await coach.press('Без задания'));
    expect(second).not.toContain('В каком часовом поясе');
    expect(second).toContain('по вашему времени (Asia/Yekaterinburg, UTC+5)');
    await coach.press('Без срока');
    const groups = await database.db.select().from(courseGroups);
    expect(groups.map((row) => row.timeZone)).toEqual(['Asia/Yekaterinburg', 'Asia/Yekaterinburg']);
  });

  it('/timezone changes the zone later (a UTC offset or an IANA name); the groups keep theirs', async () => {
    const asked = shown(await coach.text('/timezone'));
    expect(asked).toContain('Сейчас: Asia/Yekaterinburg, UTC+5');
    // Asked for, not asked unprompted: no promise not to ask again.
    expect(asked).not.toContain('Спрошу один раз');
    expect(shown(await coach.text('UTC+7'))).toContain('Часовой пояс: UTC+7');
    expect(await zoneOf(COACH)).toBe('Etc/GMT-7');
    await coach.text('/timezone');
    await coach.text('asia/yekaterinburg');
    expect(await zoneOf(COACH)).toBe('Asia/Yekaterinburg');
    expect((await groupRow(groupId))?.timeZone).toBe('Asia/Yekaterinburg');
  });

  it("a student without a zone takes the group's; one with a zone keeps it and reads times in it", async () => {
    const invite = shown(await coach.pressData(`gm:m:${groupId}`));
    const link = /Ссылка для студентов:\n(\S+)/.exec(invite)![1]!;
    const coLink = /со-тренеров[^\n]*\n(\S+)/.exec(invite)![1]!;
    // Анна reads the invite before she has any zone: the group's time, named.
    expect(shown(await anna.text(`/start ${link.split('start=')[1]}`))).toContain('18:00 (Asia/Yekaterinburg, UTC+5)');
    await anna.press('✅ Вступить');
    expect(await zoneOf(ANNA)).toBe('Asia/Yekaterinburg');
    await boris.text('/timezone');
    await boris.press('Москва (UTC+3)');
    await join(boris, link);
    expect(await zoneOf(BORIS)).toBe('Europe/Moscow');
    const borisView = shown(await boris.pressData(`gm:m:${groupId}`));
    expect(borisView).toContain('Срок сдачи: 31 дек. 2099 г., 16:00');
    expect(borisView).not.toContain('UTC');
    expect(shown(await anna.pressData(`gm:m:${groupId}`))).toContain('Срок сдачи: 31 дек. 2099 г., 18:00 (Asia/Yekaterinburg, UTC+5)');
    await join(coCoach, coLink);
  });

  it('a review held by another coach names its end in the reader’s own zone', async () => {
    await submitCanvas(anna, 'Кофейня');
    await coach.text('/inbox');
    await coach.press('Анна · Кофейня');
    const [row] = await database.db.select().from(submissions).where(eq(submissions.studentId, ANNA));
    await database.db.update(users).set({ timeZone: 'Asia/Vladivostok' }).where(eq(users.id, CO_COACH));
    const held = shown(await coCoach.pressData(`rv:o:${row!.id}`));
    const until = row!.claimExpiresAt!;
    const local = new Intl.DateTimeFormat('ru', { timeZone: 'Asia/Vladivostok', timeStyle: 'short' }).format(until);
    expect(held).toContain('уже проверяет Ольга');
    expect(held).toContain(`${local} (Asia/Vladivostok, UTC+10)`);
  });

  it('the coach edits the assignment and the deadline; old late marks stay and the reply says so; new work uses the new deadline', async () => {
    // Nobody else may start an edit or apply one.
    const before = JSON.stringify(await groupRow(groupId));
    for (const [chat, data] of [
      [anna, `gm:as:${groupId}`],
      [boris, `gm:nodl:${groupId}`],
      [coCoach, `gm:noas:${groupId}`],
      [coCoach, `gm:dl:${groupId}`],
    ] as const) {
      expect(shown(await chat.pressData(data)), data).toContain('Это не ваше');
    }
    expect(shown(await coCoach.text('01.01.2100 10:00'))).toContain('Это не ваше');
    expect(JSON.stringify(await groupRow(groupId))).toBe(before);

    const menu = shown(await coach.pressData(`gm:m:${groupId}`));
    expect(menu).toContain('31 дек. 2099 г., 18:00 (Asia/Yekaterinburg, UTC+5)');
    expect(coach.visibleButtons()).toEqual(expect.arrayContaining(['📝 Задание', '⏰ Срок']));
    await coach.press('📝 Задание');
    expect(shown(await coach.text('Соберите канву <и> сдайте'))).toContain('Задание группы «Поток Урал» обновлено');
    expect((await groupRow(groupId))?.assignment).toBe('Соберите канву <и> сдайте');
    expect(shown(await anna.pressData(`gm:m:${groupId}`))).toContain('Соберите канву &lt;и&gt; сдайте');

    // A deadline in the past makes Борис's work late.
    await coach.pressData(`gm:m:${groupId}`);
    expect(shown(await coach.press('⏰ Срок'))).toContain('по времени группы (Asia/Yekaterinburg, UTC+5)');
    expect(shown(await coach.text('вчера вечером'))).toContain('Не получилось прочитать дату');
    expect(shown(await coach.text('01.01.2020 10:00'))).toContain('Новый срок сдачи в группе «Поток Урал»: 1 янв. 2020 г., 10:00 (Asia/Yekaterinburg, UTC+5)');
    expect((await groupRow(groupId))?.deadline?.toISOString()).toBe('2020-01-01T05:00:00.000Z');
    expect(shown(await submitCanvas(boris, 'Пекарня'))).toContain('после дедлайна');
    // Moving the deadline on keeps that mark, and the coach is told.
    await coach.pressData(`gm:dl:${groupId}`);
    const moved = shown(await coach.text('01.01.2100 10:00'));
    expect(moved).toContain('сохраняют прежние отметки об опоздании');
    const late = (await database.db.select().from(submissions).where(eq(submissions.studentId, BORIS)))[0];
    expect(late?.late).toBe(true);
    // Removing the deadline: Борис's new revision is on time; nothing to say about marks that agree.
    await coach.pressData(`gm:dl:${groupId}`);
    const removed = shown(await coach.press('Убрать срок'));
    expect(removed).toContain('больше нет срока сдачи');
    expect(removed).toContain('сохраняют прежние отметки');
    expect((await groupRow(groupId))?.deadline).toBeNull();
    await boris.text('/submit');
    expect(shown(await boris.press('📨 Отправить'))).not.toContain('после дедлайна');
    await coach.pressData(`gm:dl:${groupId}`);
    expect(shown(await coach.text('01.01.2100 10:00'))).not.toContain('отметки');
    await coach.pressData(`gm:as:${groupId}`);
    expect(shown(await coach.press('Убрать задание'))).toContain('больше нет задания');
    expect((await groupRow(groupId))?.assignment).toBeNull();
  });
});
