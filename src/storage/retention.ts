import { sql } from 'drizzle-orm';
import type { AppDatabase } from './database.ts';

export interface RetentionPolicy {
  /** Processed update ids older than this are forgotten (re-deliveries come within a day). */
  updatesMs: number;
  /** Replies sent (or given up) longer ago than this are deleted. */
  sentRepliesMs: number;
  /** Rows deleted per statement: each batch is a short transaction that holds few locks. */
  batchSize?: number;
  /** Batches per table and run; what is left waits for the next run. */
  maxBatches?: number;
}

export interface PruneResult {
  updates: number;
  replies: number;
}

function affected(result: unknown): number {
  const rows = (result as { rows?: unknown[] }).rows ?? (result as unknown[]);
  return Array.isArray(rows) ? rows.length : 0;
}

/**
 * Deletes what is kept only for a while: processed update ids past the re-delivery window and
 * replies already sent. Bounded batches, each its own statement; rows another instance is
 * deleting at the same moment are skipped (SKIP LOCKED), so every instance may run this at once.
 * Unsent replies and update ids inside the window are never touched.
 */
export async function pruneJournal(db: AppDatabase, policy: RetentionPolicy, now: Date = new Date()): Promise<PruneResult> {
  const batchSize = policy.batchSize ?? 1_000;
  const maxBatches = policy.maxBatches ?? 50;
  const updatesBefore = new Date(now.getTime() - policy.updatesMs).toISOString();
  const repliesBefore = new Date(now.getTime() - policy.sentRepliesMs).toISOString();
  const result: PruneResult = { updates: 0, replies: 0 };

  for (let batch = 0; batch < maxBatches; batch++) {
    const deleted = affected(
      await db.execute(sql`
        delete from processed_updates where update_id in (
          select update_id from processed_updates where processed_at < ${updatesBefore}::timestamptz
          limit ${batchSize} for update skip locked)
        returning update_id`),
    );
    result.updates += deleted;
    if (deleted < batchSize) break;
  }
  for (let batch = 0; batch < maxBatches; batch++) {
    const deleted = affected(
      await db.execute(sql`
        delete from outbox where id in (
          select id from outbox where sent_at is not null and sent_at < ${repliesBefore}::timestamptz
          limit ${batchSize} for update skip locked)
        returning id`),
    );
    result.replies += deleted;
    if (deleted < batchSize) break;
  }
  return result;
}
