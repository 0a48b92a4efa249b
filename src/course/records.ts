import type { BlockId } from '../canvas/blocks.ts';
import type { StudentStage } from './cohort.ts';
import type { GroupRole, InviteRole } from './group.ts';
import type { BlockReview, Grade } from './review.ts';
import type { ReviewClaim } from './review-claim.ts';
import type { SubmissionStatus } from './submission.ts';
import type { SubmittedCanvas } from './submitted-canvas.ts';

/*
 * What the course repositories return: plain data shared by every front end (the chat, the
 * cohort view, the dashboard) and by the renderers, which never import storage.
 */

export interface GroupRecord {
  id: number;
  ownerId: number;
  name: string;
  assignment: string | null;
  deadline: Date | null;
  timeZone: string;
  archivedAt: Date | null;
  createdAt: Date;
}

/** A group as one of its members sees it. */
export interface GroupMembership {
  group: GroupRecord;
  role: GroupRole;
}

export interface GroupMember {
  userId: number;
  role: GroupRole;
  firstName: string | null;
  username: string | null;
  joinedAt: Date;
}

export interface GroupInvite {
  /** The deep-link payload. */
  token: string;
  groupId: number;
  role: InviteRole;
  createdAt: Date;
}

/** What a person opening an invite link is shown before joining. */
export interface InvitePreview {
  group: GroupRecord;
  role: InviteRole;
  coach: { id: number; firstName: string | null; username: string | null };
}

/** A submission as listed: everything but the snapshot and the reviews. */
export interface SubmissionSummary {
  id: number;
  groupId: number;
  canvasId: number;
  studentId: number;
  revision: number;
  /** The canvas's title when it was handed in. */
  title: string;
  status: SubmissionStatus;
  late: boolean;
  submittedAt: Date;
  reviewedAt: Date | null;
  /** The coach reviewing it now and until when; null when nobody is, or the lease ran out. */
  claim: ReviewClaim | null;
  grade: Grade | null;
}

/** A submission opened by the student who handed it in or by a coach of its group. */
export interface SubmissionDetail extends SubmissionSummary {
  snapshot: SubmittedCanvas;
  overallComment: string | null;
  reviewerId: number | null;
  /** Verdicts and comments so far, in asking order. */
  blockReviews: BlockReview[];
  viewer: 'coach' | 'student';
}

export interface PersonName {
  id: number;
  firstName: string | null;
  username: string | null;
}

export interface InboxItem {
  submissionId: number;
  student: PersonName;
  title: string;
  revision: number;
  status: SubmissionStatus;
  late: boolean;
  submittedAt: Date;
  claim: ReviewClaim | null;
}

export interface InboxGroup {
  groupId: number;
  groupName: string;
  /** Oldest first. */
  items: InboxItem[];
}

export interface StudentProgress {
  student: PersonName;
  joinedAt: Date;
  stage: StudentStage;
  /** The latest submission that was not withdrawn. */
  submission: Pick<SubmissionSummary, 'id' | 'revision' | 'status' | 'late' | 'submittedAt' | 'reviewedAt' | 'grade'> | null;
  /** The canvas handed in, or before any submission the one the student is working on. */
  canvas: { id: number; title: string; currentBlock: BlockId | 'done'; completed: boolean } | null;
  /** The student's last sign of life: joining, editing the canvas or handing it in. */
  lastActivityAt: Date;
  /** False when the student turned reminders off (/stop_reminders, or the bot was blocked). */
  remindersEnabled: boolean;
  /** The student's IANA zone when known; null means the default. */
  timeZone: string | null;
}

export interface NotificationItem {
  submissionId: number;
  groupId: number;
  groupName: string;
  student: PersonName;
  title: string;
  revision: number;
  late: boolean;
}

/** One message to one coach about the submissions that arrived since the last one. */
export interface CoachNotificationBatch {
  coachId: number;
  language: string;
  items: NotificationItem[];
}

export interface ReturnedWork {
  submissionId: number;
  groupId: number;
  groupName: string;
  revision: number;
  blocks: Array<{ blockId: BlockId; comment: string | null }>;
}
