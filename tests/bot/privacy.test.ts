import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, blockTypes, canvases, outbox, processedUpdates, users } from '../../db/schema.ts';
import type { ChatUser } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { buttonData, createFaultHarness, pressUpdate } from '../helpers/fault-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const person = (id: number): ChatUser => ({ id, first_name: 'Анна', username: 'anna_cafe', language_code: 'ru' });

describe(`/privacy and /delete_me (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  const rowsOf = async (userId: number) => {
    const owned = await database.db.select({ id: canvases.id }).from(canvases).where(eq(canvases.ownerId, userId));
    const ids = owned.map((row) => row.id);
    return {
      users: (await database.db.select().from(users).where(eq(users.id, userId))).length,
      canvases: ids.length,
      answers: ids.length ? (await database.db.select().from(answers).where(sql`${answers.canvasId} in ${ids}`)).length : 0,
      types: ids.length ? (await database.db.select().from(blockTypes).where(sql`${blockTypes.canvasId} in ${ids}`)).length : 0,
      outbox: (await database.db.select().from(outbox).where(eq(outbox.chatId, userId))).length,
      updates: (await database.db.select().from(processedUpdates).where(eq(processedUpdates.chatId, userId))).length,
    };
  };

  it('/privacy says what is stored, for how long and how to delete it', async () => {
    const harness = createFaultHarness(database.db);
    await harness.chat(person(4001)).text('/privacy');
    const text = harness.textsTo(4001).join('\n');
    expect(text).toContain('Какие данные я храню');
    expect(text).toContain('7 дней');
    expect(text).toContain('/delete_me');
  });

  it('deletes everything about the person after the confirmation, says what, and leaves other people alone', async () => {
    const harness = createFaultHarness(database.db);
    const other = harness.chat(person(4003));
    await other.text('/start');
    await other.text('Чужая пекарня');
    const chat = harness.chat(person(4002));
    await chat.text('/start');
    await chat.text('Кофейня у парка');
    await chat.text('Мамы с колясками, гуляющие в парке');
    await chat.text('/new');
    await chat.text('Второй холст');
    const before = await rowsOf(4002);
    expect(before).toMatchObject({ users: 1, canvases: 2, answers: 1 });
    const otherBefore = await rowsOf(4003);

    await chat.text('/delete_me');
    expect(harness.textsTo(4002).at(-1)).toContain('холстов: 2, ответов: 1');
    // Nothing is deleted before the press.
    expect(await rowsOf(4002)).toMatchObject({ users: 1, canvases: 2, answers: 1 });

    const confirm = buttonData(chat, '🗑 Да, удалить всё');
    await harness.bot.handleUpdate(pressUpdate(person(4002), confirm.data, confirm.messageId));
    const said = harness.textsTo(4002).at(-1) ?? '';
    expect(said).toContain('холстов — 2, ответов — 1');
    const after = await rowsOf(4002);
    expect(after).toMatchObject({ users: 0, canvases: 0, answers: 0, types: 0 });
    // Only the confirmation itself remains: its update id (so a re-delivery is recognised) and its replies.
    expect(after.updates).toBe(1);
    expect(after.outbox).toBeLessThanOrEqual(2);
    expect(await rowsOf(4003)).toEqual(otherBefore);
  });

  it('cancel deletes nothing', async () => {
    const harness = createFaultHarness(database.db);
    const chat = harness.chat(person(4004));
    await chat.text('/start');
    await chat.text('Кофейня у реки');
    await chat.text('/delete_me');
    const cancel = buttonData(chat, 'Отмена');
    await harness.bot.handleUpdate(pressUpdate(person(4004), cancel.data, cancel.messageId));
    expect(harness.textsTo(4004).at(-1)).toContain('ничего не удалено');
    expect(await rowsOf(4004)).toMatchObject({ users: 1, canvases: 1 });
  });
});
