import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockReviews, canvases, coachNotifications, submissions } from '../../db/schema.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createGroupRepository } from '../../src/storage/group-repository.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { COFFEE_ANSWERS, createCourse, createFilledCanvas, createPerson } from './course-fixtures.ts';

describe(`group repository (${databaseKind})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => {
    await handle?.close();
  });
  const groups = () => createGroupRepository(handle.db);

  it('creates a group with its coach and two live links, one per role', async () => {
    const coach = await createPerson(handle.db, 'Olga');
    const deadline = new Date('2026-03-15T20:59:00Z');
    const created = await groups().create(coach, { name: 'МВА-12', assignment: 'Канва', deadline, timeZone: 'Asia/Almaty' });
    expect(created.group).toMatchObject({ ownerId: coach, name: 'МВА-12', assignment: 'Канва', deadline, timeZone: 'Asia/Almaty', archivedAt: null });
    expect(created.studentInvite.role).toBe('student');
    expect(created.coCoachInvite.role).toBe('co_coach');
    expect(created.studentInvite.token).not.toBe(created.coCoachInvite.token);
    expect(await groups().roleOf(coach, created.group.id)).toBe('coach');
    const invites = await groups().invites(coach, created.group.id);
    expect(invites).toEqual({ ok: true, value: { student: created.studentInvite, coCoach: created.coCoachInvite } });
  });

  it('previews an invite with the group, the coach and the role, without joining', async () => {
    const course = await createCourse(handle.db, { studentNames: [] });
    const preview = await groups().previewInvite(course.invites.studentInvite.token);
    expect(preview).toMatchObject({
      role: 'student',
      group: { id: course.groupId, name: 'Весна-2026', assignment: 'Канва вашего проекта' },
      coach: { id: course.coach, firstName: 'Coach' },
    });
    expect(await groups().previewInvite('j_not-a-real-token-aaaaaaaaaaaaaaaaaa')).toBeNull();
    expect(await groups().previewInvite('hello')).toBeNull();
    const members = await groups().members(course.coach, course.groupId);
    expect(members.ok && members.value.map((member) => member.role)).toEqual(['coach', 'co_coach']);
  });

  it('joins through a link in the role it grants, once', async () => {
    const course = await createCourse(handle.db, { studentNames: ['Vera'] });
    const [vera] = course.students;
    expect(await groups().roleOf(vera!, course.groupId)).toBe('student');
    expect(await groups().roleOf(course.coCoach, course.groupId)).toBe('co_coach');
    expect(await groups().joinByInvite(vera!, course.invites.studentInvite.token)).toEqual({ ok: false, error: 'already_member' });
    expect(await groups().joinByInvite(vera!, course.invites.coCoachInvite.token)).toEqual({ ok: false, error: 'already_member' });
    expect(await groups().joinByInvite(course.coach, course.invites.studentInvite.token)).toEqual({ ok: false, error: 'already_member' });
    expect(await groups().joinByInvite(vera!, 'garbage')).toEqual({ ok: false, error: 'invalid_invite' });
  });

  it('lets one person be a coach in one group and a student in another', async () => {
    const first = await createCourse(handle.db, { studentNames: [] });
    const second = await createCourse(handle.db, { studentNames: [] });
    expect((await groups().joinByInvite(first.coach, second.invites.studentInvite.token)).ok).toBe(true);
    const memberships = await groups().listForUser(first.coach);
    expect(memberships.map((membership) => [membership.group.id, membership.role])).toEqual([
      [first.groupId, 'coach'],
      [second.groupId, 'student'],
    ]);
    expect((await groups().submittableGroups(first.coach)).map((group) => group.id)).toEqual([second.groupId]);
  });

  it('stops a revoked link, and a renewed link replaces the old one', async () => {
    const course = await createCourse(handle.db, { studentNames: [] });
    const late = await createPerson(handle.db, 'Late');
    expect(await groups().revokeInvite(course.coach, course.groupId, 'student')).toEqual({ ok: true, value: null });
    expect(await groups().joinByInvite(late, course.invites.studentInvite.token)).toEqual({ ok: false, error: 'invalid_invite' });
    expect(await groups().previewInvite(course.invites.studentInvite.token)).toBeNull();
    const renewed = await groups().renewInvite(course.coach, course.groupId, 'student');
    if (!renewed.ok) throw new Error(renewed.error);
    expect(renewed.value.token).not.toBe(course.invites.studentInvite.token);
    expect((await groups().joinByInvite(late, renewed.value.token)).ok).toBe(true);
    const again = await groups().renewInvite(course.coach, course.groupId, 'student');
    if (!again.ok) throw new Error(again.error);
    expect(await groups().joinByInvite(await createPerson(handle.db, 'X'), renewed.value.token)).toEqual({ ok: false, error: 'invalid_invite' });
    const invites = await groups().invites(course.coach, course.groupId);
    expect(invites.ok && invites.value.student?.token).toBe(again.value.token);
    expect(invites.ok && invites.value.coCoach?.token).toBe(course.invites.coCoachInvite.token);
  });

  it('renames, configures and archives; an archived group takes nobody new', async () => {
    const course = await createCourse(handle.db, { studentNames: [] });
    const renamed = await groups().rename(course.coach, course.groupId, 'Осень-2026');
    expect(renamed.ok && renamed.value.name).toBe('Осень-2026');
    const deadline = new Date('2026-04-01T18:00:00Z');
    const configured = await groups().configure(course.coach, course.groupId, { deadline, timeZone: 'Europe/Berlin' });
    expect(configured.ok && configured.value).toMatchObject({ deadline, timeZone: 'Europe/Berlin', assignment: 'Канва вашего проекта' });
    const archived = await groups().setArchived(course.coach, course.groupId, true);
    expect(archived.ok && archived.value.archivedAt).toBeInstanceOf(Date);
    expect(await groups().joinByInvite(await createPerson(handle.db, 'Y'), course.invites.studentInvite.token)).toEqual({ ok: false, error: 'archived' });
    const restored = await groups().setArchived(course.coach, course.groupId, false);
    expect(restored.ok && restored.value.archivedAt).toBeNull();
  });

  it('answers not_yours to students, co-coaches and strangers for every managing action, and changes nothing', async () => {
    const course = await createCourse(handle.db, { studentNames: ['Masha'] });
    const stranger = await createPerson(handle.db, 'Stranger');
    const others = [course.students[0]!, course.coCoach, stranger];
    for (const user of others) {
      expect(await groups().rename(user, course.groupId, 'hacked')).toEqual({ ok: false, error: 'not_yours' });
      expect(await groups().configure(user, course.groupId, { deadline: null })).toEqual({ ok: false, error: 'not_yours' });
      expect(await groups().setArchived(user, course.groupId, true)).toEqual({ ok: false, error: 'not_yours' });
      expect(await groups().invites(user, course.groupId)).toEqual({ ok: false, error: 'not_yours' });
      expect(await groups().revokeInvite(user, course.groupId, 'student')).toEqual({ ok: false, error: 'not_yours' });
      expect(await groups().renewInvite(user, course.groupId, 'co_coach')).toEqual({ ok: false, error: 'not_yours' });
      expect(await groups().removeMember(user, course.groupId, course.students[0]!)).toEqual({ ok: false, error: 'not_yours' });
      expect(await groups().delete(user, course.groupId)).toEqual({ ok: false, error: 'not_yours' });
    }
    expect(await groups().members(course.students[0]!, course.groupId)).toEqual({ ok: false, error: 'not_yours' });
    expect(await groups().members(stranger, course.groupId)).toEqual({ ok: false, error: 'not_yours' });
    expect(await groups().find(stranger, course.groupId)).toEqual({ ok: false, error: 'not_yours' });
    expect(await groups().leave(stranger, course.groupId)).toEqual({ ok: false, error: 'not_yours' });
    expect(await groups().rename(course.coach, 999_999, 'none')).toEqual({ ok: false, error: 'not_yours' });
    const found = await groups().find(course.coach, course.groupId);
    expect(found.ok && found.value.group).toMatchObject({ name: 'Весна-2026', archivedAt: null, deadline: null });
    const invites = await groups().invites(course.coach, course.groupId);
    expect(invites.ok && invites.value.student?.token).toBe(course.invites.studentInvite.token);
    const members = await groups().members(course.coach, course.groupId);
    expect(members.ok && members.value.length).toBe(3);
  });

  it('lets a student leave: their canvas stays, their submissions to the group go', async () => {
    const course = await createCourse(handle.db, { studentNames: ['Lena'] });
    const lena = course.students[0]!;
    const canvasId = await createFilledCanvas(handle.db, lena, 'Кофейня', COFFEE_ANSWERS);
    const submitted = await createSubmissionRepository(handle.db).submit(lena, canvasId, course.groupId, 'Lena');
    expect(submitted.ok).toBe(true);
    expect(await groups().leave(course.coach, course.groupId)).toEqual({ ok: false, error: 'owner_cannot_leave' });
    const left = await groups().leave(lena, course.groupId);
    expect(left.ok).toBe(true);
    expect(await groups().roleOf(lena, course.groupId)).toBeNull();
    expect(await handle.db.select().from(canvases).where(eq(canvases.id, canvasId))).toHaveLength(1);
    expect(await handle.db.select().from(submissions).where(eq(submissions.studentId, lena))).toHaveLength(0);
    expect(await createSubmissionRepository(handle.db).inbox(course.coach)).toEqual([]);
  });

  it('lets the coach remove a student or a co-coach, never themselves', async () => {
    const course = await createCourse(handle.db, { studentNames: ['Petr'] });
    const petr = course.students[0]!;
    expect(await groups().removeMember(course.coach, course.groupId, course.coach)).toEqual({ ok: false, error: 'not_a_member' });
    expect(await groups().removeMember(course.coach, course.groupId, await createPerson(handle.db, 'Nobody'))).toEqual({ ok: false, error: 'not_a_member' });
    const removed = await groups().removeMember(course.coach, course.groupId, petr);
    expect(removed.ok && removed.value.role).toBe('student');
    expect(await groups().roleOf(petr, course.groupId)).toBeNull();
    expect((await groups().removeMember(course.coach, course.groupId, course.coCoach)).ok).toBe(true);
    expect(await groups().roleOf(course.coCoach, course.groupId)).toBeNull();
  });

  it('deletes a group with everything handed in to it, and the students keep their canvases', async () => {
    const course = await createCourse(handle.db, { studentNames: ['Ira', 'Oleg'] });
    const repository = createSubmissionRepository(handle.db);
    const canvasIds: number[] = [];
    for (const student of course.students) {
      const canvasId = await createFilledCanvas(handle.db, student, 'Проект', COFFEE_ANSWERS);
      canvasIds.push(canvasId);
      const submitted = await repository.submit(student, canvasId, course.groupId, null);
      if (!submitted.ok) throw new Error(submitted.error);
    }
    const inbox = await repository.inbox(course.coach);
    const first = inbox[0]!.items[0]!.submissionId;
    expect((await repository.claim(course.coach, first)).ok).toBe(true);
    expect((await repository.reviewBlock(course.coach, first, 'channels', { verdict: 'returned', comment: 'мало' })).ok).toBe(true);

    const deleted = await groups().delete(course.coach, course.groupId);
    expect(deleted.ok && [...deleted.value.memberIds].sort()).toEqual([course.coCoach, ...course.students].sort());
    const count = async (table: typeof submissions | typeof blockReviews | typeof coachNotifications) =>
      (await handle.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;
    expect(await handle.db.select().from(submissions).where(eq(submissions.groupId, course.groupId))).toHaveLength(0);
    expect(await count(blockReviews)).toBe(0);
    expect(await handle.db.select().from(coachNotifications).where(eq(coachNotifications.coachId, course.coach))).toHaveLength(0);
    for (const canvasId of canvasIds) expect(await handle.db.select().from(canvases).where(eq(canvases.id, canvasId))).toHaveLength(1);
    expect(await groups().listForUser(course.students[0]!)).toEqual([]);
  });
});
