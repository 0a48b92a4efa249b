import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, canvases, outbox } from '../../db/schema.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

describe(`replies are stored with the answer, and sent only after both are committed (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  /** Runs `work` while every insert into `table` fails, as a server refusing the row would. */
  async function whileInsertsRefused(table: 'outbox' | 'answers', work: () => Promise<void>): Promise<void> {
    await database.db.execute(
      sql.raw(`create function refuse_${table}() returns trigger language plpgsql as $$ begin raise exception 'refused by a test trigger'; end $$`),
    );
    await database.db.execute(sql.raw(`create trigger refuse_${table} before insert on ${table} for each row execute function refuse_${table}()`));
    try {
      await work();
    } finally {
      await database.db.execute(sql.raw(`drop trigger refuse_${table} on ${table}`));
      await database.db.execute(sql.raw(`drop function refuse_${table}()`));
    }
  }

  it('stores every reply of an answer in the outbox, in order, and sends them', async () => {
    const harness = createHarness(database);
    const chat = harness.chat({ id: 4201 });
    await chat.text('/start');
    await chat.text('Кофейня у вокзала');
    const sent = await chat.text('Пассажиры утренних электричек');
    const stored = await database.db.select().from(outbox).where(sql`${outbox.chatId} = 4201`).orderBy(outbox.id);
    const texts = sent.filter((call) => call.method === 'sendMessage').map((call) => call.payload.text);
    expect(texts.length).toBeGreaterThan(0);
    expect(stored.slice(-texts.length).map((row) => (row.payload as { text?: string }).text)).toEqual(texts);
  });

  it('an answer whose replies cannot be stored is not stored either, and the user is told it was not saved', async () => {
    const harness = createHarness(database);
    const chat = harness.chat({ id: 4202 });
    await chat.text('/start');
    await chat.text('Пекарня у рынка');
    const answersBefore = (await database.db.select().from(answers)).length;
    await whileInsertsRefused('outbox', async () => {
      const sent = await chat.text('Соседи и продавцы рынка');
      // Only the word that the answer was not saved, sent outside the failed transaction.
      expect(sent.map((call) => String(call.payload.text))).toEqual([expect.stringContaining('не сохранился')]);
      expect(harness.errors).toHaveLength(1);
      expect((await database.db.select().from(answers)).length).toBe(answersBefore);
    });
  });

  it('an answer that cannot be stored (sent with COMMIT, not waited for) leaves nothing stored and sends none of its replies', async () => {
    const harness = createHarness(database);
    const chat = harness.chat({ id: 4203 });
    await chat.text('/start');
    await chat.text('Мастерская у парка');
    const outboxBefore = (await database.db.select().from(outbox).where(sql`${outbox.chatId} = 4203`)).length;
    const stepsBefore = await database.db.select({ step: canvases.step }).from(canvases).where(sql`${canvases.ownerId} = 4203`);
    await whileInsertsRefused('answers', async () => {
      const sent = await chat.text('Владельцы велосипедов');
      expect(sent.map((call) => String(call.payload.text))).toEqual([expect.stringContaining('не сохранился')]);
      expect(harness.errors).toHaveLength(1);
      expect((await database.db.select().from(outbox).where(sql`${outbox.chatId} = 4203`)).length).toBe(outboxBefore);
      expect(await database.db.select({ step: canvases.step }).from(canvases).where(sql`${canvases.ownerId} = 4203`)).toEqual(stepsBefore);
    });
  });
});
