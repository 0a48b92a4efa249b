import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, blockTypes, canvases, outbox, processedUpdates, users } from '../../db/schema.ts';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { questionCounts } from '../../src/canvas/questions.ts';
import { settleSentMarks } from '../../src/bot/delivery.ts';
import type { RecordedCall } from '../../src/bot/local-api.ts';
import { visibleTexts } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { eq } from 'drizzle-orm';

const totalQuestions = BLOCK_IDS.reduce((sum, blockId) => sum + questionCounts()[blockId], 0);

describe(`canvas conversation (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  const lastText = (calls: RecordedCall[]) => visibleTexts(calls).join('\n---\n');

  it('welcomes on /start, asks the name, then walks all nine blocks to a summary', async () => {
    const harness = createHarness(database);
    const chat = harness.chat({ id: 1001 });
    const welcome = lastText(await chat.text('/start'));
    expect(welcome).toContain('Business Model Canvas');
    expect(welcome).toContain('15 минут');
    expect(welcome).toContain('Как называется');

    const first = lastText(await chat.text('Кофейня <Зерно & Ко>'));
    expect(first).toContain('«Кофейня &lt;Зерно &amp; Ко&gt;»');
    expect(first).toContain('Блок 1 из 9');
    expect(first).toContain('Потребительские сегменты');
    expect(chat.visibleButtons()).toEqual(['💡 Пример', '⏭ Пропустить', '⬅️ Назад', '⏸ Пауза']);

    let answered = 0;
    let sawTypes = 0;
    for (let guard = 0; guard < 60; guard += 1) {
      const buttons = chat.visibleButtons();
      if (buttons.includes('✔️ Готово')) {
        sawTypes += 1;
        await chat.press('✔️ Готово');
        continue;
      }
      if (!buttons.includes('⏭ Пропустить')) break;
      answered += 1;
      await chat.text(`Ответ номер ${answered}: клиенты платят ежемесячную подписку, общаются в нашем чате в телеграме`);
    }
    expect(answered).toBe(totalQuestions);
    expect(sawTypes).toBe(2);
    const finished = visibleTexts(chat.calls).join('\n');
    expect(finished).toContain('заполнен');
    expect(finished).toContain('Структура издержек');

    const [user] = await database.db.select().from(users).where(eq(users.id, 1001));
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, 1001));
    expect(user?.activeCanvasId).toBe(canvas?.id);
    expect(canvas?.title).toBe('Кофейня <Зерно & Ко>');
    expect(canvas?.completedAt).toBeInstanceOf(Date);
    const stored = await database.db.select().from(answers).where(eq(answers.canvasId, canvas!.id));
    expect(stored).toHaveLength(totalQuestions);
    const types = await database.db.select().from(blockTypes).where(eq(blockTypes.canvasId, canvas!.id));
    expect(types.map((type) => type.typeId).sort()).toEqual(expect.arrayContaining(['subscription']));
    // Sent replies are marked in batches after they went out.
    await settleSentMarks(database.db);
    const unsent = (await database.db.select().from(outbox)).filter((entry) => entry.sentAt === null);
    expect(unsent).toHaveLength(0);
  });

  it('shows progress, an example on request, goes back with the earlier answer shown, and skips', async () => {
    const chat = createHarness(database).chat({ id: 1002 });
    await chat.text('/start');
    await chat.text('Школа программирования');
    const example = lastText(await chat.press('💡 Пример'));
    expect(example).toContain('Пример ответа');
    await chat.text('Родители детей 8–14 лет');
    const back = lastText(await chat.press('⬅️ Назад'));
    expect(back).toContain('Вопрос 1 из');
    expect(back).toContain('Сейчас записано: «Родители детей 8–14 лет»');
    await chat.text('Родители школьников 8–14 лет в нашем районе');
    const skip = lastText(await chat.press('⏭ Пропустить'));
    expect(skip).toContain('Пропускаем');
    expect(skip).toContain('Блок 2 из 9');
    // Skipping a question that already has an answer keeps it, and says so.
    await chat.press('⬅️ Назад');
    await chat.press('⬅️ Назад');
    const kept = lastText(await chat.press('⏭ Пропустить'));
    expect(kept).toContain('Оставляем прежний ответ');
    expect(kept).not.toContain('Пропускаем');
    const stored = await database.db.select().from(answers);
    const mine = stored.filter((answer) => answer.text.includes('8–14'));
    expect(mine.map((answer) => answer.text)).toEqual(['Родители школьников 8–14 лет в нашем районе']);
  });

  it('resumes exactly where it was after the bot is restarted on the same database', async () => {
    const before = createHarness(database).chat({ id: 1003 });
    await before.text('/start');
    await before.text('Пекарня');
    await before.text('Жители соседних домов');
    const question = lastText(await before.text('Офисные работники рядом'));
    expect(question).toContain('Блок 2 из 9');
    await before.press('⏸ Пауза');

    const after = createHarness(database).chat({ id: 1003 });
    const resumed = lastText(await after.text('/start'));
    expect(resumed).toContain('С возвращением');
    expect(resumed).toContain('Блок 2 из 9');
    expect(resumed).toContain('Вопрос 1 из');
  });

  it('exports canvas.json with all nine blocks', async () => {
    const harness = createHarness(database);
    const chat = harness.chat({ id: 1004 });
    await chat.text('/start');
    await chat.text('Кофейня');
    await chat.text('Студенты рядом с университетом');
    const calls = await chat.text('/export');
    const document = harness.calls.find((call) => call.method === 'sendDocument');
    expect(document).toBeDefined();
    expect(calls.some((call) => call.method === 'sendDocument')).toBe(true);
    const file = document!.payload.document as { filename?: string; fileData?: unknown };
    expect(file.filename).toBe('canvas.json');
    const content = JSON.parse(Buffer.from(file.fileData as Uint8Array).toString('utf8'));
    expect(content.version).toBe(1);
    expect(content.title).toBe('Кофейня');
    expect(content.blocks.map((block: { id: string }) => block.id)).toEqual([...BLOCK_IDS]);
    expect(content.blocks[0].answers[0].text).toBe('Студенты рядом с университетом');
    expect(content.blocks[0].answers[0].question).toContain('Кто ваши клиенты');
    expect(content.blocks[8].answers).toEqual([]);
  });

  it('applies a re-delivered update once', async () => {
    const harness = createHarness(database);
    const chat = harness.chat({ id: 1005 });
    await chat.text('/start');
    await chat.text('Ремонт обуви');
    const update = {
      update_id: 9_000_001,
      message: {
        message_id: 5,
        date: Math.floor(Date.now() / 1000),
        chat: { id: 1005, type: 'private' as const, first_name: 'Анна' },
        from: { id: 1005, is_bot: false, first_name: 'Анна', language_code: 'ru' },
        text: 'Жители района',
      },
    };
    const first = await chat.deliver(update);
    const again = await chat.deliver(update);
    expect(visibleTexts(first).join()).toContain('Сохранено');
    expect(again).toHaveLength(0);
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, 1005));
    const stored = await database.db.select().from(answers).where(eq(answers.canvasId, canvas!.id));
    expect(stored.map((answer) => answer.text)).toEqual(['Жители района']);
    const claimed = await database.db.select().from(processedUpdates).where(eq(processedUpdates.updateId, 9_000_001));
    expect(claimed).toHaveLength(1);
  });

  it('coaches briefly on a weak answer without blocking the next block', async () => {
    const chat = createHarness(database).chat({ id: 1006 });
    await chat.text('/start');
    await chat.text('Онлайн-магазин');
    await chat.text('Все, кто любит покупать в интернете');
    const next = visibleTexts(await chat.text('Все')).join('\n');
    expect(next).toContain('Совет');
    expect(next).toContain('Блок 2 из 9');
  });
});
