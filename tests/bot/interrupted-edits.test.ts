import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockTypes, canvases, users } from '../../db/schema.ts';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { questionCounts } from '../../src/canvas/questions.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const totalQuestions = BLOCK_IDS.reduce((sum, blockId) => sum + questionCounts()[blockId], 0);

describe(`leaving an edit half-way (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  /** A canvas walked to the end, every question skipped. */
  async function finishedCanvas(id: number): Promise<ChatSession> {
    const chat = createHarness(database).chat({ id });
    await chat.text('/start');
    await chat.text('Пекарня');
    for (let index = 0; index < totalQuestions; index += 1) await chat.press('⏭ Пропустить');
    return chat;
  }

  async function stored(ownerId: number) {
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, ownerId));
    const [user] = await database.db.select().from(users).where(eq(users.id, ownerId));
    return { canvas: canvas!, mode: user?.mode };
  }

  it('/cancel while re-answering a block of a finished canvas leaves the canvas finished, not paused half-way', async () => {
    const chat = await finishedCanvas(4001);
    expect((await stored(4001)).canvas.step).toEqual({ kind: 'done' });
    await chat.text('/edit');
    // An empty block is answered at once, without asking whether to replace or add.
    await chat.press('· 4. Отношения');
    await chat.text('Пекарь лично советует, что взять к чаю');
    const cancelled = visibleTexts(await chat.text('/cancel')).join('\n');
    expect(cancelled).not.toContain('/resume');
    expect(cancelled).toContain('пройден до конца');
    const { canvas, mode } = await stored(4001);
    expect(canvas.step).toEqual({ kind: 'done' });
    expect(mode).toEqual({ kind: 'idle' });
    expect(visibleTexts(await chat.text('/list')).join('\n')).toContain('Пекарня</b> ⭐ — готов');
  });

  it('/cancel at the type question after answering block 5 leaves the stored types as they were and the canvas finished', async () => {
    const chat = await finishedCanvas(4002);
    await chat.text('/edit');
    await chat.press('· 5. Доходы');
    await chat.text('Продаём хлеб и сдаём печь в аренду');
    let asked = '';
    for (let index = 1; index < questionCounts().revenue_streams; index += 1) asked = visibleTexts(await chat.press('⏭ Пропустить')).join('\n');
    expect(asked).toContain('какие это типы?');
    await chat.text('/cancel');
    expect((await stored(4002)).canvas.step).toEqual({ kind: 'done' });
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, 4002));
    const types = await database.db
      .select()
      .from(blockTypes)
      .where(and(eq(blockTypes.canvasId, canvas!.id), eq(blockTypes.blockId, 'revenue_streams')));
    expect(types).toHaveLength(0);
    // Stale buttons of the abandoned type question change nothing.
    await chat.press('✔️ Готово');
    expect((await stored(4002)).canvas.step).toEqual({ kind: 'done' });
  });

  it('/cancel while re-answering an earlier block of an unfinished canvas pauses at the question the user had reached', async () => {
    const chat = createHarness(database).chat({ id: 4003 });
    await chat.text('/start');
    await chat.text('Автосервис');
    await chat.text('Владельцы машин старше пяти лет');
    await chat.text('Они чаще ломаются');
    await chat.text('/edit');
    await chat.press('✓ 1. Сегменты');
    await chat.press('Заменить');
    await chat.text('Таксопарки');
    const cancelled = visibleTexts(await chat.text('/cancel')).join('\n');
    expect(cancelled).toContain('/resume');
    expect((await stored(4003)).canvas.step).toEqual({ kind: 'question', blockId: 'value_propositions', questionIndex: 0 });
    const resumed = visibleTexts(await chat.text('/resume')).join('\n');
    expect(resumed).toContain('Блок 2 из 9');
  });
});

describe(`a block with many long answers (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it("still opens in /edit within Telegram's message limit, with the answers cut and counted", async () => {
    const chat = createHarness(database).chat({ id: 4101 });
    await chat.text('/start');
    await chat.text('Пекарня');
    await chat.text('Соседи');
    await chat.text('Утром');
    const long = 'Жители соседних домов, которые берут хлеб по утрам. '.repeat(80).slice(0, 3990);
    for (let index = 0; index < 12; index += 1) {
      await chat.text('/edit');
      await chat.press('✓ 1. Сегменты');
      await chat.press('Дополнить');
      await chat.text(`${index + 1}. ${long}`);
    }
    await chat.text('/edit');
    const menu = await chat.press('✓ 1. Сегменты');
    const texts = visibleTexts(menu);
    for (const text of texts) expect(text.length).toBeLessThanOrEqual(4096);
    const shown = texts.join('\n');
    expect(shown).toContain('• 1. Жители');
    expect(shown).toMatch(/ещё ответов: \d+/);
    expect(chat.visibleButtons()).toEqual(['Заменить', 'Дополнить']);
  });
});
