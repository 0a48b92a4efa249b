import { eq } from 'drizzle-orm';
import { GrammyError } from 'grammy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outbox, users } from '../../db/schema.ts';
import { flushOutbox, settleSentMarks } from '../../src/bot/delivery.ts';
import type { RecordedCall } from '../../src/bot/local-api.ts';
import type { ChatUser } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { type ApiFailure, badGateway, blockedByUser, createFaultHarness, textUpdate, tooManyRequests } from '../helpers/fault-harness.ts';
import { answerTexts, occurrences, unsentCount } from '../helpers/fault-state.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const WELCOME = 'Business Model Canvas';
const ASK_TITLE = 'Как называется';

/** Scenarios 5 and 6 (blocked chat): the Bot API refuses, throttles or fails on sends. */
describe(`Bot API failures on sends (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  const person = (id: number): ChatUser => ({ id, first_name: 'Анна', language_code: 'ru' });
  const isSend = (call: RecordedCall, chatId: number) => call.method === 'sendMessage' && Number(call.payload.chat_id) === chatId;

  /** Fails the first `times` sends to a chat with `failure`, then lets them through. */
  function failFirstSends(chatId: number, times: number, failure: () => ApiFailure) {
    let left = times;
    return (call: RecordedCall) => {
      if (!isSend(call, chatId) || left === 0) return undefined;
      left -= 1;
      return failure();
    };
  }

  async function outboxOf(chatId: number) {
    await settleSentMarks(database.db);
    return database.db.select().from(outbox).where(eq(outbox.chatId, chatId));
  }

  it('429 with retry_after: the replies arrive once each, after the wait', async () => {
    const harness = createFaultHarness(database.db, { autoRetry: true, fault: failFirstSends(3501, 2, () => tooManyRequests(1)) });
    const started = Date.now();
    await harness.chat(person(3501)).text('/start');
    const elapsed = Date.now() - started;
    const texts = harness.textsTo(3501);
    expect(occurrences(texts, WELCOME)).toBe(1);
    expect(occurrences(texts, ASK_TITLE)).toBe(1);
    expect(harness.failures.map(({ failure }) => (failure as ApiFailure).error_code)).toEqual([429, 429]);
    expect(elapsed).toBeGreaterThanOrEqual(2_000);
    const entries = await outboxOf(3501);
    expect(entries.every((entry) => entry.sentAt !== null && entry.attempts === 0)).toBe(true);
    expect(harness.errors).toEqual([]);
    console.info(`[scenario 5, 429] ${harness.failures.length} throttled sends retried after retry_after=1 s; /start answered in ${elapsed} ms`);
  });

  it('502 Bad Gateway: the send is retried and the reply arrives once', async () => {
    const harness = createFaultHarness(database.db, { autoRetry: true, fault: failFirstSends(3502, 1, badGateway) });
    const started = Date.now();
    await harness.chat(person(3502)).text('/start');
    const elapsed = Date.now() - started;
    const texts = harness.textsTo(3502);
    expect(occurrences(texts, WELCOME)).toBe(1);
    expect(occurrences(texts, ASK_TITLE)).toBe(1);
    expect(harness.failures.map(({ failure }) => (failure as ApiFailure).error_code)).toEqual([502]);
    expect(await unsentCount(database.db, 3502)).toBe(0);
    expect(harness.errors).toEqual([]);
    console.info(`[scenario 5, 502] 1 failed send retried by auto-retry's back-off; /start answered in ${elapsed} ms`);
  });

  it('a reply that went through is not sent again when a later reply of the same update fails', async () => {
    let failNext = false;
    const harness = createFaultHarness(database.db, {
      autoRetry: true,
      // The second message of /start fails with an error auto-retry does not retry (a dropped connection).
      fault: (call) => {
        if (!isSend(call, 3503)) return undefined;
        if (String(call.payload.text).includes(WELCOME)) {
          failNext = true;
          return undefined;
        }
        if (failNext) {
          failNext = false;
          throw new Error('socket hang up');
        }
        return undefined;
      },
    });
    await harness.chat(person(3503)).text('/start');
    expect(occurrences(harness.textsTo(3503), WELCOME)).toBe(1);
    expect(occurrences(harness.textsTo(3503), ASK_TITLE)).toBe(0);
    expect(await unsentCount(database.db, 3503)).toBe(1);

    const flushed = await flushOutbox(harness.bot.api, { db: database.db }, 0);
    expect(flushed).toBe(1);
    expect(await flushOutbox(harness.bot.api, { db: database.db }, 0)).toBe(0);
    const texts = harness.textsTo(3503);
    expect(occurrences(texts, WELCOME)).toBe(1);
    expect(occurrences(texts, ASK_TITLE)).toBe(1);
    const entries = await outboxOf(3503);
    expect(entries.map((entry) => entry.attempts).sort()).toEqual([0, 1]);
    expect(entries.every((entry) => entry.sentAt !== null)).toBe(true);
  });

  it('replies failing for a passing reason are tried at most maxAttempts times each, then left alone', async () => {
    const harness = createFaultHarness(database.db, {
      fault: (call) => {
        if (isSend(call, 3504)) throw new Error('connect ETIMEDOUT');
        return undefined;
      },
    });
    await harness.chat(person(3504)).text('/start');
    let rounds = 0;
    while ((await flushOutbox(harness.bot.api, { db: database.db }, 0, 5)) > 0) {
      rounds += 1;
      expect(rounds).toBeLessThan(50);
    }
    const entries = await outboxOf(3504);
    expect(entries.length).toBe(2);
    // Each reply is tried exactly 5 times (the later one waits while the earlier one is retried).
    expect(entries.map((entry) => entry.attempts)).toEqual([5, 5]);
    expect(harness.failures.length).toBe(10);
    const before = harness.failures.length;
    await flushOutbox(harness.bot.api, { db: database.db }, 0, 5);
    expect(harness.failures.length).toBe(before);
    expect(harness.textsTo(3504)).toEqual([]);
    console.info(`[scenario 6, failing sends] ${entries.length} replies × 5 attempts, quiet after ${rounds} flushes`);
  });

  it('a chat that blocked the bot: the answer is stored, its replies are given up at once, the error is reported once', async () => {
    let blocked = false;
    const harness = createFaultHarness(database.db, {
      autoRetry: true,
      fault: (call) => (blocked && Number(call.payload.chat_id) === 3505 ? blockedByUser() : undefined),
    });
    const chat = harness.chat(person(3505));
    await chat.text('/start');
    await chat.text('Пекарня');
    blocked = true;
    const update = textUpdate(chat.user, 'Жители соседних домов');
    await harness.bot.handleUpdate(update);

    expect(await answerTexts(database.db, 3505)).toEqual(['Жители соседних домов']);
    expect(harness.failures).toHaveLength(1);
    expect(harness.errors).toHaveLength(1);
    expect(harness.errors[0]).toBeInstanceOf(GrammyError);
    expect((harness.errors[0] as GrammyError).error_code).toBe(403);
    const given = (await outboxOf(3505)).filter((entry) => entry.updateId === update.update_id);
    expect(given.length).toBeGreaterThan(0);
    expect(given.every((entry) => entry.sentAt !== null && entry.attempts === 1)).toBe(true);
    const [blocker] = await database.db.select().from(users).where(eq(users.id, 3505));
    expect(blocker?.remindersEnabled).toBe(false);

    // Nothing is left to retry: flushing again and again never calls Telegram for this chat.
    for (let round = 0; round < 3; round += 1) expect(await flushOutbox(harness.bot.api, { db: database.db }, 0)).toBe(0);
    expect(harness.failures).toHaveLength(1);

    // Every further update from the blocked chat costs one attempt and one report, no more.
    await harness.bot.handleUpdate(textUpdate(chat.user, 'Офисные работники'));
    expect(harness.failures).toHaveLength(2);
    expect(harness.errors).toHaveLength(2);
    expect(await answerTexts(database.db, 3505)).toEqual(['Жители соседних домов', 'Офисные работники']);
  });
});
