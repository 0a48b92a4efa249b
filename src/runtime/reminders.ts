import { type SQL, sql } from 'drizzle-orm';
import type { Api } from 'grammy';
import { encodeCallbackData } from '../bot/callback-data.ts';
import { type DeliveryDeps, deliverEach } from '../bot/delivery.ts';
import { button, type OutgoingMessage } from '../bot/outgoing.ts';
import { isLanguage, translator } from '../i18n.ts';
import { escapeHtml } from '../render/html.ts';
import type { AppDatabase } from '../storage/database.ts';
import { type OutboxEntry, createOutbox, lockChat } from '../storage/update-journal.ts';

export interface ReminderPolicy {
  /** Idle time after the last activity (and after the previous reminder) before a reminder. */
  idleHours: number;
  /** Reminders per idle spell; activity on the canvas resets the count. */
  maxReminders: number;
  /** For users whose time zone is not known. */
  defaultTimeZone: string;
  /** Local hours when nobody is disturbed: from `quietFrom` (inclusive) to `quietUntil` (exclusive). */
  quietFrom: number;
  quietUntil: number;
  /** Canvases claimed per tick; the rest wait for the next tick. */
  batchSize: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  idleHours: 48,
  maxReminders: 2,
  defaultTimeZone: 'Europe/Moscow',
  quietFrom: 22,
  quietUntil: 9,
  batchSize: 100,
};

interface ClaimedCanvas {
  id: number;
  ownerId: number;
  title: string;
  remindersSent: number;
  language: string;
}

function reminderMessage(canvas: ClaimedCanvas, policy: ReminderPolicy): OutgoingMessage {
  const t = translator(isLanguage(canvas.language) ? canvas.language : 'ru');
  const key = canvas.remindersSent >= policy.maxReminders ? 'runtime:reminders.idle_last' : 'runtime:reminders.idle';
  return {
    method: 'sendMessage',
    text: t(key, { title: escapeHtml(canvas.title) }),
    keyboard: [[button(t('buttons.resume'), encodeCallbackData({ kind: 'resume', canvasId: canvas.id }))]],
  };
}

/** True outside the quiet hours; they may wrap past midnight (22–9) or not (13–15). */
function localHourAllowed(hour: SQL, policy: ReminderPolicy): SQL {
  return policy.quietFrom > policy.quietUntil
    ? sql`${hour} between ${policy.quietUntil} and ${policy.quietFrom - 1}`
    : sql`${hour} not between ${policy.quietFrom} and ${policy.quietUntil - 1}`;
}

/** The conditions under which a canvas is due for a reminder at `at` (c: canvases, u: users). */
function dueCondition(at: SQL, policy: ReminderPolicy): SQL {
  const idle = sql`make_interval(secs => ${policy.idleHours * 3600})`;
  return sql`c.completed_at is null
    and u.reminders_enabled
    and u.active_canvas_id = c.id
    and c.reminders_sent < ${policy.maxReminders}
    and c.last_activity_at <= ${at} - ${idle}
    and (c.last_reminder_at is null or c.last_reminder_at <= ${at} - ${idle})
    and ${localHourAllowed(sql`extract(hour from ${at} at time zone coalesce(u.time_zone, ${policy.defaultTimeZone}))`, policy)}`;
}

function rowsOf(result: unknown): Record<string, unknown>[] {
  return ((result as { rows?: unknown[] }).rows ?? (result as unknown[])) as Record<string, unknown>[];
}

/**
 * Claims the canvases due for a reminder and queues the reminders. Each reminder is its own
 * transaction that first takes the chat's lock, like any update of that chat: a reminder never
 * interleaves with an answer being applied, and the lock order (chat, then rows) is the one
 * updates use, so the two cannot deadlock. The canvas is checked again under the lock, so two
 * instances ticking at once queue each reminder once. Returns what to deliver.
 */
export async function claimDueReminders(db: AppDatabase, now: Date, policy: ReminderPolicy): Promise<OutboxEntry<OutgoingMessage>[]> {
  // Both drivers take an ISO string; postgres.js cannot bind a Date in raw SQL.
  const at = sql`${now.toISOString()}::timestamptz`;
  const candidates = rowsOf(
    await db.execute(sql`
      select c.id, c.owner_id from canvases c join users u on u.id = c.owner_id
      where ${dueCondition(at, policy)}
      order by c.last_activity_at
      limit ${policy.batchSize}`),
  );
  const entries: OutboxEntry<OutgoingMessage>[] = [];
  for (const candidate of candidates) {
    const ownerId = Number(candidate.owner_id);
    const queued = await db.transaction(async (tx) => {
      await lockChat(tx, ownerId);
      const claimed = rowsOf(
        await tx.execute(sql`
          update canvases set reminders_sent = canvases.reminders_sent + 1, last_reminder_at = ${at}
          from users
          where users.id = canvases.owner_id
            and canvases.id in (select c.id from canvases c join users u on u.id = c.owner_id where c.id = ${Number(candidate.id)} and ${dueCondition(at, policy)})
          returning canvases.id, canvases.owner_id, canvases.title, canvases.reminders_sent, users.language`),
      ).map(
        (row): ClaimedCanvas => ({
          id: Number(row.id),
          ownerId: Number(row.owner_id),
          title: String(row.title),
          remindersSent: Number(row.reminders_sent),
          language: String(row.language),
        }),
      );
      const outbox = createOutbox<OutgoingMessage>(tx);
      const added: OutboxEntry<OutgoingMessage>[] = [];
      for (const canvas of claimed) added.push(...(await outbox.add(canvas.ownerId, null, [reminderMessage(canvas, policy)])));
      return added;
    });
    entries.push(...queued);
  }
  return entries;
}

/** One tick: claim what is due, then send it; returns how many reminders were queued. */
export async function runReminderTick(api: Api, deps: DeliveryDeps, now: Date, policy: ReminderPolicy): Promise<number> {
  const entries = await claimDueReminders(deps.db, now, policy);
  return deliverEach(api, entries, deps);
}
