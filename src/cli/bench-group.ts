/*
 * The coach's group view at scale: a group of 500 students with 3 revisions each. Times the
 * /group pages, the picture and the two CSV exports, and counts the export's database queries
 * for 50 and 500 students to show they do not grow with the group.
 *
 * Until the course tables come with the migrations, the benchmark creates the few it reads
 * (course_groups, submissions, block_reviews) itself, `if not exists`, on an in-memory database.
 */
import { sql } from 'drizzle-orm';
import { BLOCK_IDS } from '../canvas/blocks.ts';
import { RELATIONSHIP_TYPE_IDS, REVENUE_TYPE_IDS } from '../canvas/business-types.ts';
import { buildGroupCsv } from '../cohort/group-csv.ts';
import { groupPictureStats, type StudentPictureRow } from '../cohort/group-picture-stats.ts';
import { buildGroupStatusPage } from '../cohort/group-status-message.ts';
import { MEMBER_STATUSES, type GroupMemberStatus } from '../cohort/member-status.ts';
import { renderGroupPicture } from '../render/group-picture.ts';
import { openDatabase, type AppDatabase } from '../storage/database.ts';
import { createGroupExportSource } from '../storage/group-export-source.ts';

const REVISIONS = 3;
const now = new Date('2026-12-05T12:00:00Z');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  let result = work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    result = work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result };
}

async function timeAsync<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  let result = await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    result = await work();
    times.push(performance.now() - started);
  }
  return { ms: median(times), result };
}

function members(count: number): GroupMemberStatus[] {
  return Array.from({ length: count }, (_, index) => ({
    userId: 10_000 + index,
    name: `Студентка Номер ${index + 1}`,
    username: index % 2 ? `student_${index}` : null,
    status: MEMBER_STATUSES[index % MEMBER_STATUSES.length] ?? 'filling',
    currentBlock: BLOCK_IDS[index % 9] ?? null,
    revision: index % 3 === 0 ? null : REVISIONS,
    lastActiveAt: new Date(now.getTime() - index * 600_000),
    late: index % 11 === 0,
    remindersEnabled: index % 7 !== 0,
    timeZone: null,
  }));
}

function pictureRows(count: number): StudentPictureRow[] {
  return Array.from({ length: count }, (_, index) => ({
    filledBlocks: BLOCK_IDS.slice(0, 9 - (index % 5)),
    returnedBlocks: index % 4 === 0 ? ['channels'] : [],
    relationshipTypes: [RELATIONSHIP_TYPE_IDS[index % 10] ?? 'community'],
    revenueTypes: [REVENUE_TYPE_IDS[index % 7] ?? 'subscription'],
    coachingNoteKeys: index % 2 ? ['channels_no_after_sales', 'too_short'] : ['revenue_no_pricing'],
    submitted: true,
  }));
}

async function createCourseTables(db: AppDatabase): Promise<void> {
  await db.execute(
    sql`create table if not exists course_groups (id serial primary key, owner_id bigint not null, name text not null, deadline timestamptz, time_zone text not null default 'Europe/Moscow')`,
  );
  await db.execute(sql`create table if not exists submissions (id serial primary key, group_id integer not null, canvas_id integer not null, student_id bigint not null,
    revision integer not null, snapshot jsonb not null, status text not null, late boolean not null default false, submitted_at timestamptz not null default now(),
    reviewed_at timestamptz, grade integer)`);
  await db.execute(
    sql`create table if not exists block_reviews (submission_id integer not null, block_id text not null, verdict text not null default 'none', comment text, primary key (submission_id, block_id))`,
  );
}

/** A group of `students` with REVISIONS revisions each, every block answered, three blocks reviewed per revision. */
async function seedGroup(db: AppDatabase, students: number): Promise<number> {
  const result = await db.execute(sql`insert into course_groups (owner_id, name) values (1, ${`Поток на ${students}`}) returning id`);
  // PGlite returns { rows }, postgres.js the rows themselves.
  const [group] = ((result as { rows?: unknown[] }).rows ?? (result as unknown as unknown[])) as Array<{ id: number }>;
  const groupId = Number(group?.id);
  const firstUser = groupId * 100_000;
  await db.execute(
    sql`insert into users (id, first_name, username) select ${firstUser} + g, 'Студент ' || g, 'student_' || g from generate_series(1, ${students}) g`,
  );
  await db.execute(
    sql`insert into canvases (owner_id, title, language, step) select ${firstUser} + g, 'Кофейня ' || g, 'ru', '{"kind":"done"}'::jsonb from generate_series(1, ${students}) g`,
  );
  const snapshot = JSON.stringify({
    version: 1,
    title: 'Кофейня, «зерно» и "доставка"',
    language: 'ru',
    author: null,
    canvasUpdatedAt: now.toISOString(),
    blocks: BLOCK_IDS.map((id) => ({
      id,
      skipped: false,
      answers: [{ question: null, questionIndex: 0, text: `Ответ на ${id}: кофейни, рестораны, 10–40 кг в месяц.\nВторая строка.` }],
      types: id === 'revenue_streams' ? [{ id: 'subscription', source: 'classifier' }] : [],
      notes: id === 'channels' ? [{ key: 'channels_no_after_sales' }] : [],
    })),
  });
  await db.execute(sql`insert into submissions (group_id, canvas_id, student_id, revision, snapshot, status, late, reviewed_at, grade)
    select ${groupId}, c.id, c.owner_id, r, ${snapshot}::jsonb, case when r < ${REVISIONS} then 'returned' else 'submitted' end, r = ${REVISIONS} and c.id % 5 = 0,
           case when r < ${REVISIONS} then now() end, case when r < ${REVISIONS} then 3 end
    from canvases c cross join generate_series(1, ${REVISIONS}) r where c.owner_id > ${firstUser} and c.owner_id <= ${firstUser + students}`);
  await db.execute(sql`insert into block_reviews (submission_id, block_id, verdict, comment)
    select s.id, b.block_id, b.verdict, 'Комментарий, с "кавычками"' from submissions s
    cross join (values ('customer_segments', 'accepted'), ('channels', 'returned'), ('cost_structure', 'none')) as b(block_id, verdict)
    where s.group_id = ${groupId} and s.status = 'returned'`);
  return groupId;
}

const STUDENTS = 500;
const groupMembers = members(STUDENTS);
const group = { id: 1, name: 'Поток на 500', deadline: new Date('2026-12-04T15:00:00Z') };
const pages = time(5, () => {
  const first = buildGroupStatusPage(group, groupMembers, { language: 'ru', timeZone: 'Europe/Moscow', now });
  const all = [first];
  for (let page = 1; page < first.pageCount; page += 1)
    all.push(buildGroupStatusPage(group, groupMembers, { language: 'ru', timeZone: 'Europe/Moscow', now, page }));
  return all;
});
const onePage = time(10, () => buildGroupStatusPage(group, groupMembers, { language: 'ru', timeZone: 'Europe/Moscow', now, page: 10 }));
const picture = time(3, () =>
  renderGroupPicture(groupPictureStats(pictureRows(STUDENTS)), { name: group.name, date: now, language: 'ru', timeZone: 'Europe/Moscow' }),
);

const database = await openDatabase(process.env.DATABASE_URL ? { kind: 'postgres', url: process.env.DATABASE_URL, maxConnections: 1 } : { kind: 'pglite' });
try {
  await createCourseTables(database.db);
  const results: string[] = [];
  for (const students of [50, STUDENTS]) {
    const groupId = await seedGroup(database.db, students);
    for (const which of ['latest', 'all'] as const) {
      const source = createGroupExportSource(database.db);
      const read = await timeAsync(3, async () => {
        const before = source.queries();
        await source.group(groupId);
        const rows = await source.revisions(groupId, which);
        return { rows, queries: source.queries() - before };
      });
      const csv = time(3, () => buildGroupCsv(read.result.rows, { language: 'ru', timeZone: 'Europe/Moscow' }));
      results.push(
        `CSV ${which.padEnd(6)} ${String(students).padStart(3)} students: ${read.result.rows.length} revisions, ${csv.result.length} chars, ` +
          `${read.result.queries} queries, read ${read.ms.toFixed(1)} ms + write ${csv.ms.toFixed(1)} ms (median of 3)`,
      );
    }
  }
  console.log(`database: ${database.kind}`);
  console.log(
    `/group, ${STUDENTS} students: ${pages.result.length} pages, longest ${Math.max(...pages.result.map((page) => page.text.length))} chars; all pages ${pages.ms.toFixed(1)} ms, one page ${onePage.ms.toFixed(2)} ms (median)`,
  );
  console.log(`group picture, ${STUDENTS} students: ${picture.result.length} bytes in ${picture.ms.toFixed(1)} ms (median of 3)`);
  for (const line of results) console.log(line);
} finally {
  await database.close();
}
