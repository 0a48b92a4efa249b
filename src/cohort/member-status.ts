import type { BlockId } from '../canvas/blocks.ts';

/**
 * Where one student of a group stands, the latest submission first: a student who has submitted
 * is `submitted`, `in_review`, `returned` or `accepted`; before that `filling` once the canvas has
 * an answer, `not_started` otherwise. Lateness is a separate flag, since a late submission still
 * moves through the same statuses.
 */
export const MEMBER_STATUSES = ['not_started', 'filling', 'submitted', 'in_review', 'returned', 'accepted'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/** One student of a group as the coach's views need them: plain data read in one query. */
export interface GroupMemberStatus {
  userId: number;
  /** The name the student goes by in Telegram (first name, or a fallback the caller chose). */
  name: string;
  username: string | null;
  status: MemberStatus;
  /** The block the student is on in the canvas they work on for this group; null when done or none. */
  currentBlock: BlockId | null;
  /** Number of the latest submitted revision (1, 2, …); null before the first submission. */
  revision: number | null;
  /** Last time the student did anything in the canvas or the group; null if never. */
  lastActiveAt: Date | null;
  /** The latest submission came after the deadline, or the deadline passed without one. */
  late: boolean;
  /** The student turned reminders off. */
  remindersEnabled: boolean;
  /** IANA time zone when known; null means the default zone. */
  timeZone: string | null;
}

/** The counts the `/group` message opens with; `joined` is everyone in the group. */
export const STATUS_COUNT_KEYS = ['joined', 'not_started', 'filling', 'submitted', 'in_review', 'returned', 'accepted', 'late'] as const;
export type StatusCountKey = (typeof STATUS_COUNT_KEYS)[number];
export type StatusCounts = Record<StatusCountKey, number>;

/** Counts students per status, plus everyone who joined and everyone late. */
export function countStatuses(members: readonly Pick<GroupMemberStatus, 'status' | 'late'>[]): StatusCounts {
  const counts = Object.fromEntries(STATUS_COUNT_KEYS.map((key) => [key, 0])) as StatusCounts;
  for (const member of members) {
    counts.joined += 1;
    counts[member.status] += 1;
    if (member.late) counts.late += 1;
  }
  return counts;
}

/** Whether the coach still waits for this student's (next) submission: nothing sent, or sent back for rework. */
export function awaitsSubmission(status: MemberStatus): boolean {
  return status === 'not_started' || status === 'filling' || status === 'returned';
}
