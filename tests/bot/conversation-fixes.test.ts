import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, blockTypes, canvases, users } from '../../db/schema.ts';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { questionCounts } from '../../src/canvas/questions.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import type { RecordedCall } from '../../src/bot/local-api.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const shown = (calls: RecordedCall[]) => visibleTexts(calls).join('\n');
const totalQuestions = BLOCK_IDS.reduce((sum, blockId) => sum + questionCounts()[blockId], 0);

describe(`the conversation a phone user deserves (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  async function canvasOf(ownerId: number) {
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, ownerId));
    return canvas!;
  }
  async function blockTexts(ownerId: number, blockId: string) {
    const canvas = await canvasOf(ownerId);
    const rows = await database.db
      .select()
      .from(answers)
      .where(and(eq(answers.canvasId, canvas.id), eq(answers.blockId, blockId)))
      // In question order: a table's physical order after an answer is stored again is no order at all.
      .orderBy(asc(answers.questionIndex));
    return rows.map((row) => row.text);
  }
  async function storedTypes(ownerId: number, blockId: string) {
    const canvas = await canvasOf(ownerId);
    const rows = await database.db
      .select()
      .from(blockTypes)
      .where(and(eq(blockTypes.canvasId, canvas.id), eq(blockTypes.blockId, blockId)));
    return rows.map((row) => row.typeId).sort();
  }

  async function started(id: number, title = 'Фитнес-студия'): Promise<ChatSession> {
    const chat = createHarness(database).chat({ id });
    await chat.text('/start');
    await chat.text(title);
    return chat;
  }

  /** Answers every question with `answer` (a typed block gets its own) and confirms the types. */
  async function finished(id: number): Promise<ChatSession> {
    const chat = await started(id);
    for (let guard = 0; guard < 40; guard += 1) {
      const buttons = chat.visibleButtons();
      if (buttons.includes('✔️ Готово')) {
        await chat.press('✔️ Готово');
        continue;
      }
      if (!buttons.includes('⏭ Пропустить')) break;
      await chat.text('Клиенты платят абонемент каждый месяц и общаются в общем чате студии');
    }
    return chat;
  }

  it('replacing a block keeps its answers and types until the new ones are complete; /cancel restores them', async () => {
    const chat = await finished(6001);
    const before = await blockTexts(6001, 'revenue_streams');
    const typesBefore = await storedTypes(6001, 'revenue_streams');
    expect(before).toHaveLength(questionCounts().revenue_streams);
    expect(typesBefore.length).toBeGreaterThan(0);
    await chat.text('/edit');
    await chat.press('✓ 5. Доходы');
    await chat.press('Заменить');
    await chat.text('Разовые продажи воды');
    expect(await blockTexts(6001, 'revenue_streams')).toEqual(before);
    const cancelled = shown(await chat.text('/cancel'));
    expect(cancelled).toContain('прежние ответы на месте');
    expect(await blockTexts(6001, 'revenue_streams')).toEqual(before);
    expect(await storedTypes(6001, 'revenue_streams')).toEqual(typesBefore);
    expect((await canvasOf(6001)).step).toEqual({ kind: 'done' });
  });

  it('a type the user switched off stays off after the block is added to with other words', async () => {
    const chat = await started(6002);
    for (let index = 0; index < questionCounts().customer_segments + questionCounts().value_propositions + questionCounts().channels; index += 1) {
      await chat.press('⏭ Пропустить');
    }
    await chat.text('За каждым клиентом закреплён личный тренер, и есть общий чат в телеграме');
    await chat.text('Чтобы не уходили');
    expect(chat.visibleButtons()).toContain('✅ Сообщества');
    await chat.press('✅ Сообщества');
    await chat.press('✔️ Готово');
    expect(await storedTypes(6002, 'customer_relationships')).toEqual(['dedicated_assistance']);
    await chat.text('/edit');
    await chat.press('✓ 4. Отношения');
    await chat.press('Дополнить');
    const reasked = shown(await chat.text('Тренер звонит после каждой тренировки'));
    expect(reasked).toContain('какие это типы?');
    expect(chat.visibleButtons()).toContain('▫️ Сообщества');
    expect(chat.visibleButtons()).toContain('✅ Личный менеджер');
  });

  it('after an edit of a finished canvas shows what changed and offers the picture, without the whole summary again', async () => {
    const chat = await finished(6003);
    await chat.text('/edit');
    await chat.press('✓ 9. Издержки');
    await chat.press('Дополнить');
    const calls = await chat.text('Аренда зала 80 000 ₽ в месяц');
    const text = shown(calls);
    expect(text).toContain('Блок «Структура издержек» теперь такой');
    expect(text).toContain('Аренда зала 80 000 ₽ в месяц');
    expect(text).not.toContain('заполнен');
    expect(calls.filter((call) => call.method === 'sendMessage').length).toBeLessThanOrEqual(2);
    expect(chat.visibleButtons()).toContain('🖼 Картинка');
  });

  it('the type screen is short, with short toggles, and the legend behind a button', async () => {
    const chat = await started(6004);
    for (let index = 0; index < questionCounts().customer_segments + questionCounts().value_propositions + questionCounts().channels; index += 1) {
      await chat.press('⏭ Пропустить');
    }
    await chat.text('Личный тренер у каждого клиента');
    const screen = visibleTexts(await chat.text('Есть общий чат, где участники поддерживают друг друга')).at(-1) ?? '';
    expect(screen).toContain('какие это типы?');
    expect(screen.length).toBeLessThan(700);
    for (const label of chat.visibleButtons()) expect(label.length, label).toBeLessThanOrEqual(24);
    const legend = shown(await chat.press('ℹ️ Что это?'));
    expect(legend).toContain('Что означают типы');
    expect(legend).toContain('Сообщества');
    // Text typed meanwhile is kept and offered to the block.
    const held = shown(await chat.text('А ещё раз в месяц проводим открытые тренировки'));
    expect(held).toContain('Добавить это в блок?');
    await chat.press('➕ Добавить в блок');
    expect(await blockTexts(6004, 'customer_relationships')).toContain('А ещё раз в месяц проводим открытые тренировки');
  });

  it("correcting a sent answer with Telegram's edit updates the stored answer and says so", async () => {
    const chat = await started(6005);
    const calls = await chat.text('Жители района');
    expect(shown(calls)).toContain('Сохранено');
    const messageId = 1_000_002; // the third message of this chat, after /start and the title
    const edited = await chat.deliver({
      update_id: 60_050_001,
      edited_message: {
        message_id: messageId,
        date: Math.floor(Date.now() / 1000),
        edit_date: Math.floor(Date.now() / 1000),
        chat: { id: 6005, type: 'private', first_name: 'Анна' },
        from: { id: 6005, is_bot: false, first_name: 'Анна', language_code: 'ru' },
        text: 'Жители района и офисные работники',
      },
    } as never);
    expect(shown(edited)).toContain('Исправил ответ в блоке «Потребительские сегменты»');
    expect(await blockTexts(6005, 'customer_segments')).toEqual(['Жители района и офисные работники']);
  });

  it('a canvas with most blocks skipped is not celebrated as filled: it says how many are empty and offers to fill them', async () => {
    const chat = await started(6006);
    await chat.text('Жители района');
    for (let index = 1; index < totalQuestions; index += 1) await chat.press('⏭ Пропустить');
    const text = visibleTexts(chat.calls.slice(-4)).join('\n');
    expect(text).not.toContain('заполнен!');
    expect(text).toContain('пустых блоков: 8 из 9');
    const filling = shown(await chat.press('✏️ Заполнить пустые блоки'));
    expect(filling).toContain('Блок 2 из 9');
  });

  it('/edit of a block with a skipped question goes to that question', async () => {
    const chat = await started(6007);
    await chat.text('Жители района');
    await chat.press('⏭ Пропустить');
    await chat.text('/edit');
    const asked = shown(await chat.press('✓ 1. Сегменты'));
    expect(asked).toContain('есть вопрос без ответа');
    expect(asked).toContain('Вопрос 2 из 2');
    await chat.text('Рядом с домом');
    expect(await blockTexts(6007, 'customer_segments')).toEqual(['Жители района', 'Рядом с домом']);
  });

  it("commands work in any case and with the bot's name; a typo gets the nearest command", async () => {
    const chat = createHarness(database).chat({ id: 6008 });
    expect(shown(await chat.text('/Start'))).toContain('Как называется');
    expect(shown(await chat.text('/HELP'))).toContain('Что я умею');
    expect(shown(await chat.text('/Help@Canvas_Coach_Bot'))).toContain('Что я умею');
    expect(shown(await chat.text('/cancle'))).toContain('Может быть, /cancel?');
  });

  it('text sent while paused is kept as the answer with one tap', async () => {
    const chat = await started(6009);
    await chat.press('⏸ Пауза');
    const offered = shown(await chat.text('Жители соседних домов'));
    expect(offered).toContain('на паузе');
    await chat.press('▶️ Записать как ответ');
    expect(await blockTexts(6009, 'customer_segments')).toEqual(['Жители соседних домов']);
    const [user] = await database.db.select().from(users).where(eq(users.id, 6009));
    expect(user?.mode).toEqual({ kind: 'filling' });
  });

  it('a long name is cut with a clear message instead of refused again and again', async () => {
    const chat = createHarness(database).chat({ id: 6010 });
    await chat.text('/start');
    const long = `Сеть ${'очень '.repeat(40)}уютных кофеен`;
    const reply = shown(await chat.text(long));
    expect(reply).toContain('сократил до 100 символов');
    expect(reply).toContain('Блок 1 из 9');
    const canvas = await canvasOf(6010);
    expect(Array.from(canvas.title).length).toBeLessThanOrEqual(100);
    expect(shown(await chat.text('Жители района'))).toContain('Сохранено');
  });

  it('after /lang en mid-canvas, /canvas speaks English only', async () => {
    const chat = await started(6011);
    await chat.text('Жители района');
    await chat.text('/lang');
    await chat.press('English');
    const summary = shown(await chat.text('/canvas'));
    expect(summary).toContain('Customer Segments');
    expect(summary).not.toContain('Потребительские сегменты');
  });

  it('a coaching note comes with the block it concerns and a button to add to it now', async () => {
    const chat = await started(6012);
    await chat.text('все');
    const after = shown(await chat.text('все подряд'));
    expect(after).toContain('Совет к блоку «Потребительские сегменты»');
    expect(chat.visibleButtons()).toContain('✏️ Дополнить «Сегменты»');
    await chat.press('✏️ Дополнить «Сегменты»');
    const added = shown(await chat.text('Мамы с детьми до 5 лет из соседних домов'));
    expect(added).toContain('Добавил в блок «Потребительские сегменты»');
    expect(added).toContain('Блок 2 из 9');
    expect(await blockTexts(6012, 'customer_segments')).toContain('Мамы с детьми до 5 лет из соседних домов');
  });

  it("the example is taken from the business closest to the user's: a service gets the barbershop, a platform the tutors' platform", async () => {
    const salon = await started(6013, 'Барбершоп у метро');
    expect(shown(await salon.press('💡 Пример'))).toContain('Барбершоп в спальном районе');
    const platform = await started(6014, 'Платформа для поиска нянь');
    expect(shown(await platform.press('💡 Пример'))).toContain('Платформа, где школьники находят репетиторов');
    const roaster = await started(6015, 'Обжарка кофе');
    expect(shown(await roaster.press('💡 Пример'))).toContain('Кофейни и небольшие кафе');
  });
});
