import type { BlockId } from '../canvas/blocks.ts';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import type { CoachingNote } from '../canvas/coaching.ts';
import type { TypeSource } from '../canvas/snapshot.ts';

/**
 * What the coach's dashboard needs from the course domain: the same groups, submissions and
 * reviews the chat uses, with the same access rules. The page is a second front end; whoever
 * implements this calls the domain functions the chat calls (so a block returned here notifies
 * the student exactly as the chat does). Every method answers for one Telegram user and
 * decides on its own whether that user may see or do it.
 */
export interface CoachDashboardService {
  /** Groups in which the user is a coach (or co-coach). */
  listGroups(userId: number): Promise<GroupSummary[]>;
  groupGrid(userId: number, groupId: string): Promise<Outcome<GroupGrid>>;
  submission(userId: number, submissionId: string): Promise<Outcome<SubmissionView>>;
  /** What changed since the previous revision of the same canvas in the same group. */
  diff(userId: number, submissionId: string): Promise<Outcome<RevisionDiff>>;
  setBlockVerdict(userId: number, submissionId: string, blockId: BlockId, verdict: BlockVerdict, comment: string | null): Promise<Outcome<SubmissionView>>;
  comment(userId: number, submissionId: string, blockId: BlockId, text: string): Promise<Outcome<SubmissionView>>;
  /** Sends the student one message with the verdict, as finishing a review in the chat does. */
  finishReview(userId: number, submissionId: string, review: { comment: string | null; grade: Grade | null }): Promise<Outcome<SubmissionView>>;
}

/**
 * `forbidden`: the user is not a coach of the group the thing belongs to; `not_found`: no such
 * thing; `conflict`: the action does not fit the current state (another coach has taken the
 * review, the submission was withdrawn or is already reviewed).
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: 'forbidden' | 'not_found' | 'conflict' };

export type SubmissionStatus = 'submitted' | 'in_review' | 'returned' | 'accepted' | 'withdrawn';
export type BlockVerdict = 'accepted' | 'returned';
export type Grade = 1 | 2 | 3 | 4 | 5;

/**
 * One cell of the grid: `empty` nothing written; `filled` written on the live canvas but not
 * submitted; `submitted` waiting for review; `accepted`, `returned` as the coach decided;
 * `changed` resubmitted with a different text since the last review.
 */
export type CellState = 'empty' | 'filled' | 'submitted' | 'accepted' | 'returned' | 'changed';

export interface GroupSummary {
  id: string;
  name: string;
  assignment: string | null;
  /** ISO 8601, or null without a deadline. */
  deadline: string | null;
  studentCount: number;
  /** Submissions waiting for this coach. */
  waitingCount: number;
}

export interface GridRow {
  studentId: number;
  studentName: string;
  /** The latest submission of the student to this group, if any. */
  submissionId: string | null;
  revision: number | null;
  status: SubmissionStatus | null;
  late: boolean;
  /** Submitted or in review, and not taken by another coach. */
  waitingForMe: boolean;
  /** ISO 8601: the latest submission, review or edit. */
  lastActivityAt: string | null;
  /** Nine cells, in the asking order of the blocks. */
  cells: Array<{ blockId: BlockId; state: CellState }>;
}

export interface GroupGrid {
  group: GroupSummary;
  rows: GridRow[];
}

export interface SubmissionBlock {
  blockId: BlockId;
  answers: Array<{ question: string | null; text: string }>;
  types: Array<{ id: BusinessTypeId; source: TypeSource }>;
  /** The bot's coaching notes on the frozen text, shown to the coach as suggestions. */
  notes: CoachingNote[];
  verdict: BlockVerdict | null;
  /** This review's comment on the block. */
  comment: string | null;
  /** Comments of earlier reviews, oldest first. */
  earlierComments: string[];
  /** The text differs from the previous revision. */
  changed: boolean;
}

export interface SubmissionView {
  id: string;
  groupId: string;
  groupName: string;
  studentName: string;
  canvasTitle: string;
  revision: number;
  /** The revision the diff compares with; null for a first submission. */
  previousRevision: number | null;
  status: SubmissionStatus;
  late: boolean;
  submittedAt: string;
  /** Who has taken the review, when someone has. */
  reviewerName: string | null;
  overallComment: string | null;
  grade: Grade | null;
  /** The coach's saved comment snippets. */
  snippets: string[];
  blocks: SubmissionBlock[];
}

/** A run of words: the same in both revisions, only in the old one, or only in the new one. */
export interface DiffSegment {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

export interface BlockDiff {
  blockId: BlockId;
  changed: boolean;
  /** The old text with removed runs marked. */
  before: DiffSegment[];
  /** The new text with added runs marked. */
  after: DiffSegment[];
  verdict: BlockVerdict | null;
}

export interface RevisionDiff {
  submissionId: string;
  revision: number;
  previousRevision: number | null;
  blocks: BlockDiff[];
}
