import { z } from 'zod';
import { BLOCK_IDS, type BlockId } from './blocks.ts';

/**
 * What the course part of the conversation waits for when the next text is not a canvas answer:
 * the parts of a new group a coach types one after another, a comment during a review, a new name.
 * Stored inside `users.mode` as `{ kind: 'course', wait }`.
 */
export const courseWaitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('group_name') }),
  z.object({ kind: z.literal('group_assignment'), name: z.string() }),
  z.object({ kind: z.literal('group_deadline'), name: z.string(), assignment: z.string().nullable(), timeZone: z.string() }),
  z.object({ kind: z.literal('block_comment'), submissionId: z.number().int(), blockId: z.enum(BLOCK_IDS), returning: z.boolean() }),
  z.object({ kind: z.literal('overall_comment'), submissionId: z.number().int() }),
  z.object({ kind: z.literal('rename_group'), groupId: z.number().int() }),
  /** The person's own time zone; `newGroup` is the group being created, whose deadline is asked next. */
  z.object({
    kind: z.literal('time_zone'),
    newGroup: z.object({ name: z.string(), assignment: z.string().nullable() }).nullable(),
  }),
  z.object({ kind: z.literal('edit_assignment'), groupId: z.number().int() }),
  z.object({ kind: z.literal('edit_deadline'), groupId: z.number().int() }),
]);
export type CourseWait = z.infer<typeof courseWaitSchema>;

export type CourseCommand = 'coach' | 'submit' | 'inbox' | 'groups' | 'timezone';

/** A course button, already parsed and checked for shape (not for ownership: storage checks that). */
export type CourseAction =
  | { kind: 'skip_assignment' }
  | { kind: 'no_deadline' }
  | { kind: 'join'; payload: string }
  | { kind: 'pick_canvas'; canvasId: number }
  | { kind: 'pick_group'; canvasId: number; groupId: number }
  | { kind: 'confirm_submit'; canvasId: number; groupId: number }
  | { kind: 'withdraw'; submissionId: number }
  | { kind: 'open_review'; submissionId: number }
  | { kind: 'block_verdict'; submissionId: number; blockId: BlockId; verdict: 'accepted' | 'returned' }
  | { kind: 'block_comment'; submissionId: number; blockId: BlockId }
  | { kind: 'suggested_comment'; submissionId: number; blockId: BlockId; noteIndex: number }
  | { kind: 'snippet_comment'; submissionId: number; blockId: BlockId; snippetId: number }
  | { kind: 'save_snippet'; submissionId: number; blockId: BlockId }
  | { kind: 'show_block'; submissionId: number; blockId: BlockId }
  | { kind: 'overall_comment'; submissionId: number }
  | { kind: 'grade'; submissionId: number; grade: number }
  | { kind: 'finish_review'; submissionId: number }
  | { kind: 'group_menu'; groupId: number }
  | { kind: 'rename_group'; groupId: number }
  | { kind: 'archive_group'; groupId: number; archived: boolean }
  | { kind: 'delete_group'; groupId: number; confirmed: boolean }
  | { kind: 'renew_invite'; groupId: number; role: 'student' | 'co_coach' }
  | { kind: 'revoke_invite'; groupId: number; role: 'student' | 'co_coach' }
  | { kind: 'remove_member'; groupId: number; memberId: number }
  | { kind: 'leave_group'; groupId: number; confirmed: boolean }
  /** One of the offered time zones, by its position (course/time-zones.ts). */
  | { kind: 'pick_time_zone'; index: number }
  | { kind: 'edit_assignment'; groupId: number }
  | { kind: 'remove_assignment'; groupId: number }
  | { kind: 'edit_deadline'; groupId: number }
  | { kind: 'remove_deadline'; groupId: number }
  /** The revisions of the canvas a submission belongs to, in its group; a student's own or their coach's. */
  | { kind: 'revisions'; submissionId: number }
  /** One revision as it was handed in, with its review; `blockId` opens one block of it. */
  | { kind: 'revision'; submissionId: number; blockId: BlockId | null };

/** What a course feature hands to the conversation. */
export type CourseInput = { kind: 'command'; command: CourseCommand } | { kind: 'invite'; payload: string } | { kind: 'action'; action: CourseAction };

/**
 * What the bot carries out for the course part: each operation reads and changes storage (which
 * checks who may do it) and tells the people concerned, in the update's transaction.
 */
export type CourseOp =
  | { kind: 'ask'; prompt: 'group_name' | 'group_assignment' | 'group_deadline' | 'time_zone'; timeZone?: string }
  | { kind: 'bad_text'; error: 'empty' | 'too_long' | 'bad_deadline' | 'bad_time_zone' }
  /** Stores the person's own time zone (users.time_zone); `confirm` says so (the deadline question names it otherwise). */
  | { kind: 'set_time_zone'; timeZone: string; confirm: boolean }
  | { kind: 'set_assignment'; groupId: number; assignment: string | null }
  | { kind: 'set_deadline'; groupId: number; deadline: string | null }
  | { kind: 'create_group'; name: string; assignment: string | null; deadline: string | null; timeZone: string }
  | { kind: 'show_invite'; payload: string }
  | { kind: 'offer_submit' }
  | { kind: 'show_inbox' }
  | { kind: 'show_groups' }
  | { kind: 'comment_block'; submissionId: number; blockId: BlockId; comment: string; returning: boolean }
  | { kind: 'comment_overall'; submissionId: number; comment: string }
  | { kind: 'rename_group'; groupId: number; name: string }
  | { kind: 'action'; action: CourseAction };
