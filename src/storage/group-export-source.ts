import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { isBlockId } from '../canvas/blocks.ts';
import { revisionRowFromCourse, type CourseBlockReview, type CourseRevision } from '../cohort/course-mapping.ts';
import type { GroupExportSource, GroupOverview } from '../cohort/group-data-source.ts';
import { SUBMISSION_STATUSES, type RevisionRow } from '../cohort/group-csv.ts';
import type { Queryable } from './database.ts';

/*
 * Reads a group's submissions for the CSV export in three queries whatever the group's size: the
 * group, its revisions with their students, and the block reviews of those revisions. Written in
 * SQL over the course tables (course_groups, submissions, block_reviews, users) so it does not
 * depend on how their drizzle definitions are named.
 */

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Row[];
const dateOf = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const nullableDate = (value: unknown): Date | null => (value === null || value === undefined ? null : dateOf(value));

/** The part of a stored snapshot the export reads; anything else in it is ignored. */
const snapshotSchema = z.object({
  title: z.string(),
  blocks: z.array(
    z.object({
      id: z.string().refine(isBlockId),
      answers: z.array(z.object({ text: z.string() })),
      types: z.array(z.object({ id: z.string(), source: z.enum(['classifier', 'user']) })),
      notes: z.array(z.object({ key: z.string() })),
    }),
  ),
});

const statusSchema = z.enum(SUBMISSION_STATUSES);
const verdictSchema = z.enum(['accepted', 'returned', 'none']);

export function createGroupExportSource(db: Queryable): GroupExportSource & { queries: () => number } {
  let queries = 0;
  const run = async (query: ReturnType<typeof sql>): Promise<Row[]> => {
    queries += 1;
    return rowsOf(await db.execute(query));
  };

  return {
    /** Queries run so far: the benchmark shows it does not grow with the group. */
    queries: () => queries,

    async group(groupId: number): Promise<GroupOverview | null> {
      const [row] = await run(sql`select id, name, deadline, time_zone from course_groups where id = ${groupId}`);
      if (!row) return null;
      return { id: Number(row.id), name: String(row.name), deadline: nullableDate(row.deadline), timeZone: String(row.time_zone) };
    },

    async revisions(groupId: number, which: 'latest' | 'all'): Promise<RevisionRow[]> {
      // The latest revision of a canvas is its highest one not withdrawn; the history keeps every one.
      const submissionRows = await run(
        which === 'latest'
          ? sql`select distinct on (s.canvas_id) s.id, s.canvas_id, s.revision, s.status, s.late, s.grade, s.submitted_at, s.reviewed_at, s.snapshot,
                   g.name as group_name, u.id as student_id, u.first_name, u.username
                from submissions s join course_groups g on g.id = s.group_id join users u on u.id = s.student_id
                where s.group_id = ${groupId} and s.status <> 'withdrawn'
                order by s.canvas_id, s.revision desc`
          : sql`select s.id, s.canvas_id, s.revision, s.status, s.late, s.grade, s.submitted_at, s.reviewed_at, s.snapshot,
                   g.name as group_name, u.id as student_id, u.first_name, u.username
                from submissions s join course_groups g on g.id = s.group_id join users u on u.id = s.student_id
                where s.group_id = ${groupId}`,
      );
      const reviewRows = await run(sql`
        select r.submission_id, r.block_id, r.verdict, r.comment
        from block_reviews r join submissions s on s.id = r.submission_id
        where s.group_id = ${groupId}`);
      const reviews = new Map<number, CourseBlockReview[]>();
      for (const review of reviewRows) {
        const blockId = String(review.block_id);
        if (!isBlockId(blockId)) continue;
        const list = reviews.get(Number(review.submission_id)) ?? [];
        list.push({ blockId, verdict: verdictSchema.parse(review.verdict), comment: review.comment === null ? null : String(review.comment) });
        reviews.set(Number(review.submission_id), list);
      }
      return submissionRows.map((row) => {
        const snapshot = snapshotSchema.parse(typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot);
        const revision: CourseRevision = {
          groupName: String(row.group_name),
          student: {
            id: Number(row.student_id),
            firstName: row.first_name === null ? null : String(row.first_name),
            username: row.username === null ? null : String(row.username),
          },
          canvasId: Number(row.canvas_id),
          revision: Number(row.revision),
          status: statusSchema.parse(row.status),
          late: Boolean(row.late),
          grade: row.grade === null ? null : Number(row.grade),
          submittedAt: dateOf(row.submitted_at),
          reviewedAt: nullableDate(row.reviewed_at),
          snapshot: {
            title: snapshot.title,
            blocks: snapshot.blocks.map((block) => ({ ...block, id: block.id as CourseRevision['snapshot']['blocks'][number]['id'] })),
          },
          blockReviews: reviews.get(Number(row.id)) ?? [],
        };
        return revisionRowFromCourse(revision);
      });
    },
  };
}
