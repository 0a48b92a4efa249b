/**
 * The bot's throughput on a real database: the whole bot (flood limit off, unit of work,
 * features, outbox) in this process through `handleUpdate`, with the Bot API answered locally.
 * Prints answers per second at 1, 8 and 64 concurrent chats beside `pgbench -b simple-update` on
 * the same server, per-update latency, the statements one answer costs, the CPU time the bot and
 * the server spend per update (and pgbench and the server per transaction: their ratio moves far
 * less with other load on the machine than the rates do), memory after many canvases, and the same
 * loop on embedded PGlite.
 *
 *   npm run bench                       # server at postgres://postgres@127.0.0.1:5432/postgres
 *   BENCH_SERVER_URL=… BENCH_SECONDS=10 BENCH_CANVASES=10000 npm run bench
 *   BENCH_CHATS=8 BENCH_CANVASES=0 BENCH_PGLITE=0 npm run bench   # one quick run
 *   BENCH_CHATS=1 BENCH_SECONDS=1 BENCH_PGLITE=0 npm run bench    # memory after the canvases, nearly alone
 *
 * `npm run bench` runs the JavaScript `npm run build` compiles, as `npm start` does: the memory it
 * reports is the bot's, without a TypeScript loader (tsx) in the process.
 */
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Update } from 'grammy/types';
import postgres from 'postgres';
import { createBot } from '../bot/create-bot.ts';
import { LOCAL_BOT_INFO, createLocalApi } from '../bot/local-api.ts';
import { type DatabaseHandle, openDatabase } from '../storage/database.ts';
import { settleSentMarks } from '../bot/delivery.ts';
import { benchAnswers } from './bench-answers.ts';
import { childrenCpuMs, createServerCpuMeter } from './server-cpu.ts';

const SERVER_URL = process.env.BENCH_SERVER_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CANVASES = Number(process.env.BENCH_CANVASES ?? 10_000);
// BENCH_CHATS=8 runs one client count only; BENCH_PGLITE=0 skips the embedded runs (for quick comparisons).
const CLIENTS = (process.env.BENCH_CHATS ?? '1,8,64').split(',').map(Number);
const PGLITE = process.env.BENCH_PGLITE !== '0';
const ANSWERS_PER_CANVAS = 4;

let nextUpdateId = 1;
function textUpdate(chatId: number, text: string): Update {
  const entities = text.startsWith('/') ? [{ type: 'bot_command' as const, offset: 0, length: text.length }] : undefined;
  return {
    update_id: nextUpdateId++,
    message: {
      message_id: nextUpdateId,
      date: Math.floor(Date.now() / 1000),
      chat: { id: chatId, type: 'private', first_name: 'Bench' },
      from: { id: chatId, is_bot: false, first_name: 'Bench', language_code: 'ru' },
      text,
      ...(entities ? { entities } : {}),
    },
  } as Update;
}

/** Answers to the first questions of a canvas, typed in turn (examples/bench-answers.json). */
const ANSWERS = benchAnswers.bot.answers;

function createBenchBot(db: DatabaseHandle['db']) {
  return createBot({ token: '123456:BENCH-token-for-local-api-only', db, botInfo: LOCAL_BOT_INFO, apiTransformers: [createLocalApi({ onCall: () => {} })] });
}

interface RunResult {
  answers: number;
  /** The bot's own CPU time (this process, user + system) per update: steadier than rates on a shared machine. */
  cpuMsPerUpdate: number;
  /** The bot's own CPU time over the run. */
  cpuMs: number;
  updates: number;
  seconds: number;
  latenciesMs: number[];
  /** The same latencies by the kind of update: an answer, `/new`, the title that opens a canvas. */
  latenciesByKindMs: Record<UpdateKind, number[]>;
  canvases: number;
}

type UpdateKind = 'answer' | 'new canvas' | 'title';

/**
 * `clients` chats at once, each in a loop: a new canvas, its title, then answers; for
 * `seconds`, or until `canvasTarget` canvases exist.
 */
async function runChats(
  db: DatabaseHandle['db'],
  clients: number,
  chatBase: number,
  stop: { seconds?: number; canvases?: number; answers?: boolean },
): Promise<RunResult> {
  const bot = createBenchBot(db);
  const latenciesMs: number[] = [];
  const latenciesByKindMs: Record<UpdateKind, number[]> = { answer: [], 'new canvas': [], title: [] };
  let answers = 0;
  let updates = 0;
  let canvases = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const deadline = stop.seconds !== undefined ? started + stop.seconds * 1000 : Infinity;
  const done = () => performance.now() >= deadline || (stop.canvases !== undefined && canvases >= stop.canvases);
  const send = async (chatId: number, text: string, kind?: UpdateKind) => {
    const before = performance.now();
    await bot.handleUpdate(textUpdate(chatId, text));
    const latency = performance.now() - before;
    latenciesMs.push(latency);
    if (kind) latenciesByKindMs[kind].push(latency);
    updates += 1;
  };
  await Promise.all(
    Array.from({ length: clients }, async (_unused, index) => {
      const chatId = chatBase + index;
      await send(chatId, '/start');
      while (!done()) {
        await send(chatId, '/new', 'new canvas');
        await send(chatId, `${benchAnswers.bot.canvasTitle} ${canvases}`, 'title');
        canvases += 1;
        if (stop.answers === false) continue;
        for (let answer = 0; answer < ANSWERS_PER_CANVAS && !done(); answer++) {
          await send(chatId, ANSWERS[answer] as string, 'answer');
          answers += 1;
        }
      }
    }),
  );
  const cpu = process.cpuUsage(cpuBefore);
  return {
    answers,
    updates,
    canvases,
    latenciesMs,
    latenciesByKindMs,
    seconds: (performance.now() - started) / 1000,
    cpuMsPerUpdate: (cpu.user + cpu.system) / 1000 / Math.max(updates, 1),
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const fmt = (value: number, digits = 1) => value.toFixed(digits);

/** V8's full collection, reachable without starting node with --expose-gc. */
function fullGarbageCollection(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** pgbench's TPS, and the CPU it and the server spent on it (the server's sampled while pgbench's backends live). */
async function pgbench(url: URL, clients: number): Promise<{ tps: number; transactions: number; clientCpuMs: number; serverCpuMs: number }> {
  const args = ['-h', url.hostname, '-p', url.port || '5432', '-U', decodeURIComponent(url.username || 'postgres')];
  const server = createServerCpuMeter([url.pathname.slice(1)]);
  const clientBefore = childrenCpuMs();
  server.start();
  const sampling = setInterval(() => server.sample(), 50);
  try {
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        'pgbench',
        [
          ...args,
          '-b',
          'simple-update',
          '-n',
          '-c',
          String(clients),
          '-j',
          String(Math.min(clients, cpus().length)),
          '-T',
          String(SECONDS),
          url.pathname.slice(1),
        ],
        { encoding: 'utf8' },
        (error, stdout) => (error ? reject(error) : resolve(stdout)),
      );
    });
    const tps = /tps = ([\d.]+)/.exec(output)?.[1];
    const transactions = /transactions actually processed: (\d+)/.exec(output)?.[1];
    return {
      tps: tps ? Number(tps) : Number.NaN,
      transactions: transactions ? Number(transactions) : Number.NaN,
      clientCpuMs: childrenCpuMs() - clientBefore,
      serverCpuMs: server.stop(),
    };
  } finally {
    clearInterval(sampling);
  }
}

/** Statement kinds by their first words, e.g. "insert into answers". */
function statementKind(query: string): string {
  const text = query.replace(/\s+/g, ' ').trim().toLowerCase();
  const table = /(?:from|into|update|join) "?([a-z_]+)"?/.exec(text)?.[1];
  const verb = text.split(' ')[0] ?? '?';
  if (text.startsWith('select pg_advisory_xact_lock')) return 'lock chat';
  return table ? `${verb} ${table}` : verb;
}

async function main(): Promise<void> {
  const admin = postgres(SERVER_URL, { max: 1, onnotice: () => {} });
  const suffix = randomBytes(4).toString('hex');
  const botDb = `canvas_bench_${suffix}`;
  const pgbenchDb = `pgbench_${suffix}`;
  await admin.unsafe(`create database ${botDb}`);
  await admin.unsafe(`create database ${pgbenchDb}`);
  const serverVersion = (await admin`show server_version`)[0]?.server_version as string;
  const url = (name: string) => {
    const parsed = new URL(SERVER_URL);
    parsed.pathname = `/${name}`;
    return parsed;
  };
  const queries: string[] = [];
  let recording = false;
  let statements = 0;
  let roundTrips = 0;
  // BENCH_PREPARE=0 measures the driver without prepared statements, for comparison.
  const database = await openDatabase({
    kind: 'postgres',
    url: url(botDb).toString(),
    prepare: process.env.BENCH_PREPARE !== '0',
    onQuery: (query) => {
      statements += 1;
      if (recording) queries.push(query);
    },
    onRoundTrip: () => {
      roundTrips += 1;
    },
  });
  try {
    console.log(
      `bench: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, PostgreSQL ${serverVersion}, ${SECONDS} s per run`,
    );
    execFileSync('pgbench', ['-h', url(pgbenchDb).hostname, '-p', url(pgbenchDb).port || '5432', '-U', 'postgres', '-i', '-q', '-s', '1', pgbenchDb], {
      stdio: 'ignore',
    });

    // Statements per update, one chat, nothing else running.
    const probe = createBenchBot(database.db);
    const probeChat = 900_000;
    await probe.handleUpdate(textUpdate(probeChat, '/start'));
    await probe.handleUpdate(textUpdate(probeChat, benchAnswers.bot.probeTitle));
    await settleSentMarks(database.db);
    const perUpdate: { label: string; count: number; trips?: number; kinds: Map<string, number> }[] = [];
    // Three answers, then the two updates that open the next canvas: `/new` and its title.
    const probes = [
      ...ANSWERS.slice(0, 3).map((answer, index) => ({ label: `answer ${index + 1}`, text: answer })),
      { label: '/new', text: '/new' },
      { label: 'title', text: `${benchAnswers.bot.probeTitle} 2` },
    ];
    for (const { label, text } of probes) {
      queries.length = 0;
      const tripsBefore = roundTrips;
      recording = true;
      await probe.handleUpdate(textUpdate(probeChat, text));
      recording = false;
      const kinds = new Map<string, number>();
      for (const query of queries) kinds.set(statementKind(query), (kinds.get(statementKind(query)) ?? 0) + 1);
      perUpdate.push({ label, count: queries.length, trips: roundTrips - tripsBefore, kinds });
      // The "sent" marks are written in batches after the reply; alone, this answer's batch is its own.
      const before = statements;
      await settleSentMarks(database.db);
      if (statements > before)
        perUpdate.push({ label: '  then, batched', count: statements - before, kinds: new Map([['update outbox (sent)', statements - before]]) });
    }
    console.log('\nstatements per update (counted in the database client, BEGIN/COMMIT included; round trips: sent while none was awaited):');
    for (const entry of perUpdate) {
      const trips = entry.trips === undefined ? '' : ` in ${entry.trips} round trips`;
      console.log(`  ${entry.label}: ${entry.count}${trips} — ${[...entry.kinds].map(([kind, n]) => (n > 1 ? `${kind} ×${n}` : kind)).join(', ')}`);
    }

    console.log('\nPostgreSQL (pool of 10 connections, as in production):');
    console.log(
      '  chats  answers/s  updates/s  p50 ms  p95 ms  p99 ms  pgbench tps  ratio  statements/update  bot cpu ms/update  server cpu ms/update  pgbench+server cpu ms/tx  cpu ratio',
    );
    let chatBase = 1_000_000;
    const latencyByKind: [number, Record<UpdateKind, number[]>][] = [];
    for (const clients of CLIENTS) {
      const counted = statements;
      const server = createServerCpuMeter([botDb]);
      server.start();
      const run = await runChats(database.db, clients, chatBase, { seconds: SECONDS });
      await settleSentMarks(database.db);
      const serverCpuMs = server.stop();
      const perUpdateUnderLoad = (statements - counted) / run.updates;
      latencyByKind.push([clients, run.latenciesByKindMs]);
      chatBase += 10_000;
      const bench = await pgbench(url(pgbenchDb), clients);
      const tps = bench.tps;
      const rate = run.answers / run.seconds;
      // Answers per CPU-second of bot and server beside transactions per CPU-second of pgbench and server:
      // what each costs the machine, which other work on it moves far less than it moves the rates.
      const answersPerCpuSecond = run.answers / ((run.cpuMs + serverCpuMs) / 1000);
      const transactionsPerCpuSecond = bench.transactions / ((bench.clientCpuMs + bench.serverCpuMs) / 1000);
      console.log(
        `  ${String(clients).padStart(5)}  ${fmt(rate).padStart(9)}  ${fmt(run.updates / run.seconds).padStart(9)}  ${fmt(percentile(run.latenciesMs, 50)).padStart(6)}  ${fmt(percentile(run.latenciesMs, 95)).padStart(6)}  ${fmt(percentile(run.latenciesMs, 99)).padStart(6)}  ${fmt(tps).padStart(11)}  ${fmt(rate / tps, 3).padStart(5)}  ${fmt(perUpdateUnderLoad, 2).padStart(17)}  ${fmt(run.cpuMsPerUpdate, 2).padStart(17)}  ${fmt(serverCpuMs / run.updates, 2).padStart(20)}  ${fmt(1000 / transactionsPerCpuSecond, 3).padStart(24)}  ${fmt(answersPerCpuSecond / transactionsPerCpuSecond, 3).padStart(9)}`,
      );
    }

    console.log('\nlatency by kind of update (p50 / p99 ms) at each count of chats:');
    for (const [clients, byKind] of latencyByKind) {
      const kinds = Object.entries(byKind).map(([kind, values]) => `${kind} ${fmt(percentile(values, 50))} / ${fmt(percentile(values, 99))}`);
      console.log(`  ${String(clients).padStart(5)}  ${kinds.join(';  ')}`);
    }

    const memoryRun = await runChats(database.db, 64, chatBase, { canvases: CANVASES, answers: false });
    const memory = process.memoryUsage();
    // Read again after a full collection: what is still held, whenever the last collection happened to run.
    fullGarbageCollection();
    const held = process.memoryUsage();
    console.log(
      `\nafter ${memoryRun.canvases} more canvases (64 chats, ${fmt(memoryRun.seconds)} s): RSS ${fmt(memory.rss / 2 ** 20)} MB, heap used ${fmt(memory.heapUsed / 2 ** 20)} of ${fmt(memory.heapTotal / 2 ** 20)} MB; after a full garbage collection: RSS ${fmt(held.rss / 2 ** 20)} MB, heap used ${fmt(held.heapUsed / 2 ** 20)} of ${fmt(held.heapTotal / 2 ** 20)} MB`,
    );
  } finally {
    await settleSentMarks(database.db);
    await database.close();
    await admin.unsafe(`drop database if exists ${botDb} with (force)`);
    await admin.unsafe(`drop database if exists ${pgbenchDb} with (force)`);
    await admin.end();
  }

  if (!PGLITE) return;
  console.log('\nPGlite (embedded, in memory):');
  console.log('  chats  answers/s  updates/s  p50 ms  p95 ms  p99 ms');
  const embedded = await openDatabase({ kind: 'pglite' });
  try {
    let chatBase = 5_000_000;
    for (const clients of [1, 8]) {
      const run = await runChats(embedded.db, clients, chatBase, { seconds: SECONDS });
      chatBase += 10_000;
      console.log(
        `  ${String(clients).padStart(5)}  ${fmt(run.answers / run.seconds).padStart(9)}  ${fmt(run.updates / run.seconds).padStart(9)}  ${fmt(percentile(run.latenciesMs, 50)).padStart(6)}  ${fmt(percentile(run.latenciesMs, 95)).padStart(6)}  ${fmt(percentile(run.latenciesMs, 99)).padStart(6)}`,
      );
    }
  } finally {
    await settleSentMarks(embedded.db);
    await embedded.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
