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
  groupGrid(userId: number, groupId: number): Promise<Outcome<GroupGrid>>;
  /** Opening a submission that waits takes the review for this coach, as opening it in the chat does. */
  submission(userId: number, submissionId: number): Promise<Outcome<SubmissionView>>;
  /** What changed since the revision the coach reviewed last; `previousRevision: null` for a first one. */
  diff(userId: number, submissionId: number): Promise<Outcome<RevisionDiff>>;
  setBlockVerdict(userId: number, submissionId: number, blockId: BlockId, verdict: BlockVerdict, comment: string | null): Promise<Outcome<SubmissionView>>;
  comment(userId: number, submissionId: number, blockId: BlockId, text: string): Promise<Outcome<SubmissionView>>;
  /** Sends the student one message with the verdict, as finishing a review in the chat does. */
  finishReview(userId: number, submissionId: number, review: { comment: string | null; grade: Grade | null }): Promise<Outcome<SubmissionView>>;
}

/**
 * `forbidden`: the user is not a coach of the group the thing belongs to (or, where the domain
 * will not tell a forged id from someone else's, either); `not_found`: no such thing;
 * `conflict`: the action does not fit the current state (another coach holds the review, the
 * submission was withdrawn or is already reviewed).
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: 'forbidden' | 'not_found' | 'conflict' };

export type SubmissionStatus = 'submitted' | 'in_review' | 'returned' | 'accepted' | 'withdrawn';
/** Where a student stands: before any submission from the live canvas, then the latest submission's status. */
export type StudentStage = 'not_started' | 'filling' | 'finished' | 'submitted' | 'in_review' | 'returned' | 'accepted';
/** A coach's decision on a block; a block without one has `verdict: null`. */
export type BlockVerdict = 'accepted' | 'returned';
export type Grade = 1 | 2 | 3 | 4 | 5;

/**
 * One cell of the grid: `empty` nothing written; `filled` written on the live canvas but not
 * submitted; `submitted` waiting for review; `accepted`, `returned` as the coach decided;
 * `changed` resubmitted with a different text since the last review.
 */
export type CellState = 'empty' | 'filled' | 'submitted' | 'accepted' | 'returned' | 'changed';

export interface GroupSummary {
  id: number;
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
  stage: StudentStage;
  /** The latest submission of the student to this group that was not withdrawn, if any. */
  submissionId: number | null;
  revision: number | null;
  late: boolean;
  /** Submitted or in review, and not taken by another coach. */
  waitingForMe: boolean;
  /** ISO 8601: the student's last sign of life (joining, editing, handing in). */
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
  /** The text or the types differ from the revision reviewed last. */
  changed: boolean;
  /** Accepted in the last review and unchanged since: accepted without a new look. */
  carried: boolean;
}

export interface SubmissionView {
  id: number;
  groupId: number;
  groupName: string;
  studentName: string;
  canvasTitle: string;
  revision: number;
  /** The revision reviewed last, which the diff compares with; null for a first submission. */
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

/** One block of a resubmission against the revision reviewed last. */
export interface BlockDiff {
  blockId: BlockId;
  changed: boolean;
  before: string;
  after: string;
  /** Both texts interleaved; empty when the text is unchanged. */
  diff: DiffSegment[];
  typesAdded: BusinessTypeId[];
  typesRemoved: BusinessTypeId[];
  /** The last review's decision and comment on the block. */
  previousVerdict: BlockVerdict | null;
  previousComment: string | null;
}

export interface RevisionDiff {
  submissionId: number;
  revision: number;
  previousRevision: number | null;
  blocks: BlockDiff[];
}

/** A file the page downloads or shows: the group's CSV or its chart. */
export interface DashboardFile {
  fileName: string;
  contentType: string;
  body: Buffer;
}

/** The group's export and chart, for its coaches only (`forbidden` for anyone else). */
export interface DashboardGroupFiles {
  csv(userId: number, groupId: number, language: 'ru' | 'en'): Promise<Outcome<DashboardFile>>;
  chart(userId: number, groupId: number, language: 'ru' | 'en'): Promise<Outcome<DashboardFile>>;
}
