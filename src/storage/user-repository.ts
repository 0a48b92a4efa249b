import { and, eq, isNull } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import { type ConversationMode, parseConversationMode } from '../canvas/conversation-mode.ts';
import { type Language, isLanguage } from '../i18n.ts';
import type { Queryable } from './database.ts';

export interface UserRecord {
  id: number;
  firstName: string | null;
  username: string | null;
  language: Language;
  languageChosen: boolean;
  activeCanvasId: number | null;
  mode: ConversationMode;
  remindersEnabled: boolean;
  /** IANA zone the person gave (or took from their group); null when never set. */
  timeZone: string | null;
}

export interface TelegramPerson {
  id: number;
  firstName?: string | undefined;
  username?: string | undefined;
  language: Language;
}

export function toUserRecord(row: Omit<typeof users.$inferSelect, 'createdAt' | 'updatedAt'>): UserRecord {
  return {
    id: row.id,
    firstName: row.firstName,
    username: row.username,
    language: isLanguage(row.language) ? row.language : 'ru',
    languageChosen: row.languageChosen,
    activeCanvasId: row.activeCanvasId,
    mode: parseConversationMode(row.mode),
    remindersEnabled: row.remindersEnabled,
    timeZone: row.timeZone,
  };
}

/** Users of the bot: language, active canvas and where the conversation stands. */
export function createUserRepository(db: Queryable) {
  return {
    /** Creates the user on first contact; keeps Telegram's language until the user picks one. */
    async upsert(person: TelegramPerson): Promise<UserRecord> {
      const [row] = await db
        .insert(users)
        .values({ id: person.id, firstName: person.firstName ?? null, username: person.username ?? null, language: person.language })
        .onConflictDoUpdate({
          target: users.id,
          set: { firstName: person.firstName ?? null, username: person.username ?? null },
        })
        .returning();
      if (!row) throw new Error('user upsert returned no row');
      return toUserRecord(row);
    },

    async find(id: number): Promise<UserRecord | null> {
      const [row] = await db.select().from(users).where(eq(users.id, id));
      return row ? toUserRecord(row) : null;
    },

    async setActiveCanvas(id: number, canvasId: number | null, mode: ConversationMode): Promise<void> {
      await db.update(users).set({ activeCanvasId: canvasId, mode, updatedAt: new Date() }).where(eq(users.id, id));
    },

    /** Reminders on or off: the user's choice, or off when the user blocked the bot. */
    async setReminders(id: number, enabled: boolean): Promise<void> {
      await db.update(users).set({ remindersEnabled: enabled, updatedAt: new Date() }).where(eq(users.id, id));
    },

    async setTimeZone(id: number, timeZone: string): Promise<void> {
      await db.update(users).set({ timeZone, updatedAt: new Date() }).where(eq(users.id, id));
    },

    /** Gives a person without a zone this one (a student joining a group takes the group's); true when it did. */
    async adoptTimeZone(id: number, timeZone: string): Promise<boolean> {
      const updated = await db
        .update(users)
        .set({ timeZone, updatedAt: new Date() })
        .where(and(eq(users.id, id), isNull(users.timeZone)))
        .returning({ id: users.id });
      return updated.length > 0;
    },

    async setLanguage(id: number, language: Language): Promise<void> {
      await db.update(users).set({ language, languageChosen: true, updatedAt: new Date() }).where(eq(users.id, id));
    },
  };
}

export type UserRepository = ReturnType<typeof createUserRepository>;
