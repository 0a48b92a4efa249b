import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processedUpdates } from '../../db/schema.ts';
import { createBot } from '../../src/bot/create-bot.ts';
import { LOCAL_BOT_INFO, type RecordedCall, createLocalApi } from '../../src/bot/local-api.ts';
import { createFloodGate } from '../../src/bot/middleware/rate-limit.ts';
import { ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

describe('flood gate', () => {
  it('lets N updates a window through, then warns once and drops the rest; a new window starts afresh', () => {
    let now = 0;
    const gate = createFloodGate({ updates: 3, windowMs: 10_000, now: () => now });
    expect([1, 2, 3, 4, 5, 6].map(() => gate.admit(1))).toEqual(['pass', 'pass', 'pass', 'warn', 'drop', 'drop']);
    expect(gate.admit(2)).toBe('pass');
    now = 10_000;
    expect(gate.admit(1)).toBe('pass');
  });

  it('counts a re-delivered update once: the chat’s real messages still get through', () => {
    const gate = createFloodGate({ updates: 3, windowMs: 10_000, now: () => 0 });
    // Telegram posts updates 1 and 2 three times each (webhook retries, two instances).
    expect([1, 1, 1, 2, 2, 2].map((id) => gate.admit(7, id))).toEqual(['pass', 'pass', 'pass', 'pass', 'pass', 'pass']);
    expect(gate.admit(7, 3)).toBe('pass');
    expect(gate.admit(7, 4)).toBe('warn');
    expect(gate.admit(7, 4)).toBe('drop');
    expect(gate.admit(7, 3)).toBe('pass');
  });
});

describe(`per-chat rate limit in the bot (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('answers a flooding chat once with "slow down", keeps the rest away from the database, and serves another chat as usual', async () => {
    const calls: RecordedCall[] = [];
    const bot = createBot({
      token: '123456:TEST-token-for-local-api-only',
      db: database.db,
      botInfo: LOCAL_BOT_INFO,
      apiTransformers: [createLocalApi({ onCall: (call) => void calls.push(call) })],
      // A frozen clock: every update below falls into one window.
      rateLimit: { updates: 5, windowMs: 10_000, now: () => 1_000 },
    });
    const flooder = new ChatSession(bot, { id: 7001, first_name: 'Флуд', language_code: 'ru' });
    const calm = new ChatSession(bot, { id: 7002, first_name: 'Вера', language_code: 'ru' });

    await Promise.all([...Array.from({ length: 40 }, (_, index) => flooder.text(`сообщение ${index}`)), calm.text('/start')]);

    const toFlooder = calls.filter((call) => call.payload.chat_id === 7001);
    const slowDowns = visibleTexts(toFlooder).filter((text) => text.includes('помедленнее'));
    expect(slowDowns).toHaveLength(1);
    const [applied] = await database.db.select({ n: count() }).from(processedUpdates).where(eq(processedUpdates.chatId, 7001));
    expect(applied?.n).toBe(5);
    expect(visibleTexts(calls.filter((call) => call.payload.chat_id === 7002)).join()).toContain('Как называется');
  });
});
