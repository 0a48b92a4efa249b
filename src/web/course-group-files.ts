import { BLOCK_IDS, TYPED_BLOCK_IDS } from '../canvas/blocks.ts';
import { exportGroupCsv } from '../cohort/group-export.ts';
import { type StudentPictureRow, groupPictureStats } from '../cohort/group-picture-stats.ts';
import { canReview } from '../course/group.ts';
import { renderGroupPicture } from '../render/group-picture.ts';
import type { Queryable } from '../storage/database.ts';
import { createGroupExportSource } from '../storage/group-export-source.ts';
import { createGroupRepository } from '../storage/group-repository.ts';
import { loadGroupReviewState } from '../storage/group-review-state.ts';
import { createSubmissionRepository } from '../storage/submission-repository.ts';
import type { DashboardGroupFiles } from './coach-dashboard-service.ts';

const [RELATIONSHIP_BLOCK, REVENUE_BLOCK] = TYPED_BLOCK_IDS;

/**
 * The cohort's CSV export and group picture, offered on the dashboard's grid: the same files the
 * chat's /group sends, after the same check that the user coaches the group.
 */
export function createCourseGroupFiles(db: Queryable, clock: () => Date = () => new Date()): DashboardGroupFiles {
  const groups = createGroupRepository(db);
  const submissions = createSubmissionRepository(db, { clock });

  async function coached(userId: number, groupId: number) {
    const membership = await groups.find(userId, groupId);
    return membership.ok && canReview(membership.value.role) ? membership.value.group : null;
  }

  /** Per student, the latest submission's blocks, types, returns and notes; before one, the blocks written so far. */
  async function pictureRows(userId: number, groupId: number): Promise<StudentPictureRow[]> {
    const progress = await submissions.groupProgress(userId, groupId);
    if (!progress.ok) return [];
    const states = await loadGroupReviewState(
      db,
      groupId,
      progress.value.flatMap((student) => (student.submission ? [student.submission.id] : [])),
    );
    const rows: StudentPictureRow[] = [];
    for (const student of progress.value) {
      const state = student.submission ? states.get(student.submission.id) : undefined;
      if (state) {
        const blocks = state.snapshot.blocks;
        const typesOf = (blockId: string) => blocks.find((block) => block.id === blockId)?.types.map((type) => type.id) ?? [];
        rows.push({
          filledBlocks: blocks.filter((block) => block.answers.length > 0).map((block) => block.id),
          returnedBlocks: state.blockReviews.filter((review) => review.verdict === 'returned').map((review) => review.blockId),
          relationshipTypes: typesOf(RELATIONSHIP_BLOCK),
          revenueTypes: typesOf(REVENUE_BLOCK),
          coachingNoteKeys: blocks.flatMap((block) => block.notes.map((note) => note.key)),
          submitted: true,
        });
        continue;
      }
      const current = student.canvas?.currentBlock ?? null;
      const upTo = current === null ? 0 : current === 'done' ? BLOCK_IDS.length : BLOCK_IDS.indexOf(current);
      rows.push({
        filledBlocks: BLOCK_IDS.slice(0, upTo),
        returnedBlocks: [],
        relationshipTypes: [],
        revenueTypes: [],
        coachingNoteKeys: [],
        submitted: false,
      });
    }
    return rows;
  }

  return {
    async csv(userId, groupId, language) {
      if (!(await coached(userId, groupId))) return { ok: false, reason: 'forbidden' };
      const exported = await exportGroupCsv(createGroupExportSource(db), { groupId, which: 'latest', language });
      if (!exported) return { ok: false, reason: 'not_found' };
      return { ok: true, value: { fileName: exported.fileName, contentType: 'text/csv; charset=utf-8', body: Buffer.from(exported.csv, 'utf8') } };
    },

    async chart(userId, groupId, language) {
      const group = await coached(userId, groupId);
      if (!group) return { ok: false, reason: 'forbidden' };
      const stats = groupPictureStats(await pictureRows(userId, groupId));
      const png = renderGroupPicture(stats, { name: group.name, date: clock(), language, timeZone: group.timeZone });
      return { ok: true, value: { fileName: `group-${groupId}.png`, contentType: 'image/png', body: png } };
    },
  };
}
