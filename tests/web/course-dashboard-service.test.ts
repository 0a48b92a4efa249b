import { and, asc, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockReviews, outbox, submissions } from '../../db/schema.ts';
import { renderReviewResult } from '../../src/render/course-text.ts';
import { createCanvasRepository } from '../../src/storage/canvas-repository.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createUserRepository } from '../../src/storage/user-repository.ts';
import { createCourseDashboardService } from '../../src/web/course-dashboard-service.ts';
import { createCourseGroupFiles } from '../../src/web/course-group-files.ts';
import { dashboardHandlers } from '../../src/web/mount-dashboard.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas, createPerson } from '../storage/course-fixtures.ts';

describe(`the dashboard on the course repositories (${databaseKind})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  }, 60_000);
  afterAll(async () => {
    await handle?.close();
  });

  /** A group with two students; the first handed in the coffee canvas, the second has not started. */
  async function setUp() {
    const course = await createCourse(handle.db);
    const [student, idle] = course.students as [number, number];
    const canvasId = await createFilledCanvas(handle.db, student, 'Кофейня «Зерно»', COFFEE_ANSWERS);
    const submitted = await createSubmissionRepository(handle.db).submit(student, canvasId, course.groupId, 'Anna');
    if (!submitted.ok) throw new Error(submitted.error);
    const service = createCourseDashboardService(handle.db);
    return { ...course, student, idle, canvasId, submissionId: submitted.value.submission.id, service };
  }

  async function outboxOf(chatId: number): Promise<string[]> {
    const rows = await handle.db.select().from(outbox).where(eq(outbox.chatId, chatId)).orderBy(asc(outbox.id));
    return rows.map((row) => (row.payload as { text: string }).text);
  }

  it('shows the coach the grid: the submission waiting, its blocks filled or empty, a student who has not started', async () => {
    const { service, coach, groupId, student, idle, submissionId } = await setUp();
    const groups = await service.listGroups(coach);
    expect(groups).toEqual([expect.objectContaining({ id: groupId, name: 'Весна-2026', studentCount: 2, waitingCount: 1 })]);
    const grid = await service.groupGrid(coach, groupId);
    if (!grid.ok) throw new Error(grid.reason);
    const row = grid.value.rows.find((candidate) => candidate.studentId === student)!;
    expect(row).toMatchObject({ studentName: 'Anna', stage: 'submitted', submissionId, revision: 1, waitingForMe: true });
    expect(row.cells.find((cell) => cell.blockId === 'customer_segments')?.state).toBe('submitted');
    expect(row.cells.find((cell) => cell.blockId === 'key_partners')?.state).toBe('empty');
    const other = grid.value.rows.find((candidate) => candidate.studentId === idle)!;
    expect(other).toMatchObject({ stage: 'not_started', submissionId: null });
    expect(other.cells.every((cell) => cell.state === 'empty')).toBe(true);
  });

  it('refuses a student and a coach of another group every method, and changes nothing for them', async () => {
    const { service, student, groupId, submissionId } = await setUp();
    const stranger = (await createCourse(handle.db)).coach;
    for (const userId of [student, stranger]) {
      expect(await service.listGroups(userId)).toEqual(userId === stranger ? [expect.objectContaining({ studentCount: 2 })] : []);
      expect(await service.groupGrid(userId, groupId)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await service.submission(userId, submissionId)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await service.diff(userId, submissionId)).toEqual({ ok: false, reason: 'forbidden' });
      expect(await service.setBlockVerdict(userId, submissionId, 'channels', 'returned', 'x')).toEqual({ ok: false, reason: 'forbidden' });
      expect(await service.comment(userId, submissionId, 'channels', 'x')).toEqual({ ok: false, reason: 'forbidden' });
      expect(await service.finishReview(userId, submissionId, { comment: null, grade: 5 })).toEqual({ ok: false, reason: 'forbidden' });
    }
    const files = createCourseGroupFiles(handle.db);
    expect(await files.csv(student, groupId, 'ru')).toEqual({ ok: false, reason: 'forbidden' });
    expect(await files.chart(stranger, groupId, 'ru')).toEqual({ ok: false, reason: 'forbidden' });
    const [row] = await handle.db.select().from(submissions).where(eq(submissions.id, submissionId));
    expect(row).toMatchObject({ status: 'submitted', claimedBy: null, grade: null });
    expect(await handle.db.select().from(blockReviews).where(eq(blockReviews.submissionId, submissionId))).toEqual([]);
    expect(await outboxOf(student)).toEqual([]);
  });

  it('returns a block with a comment into block_reviews, and finishing writes the chat review message to the outbox in the student language', async () => {
    const { service, coach, student, submissionId, groupId } = await setUp();
    await createUserRepository(handle.db).setLanguage(student, 'en');
    const opened = await service.submission(coach, submissionId);
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.value).toMatchObject({
      status: 'in_review',
      reviewerName: 'Coach',
      studentName: 'Anna',
      canvasTitle: 'Кофейня «Зерно»',
      previousRevision: null,
    });
    expect(opened.value.blocks.find((block) => block.blockId === 'channels')?.notes.length).toBeGreaterThan(0);

    const returned = await service.setBlockVerdict(coach, submissionId, 'channels', 'returned', 'Где именно покупают?');
    if (!returned.ok) throw new Error(returned.reason);
    expect(returned.value.blocks.find((block) => block.blockId === 'channels')).toMatchObject({ verdict: 'returned', comment: 'Где именно покупают?' });
    expect(await service.setBlockVerdict(coach, submissionId, 'customer_segments', 'accepted', null)).toMatchObject({ ok: true });
    const stored = await handle.db
      .select()
      .from(blockReviews)
      .where(and(eq(blockReviews.submissionId, submissionId), eq(blockReviews.blockId, 'channels')));
    expect(stored).toEqual([expect.objectContaining({ verdict: 'returned', comment: 'Где именно покупают?' })]);
    expect(await outboxOf(student)).toEqual([]);

    // Sent right after the commit by whoever mounts the service; here, recorded.
    const told: string[] = [];
    const delivering = createCourseDashboardService(handle.db, {
      onQueued: (entries) => told.push(...entries.map((entry) => `${entry.chatId}:${(entry.payload as { text: string }).text}`)),
    });
    const finished = await delivering.finishReview(coach, submissionId, { comment: 'Good start.', grade: 3 });
    if (!finished.ok) throw new Error(finished.reason);
    expect(finished.value).toMatchObject({ status: 'returned', grade: 3, overallComment: 'Good start.' });
    const expected = renderReviewResult(
      'en',
      { title: 'Кофейня «Зерно»', revision: 1, groupName: 'Весна-2026' },
      {
        outcome: 'returned',
        returned: [{ blockId: 'channels', comment: 'Где именно покупают?' }],
        accepted: ['customer_segments'],
        remarks: [],
        overallComment: 'Good start.',
        grade: 3,
      },
    );
    const messages = await outboxOf(student);
    expect(messages).toEqual(expected);
    expect(told).toEqual(expected.map((text) => `${student}:${text}`));
    expect(messages[0]).toContain('returned for rework');
    expect(messages.join('\n')).toContain('Где именно покупают?');
    // As in the chat, the verdict carries the way back to every revision.
    const [last] = await handle.db.select().from(outbox).where(eq(outbox.chatId, student)).orderBy(desc(outbox.id)).limit(1);
    expect((last!.payload as { keyboard?: Array<Array<{ text: string; callback_data: string }>> }).keyboard).toEqual([
      [{ text: '📜 All revisions', callback_data: `rh:l:${submissionId}` }],
    ]);
    // A finished review takes no more changes, and tells the student nothing twice.
    expect(await delivering.finishReview(coach, submissionId, { comment: null, grade: null })).toEqual({ ok: false, reason: 'conflict' });
    expect(await outboxOf(student)).toHaveLength(expected.length);
    expect(told).toHaveLength(expected.length);
    const grid = await service.groupGrid(coach, groupId);
    if (!grid.ok) throw new Error(grid.reason);
    const row = grid.value.rows.find((candidate) => candidate.studentId === student)!;
    expect(row.stage).toBe('returned');
    expect(row.cells.find((cell) => cell.blockId === 'channels')?.state).toBe('returned');
    expect(row.cells.find((cell) => cell.blockId === 'customer_segments')?.state).toBe('accepted');
  });

  it('shows a resubmission against the reviewed revision and accepts it', async () => {
    const { service, coach, student, canvasId, submissionId, groupId } = await setUp();
    await service.setBlockVerdict(coach, submissionId, 'channels', 'returned', 'Где покупают?');
    await service.finishReview(coach, submissionId, { comment: null, grade: null });
    await createCanvasRepository(handle.db).answerQuestion(canvasId, 'channels', 0, 'Узнают из карт, покупают в приложении и у стойки');
    const again = await createSubmissionRepository(handle.db).submit(student, canvasId, groupId, 'Anna');
    if (!again.ok) throw new Error(again.error);
    const resubmission = again.value.submission.id;

    const grid = await service.groupGrid(coach, groupId);
    if (!grid.ok) throw new Error(grid.reason);
    expect(grid.value.rows.find((row) => row.studentId === student)?.cells.find((cell) => cell.blockId === 'channels')?.state).toBe('changed');
    const diff = await service.diff(coach, resubmission);
    if (!diff.ok) throw new Error(diff.reason);
    const channels = diff.value.blocks.find((block) => block.blockId === 'channels')!;
    expect(diff.value).toMatchObject({ revision: 2, previousRevision: 1 });
    expect(channels).toMatchObject({ changed: true, previousVerdict: 'returned', previousComment: 'Где покупают?' });
    expect(
      channels.diff
        .filter((segment) => segment.kind === 'added')
        .map((segment) => segment.text)
        .join(''),
    ).toContain('приложении');
    expect(diff.value.blocks.find((block) => block.blockId === 'customer_segments')).toMatchObject({ changed: false, previousVerdict: null });

    const view = await service.setBlockVerdict(coach, resubmission, 'channels', 'accepted', null);
    if (!view.ok) throw new Error(view.reason);
    expect(view.value.blocks.find((block) => block.blockId === 'channels')).toMatchObject({
      verdict: 'accepted',
      changed: true,
      earlierComments: ['Где покупают?'],
    });
    const finished = await service.finishReview(coach, resubmission, { comment: null, grade: 5 });
    expect(finished).toMatchObject({ ok: true, value: { status: 'accepted', grade: 5, revision: 2, previousRevision: 1 } });
    const messages = await outboxOf(student);
    expect(messages.at(-1)).toContain('принят');
  });

  it('keeps a review to the coach who opened it: a co-coach meets a conflict', async () => {
    const { service, coach, coCoach, submissionId, student } = await setUp();
    expect(await service.submission(coach, submissionId)).toMatchObject({ ok: true });
    const viewed = await service.submission(coCoach, submissionId);
    expect(viewed).toMatchObject({ ok: true, value: { reviewerName: 'Coach', status: 'in_review' } });
    expect(await service.setBlockVerdict(coCoach, submissionId, 'channels', 'accepted', null)).toEqual({ ok: false, reason: 'conflict' });
    expect(await service.finishReview(coCoach, submissionId, { comment: null, grade: 5 })).toEqual({ ok: false, reason: 'conflict' });
    expect(await outboxOf(student)).toEqual([]);
  });

  it('gives the group coach the CSV export and the chart as a PNG', async () => {
    const { coach, groupId } = await setUp();
    const files = createCourseGroupFiles(handle.db);
    const csv = await files.csv(coach, groupId, 'ru');
    if (!csv.ok) throw new Error(csv.reason);
    expect(csv.value.fileName).toBe(`group-${groupId}-latest.csv`);
    expect(csv.value.body.toString('utf8')).toContain('Кофейня «Зерно»');
    const chart = await files.chart(coach, groupId, 'ru');
    if (!chart.ok) throw new Error(chart.reason);
    expect(chart.value.contentType).toBe('image/png');
    expect(chart.value.body.subarray(1, 4).toString('latin1')).toBe('PNG');
  }, 60_000);

  it('answers a stranger to a group that is not theirs exactly as to one that does not exist', async () => {
    const service = createCourseDashboardService(handle.db);
    const someone = await createPerson(handle.db, 'Someone');
    expect(await service.groupGrid(someone, 999_999)).toEqual({ ok: false, reason: 'forbidden' });
    expect(await service.submission(someone, 999_999)).toEqual({ ok: false, reason: 'forbidden' });
  });

  it('mounts nothing without WEB_APP_URL, and one handler with it', () => {
    const logger = createLogger({ level: 'silent', secrets: [] });
    const config = { botToken: '1:x', course: { notifyWindowMinutes: 10, reviewLeaseMinutes: 30 } };
    expect(dashboardHandlers({ ...config, webApp: undefined }, handle.db, logger)).toEqual([]);
    expect(dashboardHandlers({ ...config, webApp: { url: 'https://coach.example.com/app/', path: '/app/' } }, handle.db, logger)).toHaveLength(1);
  });
});
