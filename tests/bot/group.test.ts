import { loadImage } from '@napi-rs/canvas';
import { parse } from 'csv-parse/sync';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { courseGroups, groupReminders, users } from '../../db/schema.ts';
import { type RecordedCall, readSentFile } from '../../src/bot/local-api.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import { createGroupRepository } from '../../src/storage/group-repository.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { type Harness, createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas, createPerson, createTestClock } from '../storage/course-fixtures.ts';

const shown = (calls: RecordedCall[]) => visibleTexts(calls).join('\n');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** 12:00 in Moscow, 01:00 in Los Angeles: day for one, night for the other. */
const MOSCOW_NOON = '2031-03-10T09:00:00Z';

/** Every payload of the bot's buttons in these calls. */
function callbackData(calls: RecordedCall[]): string[] {
  return calls.flatMap((call) => {
    const markup = call.payload.reply_markup as { inline_keyboard?: Array<Array<{ callback_data?: string }>> } | undefined;
    return (markup?.inline_keyboard ?? []).flat().flatMap((button) => (button.callback_data ? [button.callback_data] : []));
  });
}

async function documentOf(calls: RecordedCall[]): Promise<{ name: string; data: Buffer }> {
  const file = await readSentFile(calls.find((call) => call.method === 'sendDocument')?.payload.document);
  if (!file) throw new Error(`no document among ${calls.map((call) => call.method).join(', ')}`);
  return { name: file.name, data: file.data };
}

/** Parses as a spreadsheet would: the BOM read as the encoding mark, quotes by RFC 4180. */
const parseCsv = (data: Buffer) => parse(data.toString('utf8'), { bom: true }) as string[][];

describe(`the coach's /group in the chat (${databaseKind})`, () => {
  let database: DatabaseHandle;
  let harness: Harness;
  const clock = createTestClock(MOSCOW_NOON);
  let coach: ChatSession;
  const students: Record<string, ChatSession> = {};
  const ids = { coach: 9300, anna: 9301, boris: 9302, vera: 9303, gleb: 9304, dina: 9305, elena: 9306, stranger: 9399 };
  let groupId = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    harness = createHarness(database, { clock: clock.now, webApp: { url: 'https://coach.example.org/app/', path: '/app/' } });
    coach = harness.chat({ id: ids.coach, first_name: 'Ольга' });
    for (const [name, firstName] of [
      ['anna', 'Анна'],
      ['boris', 'Борис'],
      ['vera', 'Вера'],
      ['gleb', 'Глеб'],
      ['dina', 'Дина'],
      ['elena', 'Елена'],
    ] as const) {
      students[name] = harness.chat({ id: ids[name], first_name: firstName });
    }
  });
  afterAll(async () => {
    await database.close();
  });

  const student = (name: string): ChatSession => students[name] as ChatSession;

  async function submit(name: string): Promise<void> {
    await student(name).text('/submit');
    await student(name).press('📨 Отправить');
  }

  /** The coach opens the student's work from /inbox, returns the first block (with a comment) or not, accepts the rest and finishes. */
  async function review(name: string, firstName: string, returnFirst: boolean): Promise<void> {
    await coach.text('/inbox');
    const label = coach.visibleButtons().find((candidate) => candidate.startsWith(`${firstName} ·`));
    if (!label) throw new Error(`no work of ${firstName} in the inbox: ${coach.visibleButtons().join(' | ')}`);
    await coach.press(label);
    if (returnFirst) {
      await coach.press('↩️ Вернуть');
      await coach.text('Уточните сегмент');
    }
    for (let guard = 0; guard < 12 && coach.visibleButtons().includes('✅ Принять'); guard += 1) await coach.press('✅ Принять');
    await coach.press(returnFirst ? 'Завершить: вернуть на доработку' : 'Завершить: принять');
    expect(name).toBeTruthy();
  }

  it('counts every status after a semester: joined, filling, submitted, in review, returned, accepted, late', async () => {
    await coach.text('/coach');
    await coach.text('Бизнес-модели, осень');
    await coach.text('Канва вашего проекта');
    // The coach's first group: the time zone is asked once, before the deadline.
    await coach.press('Москва (UTC+3)');
    const created = shown(await coach.text('31.12.2099 18:00'));
    const link = /Ссылка для студентов:\n(\S+)/.exec(created)?.[1] ?? '';
    const [group] = await database.db.select().from(courseGroups);
    groupId = group?.id ?? 0;
    for (const name of Object.keys(students)) {
      await student(name).text(`/start ${link.split('start=')[1]}`);
      await student(name).press('✅ Вступить');
    }
    for (const name of ['anna', 'boris', 'dina', 'elena']) await createFilledCanvas(database.db, ids[name as 'anna'], `Кофейня ${name}`, COFFEE_ANSWERS);
    await student('vera').text('/new');
    await student('vera').text('Цветочная лавка');
    await student('vera').text('Жители района');
    for (const name of ['anna', 'boris', 'elena']) await submit(name);
    await review('boris', 'Борис', false);
    await review('anna', 'Анна', true);
    await review('elena', 'Елена', true);
    await submit('anna');
    // The deadline passes; Dina hands in after it, and the coach opens her work.
    await database.db
      .update(courseGroups)
      .set({ deadline: new Date(Date.now() - 3_600_000) })
      .where(eq(courseGroups.id, groupId));
    await submit('dina');
    await coach.text('/inbox');
    await coach.press(coach.visibleButtons().find((label) => label.startsWith('Дина ·')) ?? 'Дина');

    const view = await coach.text('/group');
    const text = shown(view);
    expect(text).toContain('Бизнес-модели, осень');
    expect(text).toContain('Срок прошёл');
    expect(text).toContain(
      '👥 в группе: 6 · ⚪ не начали: 1 · ✏️ заполняют: 1 · 📨 сдали: 1 · 👀 на проверке: 1 · ↩️ на доработке: 1 · ✅ приняты: 1 · ⏰ с опозданием: 3',
    );
    const lineOf = (name: string) => text.split('\n').find((_line, index, lines) => lines[index - 1]?.includes(`<b>${name}</b>`)) ?? '';
    expect(lineOf('Анна')).toContain('сдано · версия 2');
    expect(lineOf('Борис')).toContain('принято · версия 1');
    expect(lineOf('Вера')).toMatch(/заполняет · блок \d\/9 · ⏰ позже срока/);
    expect(lineOf('Глеб')).toContain('не начал(а) · ⏰ позже срока');
    expect(lineOf('Дина')).toContain('на проверке · версия 1 · ⏰ позже срока');
    expect(lineOf('Елена')).toContain('на доработке · версия 1');
    expect(coach.visibleButtons()).toEqual(['🔔 Напомнить тем, кто не сдал', '🖼 Картинка', '📄 CSV', '📚 CSV: все версии']);
    const markup = view.at(-1)?.payload.reply_markup as { inline_keyboard: Array<Array<{ web_app?: { url: string } }>> } | undefined;
    const webApp = markup?.inline_keyboard.flat() ?? [];
    expect(webApp.at(-1)?.web_app?.url).toBe(`https://coach.example.org/app/?group=${groupId}`);
    expect(callbackData(view).every((data) => data.startsWith('grp:') && Buffer.byteLength(data) <= 64)).toBe(true);
  });

  it('sends the latest revisions and every revision as CSV documents that a CSV parser reads back', async () => {
    const latest = await coach.press('📄 CSV');
    expect(latest.map((call) => call.method)).toEqual(['answerCallbackQuery', 'sendChatAction', 'sendDocument']);
    const file = await documentOf(latest);
    expect(file.name).toBe(`group-${groupId}-latest.csv`);
    expect(file.data.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, ...records] = parseCsv(file.data);
    expect(header?.slice(0, 6)).toEqual(['Группа', 'Студент', 'Username', 'Канва', 'Версия', 'Статус']);
    // Anna (revision 2), Boris, Dina, Elena: nine blocks each.
    expect(records).toHaveLength(4 * 9);
    const anna = records.filter((record) => record[1] === 'Анна');
    expect(anna.map((record) => record[4])).toEqual(Array(9).fill('2'));
    expect(anna[0]?.[9]).toBe(COFFEE_ANSWERS.customer_segments);
    expect(records.find((record) => record[1] === 'Дина')?.[6]).toBe('да');

    const all = await documentOf(await coach.press('📚 CSV: все версии'));
    expect(all.name).toBe(`group-${groupId}-all-revisions.csv`);
    const history = parseCsv(all.data).slice(1);
    expect(history).toHaveLength(5 * 9);
    const returned = history.find((record) => record[1] === 'Анна' && record[4] === '1' && record[8] === 'Потребительские сегменты');
    expect([returned?.[5], returned?.[12], returned?.[13]]).toEqual(['возвращено на доработку', 'Уточните сегмент', 'на доработку']);
  });

  it('sends the group picture as a PNG photo', async () => {
    const calls = await coach.press('🖼 Картинка');
    const photo = calls.find((call) => call.method === 'sendPhoto');
    expect(photo?.payload.caption).toContain('Бизнес-модели, осень');
    const file = await readSentFile(photo?.payload.photo);
    expect(file?.data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect((await loadImage(file!.data)).width).toBe(1280);
  });

  it('answers every grp: button of a group from someone who does not coach it with "not yours", and changes nothing', async () => {
    const stranger = harness.chat({ id: ids.stranger, first_name: 'Чужой' });
    const actions = ['open', 'p', 'rm', 'pic', 'csv', 'csvall'].map((verb) => (verb === 'p' ? `grp:p:${groupId}:1` : `grp:${verb}:${groupId}`));
    for (const person of [stranger, student('anna')]) {
      for (const data of actions) {
        const calls = await person.pressData(data);
        expect(
          calls.map((call) => call.method),
          data,
        ).toEqual(['sendMessage', 'answerCallbackQuery']);
        expect(shown(calls), data).toContain('Это не ваше');
        expect(calls[1]?.payload.text, data).toBeTruthy();
      }
    }
    expect(shown(await stranger.text('/group'))).toContain('У вас пока нет групп');
    const [group] = await database.db.select().from(courseGroups).where(eq(courseGroups.id, groupId));
    expect(group?.lastGroupReminderAt).toBeNull();
    expect(await database.db.select().from(groupReminders)).toEqual([]);
    // Nobody else got anything: no reminders went to the students.
    expect(shown(student('gleb').calls)).not.toContain('ждёт вашу работу');
  });

  it('pages a long group with buttons, each page under Telegram limits, and lets a coach of several groups choose', async () => {
    const groups = createGroupRepository(database.db);
    const big = await groups.create(ids.coach, { name: 'Поток на 40 человек', assignment: null, deadline: null });
    for (let index = 0; index < 40; index += 1) {
      const person = await createPerson(database.db, `Студентка${String(index).padStart(2, '0')} С Очень Длинным Именем Для Проверки`);
      await groups.joinByInvite(person, big.studentInvite.token);
    }
    const chooser = await coach.text('/group');
    expect(shown(chooser)).toContain('Какую группу показать?');
    expect(coach.visibleButtons()).toEqual(['Бизнес-модели, осень', 'Поток на 40 человек']);
    const first = await coach.press('Поток на 40 человек');
    expect(first.map((call) => call.method)).toEqual(['editMessageText', 'answerCallbackQuery']);
    const firstText = shown(first);
    expect(firstText).toContain('Страница 1 из 3 · студенты 1–15 из 40');
    expect(coach.visibleButtons()[0]).toBe('стр. 2 ▶️');
    const second = await coach.press('стр. 2 ▶️');
    expect(shown(second)).toContain('Страница 2 из 3 · студенты 16–30 из 40');
    expect(coach.visibleButtons().slice(0, 2)).toEqual(['◀️ стр. 1', 'стр. 3 ▶️']);
    const third = await coach.press('стр. 3 ▶️');
    expect(shown(third)).toContain('студенты 31–40 из 40');
    for (const calls of [first, second, third]) {
      for (const text of visibleTexts(calls)) expect(text.length).toBeLessThan(4096);
      expect(callbackData(calls).every((data) => Buffer.byteLength(data) <= 64)).toBe(true);
    }
    // A page out of range shows the last one.
    expect(shown(await coach.pressData(`grp:p:${big.group.id}:99`))).toContain('Страница 3 из 3');
  });
});

describe(`reminding those who have not submitted (${databaseKind})`, () => {
  let database: DatabaseHandle;
  let harness: Harness;
  const clock = createTestClock(MOSCOW_NOON);
  let course: Awaited<ReturnType<typeof createCourse>>;
  let coach: ChatSession;
  const chats: ChatSession[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    harness = createHarness(database, { clock: clock.now });
    const names = ['Anna', 'Boris', 'Clara', 'Dan', 'Eva', 'Gus'];
    course = await createCourse(database.db, { studentNames: names });
    coach = harness.chat({ id: course.coach, first_name: 'Coach' });
    for (const [index, id] of course.students.entries()) chats.push(harness.chat({ id, first_name: names[index] ?? '' }));
    const [anna, boris, clara, dan, , gus] = chats as [ChatSession, ChatSession, ChatSession, ChatSession, ChatSession, ChatSession];
    await boris.text('/stop_reminders');
    for (const night of [clara, gus]) await database.db.update(users).set({ timeZone: 'America/Los_Angeles' }).where(eq(users.id, night.user.id));
    await createFilledCanvas(database.db, dan.user.id, 'Кофейня', COFFEE_ANSWERS);
    await dan.text('/submit');
    await dan.press('📨 Отправить');
    expect(anna).toBeTruthy();
  });
  afterAll(async () => {
    await database.close();
  });

  const received = (chat: ChatSession, from: number) => shown(chat.calls.slice(from));

  it('reminds now those in their day, in their morning those in their night, never those who opted out, and says so', async () => {
    const [anna, boris, clara, dan, eva, gus] = chats as [ChatSession, ChatSession, ChatSession, ChatSession, ChatSession, ChatSession];
    const before = chats.map((chat) => chat.calls.length);
    await coach.text('/group');
    const report = shown(await coach.press('🔔 Напомнить тем, кто не сдал'));
    expect(report).toContain('Напоминание получат студентов: 4.');
    expect(report).toContain('Из них 2 — утром: у них сейчас ночь.');
    expect(report).toContain('Ещё 1 отключили напоминания');
    expect(received(anna, before[0] ?? 0)).toContain('Тренер группы «Весна-2026» ждёт вашу работу');
    expect(received(eva, before[4] ?? 0)).toContain('ждёт вашу работу');
    for (const [index, chat] of [boris, clara, dan].entries()) expect(received(chat, before[[1, 2, 3][index] ?? 0] ?? 0)).toBe('');
    const [group] = await database.db.select().from(courseGroups).where(eq(courseGroups.id, course.groupId));
    expect(group?.lastGroupReminderAt?.toISOString()).toBe(new Date(MOSCOW_NOON).toISOString());
    const rows = await database.db.select().from(groupReminders);
    expect(rows.map((row) => [row.userId, row.kind, row.sentAt === null, row.dueAt.toISOString()]).sort()).toEqual(
      [
        [anna.user.id, 'coach', false, '2031-03-10T09:00:00.000Z'],
        // 09:00 in Los Angeles (daylight time from 9 March 2031).
        [clara.user.id, 'coach', true, '2031-03-10T16:00:00.000Z'],
        [eva.user.id, 'coach', false, '2031-03-10T09:00:00.000Z'],
        [gus.user.id, 'coach', true, '2031-03-10T16:00:00.000Z'],
      ].sort(),
    );
    // Gus hands his canvas in during his night: the morning reminder will not go to him.
    await createFilledCanvas(database.db, gus.user.id, 'Пекарня', COFFEE_ANSWERS);
    await gus.text('/submit');
    await gus.press('📨 Отправить');
  });

  it('works once a day per group, for every coach of it', async () => {
    clock.set('2031-03-11T08:59:00Z');
    expect(shown(await coach.press('🔔 Напомнить тем, кто не сдал'))).toContain('Группе уже напоминали за последние сутки');
    const coCoach = harness.chat({ id: course.coCoach, first_name: 'Co' });
    await coCoach.pressData(`grp:rm:${course.groupId}`);
    expect(shown(coCoach.calls.slice(-2))).toContain('Группе уже напоминали');
    expect(await database.db.select().from(groupReminders)).toHaveLength(4);
    clock.set('2031-03-11T09:00:00Z');
    const before = chats[0]?.calls.length ?? 0;
    expect(shown(await coCoach.pressData(`grp:rm:${course.groupId}`))).toContain('Напоминание получат студентов: 3.');
    expect(received(chats[0] as ChatSession, before)).toContain('ждёт вашу работу');
    expect(await database.db.select().from(groupReminders)).toHaveLength(7);
  });

  it("sends a reminder that waited for the student's morning once, when it comes", async () => {
    const { runGroupDeadlineTick } = await import('../../src/runtime/group-deadlines.ts');
    const clara = chats[2] as ChatSession;
    const gus = chats[5] as ChatSession;
    const before = clara.calls.length;
    const gusBefore = gus.calls.length;
    const deps = { db: database.db };
    expect(await runGroupDeadlineTick(harness.bot.api, deps, new Date('2031-03-10T15:59:00Z'))).toBe(0);
    expect(await runGroupDeadlineTick(harness.bot.api, deps, new Date('2031-03-10T16:00:00Z'))).toBe(1);
    expect(await runGroupDeadlineTick(harness.bot.api, deps, new Date('2031-03-10T16:01:00Z'))).toBe(0);
    expect(received(clara, before)).toContain('ждёт вашу работу');
    expect(clara.calls.slice(before).filter((call) => call.method === 'sendMessage')).toHaveLength(1);
    expect(received(gus, gusBefore)).toBe('');
    expect((await database.db.select().from(groupReminders).where(eq(groupReminders.userId, gus.user.id)))[0]?.sentAt).not.toBeNull();
  });

  it('reminds nobody in an archived group', async () => {
    await createGroupRepository(database.db).setArchived(course.coach, course.groupId, true);
    clock.set('2031-03-13T09:00:00Z');
    expect(shown(await coach.pressData(`grp:rm:${course.groupId}`))).toContain('Группа в архиве');
    const [group] = await database.db.select().from(courseGroups).where(eq(courseGroups.id, course.groupId));
    expect(group?.lastGroupReminderAt?.toISOString()).toBe('2031-03-11T09:00:00.000Z');
  });
});
