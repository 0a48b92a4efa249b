/**
 * How long the update that finishes a canvas takes, with pictures on: the whole bot through
 * `handleUpdate` on embedded PGlite (or `BENCH_DATABASE_URL`), the real render pool, the Bot API
 * answered locally. Each chat fills in canvases one after another; only the finishing update is
 * timed (from `handleUpdate` to its return), and the time until its picture was sent; the chat
 * waits for the picture before its next canvas. Prints p50/p95 at 1 and 8 chats.
 *
 *   npm run bench:finish                 # BENCH_ROUNDS=6 canvases per chat, BENCH_CHATS=1,8
 */
import { availableParallelism, loadavg } from 'node:os';
import type { Bot } from 'grammy';
import type { BotContext } from '../bot/context.ts';
import { createBot } from '../bot/create-bot.ts';
import { LOCAL_BOT_INFO, createLocalApi } from '../bot/local-api.ts';
import { createPooledPictureQueue } from '../runtime/picture-pipeline.ts';
import { createRenderPool } from '../runtime/render-pool.ts';
import { openDatabase } from '../storage/database.ts';
import { translator } from '../i18n.ts';
import { benchAnswers } from './bench-answers.ts';
import { ChatSession, visibleTexts } from './chat-session.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 6);
const CHATS = (process.env.BENCH_CHATS ?? '1,8').split(',').map(Number);
const ANSWER = benchAnswers.finish.answer;
/** The chats speak Russian; the button that confirms a block's types is pressed by its label in that language. */
const CONFIRM_TYPES = translator('ru')('buttons.confirm_types');

function quantile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

/** Fills in one canvas; returns when the update that finished it started and how long it took. */
async function finishOne(chat: ChatSession, round: number): Promise<{ started: number; latency: number }> {
  await chat.text(round === 0 ? '/start' : '/new');
  await chat.text(`${benchAnswers.finish.canvasTitle} ${round + 1}`);
  for (let guard = 0; guard < 60; guard += 1) {
    const started = performance.now();
    const calls = chat.visibleButtons().includes(CONFIRM_TYPES) ? await chat.press(CONFIRM_TYPES) : await chat.text(ANSWER);
    const latency = performance.now() - started;
    // The finishing update says the canvas is complete (and that its picture follows).
    if (visibleTexts(calls).some((text) => text.includes('🎉'))) return { started, latency };
  }
  throw new Error('the canvas did not finish');
}

async function run(chats: number): Promise<{ updates: number[]; pictures: number[] }> {
  const database = await openDatabase(process.env.BENCH_DATABASE_URL ? { kind: 'postgres', url: process.env.BENCH_DATABASE_URL } : { kind: 'pglite' });
  const renderer = createRenderPool();
  const sessions = new Map<number, ChatSession>();
  const pictures = createPooledPictureQueue(database.db, renderer);
  const bot: Bot<BotContext> = createBot({
    token: '123456:BENCH-token-for-local-api-only',
    db: database.db,
    botInfo: LOCAL_BOT_INFO,
    apiTransformers: [createLocalApi({ onCall: () => {}, onResult: (call, result) => sessions.get(Number(call.payload.chat_id))?.record(call, result) })],
    pictures,
  });
  try {
    const latencies = await Promise.all(
      Array.from({ length: chats }, async (_, index) => {
        const id = 900_000 + chats * 100 + index;
        const chat = new ChatSession(bot, { id, first_name: 'Bench', language_code: 'ru' });
        sessions.set(id, chat);
        const samples: Array<{ update: number; picture: number }> = [];
        for (let round = 0; round < ROUNDS; round += 1) {
          const { started, latency } = await finishOne(chat, round);
          // The person looks at the picture before starting the next canvas.
          await pictures.idle(id);
          samples.push({ update: latency, picture: performance.now() - started });
        }
        return samples;
      }),
    );
    return { updates: latencies.flat().map((sample) => sample.update), pictures: latencies.flat().map((sample) => sample.picture) };
  } finally {
    await pictures.idle();
    await renderer.close();
    await database.close();
  }
}

console.log(`cores ${availableParallelism()}, load ${(loadavg()[0] ?? 0).toFixed(2)}, ${ROUNDS} canvases per chat`);
console.log('| chats | finishing updates | update p50 ms | update p95 ms | picture sent p50 ms | picture sent p95 ms |');
console.log('|---|---|---|---|---|---|');
for (const chats of CHATS) {
  const { updates, pictures } = await run(chats);
  const ms = (samples: number[], q: number) => quantile(samples, q).toFixed(0);
  console.log(`| ${chats} | ${updates.length} | ${ms(updates, 0.5)} | ${ms(updates, 0.95)} | ${ms(pictures, 0.5)} | ${ms(pictures, 0.95)} |`);
}
