import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import type { PersonName, StudentProgress } from '../course/records.ts';
import type { BlockReview } from '../course/review.ts';
import type { StudentStage } from '../course/cohort.ts';
import type { SubmittedBlock, SubmittedCanvas } from '../course/submitted-canvas.ts';
import type { RevisionBlockRow, RevisionRow, SubmissionStatus } from './group-csv.ts';
import type { StudentPictureRow } from './group-picture-stats.ts';
import type { GroupMemberStatus, MemberStatus } from './member-status.ts';

/** The part of a frozen revision the CSV and the picture read. */
export type CourseSubmittedCanvas = Pick<SubmittedCanvas, 'title' | 'blocks'>;
/** A block review as the CSV reads it; whether it was carried over does not matter there. */
export type CourseBlockReview = Pick<BlockReview, 'blockId' | 'verdict' | 'comment'>;

/** A canvas finished but not handed in is still, for the coach, someone who has not submitted. */
function memberStatusOf(stage: StudentStage): MemberStatus {
  return stage === 'finished' ? 'filling' : stage;
}

/** The coach's row for one student, from the course's group progress. */
export function memberStatusFromProgress(progress: StudentProgress, deadline: Date | null, now: Date): GroupMemberStatus {
  const status = memberStatusOf(progress.stage);
  const currentBlock = status === 'filling' && progress.canvas && progress.canvas.currentBlock !== 'done' ? progress.canvas.currentBlock : null;
  const waiting = status === 'not_started' || status === 'filling';
  return {
    userId: progress.student.id,
    name: progress.student.firstName ?? progress.student.username ?? '',
    username: progress.student.username,
    status,
    currentBlock,
    revision: progress.submission?.revision ?? null,
    lastActiveAt: progress.lastActivityAt,
    // Before a submission, being late means the deadline passed without one.
    late: progress.submission ? progress.submission.late : waiting && deadline !== null && now > deadline,
    remindersEnabled: progress.remindersEnabled,
    timeZone: progress.timeZone,
  };
}

/** One submitted revision with its reviews, as the CSV writes it. */
export interface CourseRevision {
  groupName: string;
  student: PersonName;
  canvasId: number;
  revision: number;
  status: SubmissionStatus;
  late: boolean;
  grade: number | null;
  submittedAt: Date;
  reviewedAt: Date | null;
  snapshot: CourseSubmittedCanvas;
  blockReviews: readonly CourseBlockReview[];
}

const answerText = (block: SubmittedBlock | undefined): string =>
  (block?.answers ?? [])
    .map((answer) => answer.text.trim())
    .filter(Boolean)
    .join('\n\n');

/** A revision for the CSV: the snapshot's answers and types beside the coach's verdicts and comments. */
export function revisionRowFromCourse(revision: CourseRevision): RevisionRow {
  const blocks = new Map(revision.snapshot.blocks.map((block) => [block.id, block]));
  const reviews = new Map(revision.blockReviews.map((review) => [review.blockId, review]));
  const rows: RevisionBlockRow[] = BLOCK_IDS.map((blockId) => {
    const block = blocks.get(blockId);
    const review = reviews.get(blockId);
    return {
      blockId,
      answerText: answerText(block),
      types: (block?.types ?? []).map((type) => type.id),
      // A type the student switched on is stored with source 'user'; one switched off is not stored.
      typesChangedByStudent: (block?.types ?? []).some((type) => type.source === 'user'),
      coachComment: review?.comment ?? null,
      verdict: review && review.verdict !== 'none' ? review.verdict : null,
    };
  });
  return {
    groupName: revision.groupName,
    studentId: revision.student.id,
    studentName: revision.student.firstName ?? revision.student.username ?? '',
    username: revision.student.username,
    canvasId: revision.canvasId,
    canvasTitle: revision.snapshot.title,
    revision: revision.revision,
    status: revision.status,
    late: revision.late,
    grade: revision.grade,
    submittedAt: revision.submittedAt,
    reviewedAt: revision.reviewedAt,
    blocks: rows,
  };
}

/**
 * What the group picture counts for one student: their latest revision when there is one
 * (answers, types, open notes, returned blocks), otherwise the blocks filled in the live canvas.
 */
export function pictureRowFromCourse(latest: CourseRevision | null, liveFilledBlocks: readonly BlockId[]): StudentPictureRow {
  if (!latest) return { filledBlocks: liveFilledBlocks, returnedBlocks: [], relationshipTypes: [], revenueTypes: [], coachingNoteKeys: [], submitted: false };
  const filled = latest.snapshot.blocks.filter((block) => answerText(block) !== '');
  const typesOf = (blockId: BlockId): string[] => latest.snapshot.blocks.find((block) => block.id === blockId)?.types.map((type) => type.id) ?? [];
  return {
    filledBlocks: filled.map((block) => block.id),
    returnedBlocks: latest.blockReviews.filter((review) => review.verdict === 'returned').map((review) => review.blockId),
    relationshipTypes: typesOf('customer_relationships'),
    revenueTypes: typesOf('revenue_streams'),
    coachingNoteKeys: latest.snapshot.blocks.flatMap((block) => block.notes.map((note) => note.key)),
    submitted: true,
  };
}
