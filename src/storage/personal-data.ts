import { and, count, eq, inArray, ne } from 'drizzle-orm';
import { answers, blockTypes, canvases, courseGroups, groupMembers, outbox, processedUpdates, submissions, users } from '../../db/schema.ts';
import type { Queryable } from './database.ts';

/** What the bot holds about one person, counted. */
export interface PersonalDataCounts {
  canvases: number;
  answers: number;
  types: number;
  /** Course groups the person runs (deleted with everything handed in to them) and groups they are in. */
  groups: number;
  memberships: number;
  /** Canvases handed in to a coach (frozen revisions), with the coaches' reviews of them. */
  submissions: number;
  /** Replies stored for the chat (sent or waiting). */
  replies: number;
  /** Update ids remembered to recognise re-deliveries. */
  updateIds: number;
}

/**
 * Everything stored about one person (Telegram user id = chat id): the user row with its
 * settings and reminder state, canvases with answers and types, replies and update ids.
 */
export function createPersonalDataRepository(db: Queryable) {
  async function countAll(userId: number): Promise<PersonalDataCounts> {
    const owned = db.select({ id: canvases.id }).from(canvases).where(eq(canvases.ownerId, userId));
    const [canvasCount] = await db.select({ value: count() }).from(canvases).where(eq(canvases.ownerId, userId));
    const [answerCount] = await db.select({ value: count() }).from(answers).where(inArray(answers.canvasId, owned));
    const [typeCount] = await db.select({ value: count() }).from(blockTypes).where(inArray(blockTypes.canvasId, owned));
    const [groupCount] = await db.select({ value: count() }).from(courseGroups).where(eq(courseGroups.ownerId, userId));
    const [membershipCount] = await db.select({ value: count() }).from(groupMembers).where(eq(groupMembers.userId, userId));
    const [submissionCount] = await db.select({ value: count() }).from(submissions).where(eq(submissions.studentId, userId));
    const [replyCount] = await db.select({ value: count() }).from(outbox).where(eq(outbox.chatId, userId));
    const [updateCount] = await db.select({ value: count() }).from(processedUpdates).where(eq(processedUpdates.chatId, userId));
    return {
      canvases: Number(canvasCount?.value ?? 0),
      answers: Number(answerCount?.value ?? 0),
      types: Number(typeCount?.value ?? 0),
      groups: Number(groupCount?.value ?? 0),
      memberships: Number(membershipCount?.value ?? 0),
      submissions: Number(submissionCount?.value ?? 0),
      replies: Number(replyCount?.value ?? 0),
      updateIds: Number(updateCount?.value ?? 0),
    };
  }

  return {
    countAll,

    /**
     * Deletes everything about the person and returns what was deleted. The id of the update
     * doing the deletion is kept (so a re-delivery of it is recognised, not applied again), as
     * is the reply that confirms it; both go with the ordinary retention period.
     */
    async deleteAll(userId: number, currentUpdateId: number): Promise<PersonalDataCounts> {
      const counted = await countAll(userId);
      // Canvases take their answers and types with them (on delete cascade); the user row its settings,
      // the groups it owns (with their invites and everything handed in to them), its memberships,
      // submissions, comment snippets and pending coach notifications. Reviews it wrote on others'
      // work stay with that work, without its name (reviewer set null).
      await db.delete(canvases).where(eq(canvases.ownerId, userId));
      await db.delete(users).where(eq(users.id, userId));
      await db.delete(outbox).where(eq(outbox.chatId, userId));
      await db.delete(processedUpdates).where(and(eq(processedUpdates.chatId, userId), ne(processedUpdates.updateId, currentUpdateId)));
      return { ...counted, updateIds: Math.max(0, counted.updateIds - 1) };
    },
  };
}

export type PersonalDataRepository = ReturnType<typeof createPersonalDataRepository>;
