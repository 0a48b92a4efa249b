import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockTypes, canvases } from '../../db/schema.ts';
import { readSentFile } from '../../src/bot/local-api.ts';
import { questionCounts } from '../../src/canvas/questions.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

describe(`confirming and correcting recognised types (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  /** Skips blocks 1–3 and stands at the first question of block 4. */
  async function reachRelationships(chat: ChatSession) {
    await chat.text('/start');
    await chat.text('Фитнес-студия');
    const skips = questionCounts().customer_segments + questionCounts().value_propositions + questionCounts().channels;
    for (let index = 0; index < skips; index += 1) await chat.press('⏭ Пропустить');
  }

  async function storedTypes(ownerId: number, blockId: string) {
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, ownerId));
    const rows = await database.db
      .select()
      .from(blockTypes)
      .where(and(eq(blockTypes.canvasId, canvas!.id), eq(blockTypes.blockId, blockId)));
    return rows.map((row) => ({ id: row.typeId, source: row.source })).sort((a, b) => a.id.localeCompare(b.id));
  }

  it('says which relationship types it recognised and why, and stores the confirmed ones with their source', async () => {
    const chat = createHarness(database).chat({ id: 5001 });
    await reachRelationships(chat);
    await chat.text('За каждым клиентом закреплён личный тренер, а ещё есть общий чат в телеграме, где участники поддерживают друг друга');
    let shown = '';
    for (let index = 1; index < questionCounts().customer_relationships; index += 1) {
      shown = visibleTexts(await chat.text('Чтобы удерживать клиентов; стоит около 20% выручки')).join('\n');
    }
    expect(shown).toContain('Похоже на:');
    expect(shown).toContain('Особая (выделенная) персональная поддержка');
    expect(shown).toContain('Сообщества');
    expect(shown).toMatch(/«[^»]*тренер[^»]*»/);
    expect(chat.visibleButtons()).toContain('✅ Сообщества');
    expect(chat.visibleButtons()).toContain('▫️ Обучение');

    // The user switches training on and community off, then confirms.
    const toggled = await chat.press('▫️ Обучение');
    expect(toggled.some((call) => call.method === 'editMessageText')).toBe(true);
    await chat.press('✅ Сообщества');
    expect(chat.visibleButtons()).toContain('▫️ Сообщества');
    const confirmed = visibleTexts(await chat.press('✔️ Готово')).join('\n');
    expect(confirmed).toContain('Типы сохранены');
    expect(confirmed).toContain('Блок 5 из 9');

    expect(await storedTypes(5001, 'customer_relationships')).toEqual([
      { id: 'dedicated_assistance', source: 'classifier' },
      { id: 'training', source: 'user' },
    ]);
    const summary = visibleTexts(await chat.text('/canvas')).join('\n');
    expect(summary).toContain('Индивидуальное или групповое обучение');
  });

  it('/back at the type question returns to the last question of the block, and a corrected answer is classified again', async () => {
    const chat = createHarness(database).chat({ id: 5005 });
    await reachRelationships(chat);
    await chat.text('Продавец в зале помогает выбрать');
    let shown = '';
    for (let index = 1; index < questionCounts().customer_relationships; index += 1) shown = visibleTexts(await chat.text('Удерживаем клиентов')).join('\n');
    expect(shown).toContain('какие это типы?');
    expect(chat.visibleButtons()).toContain('⬅️ Назад');
    await chat.press('▫️ Сообщества');
    const back = visibleTexts(await chat.press('⬅️ Назад')).join('\n');
    expect(back).toContain(`Вопрос ${questionCounts().customer_relationships} из ${questionCounts().customer_relationships}`);
    expect(back).toContain('Сейчас записано: «Удерживаем клиентов»');
    expect(chat.visibleButtons()).toContain('⬅️ Назад');
    const again = visibleTexts(await chat.text('Удерживаем клиентов: у постоянных клиентов есть общий чат в телеграме')).join('\n');
    expect(again).toContain('какие это типы?');
    expect(chat.visibleButtons()).toContain('✅ Сообщества');
    // /back does the same as the button.
    expect(visibleTexts(await chat.text('/back')).join('\n')).toContain('Сейчас записано');
  });

  it('offers the list when nothing is recognised, and re-asks after the answer is edited', async () => {
    const chat = createHarness(database).chat({ id: 5002 });
    await reachRelationships(chat);
    await chat.text('пока не знаю');
    let shown = '';
    for (let index = 1; index < questionCounts().customer_relationships; index += 1) shown = visibleTexts(await chat.text('не думал')).join('\n');
    expect(shown).toContain('Не получилось узнать тип');
    await chat.press('✔️ Готово');
    expect(await storedTypes(5002, 'customer_relationships')).toEqual([]);

    await chat.text('/edit');
    await chat.press('✓ 4. Отношения');
    await chat.press('Дополнить');
    const reasked = visibleTexts(await chat.text('Продаём абонементы в клуб на год')).join('\n');
    expect(reasked).toContain('Похоже на:');
    expect(reasked).toContain('Подписка, абонемент, членство');
    await chat.press('✔️ Готово');
    expect(await storedTypes(5002, 'customer_relationships')).toEqual([{ id: 'subscription_membership', source: 'classifier' }]);
  });

  it('a press on a type button after the types were confirmed changes nothing', async () => {
    const chat = createHarness(database).chat({ id: 5003 });
    await reachRelationships(chat);
    for (let index = 0; index < questionCounts().customer_relationships; index += 1) await chat.text('Личный менеджер у каждого клиента');
    const before = await storedTypes(5003, 'customer_relationships');
    await chat.press('✔️ Готово');
    const after = await storedTypes(5003, 'customer_relationships');
    expect(after).toEqual([{ id: 'dedicated_assistance', source: 'classifier' }]);
    expect(before).toEqual([]);
    const stale = await chat.press('✅ Личный менеджер');
    expect(stale.find((call) => call.method === 'answerCallbackQuery')?.payload.text).toContain('старого сообщения');
    expect(await storedTypes(5003, 'customer_relationships')).toEqual(after);
  });

  it('recognises revenue types with how often customers pay, and exports the confirmed ids', async () => {
    const harness = createHarness(database);
    const chat = harness.chat({ id: 5004 });
    await reachRelationships(chat);
    for (let index = 0; index < questionCounts().customer_relationships; index += 1) await chat.press('⏭ Пропустить');
    expect(visibleTexts(chat.calls.slice(-1)).join()).toContain('Блок 5 из 9');
    let shown = visibleTexts(await chat.text('Клиенты платят ежемесячную подписку 990 ₽, рекламу не продаём')).join('\n');
    for (let index = 1; index < questionCounts().revenue_streams; index += 1) shown = visibleTexts(await chat.press('⏭ Пропустить')).join('\n');
    expect(shown).toMatch(/• <b>Подписка<\/b> — .*«подписку»/);
    expect(shown).not.toContain('• <b>Реклама</b>');
    expect(shown).toContain('Регулярные платежи');
    await chat.press('✔️ Готово');
    await chat.text('/export');
    const document = harness.calls.findLast(
      (call) => call.method === 'sendDocument' && (call.payload.document as { filename?: string }).filename === 'canvas.json',
    );
    const file = await readSentFile(document?.payload.document);
    const exported = JSON.parse(file!.data.toString('utf8'));
    expect(exported.blocks[4].types).toEqual(['subscription']);
    expect(exported.blocks[3].types).toEqual([]);
  });
});
