import { eq, sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvases, outbox, users } from '../../db/schema.ts';
import { encodeCallbackData } from '../../src/bot/callback-data.ts';
import { settleSentMarks } from '../../src/bot/delivery.ts';
import { visibleTexts } from '../../src/cli/chat-session.ts';
import { DEFAULT_REMINDER_POLICY, claimDueReminders, runReminderTick } from '../../src/runtime/reminders.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const HOUR = 3_600_000;
const policy = { ...DEFAULT_REMINDER_POLICY, idleHours: 48 };
/** 12:00 in Moscow (UTC+3) on a fixed day: the fake clock's noon. */
const MOSCOW_NOON = new Date('2031-03-10T09:00:00Z');

describe(`reminders about unfinished canvases (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  /** A user with an unfinished canvas whose last activity was at `lastActivity`. */
  async function idleCanvas(userId: number, lastActivity: Date) {
    const harness = createHarness(database);
    const chat = harness.chat({ id: userId });
    await chat.text('/start');
    await chat.text('Пекарня');
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, userId));
    if (!canvas) throw new Error('no canvas');
    await database.db.update(canvases).set({ lastActivityAt: lastActivity }).where(eq(canvases.id, canvas.id));
    return { harness, chat, canvasId: canvas.id };
  }

  it('reminds after the idle time with a button to continue, a second time one idle period later, then never again', async () => {
    const start = new Date(MOSCOW_NOON.getTime() - 47 * HOUR);
    const { harness, chat, canvasId } = await idleCanvas(5001, start);
    const api = harness.bot.api;
    const deps = { db: database.db };
    const before = chat.calls.length;

    expect(await runReminderTick(api, deps, MOSCOW_NOON, policy)).toBe(0);
    const due = new Date(start.getTime() + 49 * HOUR); // 13:00 Moscow next day
    expect(await runReminderTick(api, deps, due, policy)).toBe(1);
    const first = chat.calls.slice(before);
    expect(visibleTexts(first)).toEqual([expect.stringContaining('Напоминаю: холст «Пекарня» ещё не закончен')]);
    expect(first[0]?.payload.reply_markup).toEqual({
      inline_keyboard: [[{ text: '▶️ Продолжить', callback_data: encodeCallbackData({ kind: 'resume', canvasId }) }]],
    });

    expect(await runReminderTick(api, deps, new Date(due.getTime() + 47 * HOUR), policy)).toBe(0);
    expect(await runReminderTick(api, deps, new Date(due.getTime() + 48 * HOUR), policy)).toBe(1);
    expect(visibleTexts(chat.calls.slice(before)).at(-1)).toContain('Больше напоминать не буду');
    expect(await runReminderTick(api, deps, new Date(due.getTime() + 30 * 24 * HOUR), policy)).toBe(0);

    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.id, canvasId));
    expect(canvas?.remindersSent).toBe(2);
    expect(canvas?.lastReminderAt?.toISOString()).toBe(new Date(due.getTime() + 48 * HOUR).toISOString());
    // The chat's own replies are marked sent in batches after they went out.
    await settleSentMarks(database.db);
    const pending = await database.db.select().from(outbox).where(eq(outbox.chatId, 5001));
    expect(pending.every((entry) => entry.sentAt !== null)).toBe(true);
  });

  it('waits out the night in Moscow by default and in the user’s own time zone when known', async () => {
    await idleCanvas(5002, new Date('2031-03-01T00:00:00Z'));
    const moscow23 = new Date('2031-03-10T20:00:00Z');
    const moscow0859 = new Date('2031-03-11T05:59:00Z');
    const moscow0900 = new Date('2031-03-11T06:00:00Z');
    expect((await claimDueReminders(database.db, moscow23, policy)).filter((entry) => entry.chatId === 5002)).toHaveLength(0);
    expect((await claimDueReminders(database.db, moscow0859, policy)).filter((entry) => entry.chatId === 5002)).toHaveLength(0);
    expect((await claimDueReminders(database.db, moscow0900, policy)).filter((entry) => entry.chatId === 5002)).toHaveLength(1);

    await idleCanvas(5003, new Date('2031-03-01T00:00:00Z'));
    await database.db.update(users).set({ timeZone: 'Asia/Vladivostok' }).where(eq(users.id, 5003));
    // 12:00 in Moscow is 19:00 in Vladivostok (fine); 16:00 in Moscow is 23:00 there (night).
    const moscow16 = new Date('2031-03-11T13:00:00Z');
    expect((await claimDueReminders(database.db, moscow16, policy)).filter((entry) => entry.chatId === 5003)).toHaveLength(0);
    expect((await claimDueReminders(database.db, MOSCOW_NOON, policy)).filter((entry) => entry.chatId === 5003)).toHaveLength(1);
  });

  it('sends nothing after /stop_reminders, and again after /start_reminders', async () => {
    const { chat } = await idleCanvas(5004, new Date('2031-03-01T00:00:00Z'));
    expect(visibleTexts(await chat.text('/stop_reminders')).join()).toContain('больше не буду напоминать');
    // /stop_reminders is activity, but not on the canvas: the canvas stays idle.
    await database.db
      .update(canvases)
      .set({ lastActivityAt: new Date('2031-03-01T00:00:00Z') })
      .where(eq(canvases.ownerId, 5004));
    expect((await claimDueReminders(database.db, MOSCOW_NOON, policy)).filter((entry) => entry.chatId === 5004)).toHaveLength(0);
    expect(visibleTexts(await chat.text('/start_reminders')).join()).toContain('напомню');
    expect((await claimDueReminders(database.db, MOSCOW_NOON, policy)).filter((entry) => entry.chatId === 5004)).toHaveLength(1);
  });

  it('does not remind about a canvas the user is working on again', async () => {
    const { chat } = await idleCanvas(5005, new Date('2031-03-01T00:00:00Z'));
    await chat.text('Семьи с детьми из соседних домов');
    const [canvas] = await database.db.select().from(canvases).where(eq(canvases.ownerId, 5005));
    // The answer just now is the last activity; the fake clock is years earlier than it.
    expect(canvas?.lastActivityAt.getTime()).toBeGreaterThan(Date.now() - HOUR);
    expect((await claimDueReminders(database.db, new Date(Date.now() + 47 * HOUR), policy)).filter((entry) => entry.chatId === 5005)).toHaveLength(0);
  });

  it('claims each due canvas once when several instances tick at the same moment', async () => {
    await idleCanvas(5006, new Date('2031-03-01T00:00:00Z'));
    const ticks = await Promise.all([0, 1, 2, 3].map(() => claimDueReminders(database.db, MOSCOW_NOON, policy)));
    expect(ticks.flat().filter((entry) => entry.chatId === 5006)).toHaveLength(1);
  });

  it.skipIf(databaseKind !== 'postgres')('waits for the chat lock held by an update in progress, then reminds once', async () => {
    const start = new Date(MOSCOW_NOON.getTime() - 47 * HOUR);
    const { harness } = await idleCanvas(5101, start);
    const due = new Date(start.getTime() + 49 * HOUR);
    // Another session on the same database holds the chat's lock, as an update being applied does.
    const [current] = (await database.db.execute(sql`select current_database() as name`)) as unknown as { name: string }[];
    const url = new URL(process.env.TEST_DATABASE_URL as string);
    url.pathname = `/${current?.name}`;
    const locker = postgres(url.toString(), { max: 1, onnotice: () => {} });
    let tick: Promise<number> | undefined;
    let finished = false;
    try {
      await locker.begin(async (tx) => {
        await tx`select pg_advisory_xact_lock(${5101}::bigint)`;
        tick = runReminderTick(harness.bot.api, { db: database.db }, due, policy).finally(() => (finished = true));
        // Wait until the tick is queued on the advisory lock.
        for (;;) {
          const [row] = await tx`select count(*)::int as waiting from pg_locks where locktype = 'advisory' and not granted`;
          if (Number(row?.waiting) > 0) break;
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(finished).toBe(false);
      });
      // The lock went with the commit above; the tick goes on and reminds once.
      expect(await tick).toBe(1);
    } finally {
      await locker.end();
    }
  });
});
