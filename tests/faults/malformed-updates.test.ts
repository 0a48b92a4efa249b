import { asc } from 'drizzle-orm';
import { type Api, Context } from 'grammy';
import type { Update } from 'grammy/types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, canvases, users } from '../../db/schema.ts';
import { LOCAL_BOT_INFO } from '../../src/bot/local-api.ts';
import { isApplicableUpdate } from '../../src/bot/middleware/update-validation.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createFaultHarness } from '../helpers/fault-harness.ts';
import { createRandom, generateUpdate } from '../helpers/fault-updates.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_240_611);
const COUNT = Number(process.env.FUZZ_COUNT ?? 10_000);
const VICTIM = 3701;
const FORGER_BASE = 900_000_000;

/** Whether grammY finds a chat in the update (wherever it looks) that has no id (an object without one, a string…). */
function chatWithoutId(update: Record<string, unknown>): boolean {
  try {
    const chat: unknown = new Context(update as unknown as Update, {} as Api, LOCAL_BOT_INFO).chat;
    return chat != null && (chat as { id?: unknown }).id == null;
  } catch {
    return false;
  }
}

/** Scenario 7: thousands of random and malformed updates. */
describe(`random and malformed updates (${databaseKind})`, () => {
  let database: DatabaseHandle;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  beforeAll(async () => {
    database = await createTestDatabase();
    process.on('unhandledRejection', onUnhandled);
  });
  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await database?.close();
  });

  const snapshot = async () => ({
    canvases: await database.db.select().from(canvases).orderBy(asc(canvases.id)),
    answers: await database.db.select().from(answers).orderBy(asc(answers.id)),
  });

  it(`${COUNT} seeded updates: no crash, no unhandled rejection, nothing stored, only forged presses answered`, { timeout: 120_000 }, async () => {
    // Someone with a canvas in progress, whose canvas the forged presses aim at.
    const harness = createFaultHarness(database.db);
    const victim = harness.chat({ id: VICTIM });
    await victim.text('/start');
    await victim.text('Кофейня');
    await victim.text('Студенты рядом с университетом');
    const before = await snapshot();
    expect(before.canvases).toHaveLength(1);
    expect(before.answers).toHaveLength(1);
    const victimCallsBefore = harness.callsTo(VICTIM).length;
    const deliveredBefore = harness.delivered.length;

    const random = createRandom(SEED);
    const context = { foreignCanvasIds: before.canvases.map((canvas) => canvas.id), forgerIdBase: FORGER_BASE };
    const rejected: Array<{ category: string; update: Record<string, unknown>; error: unknown }> = [];
    const categories = new Map<string, number>();
    const forgers = new Set<number>();
    const started = Date.now();
    for (let index = 0; index < COUNT; index += 1) {
      const { update, wellFormed, category } = generateUpdate(random, 50_000_000 + index, context);
      categories.set(category, (categories.get(category) ?? 0) + 1);
      // The generator is meant to make nothing the bot may act on, bar the forged presses.
      if (!wellFormed) expect(isApplicableUpdate(update as unknown as Update), `${category}: ${JSON.stringify(update).slice(0, 300)}`).toBe(false);
      else forgers.add((update.callback_query as { from: { id: number } }).from.id);
      try {
        await harness.bot.handleUpdate(update as unknown as Update);
      } catch (error) {
        rejected.push({ category, update, error });
      }
    }
    const elapsed = Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));

    // create-bot's per-chat sequencing key reads `ctx.chat.id` before the unit of work can refuse the
    // update; that rejection is pinned by its own test below until create-bot guards the key.
    const unexplained = rejected.filter(({ update, error }) => !(chatWithoutId(update) && String(error).includes('toString')));
    expect(unexplained).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(harness.errors).toEqual([]);
    expect(await snapshot()).toEqual(before);
    // Only the victim and the forgers (well-formed private chats) are known to the bot.
    const known = (await database.db.select({ id: users.id }).from(users)).map((row) => row.id);
    expect(known.filter((id) => id !== VICTIM && !forgers.has(id))).toEqual([]);
    // Nothing was said to the victim; everything said went to a forger.
    expect(harness.callsTo(VICTIM)).toHaveLength(victimCallsBefore);
    const said = harness.delivered.slice(deliveredBefore);
    for (const call of said) {
      if (call.method === 'answerCallbackQuery') expect(String(call.payload.callback_query_id)).toMatch(/^fuzz-/);
      else expect(forgers.has(Number(call.payload.chat_id)), `${call.method} to ${String(call.payload.chat_id)}`).toBe(true);
    }
    console.info(
      `[scenario 7, ${databaseKind}] ${COUNT} updates (seed ${SEED}) in ${elapsed} ms; ${forgers.size} forging chats, ` +
        `${said.length} calls to them; ${rejected.length} rejected by create-bot's sequencing key; by kind: ${JSON.stringify(Object.fromEntries(categories))}`,
    );
  });

  // Fails today: create-bot's sequentialize key (`ctx.chat?.id.toString()`) throws before the unit
  // of work sees the update. Remove `.fails` once the key is guarded (e.g. `ctx.chat?.id?.toString()`).
  it('an update whose chat has no id is ignored, not rejected', async () => {
    const harness = createFaultHarness(database.db);
    const update = { update_id: 49_999_999, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: {}, text: '/start' } };
    await expect(harness.bot.handleUpdate(update as unknown as Update)).resolves.toBeUndefined();
    expect(harness.delivered).toEqual([]);
  });
});
