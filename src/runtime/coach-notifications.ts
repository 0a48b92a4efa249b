import type { Api } from 'grammy';
import { type DeliveryDeps, deliverEach } from '../bot/delivery.ts';
import type { OutgoingMessage } from '../bot/outgoing.ts';
import { DEFAULT_NOTIFICATION_POLICY, type NotificationPolicy } from '../course/notification-batching.ts';
import { renderCoachNotification } from '../render/course-text.ts';
import type { AppDatabase } from '../storage/database.ts';
import { createSubmissionRepository } from '../storage/submission-repository.ts';
import { type OutboxEntry, createOutbox } from '../storage/update-journal.ts';

/**
 * Claims the coach notifications due at `now` and queues one message per coach, in one
 * transaction: a batch is marked told exactly when its message is in the outbox.
 */
export async function queueDueCoachNotifications(
  db: AppDatabase,
  now: Date,
  policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
): Promise<OutboxEntry<OutgoingMessage>[]> {
  return db.transaction(async (tx) => {
    const batches = await createSubmissionRepository(tx, { clock: () => now }).claimDueNotifications(policy);
    const outbox = createOutbox<OutgoingMessage>(tx);
    const entries: OutboxEntry<OutgoingMessage>[] = [];
    for (const batch of batches) {
      entries.push(...(await outbox.add(batch.coachId, null, [{ method: 'sendMessage', text: renderCoachNotification(batch) }])));
    }
    return entries;
  });
}

/** One tick: queue what is due, then send it; returns how many coaches were told. */
export async function runCoachNotificationTick(
  api: Api,
  deps: DeliveryDeps,
  now: Date,
  policy: NotificationPolicy = DEFAULT_NOTIFICATION_POLICY,
): Promise<number> {
  const entries = await queueDueCoachNotifications(deps.db, now, policy);
  return deliverEach(api, entries, deps);
}
