import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { BLOCK_IDS, isBlockId } from '../canvas/blocks.ts';
import { parseSubmittedCanvas } from '../course/submitted-canvas.ts';
import {
  memberStatusFromProgress,
  pictureRowFromCourse,
  revisionRowFromCourse,
  type CourseBlockReview,
  type CourseRevision,
} from '../cohort/course-mapping.ts';
import type { GroupDataSource, GroupOverview } from '../cohort/group-data-source.ts';
import { SUBMISSION_STATUSES, type RevisionRow } from '../cohort/group-csv.ts';
import type { StudentPictureRow } from '../cohort/group-picture-stats.ts';
import type { GroupMemberStatus } from '../cohort/member-status.ts';
import type { Queryable } from './database.ts';
import { readGroupProgress } from './group-progress.ts';

/*
 * The coach's group views read a group here, in a fixed number of queries whatever its size:
 * the group (1), its students with their progress and settings (1), its revisions with their
 * students (1) and the block reviews of those revisions (1). Access is the caller's to check.
 */

type Row = Record<string, unknown>;
const rowsOf = (result: unknown): Row[] => ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Row[];
const dateOf = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));
const nullableDate = (value: unknown): Date | null => (value === null || value === undefined ? null : dateOf(value));

const statusSchema = z.enum(SUBMISSION_STATUSES);
const verdictSchema = z.enum(['accepted', 'returned', 'none']);

export function createGroupDataSource(db: Queryable): GroupDataSource {
  const run = async (query: ReturnType<typeof sql>): Promise<Row[]> => rowsOf(await db.execute(query));

  async function group(groupId: number): Promise<GroupOverview | null> {
    const [row] = await run(sql`select id, name, deadline, time_zone from course_groups where id = ${groupId}`);
    if (!row) return null;
    return { id: Number(row.id), name: String(row.name), deadline: nullableDate(row.deadline), timeZone: String(row.time_zone) };
  }

  /** The newest revision of each canvas handed in to the group (withdrawn ones aside), or every revision. */
  async function courseRevisions(groupId: number, which: 'latest' | 'all'): Promise<CourseRevision[]> {
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
      const snapshot = parseSubmittedCanvas(typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot);
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
        snapshot,
        blockReviews: reviews.get(Number(row.id)) ?? [],
      };
      return revision;
    });
  }

  return {
    group,

    async members(groupId: number, now: Date): Promise<GroupMemberStatus[]> {
      const found = await group(groupId);
      if (!found) return [];
      return (await readGroupProgress(db, groupId)).map((progress) => memberStatusFromProgress(progress, found.deadline, now));
    },

    async revisions(groupId: number, which: 'latest' | 'all'): Promise<RevisionRow[]> {
      return (await courseRevisions(groupId, which)).map(revisionRowFromCourse);
    },

    async pictureRows(groupId: number): Promise<StudentPictureRow[]> {
      const progress = await readGroupProgress(db, groupId);
      const latest = await courseRevisions(groupId, 'latest');
      const latestByCanvas = new Map(latest.map((revision) => [revision.canvasId, revision]));
      return progress.map((student) => {
        const submitted = student.submission && student.canvas ? (latestByCanvas.get(student.canvas.id) ?? null) : null;
        // Before a submission, the blocks before the one the student is on count as filled.
        const current = student.canvas?.currentBlock ?? null;
        const upTo = current === null ? 0 : current === 'done' ? BLOCK_IDS.length : BLOCK_IDS.indexOf(current);
        return pictureRowFromCourse(submitted, BLOCK_IDS.slice(0, upTo));
      });
    },
  };
}
