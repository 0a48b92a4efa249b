import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

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
    /** The step the owner is on in this canvas; see src/canvas/navigation.ts. */
    step: jsonb('step').notNull(),
    /** Bumped on every step change; buttons carry it so presses on old messages are recognised. */
    revision: integer('revision').notNull().default(0),
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

export const schema = { users, canvases, answers, blockTypes, processedUpdates, outbox, webhookInbox };
