import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockReviews, courseGroups, groupMembers, submissions } from '../../db/schema.ts';
import type { RecordedCall } from '../../src/bot/local-api.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import { queueDueCoachNotifications } from '../../src/runtime/coach-notifications.ts';
import { createPictureSender } from '../../src/bot/canvas-picture.ts';
import type { CanvasSnapshot } from '../../src/canvas/snapshot.ts';
import { renderCanvasImage } from '../../src/render/canvas-image.ts';
import { createCanvasRepository } from '../../src/storage/canvas-repository.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { type Harness, createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const shown = (calls: RecordedCall[]) => visibleTexts(calls).join('\n');
const NO_QUIET_HOURS = { batchWindowMinutes: 15, quietFrom: 0, quietUntil: 0 };
const COACH = 9101;
const ANNA = 9102;
const BORIS = 9103;
const CO_COACH = 9104;

describe(`course groups, homework and review in the chat (${databaseKind})`, () => {
  let database: DatabaseHandle;
  let harness: Harness;
  let coach: ChatSession;
  let anna: ChatSession;
  let boris: ChatSession;
  let coCoach: ChatSession;
  let studentLink = '';
  let coCoachLink = '';
  /** Every canvas the bot drew, to tell a frozen revision from the live canvas. */
  const drawn: CanvasSnapshot[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    harness = createHarness(database, {
      sendPicture: createPictureSender({
        db: database.db,
        renderPicture: async (snapshot, scale) => {
          drawn.push(snapshot);
          return renderCanvasImage(snapshot, { scale });
        },
        renderPhonePicture: async (snapshot) => {
          drawn.push(snapshot);
          return [renderCanvasImage(snapshot, { scale: 1 })];
        },
      }),
    });
    coach = harness.chat({ id: COACH, first_name: 'Ольга' });
    anna = harness.chat({ id: ANNA, first_name: 'Анна' });
    boris = harness.chat({ id: BORIS, first_name: 'Борис' });
    coCoach = harness.chat({ id: CO_COACH, first_name: 'Пётр' });
  });
  afterAll(async () => {
    await database.close();
  });

  const payloadOf = (link: string) => link.split('start=')[1] ?? '';

  async function finishCanvas(chat: ChatSession, title: string): Promise<void> {
    await chat.text('/new');
    await chat.text(title);
    for (let guard = 0; guard < 40; guard += 1) {
      const buttons = chat.visibleButtons();
      if (buttons.includes('✔️ Готово')) {
        await chat.press('✔️ Готово');
        continue;
      }
      if (!buttons.includes('⏭ Пропустить')) break;
      await chat.text('Клиенты платят абонемент каждый месяц и общаются в общем чате студии');
    }
  }

  async function sid(studentId: number, revision = 1): Promise<number> {
    const rows = await database.db.select().from(submissions).where(eq(submissions.studentId, studentId));
    return rows.find((row) => row.revision === revision)!.id;
  }

  it('a coach creates a group with an assignment and a deadline in Moscow time and gets two links', async () => {
    expect(shown(await coach.text('/coach'))).toContain('Как она называется');
    expect(shown(await coach.text('Бизнес-модели, весна'))).toContain('Какое задание');
    // The first group asks the coach's own zone once, Moscow first.
    expect(shown(await coach.text('Соберите канву своего проекта'))).toContain('В каком часовом поясе');
    expect(coach.visibleButtons()[0]).toBe('Москва (UTC+3)');
    expect(shown(await coach.press('Москва (UTC+3)'))).toContain('по вашему времени (Europe/Moscow, UTC+3)');
    const created = shown(await coach.text('31.12.2099 18:00'));
    expect(created).toContain('Группа <b>Бизнес-модели, весна</b> создана');
    studentLink = /Ссылка для студентов:\n(\S+)/.exec(created)?.[1] ?? '';
    coCoachLink = /со-тренеров[^\n]*\n(\S+)/.exec(created)?.[1] ?? '';
    expect(studentLink).toMatch(/^https:\/\/t\.me\/canvas_coach_bot\?start=j_[A-Za-z0-9_-]{32}$/);
    expect(coCoachLink).toMatch(/start=c_/);
    const [group] = await database.db.select().from(courseGroups);
    expect(group?.timeZone).toBe('Europe/Moscow');
    expect(group?.deadline?.toISOString()).toBe('2099-12-31T15:00:00.000Z');
  });

  it('a student reads the group, the coach, the assignment and what the coach sees, and joins on confirmation', async () => {
    const preview = shown(await anna.text(`/start ${payloadOf(studentLink)}`));
    expect(preview).toContain('Бизнес-модели, весна');
    expect(preview).toContain('Ольга');
    expect(preview).toContain('Соберите канву своего проекта');
    expect(preview).toContain('только те холсты, которые вы сами отправите');
    expect(await database.db.select().from(groupMembers).where(eq(groupMembers.userId, ANNA))).toHaveLength(0);
    const before = coach.calls.length;
    expect(shown(await anna.press('✅ Вступить'))).toContain('вы в группе');
    expect(shown(coach.calls.slice(before))).toContain('Анна');
    await boris.text(`/start ${payloadOf(studentLink)}`);
    await boris.press('✅ Вступить');
    await coCoach.text(`/start ${payloadOf(coCoachLink)}`);
    expect(shown(await coCoach.press('✅ Вступить'))).toContain('/inbox');
  });

  it('students submit: empty blocks and notes shown first, a frozen revision stored, coaches told once per batch', async () => {
    await finishCanvas(anna, 'Фитнес-студия');
    const checklist = shown(await anna.text('/submit'));
    expect(checklist).toContain('Отправить холст «Фитнес-студия»');
    expect(shown(await anna.press('📨 Отправить'))).toContain('отправлен в группу');
    await boris.text('/new');
    await boris.text('Кофейня');
    await boris.text('Студенты рядом с университетом');
    const borisChecklist = shown(await boris.text('/submit'));
    expect(borisChecklist).toContain('Пустые блоки');
    await boris.press('📨 Отправить');
    const rows = await database.db.select().from(submissions);
    expect(rows.map((row) => [row.studentId, row.revision, row.status, row.late])).toEqual(
      expect.arrayContaining([
        [ANNA, 1, 'submitted', false],
        [BORIS, 1, 'submitted', false],
      ]),
    );
    const before = coach.calls.length;
    const entries = await queueDueCoachNotifications(database.db, new Date(Date.now() + 60 * 60_000), NO_QUIET_HOURS);
    const toCoach = entries.filter((entry) => entry.chatId === COACH);
    expect(toCoach).toHaveLength(1);
    expect(JSON.stringify(toCoach[0]?.payload)).toContain('Новые работы на проверку: 2');
    expect(coach.calls.length).toBe(before);
  });

  it('the coach reviews block by block, returns one with a comment, and the student gets one message', async () => {
    const inbox = shown(await coach.text('/inbox'));
    expect(inbox).toContain('Бизнес-модели, весна');
    expect(inbox.indexOf('Анна')).toBeLessThan(inbox.indexOf('Борис'));
    const opened = shown(await coach.press('Анна · Фитнес-студия'));
    expect(opened).toContain('1/9');
    expect(opened).toContain('Клиенты платят абонемент');
    // A co-coach opening the same work is told who has it.
    expect(shown(await coCoach.text('/inbox'))).toContain('Анна');
    expect(shown(await coCoach.press('Анна · Фитнес-студия'))).toContain('уже проверяет Ольга');
    expect(shown(await coach.press('✅ Принять'))).toContain('2/9');
    expect(shown(await coach.press('↩️ Вернуть'))).toContain('Что доработать');
    expect(shown(await coach.text('Уточните, какую ценность получает клиент'))).toContain('3/9');
    // A comment on an accepted block is a remark; saved as a snippet, it is offered at the next blocks.
    expect(shown(await coach.press('✍️ Комментарий'))).toContain('Ваш комментарий к блоку «Каналы сбыта»');
    expect(shown(await coach.text('Хорошо описан путь клиента'))).toContain('Ваш комментарий: Хорошо описан путь клиента');
    await coach.press('💾 Сохранить как шаблон');
    await coach.press('✅ Принять');
    expect(coach.visibleButtons()).toContain('💬 Хорошо описан путь клие…');
    for (let block = 4; block <= 9; block += 1) await coach.press('✅ Принять');
    const summary = shown(coach.calls.slice(-2));
    expect(summary).toContain('принято 8, возвращено 1');
    await coach.press('4');
    const studentBefore = anna.calls.length;
    expect(shown(await coach.press('Завершить: вернуть на доработку'))).toContain('Проверка отправлена');
    const toStudent = anna.calls.slice(studentBefore).filter((call) => call.method === 'sendMessage');
    expect(toStudent).toHaveLength(1);
    const result = shown(toStudent);
    expect(result).toContain('возвращён на доработку');
    expect(result).toContain('Уточните, какую ценность получает клиент');
    expect(result).toContain('4 из 5');
    expect(result).toContain('Хорошо описан путь клиента');
    const submission = await sid(ANNA);
    const [row] = await database.db.select().from(submissions).where(eq(submissions.id, submission));
    expect(row?.status).toBe('returned');
  });

  it("returned blocks are marked in /edit with the coach's comment; a finished canvas offers handing in", async () => {
    const chooser = await anna.text('/edit');
    expect(anna.visibleButtons().some((label) => label.startsWith('↩️ 2'))).toBe(true);
    expect(anna.visibleButtons().filter((label) => label.startsWith('↩️'))).toHaveLength(1);
    expect(shown(chooser)).toContain('Фитнес-студия');
    const label = anna.visibleButtons().find((candidate) => candidate.startsWith('↩️ 2'))!;
    const menu = shown(await anna.press(label));
    expect(menu).toContain('Комментарий тренера: Уточните, какую ценность получает клиент');
    await anna.text('/cancel');
    await anna.text('привет');
    expect(anna.visibleButtons()).toContain('📨 Сдать тренеру');
    expect(shown(await anna.press('📨 Сдать тренеру'))).toContain('Отправить холст «Фитнес-студия» в группу «Бизнес-модели, весна»');
    // Nobody without a group sees the button.
    const loner = harness.chat({ id: 9106 });
    await finishCanvas(loner, 'Цветы');
    await loner.text('привет');
    expect(loner.visibleButtons()).not.toContain('📨 Сдать тренеру');
    expect(loner.visibleButtons()).toContain('📋 Холст');
  });

  it('a resubmission opens at what changed: the word diff, the earlier comment, unchanged blocks pre-accepted', async () => {
    const canvasRepo = createCanvasRepository(database.db);
    const [canvas] = await canvasRepo.summaries(ANNA);
    await canvasRepo.replaceBlock(canvas!.id, 'value_propositions', [{ questionIndex: 0, text: 'Тренировки рядом с домом без очередей', messageId: null }]);
    await anna.text('/submit');
    await anna.press('📨 Отправить');
    // Edited after handing in: the coach still sees the revision as it was sent.
    await canvasRepo.replaceBlock(canvas!.id, 'customer_segments', [{ questionIndex: 0, text: 'Правка после отправки', messageId: null }]);
    await coach.text('/inbox');
    const drawnBefore = drawn.length;
    const opened = shown(await coach.press('Анна · Фитнес-студия'));
    const picture = JSON.stringify(drawn.slice(drawnBefore));
    expect(picture).toContain('Тренировки рядом с домом без очередей');
    expect(picture).not.toContain('Правка после отправки');
    expect(opened).toContain('Принято раньше и не менялось: блоков — 8');
    expect(opened).toContain('2/9');
    expect(opened).toContain('Изменения с версии 1');
    expect(opened).toMatch(/<u>[^<]*Тренировки/);
    expect(opened).toContain('Уточните, какую ценность');
    await coach.press('✅ Принять');
    const before = anna.calls.length;
    await coach.press('Завершить: принять');
    expect(shown(anna.calls.slice(before))).toContain('принят</b>');
    const revision2 = await sid(ANNA, 2);
    const reviews = await database.db.select().from(blockReviews).where(eq(blockReviews.submissionId, revision2));
    expect(reviews.filter((review) => review.verdict === 'accepted')).toHaveLength(9);
  });

  it('forged or copied buttons from another user change nothing and say it is not theirs', async () => {
    const borisSubmission = await sid(BORIS);
    const annaSubmission = await sid(ANNA, 2);
    const [group] = await database.db.select().from(courseGroups);
    const snapshot = async () =>
      JSON.stringify([
        await database.db.select().from(submissions),
        await database.db.select().from(blockReviews),
        await database.db.select().from(groupMembers),
        await database.db.select().from(courseGroups),
      ]);
    const before = await snapshot();
    const forged: Array<[ChatSession, string]> = [
      [boris, `rv:o:${borisSubmission}`],
      [boris, `rv:a:${annaSubmission}:1`],
      [boris, `rv:r:${borisSubmission}:1`],
      [boris, `rv:c:${borisSubmission}:1`],
      [boris, `rv:s:${borisSubmission}:1:0`],
      [boris, `rv:g:${borisSubmission}:5`],
      [boris, `rv:oc:${borisSubmission}`],
      [boris, `rv:f:${borisSubmission}`],
      [anna, `cs:w:${borisSubmission}`],
      [anna, `cs:ok:999999:${group!.id}`],
      [coach, `cs:ok:1:${group!.id}`],
      [boris, `gm:ar:${group!.id}:1`],
      [boris, `gm:delok:${group!.id}`],
      [boris, `gm:rn:${group!.id}`],
      [boris, `gm:renew:${group!.id}:s`],
      [boris, `gm:revoke:${group!.id}:s`],
      [boris, `gm:rm:${group!.id}:${ANNA}`],
      [coCoach, `gm:delok:${group!.id}`],
      [coCoach, `gm:rm:${group!.id}:${ANNA}`],
    ];
    const stranger = harness.chat({ id: 9107, first_name: 'Чужой' });
    await finishCanvas(stranger, 'Чужой холст');
    const [strangerCanvas] = await createCanvasRepository(database.db).summaries(9107);
    forged.push(
      [stranger, `gm:m:${group!.id}`],
      [stranger, `cs:g:${strangerCanvas!.id}:${group!.id}`],
      [stranger, `cs:ok:${strangerCanvas!.id}:${group!.id}`],
      [stranger, `cs:l:${group!.id}`],
      [stranger, `cs:lok:${group!.id}`],
      [stranger, `rv:b:${annaSubmission}:1`],
      [stranger, `rv:o:${annaSubmission}`],
      [stranger, `rv:p:${annaSubmission}:1:1`],
      [stranger, `rv:ss:${annaSubmission}:1`],
      [anna, `rv:o:${borisSubmission}`],
      [anna, `cs:c:${strangerCanvas!.id}`],
    );
    for (const [chat, data] of forged) {
      const calls = await chat.pressData(data);
      expect(shown(calls), data).toContain('Это не ваше');
    }
    expect(await snapshot()).toBe(before);
  });

  it('a student withdraws a waiting submission but not one in review; a late one is marked late', async () => {
    const borisSubmission = await sid(BORIS);
    await coach.text('/inbox');
    await coach.press('Борис · Кофейня');
    expect(shown(await boris.pressData(`cs:w:${borisSubmission}`))).toContain('уже открыл');
    // A review left alone is free once its lease runs out: the co-coach takes it over, the coach is told.
    await database.db
      .update(submissions)
      .set({ claimExpiresAt: new Date(Date.now() - 60_000) })
      .where(eq(submissions.id, borisSubmission));
    await coCoach.text('/inbox');
    const takenOver = shown(await coCoach.press('Борис · Кофейня'));
    expect(takenOver).toContain('Ольга');
    expect(takenOver).toContain('1/9');
    expect(shown(await coach.pressData(`rv:a:${borisSubmission}:1`))).toContain('не за вами');
    const [claimed] = await database.db.select().from(submissions).where(eq(submissions.id, borisSubmission));
    expect(claimed?.claimedBy).toBe(CO_COACH);
    await database.db.update(courseGroups).set({ deadline: new Date(Date.now() - 60_000) });
    await finishCanvas(anna, 'Пекарня');
    await anna.text('/submit');
    await anna.press('Пекарня');
    expect(shown(await anna.press('📨 Отправить'))).toContain('после дедлайна');
    const late = (await database.db.select().from(submissions).where(eq(submissions.studentId, ANNA))).find(
      (row) => (row.snapshot as { title: string }).title === 'Пекарня',
    )!;
    expect(late.late).toBe(true);
    expect(shown(await anna.pressData(`cs:w:${late.id}`))).toContain('отозвана');
    const [after] = await database.db.select().from(submissions).where(eq(submissions.id, late.id));
    expect(after?.status).toBe('withdrawn');
  });

  it('groups: the coach renews the link (the old one stops working), removes a student; a student leaves', async () => {
    const [group] = await database.db.select().from(courseGroups);
    await coach.text('/groups');
    await coach.press('Бизнес-модели, весна');
    const renewed = shown(await coach.press('🔄 Новая ссылка для студентов'));
    expect(renewed).toContain('start=j_');
    expect(shown(await harness.chat({ id: 9105 }).text(`/start ${payloadOf(studentLink)}`))).toContain('больше не действует');
    const before = boris.calls.length;
    await coach.pressData(`gm:rm:${group!.id}:${BORIS}`);
    expect(shown(boris.calls.slice(before))).toContain('исключил вас');
    await anna.text('/groups');
    const own = shown(await anna.press('Бизнес-модели, весна'));
    expect(own).toContain('«Фитнес-студия» · версия 2 · принят');
    expect(own).toContain('«Фитнес-студия» · версия 1 · возвращён на доработку · 4/5');
    await anna.press('Выйти из группы');
    expect(shown(await anna.press('Выйти из группы'))).toContain('Вы вышли');
    const members = await database.db.select().from(groupMembers).where(eq(groupMembers.groupId, group!.id));
    expect(members.map((member) => member.userId).sort()).toEqual([COACH, CO_COACH]);
  });

  it('the coach renames, archives and deletes a group; /cancel leaves a half-made group', async () => {
    await coach.text('/coach');
    await coach.text('Черновик');
    expect(shown(await coach.text('/cancel'))).not.toContain('создана');
    expect(await database.db.select().from(courseGroups)).toHaveLength(1);
    const [group] = await database.db.select().from(courseGroups);
    await coach.pressData(`gm:rn:${group!.id}`);
    expect(shown(await coach.text('Бизнес-модели, осень'))).toContain('Теперь группа называется «Бизнес-модели, осень»');
    expect(shown(await coach.pressData(`gm:ar:${group!.id}:1`))).toContain('в архиве');
    const joiner = harness.chat({ id: 9108 });
    const invite = shown(await coach.pressData(`gm:renew:${group!.id}:s`));
    await joiner.text(`/start ${/start=(\S+)/.exec(invite)![1]}`);
    expect(shown(await joiner.press('✅ Вступить'))).toContain('в архиве');
    await coach.pressData(`gm:ar:${group!.id}:0`);
    const coCoachBefore = coCoach.calls.length;
    expect(shown(await coach.pressData(`gm:del:${group!.id}`))).toContain('Удалить группу');
    expect(shown(await coach.press('🗑 Удалить группу'))).toContain('удалена');
    expect(shown(coCoach.calls.slice(coCoachBefore))).toContain('удалена тренером');
    expect(await database.db.select().from(courseGroups)).toHaveLength(0);
    expect(await database.db.select().from(submissions)).toHaveLength(0);
  });
});
