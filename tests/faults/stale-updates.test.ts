import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvases, processedUpdates } from '../../db/schema.ts';
import { visibleTexts, type ChatUser } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { buttonData, createFaultHarness, pressUpdate, textUpdate } from '../helpers/fault-harness.ts';
import { answerTexts, claimsOf, conversationState } from '../helpers/fault-state.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const DAY = 24 * 60 * 60;
const now = () => Math.floor(Date.now() / 1000);
const STALE = 'Эта кнопка из старого сообщения';
const GONE = 'Этого холста больше нет';

/** Scenario 6: updates far older than the conversation, and buttons of a canvas that is gone. */
describe(`old and orphaned updates (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  const person = (id: number): ChatUser => ({ id, first_name: 'Анна', language_code: 'ru' });

  it('a button pressed under a message sent days ago says so, shows the current question and changes nothing', async () => {
    const harness = createFaultHarness(database.db);
    const chat = harness.chat(person(3601));
    await chat.text('/start');
    await chat.text('Кофейня');
    const oldSkip = buttonData(chat, '⏭ Пропустить');
    await chat.text('Студенты рядом с университетом');
    const before = await conversationState(database.db, 3601);

    const calls = await chat.deliver(harness.notePress(pressUpdate(chat.user, oldSkip.data, 17, now() - 5 * DAY)));
    const texts = visibleTexts(calls);
    expect(texts.some((text) => text.includes(STALE))).toBe(true);
    expect(texts.some((text) => text.includes('Вопрос 2 из'))).toBe(true);
    expect(await conversationState(database.db, 3601)).toEqual(before);
    expect(harness.errors).toEqual([]);
  });

  it('a press under a message too old for the client to show (date 0) is still answered', async () => {
    const harness = createFaultHarness(database.db);
    const chat = harness.chat(person(3602));
    await chat.text('/start');
    await chat.text('Кофейня');
    const example = buttonData(chat, '💡 Пример');
    const calls = await chat.deliver(harness.notePress(pressUpdate(chat.user, example.data, 3, 0)));
    expect(visibleTexts(calls).some((text) => text.includes('Пример ответа'))).toBe(true);
    expect(calls.some((call) => call.method === 'answerCallbackQuery')).toBe(true);
    expect(harness.errors).toEqual([]);
  });

  it('a message dated a month ago is left alone: no reply, nothing stored', async () => {
    const harness = createFaultHarness(database.db);
    const chat = harness.chat(person(3603));
    await chat.text('/start');
    await chat.text('Кофейня');
    const before = await conversationState(database.db, 3603);
    const replay = textUpdate(chat.user, 'Ответ из прошлого месяца', now() - 30 * DAY);
    const calls = await chat.deliver(replay);
    expect(calls).toEqual([]);
    expect(await conversationState(database.db, 3603)).toEqual(before);
    expect(await claimsOf(database.db, replay.update_id)).toBe(0);
    expect(harness.errors).toEqual([]);
    // The conversation carries on as if the replay never came.
    const next = visibleTexts(await chat.text('Студенты рядом с университетом'));
    expect(next.join('\n')).toContain('Сохранено');
    expect(await answerTexts(database.db, 3603)).toEqual(['Студенты рядом с университетом']);
  });

  it('every kind of button of a deleted canvas says the canvas is gone and changes nothing', async () => {
    const harness = createFaultHarness(database.db);
    const chat = harness.chat(person(3604));
    await chat.text('/start');
    await chat.text('Пекарня');
    await chat.text('Жители соседних домов');
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, 3604));
    const id = canvas!.id;
    const shown = {
      skip: buttonData(chat, '⏭ Пропустить').data,
      back: buttonData(chat, '⬅️ Назад').data,
      example: buttonData(chat, '💡 Пример').data,
      pause: buttonData(chat, '⏸ Пауза').data,
    };
    await chat.text('/list');
    await chat.press('🗑');
    await chat.press('🗑 Удалить');
    expect(await database.db.select().from(canvases).where(eq(canvases.ownerId, 3604))).toEqual([]);
    const before = await conversationState(database.db, 3604);

    const orphaned = [
      ...Object.values(shown),
      `resume:${id}`,
      `open:${id}`,
      `del:${id}`,
      `delok:${id}`,
      `edit:${id}:1`,
      `editmode:replace:${id}:1`,
      `editmode:add:${id}:2`,
      `ty:ok:${id}:${canvas!.stepVersion}`,
      `ty:pa:${id}:${canvas!.stepVersion}`,
    ];
    for (const data of orphaned) {
      const calls = await chat.deliver(harness.notePress(pressUpdate(chat.user, data, 40, now() - 2 * DAY)));
      expect(visibleTexts(calls).join('\n'), `press ${data}`).toContain(GONE);
    }
    expect(await conversationState(database.db, 3604)).toEqual(before);
    expect(await answerTexts(database.db, 3604)).toEqual([]);
    expect(harness.errors).toEqual([]);
    // A text now finds no canvas and offers a new one.
    const reply = visibleTexts(await chat.text('Ещё один ответ')).join('\n');
    expect(reply).toContain('Холст ещё не начат');
  });

  it('an edit of a message that was no answer, service updates and a press without a message change nothing and get no reply', async () => {
    const harness = createFaultHarness(database.db);
    const chat = harness.chat(person(3605));
    await chat.text('/start');
    const before = await conversationState(database.db, 3605);
    const claimedBefore = (await database.db.select().from(processedUpdates)).length;
    const message = textUpdate(chat.user, 'Исправленный ответ').message!;
    const updates = [
      { update_id: 3_605_001, edited_message: { ...message, edit_date: now() } },
      { update_id: 3_605_002, my_chat_member: { chat: message.chat, from: message.from, date: now() } },
      { update_id: 3_605_003, callback_query: { id: 'cq-3605-inline', from: message.from, chat_instance: 'x', inline_message_id: 'im', data: 'menu:new' } },
    ];
    for (const update of updates) expect(await chat.deliver(update as never)).toEqual([]);
    expect(await conversationState(database.db, 3605)).toEqual(before);
    // The edit is applied (an edit of an answer would correct it) and recorded once; the others are refused before any work.
    expect((await database.db.select().from(processedUpdates)).length).toBe(claimedBefore + 1);
    expect(harness.errors).toEqual([]);
  });
});
