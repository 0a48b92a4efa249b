import { and, desc, eq, inArray } from 'drizzle-orm';
import { blockReviews, canvases, coachNotifications, courseGroups, groupMembers, submissions } from '../../db/schema.ts';
import type { BlockId } from '../canvas/blocks.ts';
import type { SubmissionSummary } from '../course/records.ts';
import { type CourseResult, fail, ok } from '../course/result.ts';
import type { BlockReview } from '../course/review.ts';
import { carriedReviews, compareRevisions } from '../course/revision-diff.ts';
import { type TransitionError, isLate, nextStatus, resubmitEffect } from '../course/submission.ts';
import { freezeCanvas, parseSubmittedCanvas } from '../course/submitted-canvas.ts';
import { createCanvasRepository } from './canvas-repository.ts';
import { REVIEWED, REVIEWER_ROLES, type SubmissionStore, lockSubmission, reviewsOf, statusOf, toSummary } from './submission-rows.ts';

/** What a student does with a submission: hands a canvas in, or takes a waiting one back. */
export function createSubmissionWrites({ db, clock }: SubmissionStore) {
  return {
    /**
     * Hands the canvas in to the group as its next revision: reads and freezes the canvas under a
     * lock on it, replaces a revision still waiting, carries the acceptances of blocks unchanged
     * since the last review, and queues a notification for each coach of the group.
     */
    async submit(
      studentId: number,
      canvasId: number,
      groupId: number,
      author: string | null,
    ): Promise<CourseResult<{ submission: SubmissionSummary; replaced: number | null; carried: BlockId[] }, 'archived' | 'in_review'>> {
      return db.transaction(async (tx) => {
        // A share lock on the membership: leaving the group waits for this submission and then removes it too.
        const [member] = await tx
          .select({ role: groupMembers.role, archivedAt: courseGroups.archivedAt, deadline: courseGroups.deadline })
          .from(groupMembers)
          .innerJoin(courseGroups, eq(courseGroups.id, groupMembers.groupId))
          .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, studentId)))
          .for('share', { of: groupMembers });
        if (member?.role !== 'student') return fail('not_yours');
        if (member.archivedAt) return fail('archived');
        // The canvas lock orders two submissions of one canvas, so revision numbers never collide.
        const [locked] = await tx
          .select({ id: canvases.id })
          .from(canvases)
          .where(and(eq(canvases.id, canvasId), eq(canvases.ownerId, studentId)))
          .for('update');
        if (!locked) return fail('not_yours');
        const canvasRepository = createCanvasRepository(tx);
        const canvas = await canvasRepository.findOwned(studentId, canvasId);
        if (!canvas) return fail('not_yours');
        const snapshot = freezeCanvas(await canvasRepository.snapshot(canvas, author));

        const earlier = await tx
          .select()
          .from(submissions)
          .where(and(eq(submissions.canvasId, canvasId), eq(submissions.groupId, groupId)))
          .orderBy(desc(submissions.revision));
        const latest = earlier[0];
        const effect = resubmitEffect(latest ? statusOf(latest.status) : null);
        if (!effect.ok) return fail(effect.error);
        const now = clock();
        if (latest && effect.replaces) {
          await tx.update(submissions).set({ status: 'withdrawn', withdrawnAt: now, updatedAt: now }).where(eq(submissions.id, latest.id));
          await tx.delete(coachNotifications).where(eq(coachNotifications.submissionId, latest.id));
        }

        const [row] = await tx
          .insert(submissions)
          .values({
            groupId,
            canvasId,
            studentId,
            revision: (latest?.revision ?? 0) + 1,
            snapshot,
            status: 'submitted',
            late: isLate(now, member.deadline),
            submittedAt: now,
            updatedAt: now,
          })
          .returning();
        if (!row) throw new Error('submission insert returned no row');

        const reviewed = earlier.find((candidate) => REVIEWED.includes(statusOf(candidate.status)));
        let carried: BlockReview[] = [];
        if (reviewed) {
          carried = carriedReviews(compareRevisions(parseSubmittedCanvas(reviewed.snapshot), await reviewsOf(tx, reviewed.id), snapshot));
          if (carried.length > 0) {
            await tx.insert(blockReviews).values(carried.map((review) => ({ submissionId: row.id, ...review })));
          }
        }

        const coaches = await tx
          .select({ userId: groupMembers.userId })
          .from(groupMembers)
          .where(and(eq(groupMembers.groupId, groupId), inArray(groupMembers.role, REVIEWER_ROLES)));
        if (coaches.length > 0) {
          await tx.insert(coachNotifications).values(coaches.map((coach) => ({ coachId: coach.userId, submissionId: row.id, createdAt: now })));
        }
        return ok({
          submission: toSummary(row, now),
          replaced: latest && effect.replaces ? latest.id : null,
          carried: carried.map((review) => review.blockId),
        });
      });
    },

    /** The student takes back a submission no coach has opened yet. */
    async withdraw(studentId: number, submissionId: number): Promise<CourseResult<SubmissionSummary, TransitionError>> {
      return db.transaction(async (tx) => {
        const row = await lockSubmission(tx, submissionId);
        if (!row || row.studentId !== studentId) return fail('not_yours');
        const transition = nextStatus(statusOf(row.status), { kind: 'withdraw' });
        if (!transition.ok) return fail(transition.error);
        const now = clock();
        const [updated] = await tx
          .update(submissions)
          .set({ status: transition.status, withdrawnAt: now, updatedAt: now })
          .where(eq(submissions.id, submissionId))
          .returning();
        await tx.delete(coachNotifications).where(eq(coachNotifications.submissionId, submissionId));
        return ok(toSummary(updated ?? row, now));
      });
    },
  };
}
