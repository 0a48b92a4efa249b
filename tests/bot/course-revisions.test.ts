import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockReviews, courseGroups, submissions, users } from '../../db/schema.ts';
import type { RecordedCall } from '../../src/bot/local-api.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import { createCanvasRepository } from '../../src/storage/canvas-repository.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { type Harness, createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const shown = (calls: RecordedCall[]) => visibleTexts(calls).join('\n');
const COACH = 9301;
const ANNA = 9302;
const BORIS = 9303;
const CO_COACH = 9304;
const OTHER_COACH = 9305;
/** A first answer full of characters HTML would read as markup, and long enough to need more than one message. */
const LONG_ANSWER = `Клиенты <b>офиса</b> & соседи "рядом". ${'Текст <&> '.repeat(300)}`;

describe(`every revision stays readable by its student and the group's coaches (${databaseKind})`, () => {
  let database: DatabaseHandle;
  let harness: Harness;
  let coach: ChatSession;
  let anna: ChatSession;
  let boris: ChatSession;
  let coCoach: ChatSession;
  let otherCoach: ChatSession;
  let first = 0;
  let second = 0;

  beforeAll(async () => {
    database = await createTestDatabase();
    harness = createHarness(database);
    coach = harness.chat({ id: COACH, first_name: 'Ольга' });
    anna = harness.chat({ id: ANNA, first_name: 'Анна' });
    boris = harness.chat({ id: BORIS, first_name: 'Борис' });
    coCoach = harness.chat({ id: CO_COACH, first_name: 'Пётр' });
    otherCoach = harness.chat({ id: OTHER_COACH, first_name: 'Игорь' });
    await database.db.insert(users).values({ id: COACH, timeZone: 'Europe/Moscow' });
  });
  afterAll(async () => {
    await database.close();
  });

  const revisionOf = async (revision: number) =>
    (await database.db.select().from(submissions).where(eq(submissions.studentId, ANNA))).find((row) => row.revision === revision)!.id;

  it('a student hands in, is returned with a comment and a grade, and hands in again', async () => {
    await coach.text('/coach');
    await coach.text('Поток');
    await coach.press('Без задания');
    const created = shown(await coach.press('Без срока'));
    const link = /Ссылка для студентов:\n(\S+)/.exec(created)![1]!.split('start=')[1]!;
    const coLink = /со-тренеров[^\n]*\n(\S+)/.exec(created)![1]!.split('start=')[1]!;
    for (const [chat, payload] of [
      [anna, link],
      [boris, link],
      [coCoach, coLink],
    ] as const) {
      await chat.text(`/start ${payload}`);
      await chat.press('✅ Вступить');
    }
    await otherCoach.text('/coach');
    await otherCoach.text('Чужой поток');
    await otherCoach.press('Без задания');
    await otherCoach.press('Москва (UTC+3)');
    await otherCoach.press('Без срока');

    await anna.text('/new');
    await anna.text('Кофейня');
    await anna.text(LONG_ANSWER);
    await anna.text('Самые важные — студенты');
    await anna.text('Кофе с собой за минуту');
    await anna.text('/submit');
    const sent = shown(await anna.press('📨 Отправить'));
    expect(sent).toContain('версия 1');
    expect(anna.visibleButtons()).toEqual(['Отозвать', '📜 Все версии']);
    first = await revisionOf(1);

    await coach.text('/inbox');
    await coach.press('Анна · Кофейня');
    await coach.press('✅ Принять');
    await coach.press('↩️ Вернуть');
    await coach.text('Чем вы лучше автомата с кофе?');
    await coach.press('🏁 Итог');
    await coach.press('3');
    const before = anna.calls.length;
    await coach.press('Завершить: вернуть на доработку');
    // The result the student reads carries the way back to every revision.
    expect(shown(anna.calls.slice(before))).toContain('возвращён на доработку');
    expect(anna.visibleButtons()).toEqual(['📜 Все версии']);

    const [canvas] = await createCanvasRepository(database.db).summaries(ANNA);
    await createCanvasRepository(database.db).replaceBlock(canvas!.id, 'value_propositions', [
      { questionIndex: 0, text: 'Кофе за минуту, дешевле автомата', messageId: null },
    ]);
    await anna.text('/submit');
    await anna.press('📨 Отправить');
    second = await revisionOf(2);
  });

  it('the student lists the revisions and opens the first one: its frozen text, verdicts, comment and grade', async () => {
    const list = shown(await anna.pressData(`rh:l:${second}`));
    expect(list).toContain('«Кофейня» — все версии');
    expect(list).toMatch(/1\. версия 1 · возвращён на доработку · 3\/5 · \d+ [а-я]+\. \d{4} г\., \d\d:\d\d/);
    expect(list).toMatch(/2\. версия 2 · ждёт проверки · /);
    expect(anna.visibleButtons()).toEqual(['Версия 1', 'Версия 2']);

    const overview = shown(await anna.press('Версия 1'));
    expect(overview).toContain('«Кофейня», версия 1');
    expect(overview).toContain('1. Потребительские сегменты — ✅ принят');
    expect(overview).toContain('2. Ценностные предложения — ↩️ на доработку 💬');
    expect(overview).toContain('3 из 5');

    const block = await anna.press('2');
    expect(shown(block)).toContain('Кофе с собой за минуту');
    expect(shown(block)).not.toContain('дешевле автомата');
    expect(shown(block)).toContain('Комментарий тренера: Чем вы лучше автомата с кофе?');
    // The long first block: user text escaped, each message within Telegram's limit.
    const long = await anna.press('◀');
    const texts = visibleTexts(long);
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(4096);
    expect(texts.join('')).toContain('Клиенты &lt;b&gt;офиса&lt;/b&gt; &amp; соседи');
    expect(texts.join('')).not.toContain('<&>');

    // The revision still waiting shows no verdicts to the student.
    const waiting = shown(await anna.pressData(`rh:o:${second}`));
    expect(waiting).toContain('Проверка ещё не завершена');
    expect(waiting).not.toContain('✅ принят');
  });

  it("the group's coach and co-coach read them too, the coach from the review itself", async () => {
    await coach.text('/inbox');
    await coach.press('Анна · Кофейня');
    // The review's header carries the button (an older keyboard than the block's).
    expect(shown(await coach.press('📜 Все версии'))).toContain('2. версия 2 · на проверке');
    const overview = shown(await coach.press('Версия 1'));
    expect(overview).toContain('· Анна');
    expect(overview).toContain('2. Ценностные предложения — ↩️ на доработку 💬');
    expect(shown(await coCoach.pressData(`rh:b:${first}:2`))).toContain('Чем вы лучше автомата с кофе?');
    // Only the coach sees the verdicts of the revision under review.
    expect(shown(await coCoach.pressData(`rh:o:${second}`))).not.toContain('Проверка ещё не завершена');
  });

  it('forged revision buttons say it is not yours and change nothing', async () => {
    const state = async () =>
      JSON.stringify([
        await database.db.select().from(submissions),
        await database.db.select().from(blockReviews),
        await database.db.select().from(courseGroups),
      ]);
    const before = await state();
    const stranger = harness.chat({ id: 9306, first_name: 'Чужой' });
    for (const chat of [boris, otherCoach, stranger]) {
      for (const data of [`rh:l:${first}`, `rh:o:${first}`, `rh:b:${second}:3`, 'rh:l:999999']) {
        expect(shown(await chat.pressData(data)), `${chat.user.first_name} ${data}`).toContain('Это не ваше');
      }
    }
    expect(await state()).toBe(before);
  });
});
