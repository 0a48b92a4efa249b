import { sql } from 'drizzle-orm';
import { bigint, bigserial, boolean, check, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

const createdAt = () => timestamp('created_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow();

/** A person talking to the bot in a private chat (Telegram user id = chat id). */
export const users = pgTable('users', {
  id: bigint('id', { mode: 'number' }).primaryKey(),
  firstName: text('first_name'),
  username: text('username'),
  language: text('language').notNull().default('ru'),
  /** True once the user chose a language with /lang; then Telegram's language no longer applies. */
  languageChosen: boolean('language_chosen').notNull().default(false),
  activeCanvasId: integer('active_canvas_id'),
  /** Where the conversation stands; see src/canvas/conversation-mode.ts. */
  mode: jsonb('mode').notNull().default({ kind: 'idle' }),
  remindersEnabled: boolean('reminders_enabled').notNull().default(true),
  /** IANA time zone when known; reminders respect its night. Null means the configured default. */
  timeZone: text('time_zone'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const canvases = pgTable(
  'canvases',
  {
    id: serial('id').primaryKey(),
    ownerId: bigint('owner_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    language: text('language').notNull(),
    /** The step the owner is on in this canvas; see src/canvas/conversation-mode.ts. */
    step: jsonb('step').notNull(),
    /** Bumped on every step change; buttons carry it so presses on old messages are recognised. */
    stepVersion: integer('step_version').notNull().default(0),
    completedAt: timestamp('completed_at', { withTimezone: true, mode: 'date' }),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    remindersSent: integer('reminders_sent').notNull().default(0),
    /** When the last reminder about this canvas was queued; the next one waits a full idle period after it. */
    lastReminderAt: timestamp('last_reminder_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('canvases_owner_idx').on(table.ownerId),
    // The reminder tick looks at unfinished canvases by idleness only.
    index('canvases_unfinished_activity_idx').on(table.lastActivityAt).where(sql`${table.completedAt} is null`),
  ],
);

export const answers = pgTable(
  'answers',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    canvasId: integer('canvas_id')
      .notNull()
      .references(() => canvases.id, { onDelete: 'cascade' }),
    blockId: text('block_id').notNull(),
    /** Index of the guiding question answered; null for a free addition made with /edit. */
    questionIndex: integer('question_index'),
    text: text('text').notNull(),
    /** The Telegram message the answer came in; an edit of that message updates the answer. */
    messageId: bigint('message_id', { mode: 'number' }),
    createdAt: createdAt(),
  },
  (table) => [index('answers_canvas_block_idx').on(table.canvasId, table.blockId)],
);

/** Confirmed relationship and revenue types of a canvas block. */
export const blockTypes = pgTable(
  'block_types',
  {
    canvasId: integer('canvas_id')
      .notNull()
      .references(() => canvases.id, { onDelete: 'cascade' }),
    blockId: text('block_id').notNull(),
    typeId: text('type_id').notNull(),
    /** 'classifier' when confirmed as recognised, 'user' when the user switched it on. */
    source: text('source').notNull(),
    createdAt: createdAt(),
  },
  (table) => [primaryKey({ columns: [table.canvasId, table.blockId, table.typeId] })],
);

/** Update ids already applied: a re-delivered update is recognised and changes nothing. */
export const processedUpdates = pgTable(
  'processed_updates',
  {
    updateId: bigint('update_id', { mode: 'number' }).primaryKey(),
    chatId: bigint('chat_id', { mode: 'number' }),
    processedAt: timestamp('processed_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  // Retention deletes the oldest ids in batches. (/delete_me scans by chat: rare, and bounded by retention.)
  (table) => [index('processed_updates_processed_at_idx').on(table.processedAt)],
);

/**
 * Replies decided while applying an update, written in the same transaction as the answer.
 * They are sent after commit and marked sent; unsent ones are sent again after a crash.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    chatId: bigint('chat_id', { mode: 'number' }).notNull(),
    updateId: bigint('update_id', { mode: 'number' }),
    payload: jsonb('payload').notNull(),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    attempts: integer('attempts').notNull().default(0),
    /**
     * Failed renders of a picture reply (an error or its own timeout), apart from failed sends:
     * a picture is drawn at most twice, then the user is told it could not be drawn.
     */
    renderFailures: integer('render_failures').notNull().default(0),
    /**
     * Who is sending an unsent reply and until when. A fresh reply is its writer's until
     * created_at plus the grace period; a flush takes a lease before it sends, so no other
     * instance sends the same reply while this one waits out Telegram's retry_after.
     */
    leaseOwner: text('lease_owner'),
    leaseUntil: timestamp('lease_until', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    index('outbox_unsent_idx').on(table.id).where(sql`${table.sentAt} is null`),
    // Retention deletes sent replies by age, in batches.
    index('outbox_sent_at_idx').on(table.sentAt).where(sql`${table.sentAt} is not null`),
  ],
);

/**
 * Updates a webhook accepted but has not applied yet. Telegram is answered as soon as the update
 * is stored here; it is applied right after, or by any instance's sweep after a crash.
 */
export const webhookInbox = pgTable(
  'webhook_inbox',
  {
    updateId: bigint('update_id', { mode: 'number' }).primaryKey(),
    chatId: bigint('chat_id', { mode: 'number' }),
    payload: jsonb('payload').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [index('webhook_inbox_chat_idx').on(table.chatId, table.updateId)],
);

/** A course or cohort: one coach (the owner) and their co-coaches review what its students submit. */
export const courseGroups = pgTable(
  'course_groups',
  {
    id: serial('id').primaryKey(),
    ownerId: bigint('owner_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    assignment: text('assignment'),
    deadline: timestamp('deadline', { withTimezone: true, mode: 'date' }),
    /** IANA zone the deadline was given in, and the one the coach's quiet hours follow. */
    timeZone: text('time_zone').notNull().default('Europe/Moscow'),
    /** Archived groups take no new members or submissions; their reviews stay readable. */
    archivedAt: timestamp('archived_at', { withTimezone: true, mode: 'date' }),
    /** When a coach last pressed "remind those who have not submitted": once a day per group. */
    lastGroupReminderAt: timestamp('last_group_reminder_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [index('course_groups_owner_idx').on(table.ownerId)],
);

/** Who belongs to a group and as what: 'coach' (the owner), 'co_coach' or 'student'. */
export const groupMembers = pgTable(
  'group_members',
  {
    groupId: integer('group_id')
      .notNull()
      .references(() => courseGroups.id, { onDelete: 'cascade' }),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
  },
  (table) => [primaryKey({ columns: [table.groupId, table.userId] }), index('group_members_user_idx').on(table.userId)],
);

/** Invite links: the token is the deep-link payload. Renewing revokes the old token and adds a new one. */
export const groupInvites = pgTable(
  'group_invites',
  {
    token: text('token').primaryKey(),
    groupId: integer('group_id')
      .notNull()
      .references(() => courseGroups.id, { onDelete: 'cascade' }),
    /** The role the link grants: 'student' or 'co_coach'. */
    role: text('role').notNull(),
    createdAt: createdAt(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    // At most one live link per group and role.
    uniqueIndex('group_invites_live_idx').on(table.groupId, table.role).where(sql`${table.revokedAt} is null`),
  ],
);

/**
 * A canvas handed in to a group: a frozen snapshot (see src/course/submitted-canvas.ts), numbered
 * 1, 2, … per canvas and group. The student keeps editing the live canvas; this row never changes
 * its snapshot. Status and the review claim are described in src/course/submission.ts.
 */
export const submissions = pgTable(
  'submissions',
  {
    id: serial('id').primaryKey(),
    groupId: integer('group_id')
      .notNull()
      .references(() => courseGroups.id, { onDelete: 'cascade' }),
    canvasId: integer('canvas_id')
      .notNull()
      .references(() => canvases.id, { onDelete: 'cascade' }),
    studentId: bigint('student_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    revision: integer('revision').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    status: text('status').notNull(),
    late: boolean('late').notNull().default(false),
    submittedAt: timestamp('submitted_at', { withTimezone: true, mode: 'date' }).notNull().defaultNow(),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true, mode: 'date' }),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true, mode: 'date' }),
    /** The coach who finished the review. */
    reviewerId: bigint('reviewer_id', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    /** The coach reviewing it now, until the lease runs out; another coach is told who. */
    claimedBy: bigint('claimed_by', { mode: 'number' }).references(() => users.id, { onDelete: 'set null' }),
    claimExpiresAt: timestamp('claim_expires_at', { withTimezone: true, mode: 'date' }),
    overallComment: text('overall_comment'),
    grade: integer('grade'),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('submissions_revision_idx').on(table.canvasId, table.groupId, table.revision),
    index('submissions_group_status_idx').on(table.groupId, table.status, table.submittedAt),
    index('submissions_student_idx').on(table.studentId, table.groupId),
    check('submissions_grade_range', sql`${table.grade} is null or ${table.grade} between 1 and 5`),
  ],
);

/** The coach's verdict and comment on one block of one submission. */
export const blockReviews = pgTable(
  'block_reviews',
  {
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    blockId: text('block_id').notNull(),
    /** 'accepted', 'returned' or 'none' (commented only). */
    verdict: text('verdict').notNull().default('none'),
    comment: text('comment'),
    /** True when accepted in an earlier review and unchanged since, so accepted without a new look. */
    carried: boolean('carried').notNull().default(false),
    updatedAt: updatedAt(),
  },
  (table) => [primaryKey({ columns: [table.submissionId, table.blockId] })],
);

/** Comments a coach saved to reuse across reviews. */
export const commentSnippets = pgTable(
  'comment_snippets',
  {
    id: serial('id').primaryKey(),
    coachId: bigint('coach_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (table) => [index('comment_snippets_coach_idx').on(table.coachId)],
);

/**
 * New submissions a coach has not been told about yet. They are told in batches (see
 * src/course/notification-batching.ts); `notified_at` marks the ones a batch covered.
 */
export const coachNotifications = pgTable(
  'coach_notifications',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    coachId: bigint('coach_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    submissionId: integer('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    createdAt: createdAt(),
    notifiedAt: timestamp('notified_at', { withTimezone: true, mode: 'date' }),
  },
  (table) => [
    uniqueIndex('coach_notifications_submission_idx').on(table.coachId, table.submissionId),
    index('coach_notifications_pending_idx').on(table.coachId, table.createdAt).where(sql`${table.notifiedAt} is null`),
  ],
);

/**
 * Reminders about a group's work, one row per person and reminder: `coach` (a coach pressed
 * "remind"; sent at once or, at night in the student's zone, at `due_at`), `deadline` (a day
 * before the deadline, to a student) and `summary` (after the deadline, to a coach). A deadline
 * reminder or summary is unique per person and deadline, so it is claimed by its insert and sent
 * once whatever the number of instances; a changed deadline gets its own.
 */
export const groupReminders = pgTable(
  'group_reminders',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    groupId: integer('group_id')
      .notNull()
      .references(() => courseGroups.id, { onDelete: 'cascade' }),
    userId: bigint('user_id', { mode: 'number' })
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    /** The deadline a `deadline` reminder or a `summary` is about; null for a coach's reminder. */
    deadline: timestamp('deadline', { withTimezone: true, mode: 'date' }),
    dueAt: timestamp('due_at', { withTimezone: true, mode: 'date' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true, mode: 'date' }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('group_reminders_once_idx').on(table.groupId, table.userId, table.kind, table.deadline),
    index('group_reminders_due_idx').on(table.dueAt).where(sql`${table.sentAt} is null`),
    index('group_reminders_user_idx').on(table.userId),
  ],
);

export const schema = {
  users,
  canvases,
  answers,
  blockTypes,
  processedUpdates,
  outbox,
  webhookInbox,
  courseGroups,
  groupMembers,
  groupInvites,
  submissions,
  blockReviews,
  commentSnippets,
  coachNotifications,
  groupReminders,
};
