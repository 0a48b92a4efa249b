import { exportGroupCsv } from '../cohort/group-export.ts';
import { groupPictureStats } from '../cohort/group-picture-stats.ts';
import { canReview } from '../course/group.ts';
import type { Queryable } from '../storage/database.ts';
import { createGroupDataSource } from '../storage/group-data-source.ts';
import { createGroupRepository } from '../storage/group-repository.ts';
import type { DashboardGroupFiles } from './coach-dashboard-service.ts';

/**
 * The cohort's CSV export and group picture, offered on the dashboard's grid: the same files the
 * chat's /group sends, after the same check that the user coaches the group.
 */
export function createCourseGroupFiles(db: Queryable, clock: () => Date = () => new Date()): DashboardGroupFiles {
  const groups = createGroupRepository(db);
  const source = createGroupDataSource(db);

  async function coached(userId: number, groupId: number) {
    const membership = await groups.find(userId, groupId);
    return membership.ok && canReview(membership.value.role) ? membership.value.group : null;
  }

  return {
    async csv(userId, groupId, language) {
      if (!(await coached(userId, groupId))) return { ok: false, reason: 'forbidden' };
      const exported = await exportGroupCsv(source, { groupId, which: 'latest', language });
      if (!exported) return { ok: false, reason: 'not_found' };
      return { ok: true, value: { fileName: exported.fileName, contentType: 'text/csv; charset=utf-8', body: Buffer.from(exported.csv, 'utf8') } };
    },

    async chart(userId, groupId, language) {
      const group = await coached(userId, groupId);
      if (!group) return { ok: false, reason: 'forbidden' };
      const stats = groupPictureStats(await source.pictureRows(groupId));
      // Imported on the first chart: it loads the native renderer, which the bot's thread otherwise never needs.
      const { renderGroupPicture } = await import('../render/group-picture.ts');
      const png = renderGroupPicture(stats, { name: group.name, date: clock(), language, timeZone: group.timeZone });
      return { ok: true, value: { fileName: `group-${groupId}.png`, contentType: 'image/png', body: png } };
    },
  };
}
