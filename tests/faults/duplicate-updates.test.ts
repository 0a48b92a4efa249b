import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatUser } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { settleSentMarks } from '../../src/bot/delivery.ts';
import { createSharedDatabase, databaseKind, type SharedDatabase } from '../helpers/test-database.ts';
import { createFaultHarness, textUpdate } from '../helpers/fault-harness.ts';
import { answerTexts, claimsOf, occurrences, unsentCount } from '../helpers/fault-state.ts';

/** Scenario 1: Telegram delivers the same update twice (a retry, a webhook timeout, two instances). */
describe(`the same update delivered twice (${databaseKind})`, () => {
  let shared: SharedDatabase;
  let second: DatabaseHandle;
  beforeAll(async () => {
    shared = await createSharedDatabase();
    second = await shared.openAnother();
  });
  afterAll(async () => {
    await shared?.close();
  });

  const person = (id: number): ChatUser => ({ id, first_name: 'Анна', language_code: 'ru' });

  /** A chat that has named its canvas and now stands at the first question. */
  async function chatAtFirstQuestion(harness: ReturnType<typeof createFaultHarness>, id: number) {
    const chat = harness.chat(person(id));
    await chat.text('/start');
    await chat.text('Пекарня у дома');
    return chat;
  }

  async function expectAppliedOnce(userId: number, updateId: number, texts: string[]) {
    expect(await answerTexts(shared.handle.db, userId)).toEqual(['Жители соседних домов']);
    expect(await claimsOf(shared.handle.db, updateId)).toBe(1);
    expect(occurrences(texts, 'Сохранено')).toBe(1);
    // A second instance writes its "sent" marks in batches of its own.
    if (second) await settleSentMarks(second.db);
    expect(await unsentCount(shared.handle.db, userId)).toBe(0);
  }

  it('one after the other: one answer stored, one reply', async () => {
    const harness = createFaultHarness(shared.handle.db);
    const chat = await chatAtFirstQuestion(harness, 3101);
    const update = textUpdate(chat.user, 'Жители соседних домов');
    const first = await chat.deliver(update);
    const again = await chat.deliver(update);
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual([]);
    await expectAppliedOnce(3101, update.update_id, harness.textsTo(3101));
    expect(harness.errors).toEqual([]);
  });

  it('twice at once on one bot: one answer stored, one reply', async () => {
    const harness = createFaultHarness(shared.handle.db);
    await chatAtFirstQuestion(harness, 3102);
    const update = textUpdate(person(3102), 'Жители соседних домов');
    await Promise.all([harness.bot.handleUpdate(update), harness.bot.handleUpdate(structuredClone(update))]);
    await expectAppliedOnce(3102, update.update_id, harness.textsTo(3102));
    expect(harness.errors).toEqual([]);
  });

  it('at once on two bot instances with their own connections: one answer stored, one reply', async () => {
    const one = createFaultHarness(shared.handle.db);
    const two = createFaultHarness(second.db);
    await chatAtFirstQuestion(one, 3103);
    const update = textUpdate(person(3103), 'Жители соседних домов');
    const before = { one: one.textsTo(3103).length, two: two.textsTo(3103).length };
    await Promise.all([one.bot.handleUpdate(update), two.bot.handleUpdate(structuredClone(update))]);
    const replies = [...one.textsTo(3103).slice(before.one), ...two.textsTo(3103).slice(before.two)];
    await expectAppliedOnce(3103, update.update_id, replies);
    expect([...one.errors, ...two.errors]).toEqual([]);
  });

  it('many re-deliveries at once across two instances still apply each update exactly once', async () => {
    const one = createFaultHarness(shared.handle.db);
    const two = createFaultHarness(second.db);
    const ids = [3110, 3111, 3112, 3113];
    for (const id of ids) await chatAtFirstQuestion(one, id);
    const updates = ids.map((id) => textUpdate(person(id), `Ответ ${id}: жители района`));
    // Each update four times, alternating instances, all in flight together.
    await Promise.all(updates.flatMap((update) => [0, 1, 2, 3].map((copy) => (copy % 2 === 0 ? one : two).bot.handleUpdate(structuredClone(update)))));
    // Each instance writes its "sent" marks in batches of its own; the second's are settled here, the first's by unsentCount.
    await settleSentMarks(second.db);
    for (const [index, id] of ids.entries()) {
      expect(await answerTexts(shared.handle.db, id)).toEqual([`Ответ ${id}: жители района`]);
      expect(await claimsOf(shared.handle.db, updates[index]!.update_id)).toBe(1);
      const replies = [...one.textsTo(id), ...two.textsTo(id)];
      expect(occurrences(replies, 'Сохранено')).toBe(1);
      expect(await unsentCount(shared.handle.db, id)).toBe(0);
    }
    expect([...one.errors, ...two.errors]).toEqual([]);
  });
});
