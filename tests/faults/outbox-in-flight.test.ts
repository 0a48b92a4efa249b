import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flushOutbox } from '../../src/bot/delivery.ts';
import type { RecordedCall } from '../../src/bot/local-api.ts';
import type { ChatUser } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createFaultHarness } from '../helpers/fault-harness.ts';
import { occurrences, unsentCount } from '../helpers/fault-state.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const WELCOME = 'Business Model Canvas';
const person = (id: number): ChatUser => ({ id, first_name: 'Анна', language_code: 'ru' });

/** A reply waiting out Telegram's retry_after must not be sent a second time by the periodic flush. */
describe(`replies in flight (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('a flush while the first send is still waiting does not send the reply again', async () => {
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    let reachedHold: () => void = () => {};
    const holding = new Promise<void>((resolve) => (reachedHold = resolve));
    const harness = createFaultHarness(database.db, {
      // The first send to the chat takes as long as a long retry_after: it returns only when released.
      fault: async (call: RecordedCall) => {
        if (call.method !== 'sendMessage' || Number(call.payload.chat_id) !== 3601 || held) return undefined;
        held = true;
        reachedHold();
        await released;
        return undefined;
      },
    });
    const answered = harness.chat(person(3601)).text('/start');
    await holding;
    // The periodic flush runs meanwhile, with a grace period shorter than the wait.
    const flushedMeanwhile = await flushOutbox(harness.bot.api, { db: database.db }, 0);
    release();
    await answered;
    expect(flushedMeanwhile).toBe(0);
    expect(occurrences(harness.textsTo(3601), WELCOME)).toBe(1);
    expect(await unsentCount(database.db, 3601)).toBe(0);
  });

  it('two flushes at once (two instances) send a left-over reply once', async () => {
    const harness = createFaultHarness(database.db, {
      fault: (call) => {
        if (call.method === 'sendMessage' && Number(call.payload.chat_id) === 3602 && String(call.payload.text).includes(WELCOME))
          throw new Error('socket hang up');
        return undefined;
      },
    });
    await harness.chat(person(3602)).text('/start');
    expect(await unsentCount(database.db, 3602)).toBeGreaterThan(0);
    const quiet = createFaultHarness(database.db);
    const [first, second] = await Promise.all([flushOutbox(quiet.bot.api, { db: database.db }, 0), flushOutbox(quiet.bot.api, { db: database.db }, 0)]);
    expect(first + second).toBeGreaterThan(0);
    expect(occurrences(quiet.textsTo(3602), WELCOME)).toBe(1);
  });
});
