import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, processedUpdates } from '../../db/schema.ts';
import { settleSentMarks } from '../../src/bot/delivery.ts';
import type { ChatUser } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { pruneJournal } from '../../src/storage/retention.ts';
import { createFaultHarness, textUpdate } from '../helpers/fault-harness.ts';
import { answerTexts } from '../helpers/fault-state.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const DAY = 24 * 60 * 60 * 1000;
const person = (id: number): ChatUser => ({ id, first_name: 'Анна', language_code: 'ru' });

describe(`retention of update ids and sent replies (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  const backdate = async (updateIds: number[], days: number) => {
    for (const id of updateIds) {
      await database.db.execute(sql`update processed_updates set processed_at = now() - make_interval(days => ${days}) where update_id = ${id}`);
      await database.db.execute(sql`update outbox set sent_at = now() - make_interval(days => ${days}) where update_id = ${id} and sent_at is not null`);
    }
  };

  it('forgets old ids and sent replies in bounded batches, and a re-delivery inside the window is still recognised', async () => {
    const harness = createFaultHarness(database.db);
    const chat = harness.chat(person(3901));
    await chat.text('/start');
    await chat.text('Пекарня у вокзала');
    const answer = textUpdate(person(3901), 'Пассажиры утренних электричек');
    await harness.bot.handleUpdate(answer);
    // Replies are marked sent in batches after they went out.
    await settleSentMarks(database.db);
    const ids = (await database.db.select().from(processedUpdates).orderBy(asc(processedUpdates.updateId))).map((row) => row.updateId);
    expect(ids).toHaveLength(3);
    // The first two are old; the answer is a day old, inside the 7-day window.
    await backdate(ids.slice(0, 2), 10);
    await backdate([answer.update_id], 1);
    const unsentBefore = await database.db.select().from(outbox).where(sql`sent_at is null`);

    const pruned = await pruneJournal(database.db, { updatesMs: 7 * DAY, sentRepliesMs: 7 * DAY, batchSize: 1 });
    expect(pruned.updates).toBe(2);
    expect(pruned.replies).toBeGreaterThan(0);
    expect((await database.db.select().from(processedUpdates)).map((row) => row.updateId)).toEqual([answer.update_id]);
    // Replies of the answer (sent a day ago) stay; unsent ones are never touched.
    expect(await database.db.select().from(outbox).where(eq(outbox.updateId, answer.update_id))).not.toHaveLength(0);
    expect(await database.db.select().from(outbox).where(sql`sent_at is null`)).toEqual(unsentBefore);

    // Telegram delivers the answer once more: it is recognised, nothing is stored twice or said again.
    const repliesBefore = harness.textsTo(3901).length;
    await harness.bot.handleUpdate(answer);
    expect(await answerTexts(database.db, 3901)).toEqual(['Пассажиры утренних электричек']);
    expect(harness.textsTo(3901).length).toBe(repliesBefore);
  });

  it('two instances pruning at once delete each row once and leave nothing old behind', async () => {
    for (let id = 500_000; id < 500_050; id++) {
      await database.db.insert(processedUpdates).values({ updateId: id, chatId: 1, processedAt: new Date(Date.now() - 30 * DAY) });
    }
    const policy = { updatesMs: 7 * DAY, sentRepliesMs: DAY, batchSize: 7 };
    const [first, second] = await Promise.all([pruneJournal(database.db, policy), pruneJournal(database.db, policy)]);
    expect(first.updates + second.updates).toBe(50);
    expect(await database.db.select().from(processedUpdates).where(sql`update_id between 500000 and 500049`)).toEqual([]);
  });
});
