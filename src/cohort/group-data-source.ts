import type { StudentPictureRow } from './group-picture-stats.ts';
import type { RevisionRow } from './group-csv.ts';
import type { GroupMemberStatus } from './member-status.ts';

/** The group as the coach's views and the export need it. */
export interface GroupOverview {
  id: number;
  name: string;
  deadline: Date | null;
  /** The group's zone: the deadline was given in it, and the coach's messages use it. */
  timeZone: string;
}

/**
 * Where the coach's views read a group from, in a fixed number of queries whatever the group's
 * size. Access is checked by the caller (the coach's feature, or an administrator at the terminal).
 */
export interface GroupDataSource {
  group(groupId: number): Promise<GroupOverview | null>;
  /** Every student with status, block, revision, last activity and reminder settings. */
  members(groupId: number, now: Date): Promise<GroupMemberStatus[]>;
  /** The newest revision of each student's canvas, or every revision. */
  revisions(groupId: number, which: 'latest' | 'all'): Promise<RevisionRow[]>;
  /** Per student, what the group picture adds up (see `groupPictureStats`). */
  pictureRows(groupId: number): Promise<StudentPictureRow[]>;
}

/** The export needs only the group and its revisions. */
export type GroupExportSource = Pick<GroupDataSource, 'group' | 'revisions'>;
