import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submissions } from '../../db/schema.ts';
import { createCanvasRepository } from '../../src/storage/canvas-repository.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createGroupRepository } from '../../src/storage/group-repository.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas, createPerson, createTestClock } from './course-fixtures.ts';

describe(`submission repository (${databaseKind})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });

  /** A course, one student's canvas, and a repository on a clock the test moves. */
  async function setUp(options: { deadline?: Date } = {}) {
    const clock = createTestClock();
    const course = await createCourse(handle.db, options);
    const student = course.students[0]!;
    const canvasId = await createFilledCanvas(handle.db, student, 'Кофейня «Зерно»', COFFEE_ANSWERS);
    const repository = createSubmissionRepository(handle.db, { clock: clock.now, leaseMinutes: 30 });
    const submit = async (who = student, canvas = canvasId) => {
      const result = await repository.submit(who, canvas, course.groupId, 'Anna');
      if (!result.ok) throw new Error(`submit failed: ${result.error}`);
      return result.value;
    };
    return { clock, course, student, canvasId, repository, submit };
  }

  describe('submitting', () => {
    it('stores revision 1 as a frozen snapshot that later edits do not touch', async () => {
      const { repository, student, canvasId, submit } = await setUp();
      const { submission } = await submit();
      expect(submission).toMatchObject({ revision: 1, status: 'submitted', late: false, title: 'Кофейня «Зерно»', studentId: student, canvasId });
      await createCanvasRepository(handle.db).answerQuestion(canvasId, 'channels', 0, 'Совсем другой ответ');
      const found = await repository.find(student, submission.id);
      if (!found.ok) throw new Error(found.error);
      const channels = found.value.snapshot.blocks.find((block) => block.id === 'channels')!;
      expect(channels.answers.map((answer) => answer.text)).toEqual([COFFEE_ANSWERS.channels]);
      expect(channels.notes.length).toBeGreaterThan(0);
      expect(found.value.snapshot.blocks.find((block) => block.id === 'key_partners')!.answers).toEqual([]);
      expect(found.value.viewer).toBe('student');
    });

    it('marks a submission after the deadline late and still takes it', async () => {
      const { clock, submit } = await setUp({ deadline: new Date('2026-03-05T20:59:00Z') });
      clock.set('2026-03-05T20:59:00Z');
      const inTime = await submit();
      expect(inTime.submission.late).toBe(false);
      clock.set('2026-03-05T21:30:00Z');
      const late = await submit();
      expect(late.submission).toMatchObject({ late: true, revision: 2, status: 'submitted' });
    });

    it('replaces a revision still waiting, and refuses a new one while a coach reviews', async () => {
      const { repository, course, student, submit } = await setUp();
      const first = await submit();
      const second = await submit();
      expect(second.replaced).toBe(first.submission.id);
      expect(second.submission.revision).toBe(2);
      const [old] = await handle.db.select().from(submissions).where(eq(submissions.id, first.submission.id));
      expect(old?.status).toBe('withdrawn');
      expect((await repository.claim(course.coach, second.submission.id)).ok).toBe(true);
      expect(await repository.submit(student, second.submission.canvasId, course.groupId, null)).toEqual({ ok: false, error: 'in_review' });
    });

    it("is refused to coaches, strangers, for someone else's canvas and in an archived group", async () => {
      const { repository, course, canvasId, student } = await setUp();
      const stranger = await createPerson(handle.db, 'Stranger');
      const otherStudent = course.students[1]!;
      expect(await repository.submit(course.coach, canvasId, course.groupId, null)).toEqual({ ok: false, error: 'not_yours' });
      expect(await repository.submit(stranger, canvasId, course.groupId, null)).toEqual({ ok: false, error: 'not_yours' });
      expect(await repository.submit(otherStudent, canvasId, course.groupId, null)).toEqual({ ok: false, error: 'not_yours' });
      const coachCanvas = await createFilledCanvas(handle.db, course.coach, 'Чужая', COFFEE_ANSWERS);
      expect(await repository.submit(course.coach, coachCanvas, course.groupId, null)).toEqual({ ok: false, error: 'not_yours' });
      await createGroupRepository(handle.db).setArchived(course.coach, course.groupId, true);
      expect(await repository.submit(student, canvasId, course.groupId, null)).toEqual({ ok: false, error: 'archived' });
      expect(await handle.db.select().from(submissions).where(eq(submissions.groupId, course.groupId))).toEqual([]);
    });
  });

  describe('withdrawing', () => {
    it('works before review and not after a coach opened it', async () => {
      const { repository, course, student, submit } = await setUp();
      const first = await submit();
      const withdrawn = await repository.withdraw(student, first.submission.id);
      expect(withdrawn.ok && withdrawn.value.status).toBe('withdrawn');
      expect(await repository.withdraw(student, first.submission.id)).toEqual({ ok: false, error: 'withdrawn' });
      expect(await repository.pendingNotificationCount(course.coach)).toBe(0);
      const second = await submit();
      expect(second.submission.revision).toBe(2);
      expect((await repository.claim(course.coCoach, second.submission.id)).ok).toBe(true);
      expect(await repository.withdraw(student, second.submission.id)).toEqual({ ok: false, error: 'in_review' });
    });

    it("is the student's own: anyone else gets not_yours and nothing changes", async () => {
      const { repository, course, submit } = await setUp();
      const { submission } = await submit();
      for (const user of [course.coach, course.coCoach, course.students[1]!]) {
        expect(await repository.withdraw(user, submission.id)).toEqual({ ok: false, error: 'not_yours' });
      }
      expect(await repository.withdraw(course.students[0]!, 987_654)).toEqual({ ok: false, error: 'not_yours' });
      const [row] = await handle.db.select().from(submissions).where(eq(submissions.id, submission.id));
      expect(row?.status).toBe('submitted');
    });
  });

  describe('reviewing', () => {
    it('runs the whole loop: return with comments, resubmit, see what changed, accept', async () => {
      const { repository, course, student, canvasId, clock, submit } = await setUp();
      const first = await submit();
      const claimed = await repository.claim(course.coach, first.submission.id);
      if (!claimed.ok) throw new Error(claimed.error);
      expect(claimed.value.submission).toMatchObject({ status: 'in_review', claim: { coachId: course.coach }, viewer: 'coach' });

      expect((await repository.reviewBlock(course.coach, first.submission.id, 'customer_segments', { verdict: 'accepted' })).ok).toBe(true);
      expect((await repository.reviewBlock(course.coach, first.submission.id, 'value_propositions', { verdict: 'accepted', comment: 'Отлично' })).ok).toBe(
        true,
      );
      await repository.reviewBlock(course.coach, first.submission.id, 'channels', { comment: 'Что после покупки?' });
      const reviews = await repository.reviewBlock(course.coach, first.submission.id, 'channels', { verdict: 'returned' });
      expect(reviews.ok && reviews.value.find((review) => review.blockId === 'channels')).toEqual({
        blockId: 'channels',
        verdict: 'returned',
        comment: 'Что после покупки?',
        carried: false,
      });
      expect(await repository.setOverall(course.coach, first.submission.id, { comment: 'Хорошее начало', grade: 3 })).toEqual({
        ok: true,
        value: { comment: 'Хорошее начало', grade: 3 },
      });
      clock.advanceMinutes(10);
      const finished = await repository.finish(course.coach, first.submission.id);
      if (!finished.ok) throw new Error(finished.error);
      expect(finished.value.submission).toMatchObject({ status: 'returned', reviewedAt: clock.now(), claim: null, grade: 3 });
      expect(finished.value.verdict).toEqual({
        outcome: 'returned',
        returned: [{ blockId: 'channels', comment: 'Что после покупки?' }],
        accepted: ['customer_segments', 'value_propositions'],
        remarks: [{ blockId: 'value_propositions', comment: 'Отлично' }],
        overallComment: 'Хорошее начало',
        grade: 3,
      });
      expect(await repository.returnedBlocks(student, canvasId)).toEqual([
        {
          submissionId: first.submission.id,
          groupId: course.groupId,
          groupName: 'Весна-2026',
          revision: 1,
          blocks: [{ blockId: 'channels', comment: 'Что после покупки?' }],
        },
      ]);

      // Another student, and the coach, see nothing of this canvas as their own.
      expect(await repository.returnedBlocks(course.students[1]!, canvasId)).toEqual([]);
      expect(await repository.listForStudent(course.coach)).toEqual([]);

      // The student reworks the returned block and also touches an accepted one.
      const canvases = createCanvasRepository(handle.db);
      await canvases.answerQuestion(canvasId, 'channels', 0, 'Узнают из вывески и карт, покупают у стойки, после покупки пишем в боте');
      await canvases.answerQuestion(canvasId, 'value_propositions', 0, 'Хороший кофе за две минуты без очереди');
      clock.advanceMinutes(60);
      const second = await submit();
      expect(second.submission.revision).toBe(2);
      expect(second.carried).toEqual(['customer_segments']);
      expect(await repository.returnedBlocks(student, canvasId)).toEqual([]);

      for (const viewer of [course.coCoach, student]) {
        const diff = await repository.changesSinceReview(viewer, second.submission.id);
        if (!diff.ok || !diff.value) throw new Error('no changes');
        expect(diff.value.reviewedRevision).toBe(1);
        const channels = diff.value.changes.find((change) => change.blockId === 'channels')!;
        expect(channels).toMatchObject({ changed: true, previousVerdict: 'returned', previousComment: 'Что после покупки?', preAccepted: false });
        expect(
          channels.diff
            .filter((part) => part.kind === 'added')
            .map((part) => part.text)
            .join(''),
        ).toBe(', после покупки пишем в боте');
        const value = diff.value.changes.find((change) => change.blockId === 'value_propositions')!;
        expect(value.diff.filter((part) => part.kind !== 'same').map((part) => `${part.kind}:${part.text}`)).toEqual([
          'removed:три',
          'added:две',
          'removed:, решаем проблему утренней спешки',
        ]);
        expect(value).toMatchObject({ previousVerdict: 'accepted', previousComment: 'Отлично', preAccepted: false });
        expect(diff.value.changes.find((change) => change.blockId === 'customer_segments')).toMatchObject({ changed: false, preAccepted: true });
      }
      expect(await repository.changesSinceReview(student, first.submission.id)).toEqual({ ok: true, value: null });

      const reclaimed = await repository.claim(course.coCoach, second.submission.id);
      if (!reclaimed.ok) throw new Error(reclaimed.error);
      expect(reclaimed.value.submission.blockReviews).toEqual([{ blockId: 'customer_segments', verdict: 'accepted', comment: null, carried: true }]);
      await repository.reviewBlock(course.coCoach, second.submission.id, 'channels', { verdict: 'accepted' });
      const accepted = await repository.finish(course.coCoach, second.submission.id);
      expect(accepted.ok && accepted.value.verdict.outcome).toBe('accepted');
      expect(accepted.ok && accepted.value.verdict.accepted).toEqual(['customer_segments', 'channels']);

      for (const viewer of [student, course.coach, course.coCoach]) {
        const revisions = await repository.revisions(viewer, canvasId, course.groupId);
        expect(revisions.ok && revisions.value.map((revision) => [revision.revision, revision.status])).toEqual([
          [1, 'returned'],
          [2, 'accepted'],
        ]);
      }
      const own = await repository.listForStudent(student);
      expect(own.map((submission) => [submission.revision, submission.status, submission.groupName])).toEqual([
        [2, 'accepted', 'Весна-2026'],
        [1, 'returned', 'Весна-2026'],
      ]);
      expect(await repository.finish(course.coCoach, second.submission.id)).toEqual({ ok: false, error: 'already_reviewed' });
      expect(await repository.claim(course.coach, second.submission.id)).toEqual({ ok: false, error: 'already_reviewed' });
    });

    it('tells the second coach who reviews, and frees an abandoned review after the lease', async () => {
      const { repository, course, clock, submit } = await setUp();
      const { submission } = await submit();
      expect((await repository.claim(course.coach, submission.id)).ok).toBe(true);
      const held = await repository.claim(course.coCoach, submission.id);
      expect(held).toEqual({
        ok: false,
        error: 'held',
        heldBy: { id: course.coach, firstName: 'Coach', username: 'coach' },
        until: new Date(clock.now().getTime() + 30 * 60_000),
      });
      expect(await repository.reviewBlock(course.coCoach, submission.id, 'channels', { verdict: 'accepted' })).toEqual({ ok: false, error: 'not_claimed' });

      // Each action of the holder renews the lease.
      clock.advanceMinutes(20);
      expect((await repository.reviewBlock(course.coach, submission.id, 'channels', { comment: 'Хорошо' })).ok).toBe(true);
      clock.advanceMinutes(20);
      expect((await repository.claim(course.coCoach, submission.id)).ok).toBe(false);

      clock.advanceMinutes(31);
      const takenOver = await repository.claim(course.coCoach, submission.id);
      expect(takenOver.ok && takenOver.value.takenOver).toBe(course.coach);
      expect(takenOver.ok && takenOver.value.submission.blockReviews).toEqual([{ blockId: 'channels', verdict: 'none', comment: 'Хорошо', carried: false }]);
      expect(await repository.finish(course.coach, submission.id)).toEqual({ ok: false, error: 'not_claimed' });
      expect((await repository.finish(course.coCoach, submission.id)).ok).toBe(true);
    });

    it('puts an untouched review back to waiting on release, and keeps a started one in review', async () => {
      const { repository, course, student, submit } = await setUp();
      const { submission } = await submit();
      await repository.claim(course.coach, submission.id);
      const released = await repository.release(course.coach, submission.id);
      expect(released.ok && released.value).toMatchObject({ status: 'submitted', claim: null });
      await repository.claim(course.coach, submission.id);
      await repository.setOverall(course.coach, submission.id, { grade: 5 });
      const kept = await repository.release(course.coach, submission.id);
      expect(kept.ok && kept.value).toMatchObject({ status: 'in_review', claim: null });
      expect((await repository.claim(course.coCoach, submission.id)).ok).toBe(true);
      expect(await repository.withdraw(student, submission.id)).toEqual({ ok: false, error: 'in_review' });
    });

    it('refuses review actions on a submission nobody claimed', async () => {
      const { repository, course, submit } = await setUp();
      const { submission } = await submit();
      expect(await repository.reviewBlock(course.coach, submission.id, 'channels', { verdict: 'accepted' })).toEqual({ ok: false, error: 'not_in_review' });
      expect(await repository.finish(course.coach, submission.id)).toEqual({ ok: false, error: 'not_in_review' });
    });
  });

  describe('access', () => {
    it('gives not_yours for every action to students, strangers and coaches of other groups, and changes nothing', async () => {
      const { repository, course, student, canvasId, submit } = await setUp();
      const { submission } = await submit();
      const otherCourse = await createCourse(handle.db, { studentNames: [] });
      const intruders = [course.students[1]!, await createPerson(handle.db, 'Stranger'), otherCourse.coach, otherCourse.coCoach];
      for (const user of intruders) {
        expect(await repository.find(user, submission.id)).toEqual({ ok: false, error: 'not_yours' });
        expect(await repository.changesSinceReview(user, submission.id)).toEqual({ ok: false, error: 'not_yours' });
        expect(await repository.revisions(user, canvasId, course.groupId)).toEqual({ ok: false, error: 'not_yours' });
        expect(await repository.claim(user, submission.id)).toEqual({ ok: false, error: 'not_yours' });
        expect(await repository.withdraw(user, submission.id)).toEqual({ ok: false, error: 'not_yours' });
        expect(await repository.inbox(user)).toEqual([]);
        expect(await repository.groupProgress(user, course.groupId)).toEqual({ ok: false, error: 'not_yours' });
      }
      // The student may read and withdraw but never review their own submission.
      expect(await repository.claim(student, submission.id)).toEqual({ ok: false, error: 'not_yours' });
      expect(await repository.groupProgress(student, course.groupId)).toEqual({ ok: false, error: 'not_yours' });

      expect((await repository.claim(course.coach, submission.id)).ok).toBe(true);
      for (const user of [...intruders, student]) {
        expect(await repository.reviewBlock(user, submission.id, 'channels', { verdict: 'returned', comment: 'x' })).toEqual({ ok: false, error: 'not_yours' });
        expect(await repository.setOverall(user, submission.id, { grade: 1 })).toEqual({ ok: false, error: 'not_yours' });
        expect(await repository.finish(user, submission.id)).toEqual({ ok: false, error: 'not_yours' });
        expect(await repository.release(user, submission.id)).toEqual({ ok: false, error: 'not_yours' });
      }
      const found = await repository.find(course.coach, submission.id);
      expect(found.ok && found.value).toMatchObject({ status: 'in_review', grade: null, blockReviews: [], claim: { coachId: course.coach } });
    });

    it("keeps a coach's comment snippets to that coach", async () => {
      const { repository, course } = await setUp();
      const saved = await repository.addSnippet(course.coach, 'Сегмент слишком широкий');
      await repository.addSnippet(course.coach, 'Не хватает цифр');
      expect((await repository.listSnippets(course.coach)).map((snippet) => snippet.text)).toEqual(['Сегмент слишком широкий', 'Не хватает цифр']);
      expect(await repository.listSnippets(course.coCoach)).toEqual([]);
      expect(await repository.findSnippet(course.coCoach, saved.id)).toEqual({ ok: false, error: 'not_yours' });
      expect(await repository.deleteSnippet(course.coCoach, saved.id)).toEqual({ ok: false, error: 'not_yours' });
      expect(await repository.findSnippet(course.coach, saved.id)).toEqual({ ok: true, value: saved });
      expect(await repository.deleteSnippet(course.coach, saved.id)).toEqual({ ok: true, value: null });
      expect((await repository.listSnippets(course.coach)).map((snippet) => snippet.text)).toEqual(['Не хватает цифр']);
    });
  });

  describe('inbox', () => {
    it('lists waiting submissions oldest first, grouped by group, for each coach of the groups', async () => {
      const clock = createTestClock();
      const repository = createSubmissionRepository(handle.db, { clock: clock.now });
      const spring = await createCourse(handle.db, { studentNames: ['A1', 'A2', 'A3'] });
      const autumn = await createCourse(handle.db, { studentNames: ['B1'] });
      // The spring coach also co-coaches autumn.
      await createGroupRepository(handle.db).joinByInvite(spring.coach, autumn.invites.coCoachInvite.token);
      const order: Array<[number, number]> = [
        [autumn.groupId, autumn.students[0]!],
        [spring.groupId, spring.students[1]!],
        [spring.groupId, spring.students[0]!],
        [spring.groupId, spring.students[2]!],
      ];
      const ids: number[] = [];
      for (const [groupId, studentId] of order) {
        clock.advanceMinutes(5);
        const canvasId = await createFilledCanvas(handle.db, studentId, `Canvas ${studentId}`, COFFEE_ANSWERS);
        const result = await repository.submit(studentId, canvasId, groupId, null);
        if (!result.ok) throw new Error(result.error);
        ids.push(result.value.submission.id);
      }
      // One is reviewed and one withdrawn: neither waits any more.
      await repository.claim(spring.coach, ids[2]!);
      await repository.finish(spring.coach, ids[2]!);
      await repository.withdraw(spring.students[2]!, ids[3]!);
      await repository.claim(autumn.coCoach, ids[0]!);

      const inbox = await repository.inbox(spring.coach);
      expect(inbox.map((group) => [group.groupName, group.items.map((item) => item.submissionId)])).toEqual([
        ['Весна-2026', [ids[0]!]],
        ['Весна-2026', [ids[1]!]],
      ]);
      expect(inbox.map((group) => group.groupId)).toEqual([autumn.groupId, spring.groupId]);
      expect(inbox[0]!.items[0]).toMatchObject({ status: 'in_review', claim: { coachId: autumn.coCoach }, student: { firstName: 'B1' } });
      expect(inbox[1]!.items[0]).toMatchObject({ status: 'submitted', claim: null, revision: 1, late: false, student: { firstName: 'A2' } });
      expect((await repository.inbox(autumn.coach)).map((group) => group.groupId)).toEqual([autumn.groupId]);
    });
  });
});
