import { createCanvas } from '@napi-rs/canvas';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, outbox } from '../../db/schema.ts';
import { createPictureSender } from '../../src/bot/canvas-picture.ts';
import { flushOutbox } from '../../src/bot/delivery.ts';
import type { RecordedCall } from '../../src/bot/local-api.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import { RenderRefusedError } from '../../src/render/canvas-renderer.ts';
import { createRenderPool } from '../../src/runtime/render-pool.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { type SharedDatabase, createSharedDatabase, databaseKind } from '../helpers/test-database.ts';

/** A small real PNG: what a renderer hands back, without the cost of drawing a canvas. */
const IMAGE = createCanvas(8, 8).toBuffer('image/png');
const APOLOGY = 'Картинку холста нарисовать не получилось';
const PICTURE_METHODS = ['sendPhoto', 'sendMediaGroup'];

interface HeldRender {
  resolve(images: Buffer[]): void;
  reject(error: Error): void;
}

/**
 * A renderer the test drives: each render waits until the test releases it with an image or fails
 * it, so a test can look at the chat and the database while a picture is still being drawn.
 */
function heldRenderer() {
  const held: HeldRender[] = [];
  let arrived: () => void = () => {};
  const render = () =>
    new Promise<Buffer[]>((resolve, reject) => {
      held.push({ resolve, reject });
      arrived();
    });
  return {
    renderPicture: async () => (await render())[0] as Buffer,
    renderPhonePicture: render,
    /** Resolves once `count` renders have started and not been settled yet. */
    async waiting(count: number): Promise<void> {
      while (held.length < count) await new Promise<void>((resolve) => (arrived = resolve));
    },
    release(): void {
      held.shift()?.resolve([IMAGE]);
    },
    fail(error = new Error('renderer crashed')): void {
      held.shift()?.reject(error);
    },
  };
}

/** A renderer that fails its first `failures` renders and then draws. */
function failingRenderer(failures: number) {
  let calls = 0;
  const render = async (): Promise<Buffer[]> => {
    calls += 1;
    if (calls <= failures) throw new Error(`render ${calls} failed`);
    return [IMAGE];
  };
  return { renderPicture: async () => IMAGE, renderPhonePicture: render, calls: () => calls };
}

const pictureCalls = (calls: RecordedCall[]) => calls.filter((call) => PICTURE_METHODS.includes(call.method));

describe(`pictures leave through the outbox after their update (${databaseKind})`, () => {
  let shared: SharedDatabase;
  let database: DatabaseHandle;
  beforeAll(async () => {
    shared = await createSharedDatabase();
    database = shared.handle;
  });
  afterAll(async () => {
    await shared.close();
  });

  /** The chat's picture rows in the outbox: sent or not, and how often drawing failed. */
  async function pictureRows(chatId: number) {
    const rows = await database.db
      .select({ payload: outbox.payload, sentAt: outbox.sentAt, renderFailures: outbox.renderFailures })
      .from(outbox)
      .where(eq(outbox.chatId, chatId))
      .orderBy(outbox.id);
    return rows
      .filter((row) => (row.payload as { method: string }).method === 'sendCanvasPicture')
      .map((row) => ({ sent: row.sentAt !== null, renderFailures: row.renderFailures }));
  }

  async function startedCanvas(chat: ChatSession, title: string): Promise<void> {
    await chat.text('/start');
    await chat.text(title);
    await chat.text('Жители соседних домов');
  }

  it('the update that finishes a canvas commits and answers while its picture is still being drawn; the picture follows', async () => {
    const renderer = heldRenderer();
    const harness = createHarness(database, { sendPicture: createPictureSender({ db: database.db, ...renderer }), waitForPictures: false });
    const chat = harness.chat({ id: 8101 });
    await chat.text('/start');
    await chat.text('Фитнес-студия');
    let finishing: RecordedCall[] = [];
    for (let guard = 0; guard < 60 && finishing.length === 0; guard += 1) {
      const calls = chat.visibleButtons().includes('✔️ Готово')
        ? await chat.press('✔️ Готово')
        : await chat.text('Клиенты платят абонемент каждый месяц и общаются в общем чате студии');
      if (visibleTexts(calls).some((text) => text.includes('🎉'))) finishing = calls;
    }
    // The finishing update has returned with its text; its picture is still in the renderer's hands.
    await renderer.waiting(1);
    expect(visibleTexts(finishing).join('\n')).toContain('🎉 Холст «Фитнес-студия» заполнен');
    expect(pictureCalls(chat.calls)).toEqual([]);
    expect(await pictureRows(8101)).toEqual([{ sent: false, renderFailures: 0 }]);
    const stored = await database.db.select({ text: answers.text }).from(answers);
    expect(stored.length).toBeGreaterThanOrEqual(9);

    // The chat's next update does not wait for the picture either.
    const next = await chat.text('/list');
    expect(visibleTexts(next).join('\n')).toContain('Фитнес-студия');
    expect(pictureCalls(chat.calls)).toEqual([]);

    renderer.release();
    await harness.pictures?.idle();
    expect(pictureCalls(chat.calls).map((call) => call.method)).toEqual(['sendPhoto']);
    expect(await pictureRows(8101)).toEqual([{ sent: true, renderFailures: 0 }]);
    expect(visibleTexts(chat.calls).join('\n')).not.toContain(APOLOGY);
  });

  it('/export sends canvas.json at once and the pictures after, once drawn', async () => {
    const renderer = heldRenderer();
    const harness = createHarness(database, { sendPicture: createPictureSender({ db: database.db, ...renderer }), waitForPictures: false });
    const chat = harness.chat({ id: 8102 });
    await startedCanvas(chat, 'Пекарня');
    const exported = await chat.text('/export');
    // The chat may already show "sending a photo": the picture is on its way, not in the update.
    expect(exported.map((call) => call.method).filter((method) => method !== 'sendChatAction')).toEqual(['sendDocument']);
    await renderer.waiting(1);
    renderer.release();
    await renderer.waiting(1);
    renderer.release();
    await harness.pictures?.idle();
    expect(chat.calls.slice(-3).map((call) => call.method)).toEqual(['sendPhoto', 'sendChatAction', 'sendDocument']);
    expect(await pictureRows(8102)).toEqual([{ sent: true, renderFailures: 0 }]);
  });

  it('a picture whose render fails once is drawn again by the outbox flush and sent, with no apology', async () => {
    const renderer = failingRenderer(1);
    const harness = createHarness(database, { sendPicture: createPictureSender({ db: database.db, ...renderer }) });
    const chat = harness.chat({ id: 8103 });
    await startedCanvas(chat, 'Автомойка');
    const shown = await chat.text('/canvas');
    expect(visibleTexts(shown).join('\n')).toContain('Автомойка');
    expect(pictureCalls(shown)).toEqual([]);
    expect(await pictureRows(8103)).toEqual([{ sent: false, renderFailures: 1 }]);

    expect(await flushOutbox(harness.bot.api, harness.delivery, 0)).toBe(1);
    await harness.pictures?.idle();
    expect(renderer.calls()).toBe(2);
    expect(pictureCalls(chat.calls).map((call) => call.method)).toEqual(['sendPhoto']);
    expect(await pictureRows(8103)).toEqual([{ sent: true, renderFailures: 1 }]);
    expect(visibleTexts(chat.calls).join('\n')).not.toContain(APOLOGY);
  });

  it('a picture whose render fails twice gets one friendly text naming /canvas, and its row is closed', async () => {
    const renderer = failingRenderer(Number.POSITIVE_INFINITY);
    const harness = createHarness(database, { sendPicture: createPictureSender({ db: database.db, ...renderer }) });
    const chat = harness.chat({ id: 8104 });
    await startedCanvas(chat, 'Автосервис');
    await chat.text('/canvas');
    expect(visibleTexts(chat.calls).join('\n')).not.toContain(APOLOGY);
    await flushOutbox(harness.bot.api, harness.delivery, 0);
    await harness.pictures?.idle();
    for (let round = 0; round < 3; round += 1) {
      await flushOutbox(harness.bot.api, harness.delivery, 0);
      await harness.pictures?.idle();
    }
    expect(renderer.calls()).toBe(2);
    const apologies = visibleTexts(chat.calls).filter((text) => text.includes(APOLOGY));
    expect(apologies).toHaveLength(1);
    expect(apologies[0]).toContain('/canvas');
    expect(pictureCalls(chat.calls)).toEqual([]);
    expect(await pictureRows(8104)).toEqual([{ sent: true, renderFailures: 2 }]);
  });

  it('a render that runs out of its own time fails alone: the pictures queued behind it on the same worker are sent', async () => {
    // One worker; the first render's own timer fires as soon as a worker takes it (a stuck
    // picture), the timers of the renders queued behind it never do.
    let timers = 0;
    const pool = createRenderPool({
      workers: 1,
      startTimer: (onTimeout) => {
        timers += 1;
        if (timers === 1) queueMicrotask(onTimeout);
        return () => {};
      },
    });
    // The three pictures reach the pool together, in the order of their chats: the first on the
    // worker, two queued behind it when its time runs out.
    let openGate: () => void = () => {};
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    let requested = 0;
    let arrived: () => void = () => {};
    const arrivedAll = (count: number) => (requested >= count ? Promise.resolve() : new Promise<void>((resolve) => (arrived = resolve)));
    try {
      const harness = createHarness(database, {
        sendPicture: createPictureSender({
          db: database.db,
          renderPicture: (snapshot, scale) => pool.render(snapshot, { scale }),
          renderPhonePicture: async (snapshot) => {
            requested += 1;
            arrived();
            await gate;
            return pool.renderPhone(snapshot);
          },
        }),
        waitForPictures: false,
      });
      const chats = [8111, 8112, 8113].map((id) => harness.chat({ id }));
      for (const [index, chat] of chats.entries()) await startedCanvas(chat, `Кофейня ${index + 1}`);
      for (const [index, chat] of chats.entries()) {
        await chat.text('/canvas');
        await arrivedAll(index + 1);
      }
      openGate();
      await harness.pictures?.idle();
      expect(timers).toBe(3);
      expect(await pictureRows(8111)).toEqual([{ sent: false, renderFailures: 1 }]);
      for (const id of [8112, 8113]) expect(await pictureRows(id)).toEqual([{ sent: true, renderFailures: 0 }]);
      for (const chat of chats.slice(1)) expect(pictureCalls(chat.calls)).toHaveLength(1);

      // The stuck one is drawn again through the outbox, on a fresh worker.
      await flushOutbox(harness.bot.api, harness.delivery, 0);
      await harness.pictures?.idle();
      expect(await pictureRows(8111)).toEqual([{ sent: true, renderFailures: 1 }]);
      expect(pictureCalls(chats[0]!.calls)).toHaveLength(1);
      expect(chats.flatMap((chat) => visibleTexts(chat.calls)).join('\n')).not.toContain(APOLOGY);
    } finally {
      await pool.close();
    }
  });

  it('a picture the full queue cannot take waits in the outbox and is sent later, not failed', async () => {
    const renderer = heldRenderer();
    const harness = createHarness(database, {
      sendPicture: createPictureSender({ db: database.db, ...renderer }),
      waitForPictures: false,
      maxPendingPictures: 1,
    });
    const first = harness.chat({ id: 8121 });
    const second = harness.chat({ id: 8122 });
    await startedCanvas(first, 'Цветочный');
    await startedCanvas(second, 'Книжный');
    await first.text('/canvas');
    await second.text('/canvas');
    await renderer.waiting(1);
    expect(await pictureRows(8122)).toEqual([{ sent: false, renderFailures: 0 }]);
    renderer.release();
    await harness.pictures?.idle();
    expect(pictureCalls(first.calls)).toHaveLength(1);

    const flushed = flushOutbox(harness.bot.api, harness.delivery, 0);
    await renderer.waiting(1);
    renderer.release();
    expect(await flushed).toBe(1);
    await harness.pictures?.idle();
    expect(pictureCalls(second.calls)).toHaveLength(1);
    expect(await pictureRows(8122)).toEqual([{ sent: true, renderFailures: 0 }]);
  });

  /** A chat's /canvas whose render is in hand and held, on a bot that is about to go away. */
  async function pictureInHand(id: number, title: string) {
    const renderer = heldRenderer();
    const harness = createHarness(database, { sendPicture: createPictureSender({ db: database.db, ...renderer }), waitForPictures: false });
    const chat = harness.chat({ id });
    await startedCanvas(chat, title);
    await chat.text('/canvas');
    await renderer.waiting(1);
    return { renderer, harness, chat };
  }

  /** Another bot on `handle` runs its outbox flush with no grace left; returns the pictures it sent to the chat. */
  async function flushedByAnotherBot(handle: DatabaseHandle, chatId: number): Promise<RecordedCall[]> {
    const other = createHarness(handle, { sendPicture: createPictureSender({ db: handle.db, ...failingRenderer(0) }) });
    expect(await flushOutbox(other.bot.api, other.delivery, 0)).toBe(1);
    await other.pictures?.idle();
    return other.calls.filter((call) => PICTURE_METHODS.includes(call.method) && Number(call.payload.chat_id) === chatId);
  }

  it('a picture not drawn before the bot stops is drawn and sent by the next start', async () => {
    const { renderer, harness } = await pictureInHand(8131, 'Ателье');
    // Stopping closes the renderer: the render in hand is refused, not failed, and stays in the outbox.
    renderer.fail(new RenderRefusedError('Canvas renderer is closed'));
    await harness.pictures?.idle();
    expect(await pictureRows(8131)).toEqual([{ sent: false, renderFailures: 0 }]);

    // A new bot on the same database: its start-up flush (no grace on embedded storage) sends it.
    expect(await flushedByAnotherBot(database, 8131)).toHaveLength(1);
    expect(await pictureRows(8131)).toEqual([{ sent: true, renderFailures: 0 }]);
  });

  // Embedded PGlite is one process: an instance that died beside a live one needs a server.
  it.skipIf(databaseKind === 'pglite')('a picture an instance died drawing is drawn and sent by another instance once its lease is over', async () => {
    // The render never comes back: the instance is gone with the picture in hand.
    const { chat } = await pictureInHand(8141, 'Химчистка');
    // The other instance's flush has no grace left: the dead instance's time to send it is over.
    expect(await flushedByAnotherBot(await shared.openAnother(), 8141)).toHaveLength(1);
    expect(await pictureRows(8141)).toEqual([{ sent: true, renderFailures: 0 }]);
    expect(pictureCalls(chat.calls)).toEqual([]);
  });
});
