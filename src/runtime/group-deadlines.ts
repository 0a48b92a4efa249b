import type { Api } from 'grammy';
import { type DeliveryDeps, deliverEach } from '../bot/delivery.ts';
import type { OutgoingMessage } from '../bot/outgoing.ts';
import { deadlineSummaryText, studentReminderText } from '../cohort/reminder-messages.ts';
import { DEADLINE_REMINDER_LEAD_MS, type QuietHours, deadlineRemindersDue, deadlineSummaryTime } from '../cohort/reminder-rules.ts';
import type { AppDatabase, Queryable } from '../storage/database.ts';
import { createGroupDataSource } from '../storage/group-data-source.ts';
import { createGroupReminderRepository } from '../storage/group-reminder-repository.ts';
import { type OutboxEntry, createOutbox, lockChat } from '../storage/update-journal.ts';

export interface GroupDeadlinePolicy {
  /** Deadlines passed longer ago than this get no summary (a group found long after its deadline). */
  summaryWithinMs: number;
  /** Coach reminders that waited for a student's morning, taken per tick. */
  batchSize: number;
  quiet?: QuietHours;
}

export const DEFAULT_GROUP_DEADLINE_POLICY: GroupDeadlinePolicy = { summaryWithinMs: 7 * 24 * 3_600_000, batchSize: 200 };

/**
 * Queues one message to one person in its own transaction under that person's chat lock, like
 * any update of the chat (so the two never interleave), once `claim` took the reminder there.
 */
async function queueClaimed(
  db: AppDatabase,
  chatId: number,
  claim: (tx: Queryable) => Promise<OutgoingMessage | null>,
): Promise<OutboxEntry<OutgoingMessage>[]> {
  return db.transaction(async (tx) => {
    await lockChat(tx, chatId);
    const message = await claim(tx);
    return message ? createOutbox<OutgoingMessage>(tx).add(chatId, null, [message]) : [];
  });
}

/**
 * What is due at `now` for the groups' deadlines: the one reminder a day before a deadline to
 * each student who has not submitted (reminders on, outside their night), the coaches' summary
 * once the deadline has passed (outside their night), and the coaches' reminders that waited for
 * a student's morning. Each is claimed by a row in group_reminders in the transaction that puts
 * it in the outbox, so it goes out once even with several instances ticking.
 */
export async function queueGroupDeadlineReminders(
  db: AppDatabase,
  now: Date,
  policy: GroupDeadlinePolicy = DEFAULT_GROUP_DEADLINE_POLICY,
): Promise<OutboxEntry<OutgoingMessage>[]> {
  const reminders = createGroupReminderRepository(db);
  const source = createGroupDataSource(db);
  const entries: OutboxEntry<OutgoingMessage>[] = [];
  for (const group of await reminders.groupsNearDeadline(now, DEADLINE_REMINDER_LEAD_MS, policy.summaryWithinMs)) {
    const clock = { now, defaultTimeZone: group.timeZone, ...(policy.quiet ? { quiet: policy.quiet } : {}) };
    const members = await source.members(group.id, now);
    if (now < group.deadline) {
      const due = deadlineRemindersDue(members, group.deadline, await reminders.alreadySent(group.id, 'deadline', group.deadline), clock).due;
      const readers = await reminders.remindable(due);
      for (const member of members.filter((candidate) => due.includes(candidate.userId))) {
        const reader = readers.get(member.userId);
        if (!reader) continue;
        const text = studentReminderText('deadline', group, member.status, reader.language, reader.timeZone ?? group.timeZone);
        entries.push(
          ...(await queueClaimed(db, member.userId, async (tx) =>
            (await createGroupReminderRepository(tx).claimOnce(group.id, member.userId, 'deadline', group.deadline, now))
              ? { method: 'sendMessage', text }
              : null,
          )),
        );
      }
      continue;
    }
    const told = await reminders.alreadySent(group.id, 'summary', group.deadline);
    for (const coach of await reminders.coachesOf(group.id)) {
      if (told.has(coach.userId)) continue;
      const at = deadlineSummaryTime(group.deadline, null, coach.timeZone ?? group.timeZone, clock);
      if (at === null || at.getTime() !== now.getTime()) continue;
      const text = deadlineSummaryText(group, members, coach.language);
      entries.push(
        ...(await queueClaimed(db, coach.userId, async (tx) =>
          (await createGroupReminderRepository(tx).claimOnce(group.id, coach.userId, 'summary', group.deadline, now)) ? { method: 'sendMessage', text } : null,
        )),
      );
    }
  }
  entries.push(...(await queueMorningReminders(db, now, policy)));
  return entries;
}

/** Coach reminders that waited for the student's morning: sent if the student still has not submitted. */
async function queueMorningReminders(db: AppDatabase, now: Date, policy: GroupDeadlinePolicy): Promise<OutboxEntry<OutgoingMessage>[]> {
  const entries: OutboxEntry<OutgoingMessage>[] = [];
  for (const pending of await createGroupReminderRepository(db).dueCoachReminders(now, policy.batchSize)) {
    entries.push(
      ...(await queueClaimed(db, pending.userId, async (tx) => {
        const reminders = createGroupReminderRepository(tx);
        if (!(await reminders.claimPending(pending.id, now))) return null;
        // Handed in overnight, left the group or turned reminders off: the reminder is dropped.
        const owes = await reminders.stillOwes(pending.groupId, pending.userId);
        const group = owes ? await createGroupDataSource(tx).group(pending.groupId) : null;
        const reader = (await reminders.remindable([pending.userId])).get(pending.userId);
        if (!owes || !group || !reader) return null;
        const status = owes.returned ? 'returned' : 'filling';
        return { method: 'sendMessage', text: studentReminderText('coach', group, status, reader.language, reader.timeZone ?? group.timeZone) };
      })),
    );
  }
  return entries;
}

/** One tick: queue what is due, then send it; returns how many messages went into the outbox. */
export async function runGroupDeadlineTick(
  api: Api,
  deps: DeliveryDeps,
  now: Date,
  policy: GroupDeadlinePolicy = DEFAULT_GROUP_DEADLINE_POLICY,
): Promise<number> {
  const entries = await queueGroupDeadlineReminders(deps.db, now, policy);
  return deliverEach(api, entries, deps);
}
