import { COMMANDS, COURSE_COMMANDS } from '../../src/bot/commands.ts';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, canvases, users } from '../../db/schema.ts';
import { visibleTexts } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

describe(`bad input gets a friendly reply and changes nothing (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  /** A user in the middle of block 1, question 1. */
  async function userAtFirstQuestion(id: number) {
    const harness = createHarness(database);
    const chat = harness.chat({ id });
    await chat.text('/start');
    await chat.text('Цветочный магазин');
    return { harness, chat };
  }

  async function storedState(ownerId: number) {
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, ownerId));
    const stored = canvas ? await database.db.select().from(answers).where(eq(answers.canvasId, canvas.id)).orderBy(asc(answers.id)) : [];
    const [user] = await database.db.select().from(users).where(eq(users.id, ownerId));
    return { step: canvas?.step, stepVersion: canvas?.stepVersion, answers: stored.map((row) => row.text), mode: user?.mode };
  }

  const nonText: Array<[string, Record<string, unknown>]> = [
    ['a sticker', { sticker: { file_id: 's1', file_unique_id: 'us1', type: 'regular', width: 512, height: 512, is_animated: false, is_video: false } }],
    ['a photo', { photo: [{ file_id: 'p1', file_unique_id: 'up1', width: 90, height: 90 }] }],
    ['a voice message', { voice: { file_id: 'v1', file_unique_id: 'uv1', duration: 3 } }],
    ['a document', { document: { file_id: 'd1', file_unique_id: 'ud1', file_name: 'plan.pdf' } }],
  ];

  for (const [name, content] of nonText) {
    it(`answers ${name} by asking for text`, async () => {
      const id = 2000 + nonText.findIndex(([other]) => other === name);
      const { chat } = await userAtFirstQuestion(id);
      const before = await storedState(id);
      const replies = visibleTexts(await chat.message(content));
      expect(replies).toHaveLength(1);
      expect(replies[0]).toContain('только текст');
      expect(await storedState(id)).toEqual(before);
    });
  }

  it("takes an answer up to Telegram's own limit of 4096 characters", async () => {
    const { chat } = await userAtFirstQuestion(2010);
    const accepted = visibleTexts(await chat.text('б'.repeat(4050)));
    expect(accepted.join()).toContain('Сохранено');
    expect((await storedState(2010)).answers).toEqual(['б'.repeat(4050)]);
  });

  it('refuses an answer of invisible characters only and keeps the question open', async () => {
    const { chat } = await userAtFirstQuestion(2012);
    const before = await storedState(2012);
    expect(visibleTexts(await chat.text('\u200b\u200b \u2060\ufeff')).join()).toContain('пустое');
    expect(await storedState(2012)).toEqual(before);
    await chat.text('\u200bЖители района\u200b');
    expect((await storedState(2012)).answers).toEqual(['Жители района']);
  });

  it('refuses blank text', async () => {
    const { chat } = await userAtFirstQuestion(2011);
    const before = await storedState(2011);
    expect(visibleTexts(await chat.text('   \n  ')).join()).toContain('пустое');
    expect(await storedState(2011)).toEqual(before);
  });

  it('answers an unknown command with a pointer to /help', async () => {
    const { chat } = await userAtFirstQuestion(2012);
    const before = await storedState(2012);
    expect(visibleTexts(await chat.text('/frobnicate')).join()).toContain('/help');
    expect(await storedState(2012)).toEqual(before);
  });

  it('treats a press on a button of an older message as stale and re-shows the current question', async () => {
    const { chat, harness } = await userAtFirstQuestion(2013);
    const oldSkip = harness.calls
      .flatMap((call) =>
        ((call.payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> })?.inline_keyboard ?? []).flat(),
      )
      .find((button) => button.text === '⏭ Пропустить');
    await chat.text('Невесты и их мамы');
    const before = await storedState(2013);
    const calls = await chat.pressData(oldSkip!.callback_data);
    const notice = calls.find((call) => call.method === 'answerCallbackQuery');
    expect(notice?.payload.text).toContain('старого сообщения');
    expect(visibleTexts(calls).join()).toContain('Вопрос 2 из');
    expect(await storedState(2013)).toEqual(before);
  });

  it("rejects forged callback data, including buttons for someone else's canvas", async () => {
    const { chat } = await userAtFirstQuestion(2014);
    const { chat: stranger } = await userAtFirstQuestion(2015);
    const [victimCanvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, 2014));
    const before = await storedState(2014);
    for (const data of [
      '',
      'nav:skip',
      'nav:explode:1:1',
      'ty:99:1:1',
      `nav:skip:${victimCanvas!.id}:${before.stepVersion}`,
      `delok:${victimCanvas!.id}`,
      'x'.repeat(64),
      'lang:de',
      'edit:1:0',
    ]) {
      const calls = await stranger.pressData(data);
      expect(calls.some((call) => call.method === 'answerCallbackQuery')).toBe(true);
    }
    expect(await storedState(2014)).toEqual(before);
    expect(chat.calls.length).toBeGreaterThan(0);
  });

  it('ignores group chats', async () => {
    const { chat } = await userAtFirstQuestion(2016);
    const calls = await chat.deliver({
      update_id: 7_700_001,
      message: {
        message_id: 1,
        date: Math.floor(Date.now() / 1000),
        chat: { id: -100123, type: 'group', title: 'Group' },
        from: { id: 2016, is_bot: false, first_name: 'Анна' },
        text: '/start',
        entities: [{ type: 'bot_command', offset: 0, length: 6 }],
      },
    });
    expect(calls).toHaveLength(0);
  });
});

describe(`navigation and several canvases (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('keeps several canvases, lists them and switches between them', async () => {
    const chat = createHarness(database).chat({ id: 3001 });
    await chat.text('/start');
    await chat.text('Первый бизнес');
    await chat.text('Студенты');
    await chat.text('/new');
    await chat.text('Второй бизнес');
    const list = visibleTexts(await chat.text('/list')).join();
    expect(list).toContain('Первый бизнес');
    expect(list).toContain('Второй бизнес');
    const opened = visibleTexts(await chat.press('Первый бизнес')).join();
    expect(opened).toContain('Переключился на холст «Первый бизнес»');
    expect(opened).toContain('Вопрос 2 из');
    const [user] = await database.db.select().from(users).where(eq(users.id, 3001));
    const owned = await database.db.select().from(canvases).where(eq(canvases.ownerId, 3001));
    expect(owned).toHaveLength(2);
    expect(user?.activeCanvasId).toBe(owned.find((canvas) => canvas.title === 'Первый бизнес')?.id);
  });

  it('after deleting the canvas in progress switches to the most recent one and says so; old buttons of it change nothing', async () => {
    const chat = createHarness(database).chat({ id: 3007 });
    await chat.text('/start');
    await chat.text('Первый бизнес');
    await chat.text('/new');
    await chat.text('Второй бизнес');
    await chat.text('/list');
    await chat.press('🗑');
    const deleted = visibleTexts(await chat.press('🗑 Удалить')).join('\n');
    expect(deleted).toContain('Холст «Второй бизнес» удалён. Теперь текущий — «Первый бизнес»');
    expect(chat.visibleButtons()).toEqual(['▶️ Продолжить']);
    const [user] = await database.db.select().from(users).where(eq(users.id, 3007));
    const [first] = await database.db.select().from(canvases).where(eq(canvases.ownerId, 3007));
    expect(user?.activeCanvasId).toBe(first?.id);
    expect(visibleTexts(await chat.press('⏭ Пропустить')).join()).toContain('больше нет');
    // Text goes to the canvas switched to: it is held and offered as its answer.
    expect(visibleTexts(await chat.text('Жители района')).join()).toContain('«Первый бизнес» на паузе');
    expect(visibleTexts(await chat.press('▶️ Продолжить')).join()).toContain('Блок 1 из 9');
    await chat.text('/list');
    await chat.press('🗑');
    expect(visibleTexts(await chat.press('🗑 Удалить')).join('\n')).toContain('Других холстов нет');
    expect(chat.visibleButtons()).toEqual(['➕ Новый холст']);
  });

  it('/edit without a canvas offers to start one', async () => {
    const chat = createHarness(database).chat({ id: 3008 });
    expect(visibleTexts(await chat.text('/edit')).join()).toContain('Холст ещё не начат');
    expect(chat.visibleButtons()).toEqual(['➕ Новый холст']);
  });

  it('edits a block later: adds to it, and replaces it by answering again', async () => {
    const chat = createHarness(database).chat({ id: 3002 });
    await chat.text('/start');
    await chat.text('Автомойка');
    await chat.text('Владельцы машин в районе');
    await chat.text('Таксопарки');
    await chat.text('/edit');
    await chat.press('✓ 1. Сегменты');
    await chat.press('Дополнить');
    const added = visibleTexts(await chat.text('Каршеринговые компании')).join();
    expect(added).toContain('Добавил в блок');
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, 3002));
    let stored = await database.db.select().from(answers).where(eq(answers.canvasId, canvas!.id)).orderBy(asc(answers.id));
    expect(stored.map((row) => row.text)).toEqual(['Владельцы машин в районе', 'Таксопарки', 'Каршеринговые компании']);

    await chat.text('/edit');
    await chat.press('✓ 1. Сегменты');
    const replacing = visibleTexts(await chat.press('Заменить')).join();
    expect(replacing).toContain('Блок 1 из 9');
    await chat.text('Только таксопарки');
    const back = visibleTexts(await chat.text('Таксопарки, им нужна мойка ночью')).join();
    // After the edited block the user returns to where they were: block 2, question 1.
    expect(back).toContain('Блок 2 из 9');
    stored = await database.db.select().from(answers).where(eq(answers.canvasId, canvas!.id)).orderBy(asc(answers.id));
    expect(stored.map((row) => row.text)).toEqual(['Только таксопарки', 'Таксопарки, им нужна мойка ночью']);
  });

  it('pauses and resumes, and /cancel leaves any state', async () => {
    const chat = createHarness(database).chat({ id: 3003 });
    await chat.text('/start');
    const cancelled = visibleTexts(await chat.text('/cancel')).join();
    expect(cancelled).toContain('Отменено');
    const [user] = await database.db.select().from(users).where(eq(users.id, 3003));
    expect(user?.mode).toEqual({ kind: 'idle' });
    await chat.text('/new');
    await chat.text('Йога-студия');
    const paused = visibleTexts(await chat.press('⏸ Пауза')).join();
    expect(paused).toContain('Пауза');
    expect(visibleTexts(await chat.text('ответ во время паузы')).join()).toContain('на паузе');
    const resumed = visibleTexts(await chat.press('▶️ Продолжить')).join();
    expect(resumed).toContain('Блок 1 из 9');
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, 3003));
    expect(await database.db.select().from(answers).where(eq(answers.canvasId, canvas!.id))).toHaveLength(0);
  });

  it('switches the language with /lang and speaks English to English Telegram users', async () => {
    const english = createHarness(database).chat({ id: 3004, language_code: 'en' });
    expect(visibleTexts(await english.text('/start')).join()).toContain('about 15 minutes');
    await english.text('/lang');
    expect(visibleTexts(await english.press('Русский')).join()).toContain('по-русски');
    expect(visibleTexts(await english.text('/help')).join()).toContain('Что я умею');
  });

  it('asks the current question again in the new language after /lang mid-canvas', async () => {
    const chat = createHarness(database).chat({ id: 3006, language_code: 'en' });
    await chat.text('/start');
    await chat.text('Bike repair');
    await chat.text('Commuters in the city centre');
    await chat.text('/lang');
    const switched = visibleTexts(await chat.press('Русский')).join('\n');
    expect(switched).toContain('по-русски');
    expect(switched).toContain('Вопрос 2 из');
    expect(chat.visibleButtons()).toEqual(['💡 Пример', '⏭ Пропустить', '⬅️ Назад', '⏸ Пауза']);
    expect(visibleTexts(await chat.press('⏭ Пропустить')).join('\n')).toContain('Блок 2 из 9');
  });

  it('has a help text listing every command', async () => {
    const chat = createHarness(database).chat({ id: 3005 });
    const help = visibleTexts(await chat.text('/help')).join();
    // Every command but the two that need no mention: /start begins, /start_reminders undoes /stop_reminders.
    const listed = [...COMMANDS, ...COURSE_COMMANDS].filter((command) => command !== 'start' && command !== 'start_reminders');
    for (const command of listed) {
      expect(help).toContain(`/${command} `);
    }
  });
});
