/*
 * The coach's group view at scale, through the real bot (unit of work, features, outbox and
 * delivery, Bot API answered locally) on a migrated database: a group of 50 and one of 500
 * students with 3 revisions each. For `/group`, a page button, both CSV buttons and the picture
 * button it reports the time of the whole update (the file made and sent included) and the
 * statements sent to the database, to show they do not grow with the group.
 *
 * DATABASE_URL runs it on PostgreSQL (statements counted by the driver, BEGIN/COMMIT included);
 * otherwise on embedded PGlite in memory (statements counted as drizzle sends them).
 */
import { sql } from 'drizzle-orm';
import { cpus } from 'node:os';
import { BLOCK_IDS } from '../canvas/blocks.ts';
import { createBot } from '../bot/create-bot.ts';
import { translator } from '../i18n.ts';
import { LOCAL_BOT_INFO, type RecordedCall, createLocalApi, readSentFile } from '../bot/local-api.ts';
import { createPooledPictureQueue } from '../runtime/picture-pipeline.ts';
import { createRenderPool } from '../runtime/render-pool.ts';
import { benchAnswers } from './bench-answers.ts';
import { ChatSession } from './chat-session.ts';
import { type AppDatabase, openDatabase } from '../storage/database.ts';

const REVISIONS = 3;
/** The group's seeded names and texts (examples/bench-answers.json). */
const sample = benchAnswers.group;

/**
 * The page line of the coach's (Russian) group view, as a pattern that captures the page count:
 * the locale's text with its numbers left open, so the count is read whatever the wording.
 */
const PAGE_LABEL = new RegExp(
  translator('ru')('cohort:status.page', { page: '\u0001', pages: '\u0002', from: '\u0001', to: '\u0001', total: '\u0001' })
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\u0001/g, '\\d+')
    .replace('\u0002', '(\\d+)'),
);
const RUNS = 5;
const now = new Date('2026-12-05T12:00:00Z');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const rowsOf = (result: unknown) => ((result as { rows?: unknown[] }).rows ?? (result as unknown as unknown[])) as Array<Record<string, unknown>>;

/**
 * A group of `students` owned by `coachId`: every student joined, with a canvas, REVISIONS
 * revisions (all but the last returned with three block reviews), a fifth of them late.
 */
async function seedGroup(db: AppDatabase, coachId: number, students: number): Promise<number> {
  await db.execute(sql`insert into users (id, first_name, username) values (${coachId}, ${sample.coachName}, 'coach') on conflict do nothing`);
  const [group] = rowsOf(
    await db.execute(
      sql`insert into course_groups (owner_id, name, deadline) values (${coachId}, ${sample.groupName.replace('{students}', String(students))}, ${'2026-12-04T15:00:00Z'}::timestamptz) returning id`,
    ),
  );
  const groupId = Number(group?.id);
  await db.execute(sql`insert into group_members (group_id, user_id, role) values (${groupId}, ${coachId}, 'coach')`);
  const firstUser = groupId * 100_000;
  await db.execute(
    sql`insert into users (id, first_name, username) select ${firstUser} + g, ${`${sample.studentName} `} || g, 'student_' || g from generate_series(1, ${students}) g`,
  );
  await db.execute(
    sql`insert into group_members (group_id, user_id, role) select ${groupId}, ${firstUser} + g, 'student' from generate_series(1, ${students}) g`,
  );
  await db.execute(
    sql`insert into canvases (owner_id, title, language, step) select ${firstUser} + g, ${`${sample.canvasTitle} `} || g, 'ru', '{"kind":"done"}'::jsonb from generate_series(1, ${students}) g`,
  );
  await db.execute(sql`update users set active_canvas_id = c.id from canvases c where c.owner_id = users.id and users.id > ${firstUser}`);
  const snapshot = JSON.stringify({
    version: 1,
    title: sample.submittedTitle,
    language: 'ru',
    author: null,
    canvasUpdatedAt: now.toISOString(),
    blocks: BLOCK_IDS.map((id) => ({
      id,
      skipped: false,
      answers: [{ question: null, questionIndex: 0, text: sample.answer.replace('{block}', id) }],
      types: id === 'revenue_streams' ? [{ id: 'subscription', source: 'classifier' }] : [],
      notes: id === 'channels' ? [{ key: 'channels_no_after_sales' }] : [],
    })),
  });
  await db.execute(sql`insert into submissions (group_id, canvas_id, student_id, revision, snapshot, status, late, reviewed_at, grade)
    select ${groupId}, c.id, c.owner_id, r, ${snapshot}::jsonb, case when r < ${REVISIONS} then 'returned' else 'submitted' end, r = ${REVISIONS} and c.id % 5 = 0,
           case when r < ${REVISIONS} then now() end, case when r < ${REVISIONS} then 3 end
    from canvases c cross join generate_series(1, ${REVISIONS}) r where c.owner_id > ${firstUser} and c.owner_id <= ${firstUser + students}`);
  await db.execute(sql`insert into block_reviews (submission_id, block_id, verdict, comment)
    select s.id, b.block_id, b.verdict, ${sample.comment} from submissions s
    cross join (values ('customer_segments', 'accepted'), ('channels', 'returned'), ('cost_structure', 'none')) as b(block_id, verdict)
    where s.group_id = ${groupId} and s.status = 'returned'`);
  return groupId;
}

let statements = 0;
const onQuery = () => {
  statements += 1;
};
const database = await openDatabase(
  process.env.DATABASE_URL ? { kind: 'postgres', url: process.env.DATABASE_URL, maxConnections: 2, onQuery } : { kind: 'pglite', onQuery },
);

const renderer = createRenderPool({ workers: 1 });

interface Measured {
  ms: number;
  statements: number;
  calls: RecordedCall[];
}

try {
  const results: string[] = [];
  for (const [index, students] of [50, 500].entries()) {
    const coachId = 1_000 + index;
    const groupId = await seedGroup(database.db, coachId, students);
    let session: ChatSession | undefined;
    // As the bot runs: files are made after the update, the picture on the render pool's worker thread.
    const pictures = createPooledPictureQueue(database.db, renderer);
    const bot = createBot({
      token: '123456:BENCH-token-for-local-api-only',
      db: database.db,
      botInfo: LOCAL_BOT_INFO,
      apiTransformers: [createLocalApi({ onCall: () => {}, onResult: (call, result) => session?.record(call, result) })],
      pictures,
      clock: () => now,
    });
    const chat = new ChatSession(bot, { id: coachId, first_name: sample.coachName, language_code: 'ru' }, () => pictures.idle());
    session = chat;
    await chat.text('/start');

    /** Runs one update RUNS times (after a warm-up): median time and the statements of the last run. */
    const measure = async (what: () => Promise<RecordedCall[]>): Promise<Measured> => {
      await what();
      const times: number[] = [];
      let last: Measured = { ms: 0, statements: 0, calls: [] };
      for (let run = 0; run < RUNS; run += 1) {
        statements = 0;
        const started = performance.now();
        const calls = await what();
        times.push(performance.now() - started);
        last = { ms: 0, statements, calls };
      }
      return { ...last, ms: median(times) };
    };
    const view = await measure(() => chat.text('/group'));
    const longest = Math.max(...view.calls.map((call) => String(call.payload.text ?? '').length));
    const pageCount = Number(PAGE_LABEL.exec(String(view.calls.at(-1)?.payload.text ?? ''))?.[1] ?? 1);
    const page = await measure(() => chat.pressData(`grp:p:${groupId}:1`));
    const sizeOf = async (calls: RecordedCall[]) =>
      (await readSentFile(calls.find((call) => call.method === 'sendDocument')?.payload.document))?.data.length ?? 0;
    const latest = await measure(() => chat.pressData(`grp:csv:${groupId}`));
    const all = await measure(() => chat.pressData(`grp:csvall:${groupId}`));
    const picture = await measure(() => chat.pressData(`grp:pic:${groupId}`));
    const pictureSize = (await readSentFile(picture.calls.find((call) => call.method === 'sendPhoto')?.payload.photo))?.data.length ?? 0;
    const row = (label: string, measured: Measured, detail: string) =>
      `| ${students} | ${label} | ${measured.ms.toFixed(0)} | ${measured.statements} | ${detail} |`;
    results.push(
      row('/group', view, `${pageCount} pages, ${longest} chars`),
      row('page button', page, 'the message edited'),
      row('CSV, latest', latest, `${students} revisions, ${((await sizeOf(latest.calls)) / 1024).toFixed(0)} KiB`),
      row('CSV, all revisions', all, `${students * REVISIONS} revisions, ${((await sizeOf(all.calls)) / 1024).toFixed(0)} KiB`),
      row('picture', picture, `PNG ${(pictureSize / 1024).toFixed(0)} KiB`),
    );
  }
  console.log(`database: ${database.kind} (${database.kind === 'postgres' ? 'statements counted by the driver' : 'statements counted as drizzle sends them'})`);
  console.log(`${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; time: median of ${RUNS} runs of the whole update, file sent\n`);
  console.log('| students | update | ms | statements | what was sent |');
  console.log('|---|---|---|---|---|');
  for (const line of results) console.log(line);
} finally {
  await renderer.close();
  await database.close();
}
