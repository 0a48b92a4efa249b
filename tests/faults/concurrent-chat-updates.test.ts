import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleTexts, type ChatUser } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createSharedDatabase, databaseKind, type SharedDatabase } from '../helpers/test-database.ts';
import { buttonData, createFaultHarness, type FaultHarness, pressUpdate, textUpdate } from '../helpers/fault-harness.ts';
import { conversationState } from '../helpers/fault-state.ts';

/**
 * Scenario 2: a text and a button press of one chat arrive at once. Whatever runs them, the
 * outcome must be one of the two serial orders — in the database and in what the user reads.
 */
describe(`two updates of one chat at once (${databaseKind})`, () => {
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

  /** A chat at the second question of the first block, and the two updates that race there. */
  async function prepare(harness: FaultHarness, id: number): Promise<{ text: Update; press: Update }> {
    const chat = harness.chat(person(id));
    await chat.text('/start');
    await chat.text('Кофейня');
    await chat.text('Студенты рядом с университетом');
    const skip = buttonData(chat, '⏭ Пропустить');
    return {
      text: textUpdate(chat.user, 'Офисные работники из бизнес-центра'),
      press: harness.notePress(pressUpdate(chat.user, skip.data, skip.messageId)),
    };
  }

  /** What the chat read after the two updates, and what the database holds for it. */
  async function outcome(harnesses: FaultHarness[], id: number, readBefore: number[]) {
    const texts = harnesses.flatMap((harness, index) => visibleTexts(harness.callsTo(id)).slice(readBefore[index]));
    return { state: await conversationState(shared.handle.db, id), texts };
  }

  const read = (harnesses: FaultHarness[], id: number) => harnesses.map((harness) => visibleTexts(harness.callsTo(id)).length);

  /** The two serial outcomes, from two fresh chats prepared the same way. */
  async function serialOutcomes(baseId: number) {
    const harness = createFaultHarness(shared.handle.db);
    const results = [];
    for (const [offset, order] of [
      ['text', 'press'],
      ['press', 'text'],
    ].entries()) {
      const id = baseId + offset;
      const updates = await prepare(harness, id);
      const before = read([harness], id);
      for (const kind of order) await harness.bot.handleUpdate(updates[kind as 'text' | 'press']);
      results.push(await outcome([harness], id, before));
    }
    // The two orders must differ, or the test could not tell a mixed-up result from a serial one.
    expect(results[0]!.state).not.toEqual(results[1]!.state);
    return results;
  }

  it('on one bot: the database and the replies equal one of the two serial orders', async () => {
    const [textFirst, pressFirst] = await serialOutcomes(3200);
    const harness = createFaultHarness(shared.handle.db);
    const seen = { textFirst: 0, pressFirst: 0 };
    for (let round = 0; round < 6; round += 1) {
      const id = 3210 + round;
      const updates = await prepare(harness, id);
      const before = read([harness], id);
      const pair = round % 2 === 0 ? [updates.text, updates.press] : [updates.press, updates.text];
      await Promise.all(pair.map((update) => harness.bot.handleUpdate(update)));
      const result = await outcome([harness], id, before);
      // One process delivers in commit order, so the user reads exactly the serial sequence.
      expect([textFirst, pressFirst]).toContainEqual(result);
      if (JSON.stringify(result) === JSON.stringify(textFirst)) seen.textFirst += 1;
      else seen.pressFirst += 1;
    }
    expect(harness.errors).toEqual([]);
    console.info(`[scenario 2, one bot, ${databaseKind}] serial orders seen: ${JSON.stringify(seen)}`);
  });

  it('on two bot instances: the database equals one serial order and the replies are those of that order', async () => {
    const [textFirst, pressFirst] = await serialOutcomes(3220);
    const one = createFaultHarness(shared.handle.db);
    const two = createFaultHarness(second.db);
    const seen = { textFirst: 0, pressFirst: 0 };
    for (let round = 0; round < 6; round += 1) {
      const id = 3230 + round;
      const updates = await prepare(one, id);
      two.notePress(updates.press);
      const before = read([one, two], id);
      // The text goes to one instance and the press to the other, in alternating order of start.
      const runs = [() => one.bot.handleUpdate(updates.text), () => two.bot.handleUpdate(updates.press)];
      await Promise.all((round % 2 === 0 ? runs : runs.reverse()).map((start) => start()));
      const result = await outcome([one, two], id, before);
      const expected = [textFirst, pressFirst].find((serial) => JSON.stringify(serial!.state) === JSON.stringify(result.state));
      expect(expected, `state after round ${round} is not a serial outcome`).toBeDefined();
      // Two processes deliver independently: the same replies, possibly interleaved between them.
      expect([...result.texts].sort()).toEqual([...expected!.texts].sort());
      if (expected === textFirst) seen.textFirst += 1;
      else seen.pressFirst += 1;
    }
    expect([...one.errors, ...two.errors]).toEqual([]);
    console.info(`[scenario 2, two instances, ${databaseKind}] serial orders seen: ${JSON.stringify(seen)}`);
  });
});
