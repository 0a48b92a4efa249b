import type { Language } from '../i18n.ts';
import { buildGroupCsv } from './group-csv.ts';
import type { GroupExportSource } from './group-data-source.ts';

export interface GroupExportRequest {
  groupId: number;
  which: 'latest' | 'all';
  language: Language;
  /** Zone for the times in the file; the group's own by default. */
  timeZone?: string;
}

export interface GroupExport {
  groupName: string;
  /** CSV text with its BOM; write it as UTF-8. */
  csv: string;
  revisions: number;
  /** A name for the file: the group's id and which export, safe on every file system. */
  fileName: string;
}

/** The group's CSV from a data source; null when there is no such group. */
export async function exportGroupCsv(source: GroupExportSource, request: GroupExportRequest): Promise<GroupExport | null> {
  const group = await source.group(request.groupId);
  if (!group) return null;
  const rows = await source.revisions(group.id, request.which);
  return {
    groupName: group.name,
    csv: buildGroupCsv(rows, { language: request.language, timeZone: request.timeZone ?? group.timeZone }),
    revisions: rows.length,
    fileName: `group-${group.id}-${request.which === 'all' ? 'all-revisions' : 'latest'}.csv`,
  };
}
