import { and, asc, eq, inArray, isNull, notExists, sql } from 'drizzle-orm';
import { courseGroups, groupInvites, groupMembers, submissions, users } from '../../db/schema.ts';
import { DEFAULT_COURSE_TIME_ZONE, type GroupRole, type InviteRole, canManage, canReview, isGroupRole } from '../course/group.ts';
import { createInvitePayload, parseInvitePayload } from '../course/invite.ts';
import { type CourseResult, fail, ok } from '../course/result.ts';
import type { GroupInvite, GroupMember, GroupMembership, GroupRecord, InvitePreview } from '../course/records.ts';
import { type Language, isLanguage } from '../i18n.ts';
import type { Queryable } from './database.ts';

export type { GroupInvite, GroupMember, GroupMembership, GroupRecord, InvitePreview };

/** A group made without a zone reads its deadline in Moscow time, the course's first zone. */
export const DEFAULT_GROUP_TIME_ZONE = DEFAULT_COURSE_TIME_ZONE;

export interface NewGroup {
  name: string;
  assignment?: string | null;
  deadline?: Date | null;
  timeZone?: string;
}

export interface GroupSettings {
  assignment?: string | null;
  deadline?: Date | null;
  timeZone?: string;
}

export type JoinError = 'invalid_invite' | 'archived' | 'already_member';

/** A student to tell of a change to the group, in their own language and zone. */
export interface StudentReader {
  userId: number;
  language: Language;
  timeZone: string | null;
}

function toGroup(row: typeof courseGroups.$inferSelect): GroupRecord {
  return {
    id: row.id,
    ownerId: row.ownerId,
    name: row.name,
    assignment: row.assignment,
    deadline: row.deadline,
    timeZone: row.timeZone,
    archivedAt: row.archivedAt,
    createdAt: row.createdAt,
  };
}

function toInvite(row: typeof groupInvites.$inferSelect): GroupInvite {
  return { token: row.token, groupId: row.groupId, role: row.role === 'co_coach' ? 'co_coach' : 'student', createdAt: row.createdAt };
}

/**
 * Course groups: who belongs to them in which role, and their invite links. Every method that
 * acts for a user checks the user's role first and answers `not_yours` to anyone else, so a
 * forged or copied button changes nothing.
 */
export function createGroupRepository(db: Queryable) {
  async function membership(userId: number, groupId: number): Promise<GroupMembership | null> {
    const [row] = await db
      .select({ group: courseGroups, role: groupMembers.role })
      .from(groupMembers)
      .innerJoin(courseGroups, eq(courseGroups.id, groupMembers.groupId))
      .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
    return row && isGroupRole(row.role) ? { group: toGroup(row.group), role: row.role } : null;
  }

  /** The group when `userId` may manage it (its coach). */
  async function managed(userId: number, groupId: number): Promise<GroupRecord | null> {
    const found = await membership(userId, groupId);
    return found && canManage(found.role) ? found.group : null;
  }

  async function issueInvite(tx: Queryable, groupId: number, role: InviteRole): Promise<GroupInvite> {
    const [row] = await tx
      .insert(groupInvites)
      .values({ token: createInvitePayload(role), groupId, role })
      .returning();
    if (!row) throw new Error('invite insert returned no row');
    return toInvite(row);
  }

  async function revokeLive(tx: Queryable, groupId: number, role: InviteRole): Promise<void> {
    await tx
      .update(groupInvites)
      .set({ revokedAt: new Date() })
      .where(and(eq(groupInvites.groupId, groupId), eq(groupInvites.role, role), isNull(groupInvites.revokedAt)));
  }

  return {
    /** Creates a group owned by `ownerId`, with a student link and a co-coach link. */
    async create(ownerId: number, group: NewGroup): Promise<{ group: GroupRecord; studentInvite: GroupInvite; coCoachInvite: GroupInvite }> {
      return db.transaction(async (tx) => {
        const [row] = await tx
          .insert(courseGroups)
          .values({
            ownerId,
            name: group.name,
            assignment: group.assignment ?? null,
            deadline: group.deadline ?? null,
            timeZone: group.timeZone ?? DEFAULT_GROUP_TIME_ZONE,
          })
          .returning();
        if (!row) throw new Error('group insert returned no row');
        await tx.insert(groupMembers).values({ groupId: row.id, userId: ownerId, role: 'coach' });
        return { group: toGroup(row), studentInvite: await issueInvite(tx, row.id, 'student'), coCoachInvite: await issueInvite(tx, row.id, 'co_coach') };
      });
    },

    /** The group as `userId` sees it, with their role; `not_yours` when they are not a member. */
    async find(userId: number, groupId: number): Promise<CourseResult<GroupMembership>> {
      const found = await membership(userId, groupId);
      return found ? ok(found) : fail('not_yours');
    },

    /** The user's role in a group, or null. */
    async roleOf(userId: number, groupId: number): Promise<GroupRole | null> {
      return (await membership(userId, groupId))?.role ?? null;
    },

    /** Every group the user belongs to, in any role, oldest first. */
    async listForUser(userId: number): Promise<GroupMembership[]> {
      const rows = await db
        .select({ group: courseGroups, role: groupMembers.role })
        .from(groupMembers)
        .innerJoin(courseGroups, eq(courseGroups.id, groupMembers.groupId))
        .where(eq(groupMembers.userId, userId))
        .orderBy(asc(courseGroups.createdAt), asc(courseGroups.id));
      return rows.flatMap((row) => (isGroupRole(row.role) ? [{ group: toGroup(row.group), role: row.role }] : []));
    },

    /** Groups the user can hand a canvas in to: a student there, and the group not archived. */
    async submittableGroups(userId: number): Promise<GroupRecord[]> {
      const rows = await db
        .select({ group: courseGroups })
        .from(groupMembers)
        .innerJoin(courseGroups, eq(courseGroups.id, groupMembers.groupId))
        .where(and(eq(groupMembers.userId, userId), eq(groupMembers.role, 'student'), isNull(courseGroups.archivedAt)))
        .orderBy(asc(courseGroups.createdAt), asc(courseGroups.id));
      return rows.map((row) => toGroup(row.group));
    },

    /** Everyone in the group with their role; for its coaches only. */
    async members(userId: number, groupId: number): Promise<CourseResult<GroupMember[]>> {
      const found = await membership(userId, groupId);
      if (!found || !canReview(found.role)) return fail('not_yours');
      const rows = await db
        .select({ userId: groupMembers.userId, role: groupMembers.role, joinedAt: groupMembers.joinedAt, firstName: users.firstName, username: users.username })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(eq(groupMembers.groupId, groupId))
        .orderBy(asc(groupMembers.joinedAt), asc(groupMembers.userId));
      return ok(rows.flatMap((row) => (isGroupRole(row.role) ? [{ ...row, role: row.role }] : [])));
    },

    /**
     * The group's students whose work is not accepted yet (no submission of theirs to it is
     * accepted), oldest member first; for its coach only. They are the ones a changed assignment
     * or deadline still concerns.
     */
    async studentsStillWorking(userId: number, groupId: number): Promise<CourseResult<StudentReader[]>> {
      if (!(await managed(userId, groupId))) return fail('not_yours');
      const accepted = db
        .select({ id: submissions.id })
        .from(submissions)
        .where(and(eq(submissions.groupId, groupMembers.groupId), eq(submissions.studentId, groupMembers.userId), eq(submissions.status, 'accepted')));
      const rows = await db
        .select({ userId: groupMembers.userId, language: users.language, timeZone: users.timeZone })
        .from(groupMembers)
        .innerJoin(users, eq(users.id, groupMembers.userId))
        .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.role, 'student'), notExists(accepted)))
        .orderBy(asc(groupMembers.joinedAt), asc(groupMembers.userId));
      return ok(rows.map((row) => ({ userId: row.userId, language: isLanguage(row.language) ? row.language : 'ru', timeZone: row.timeZone })));
    },

    async rename(userId: number, groupId: number, name: string): Promise<CourseResult<GroupRecord>> {
      if (!(await managed(userId, groupId))) return fail('not_yours');
      const [row] = await db.update(courseGroups).set({ name, updatedAt: new Date() }).where(eq(courseGroups.id, groupId)).returning();
      return row ? ok(toGroup(row)) : fail('not_yours');
    },

    /** Changes the assignment, the deadline or the time zone; an absent field is kept. */
    async configure(userId: number, groupId: number, settings: GroupSettings): Promise<CourseResult<GroupRecord>> {
      if (!(await managed(userId, groupId))) return fail('not_yours');
      const [row] = await db
        .update(courseGroups)
        .set({
          ...(settings.assignment !== undefined ? { assignment: settings.assignment } : {}),
          ...(settings.deadline !== undefined ? { deadline: settings.deadline } : {}),
          ...(settings.timeZone !== undefined ? { timeZone: settings.timeZone } : {}),
          updatedAt: new Date(),
        })
        .where(eq(courseGroups.id, groupId))
        .returning();
      return row ? ok(toGroup(row)) : fail('not_yours');
    },

    /** Archives (no new members or submissions; everything stays readable) or brings back. */
    async setArchived(userId: number, groupId: number, archived: boolean): Promise<CourseResult<GroupRecord>> {
      if (!(await managed(userId, groupId))) return fail('not_yours');
      const [row] = await db
        .update(courseGroups)
        .set({ archivedAt: archived ? sql`coalesce(${courseGroups.archivedAt}, now())` : null, updatedAt: new Date() })
        .where(eq(courseGroups.id, groupId))
        .returning();
      return row ? ok(toGroup(row)) : fail('not_yours');
    },

    /**
     * Deletes the group with everything students handed in to it (submissions, reviews, pending
     * notifications); the students' own canvases stay theirs. Returns who was in it, to tell them.
     */
    async delete(userId: number, groupId: number): Promise<CourseResult<{ group: GroupRecord; memberIds: number[] }>> {
      const group = await managed(userId, groupId);
      if (!group) return fail('not_yours');
      const members = await db.select({ userId: groupMembers.userId }).from(groupMembers).where(eq(groupMembers.groupId, groupId));
      await db.delete(courseGroups).where(eq(courseGroups.id, groupId));
      return ok({ group, memberIds: members.map((member) => member.userId).filter((id) => id !== userId) });
    },

    /** The live invite links of a group; for its coach only. */
    async invites(userId: number, groupId: number): Promise<CourseResult<{ student: GroupInvite | null; coCoach: GroupInvite | null }>> {
      if (!(await managed(userId, groupId))) return fail('not_yours');
      const rows = await db
        .select()
        .from(groupInvites)
        .where(and(eq(groupInvites.groupId, groupId), isNull(groupInvites.revokedAt)));
      const live = rows.map(toInvite);
      return ok({ student: live.find((invite) => invite.role === 'student') ?? null, coCoach: live.find((invite) => invite.role === 'co_coach') ?? null });
    },

    /** Switches a link off; people who already joined stay. */
    async revokeInvite(userId: number, groupId: number, role: InviteRole): Promise<CourseResult<null>> {
      if (!(await managed(userId, groupId))) return fail('not_yours');
      await revokeLive(db, groupId, role);
      return ok(null);
    },

    /** Replaces a link with a new one: the old link stops working. */
    async renewInvite(userId: number, groupId: number, role: InviteRole): Promise<CourseResult<GroupInvite>> {
      if (!(await managed(userId, groupId))) return fail('not_yours');
      return ok(
        await db.transaction(async (tx) => {
          await revokeLive(tx, groupId, role);
          return issueInvite(tx, groupId, role);
        }),
      );
    },

    /** What a `/start` payload invites to, or null when it is no live invite. Reading it changes nothing. */
    async previewInvite(payload: string): Promise<InvitePreview | null> {
      const parsed = parseInvitePayload(payload);
      if (!parsed) return null;
      const [row] = await db
        .select({ group: courseGroups, role: groupInvites.role, coach: { id: users.id, firstName: users.firstName, username: users.username } })
        .from(groupInvites)
        .innerJoin(courseGroups, eq(courseGroups.id, groupInvites.groupId))
        .innerJoin(users, eq(users.id, courseGroups.ownerId))
        .where(and(eq(groupInvites.token, parsed.token), eq(groupInvites.role, parsed.role), isNull(groupInvites.revokedAt)));
      return row ? { group: toGroup(row.group), role: parsed.role, coach: row.coach } : null;
    },

    /** Joins the group an invite names, in the role it grants. */
    async joinByInvite(userId: number, payload: string): Promise<CourseResult<GroupMembership, JoinError>> {
      const parsed = parseInvitePayload(payload);
      if (!parsed) return fail('invalid_invite');
      const [invite] = await db
        .select({ group: courseGroups })
        .from(groupInvites)
        .innerJoin(courseGroups, eq(courseGroups.id, groupInvites.groupId))
        .where(and(eq(groupInvites.token, parsed.token), eq(groupInvites.role, parsed.role), isNull(groupInvites.revokedAt)));
      if (!invite) return fail('invalid_invite');
      const group = toGroup(invite.group);
      if (group.archivedAt) return fail('archived');
      const inserted = await db
        .insert(groupMembers)
        .values({ groupId: group.id, userId, role: parsed.role })
        .onConflictDoNothing()
        .returning({ userId: groupMembers.userId });
      if (inserted.length === 0) return fail('already_member');
      return ok({ group, role: parsed.role });
    },

    /**
     * Leaves a group. A student's submissions to it go with them (the coach no longer sees them);
     * their canvases stay. A co-coach's open reviews are released. The coach deletes instead.
     */
    async leave(userId: number, groupId: number): Promise<CourseResult<GroupRecord, 'owner_cannot_leave'>> {
      const found = await membership(userId, groupId);
      if (!found) return fail('not_yours');
      if (found.role === 'coach') return fail('owner_cannot_leave');
      await db.transaction(async (tx) => {
        await tx.delete(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
        if (found.role === 'student') {
          await tx.delete(submissions).where(and(eq(submissions.groupId, groupId), eq(submissions.studentId, userId)));
        } else {
          await tx
            .update(submissions)
            .set({ claimedBy: null, claimExpiresAt: null })
            .where(and(eq(submissions.groupId, groupId), eq(submissions.claimedBy, userId)));
        }
      });
      return ok(found.group);
    },

    /** The coach removes a student or a co-coach; as when they leave, a student's submissions go with them. */
    async removeMember(userId: number, groupId: number, memberId: number): Promise<CourseResult<{ group: GroupRecord; role: GroupRole }, 'not_a_member'>> {
      const group = await managed(userId, groupId);
      if (!group) return fail('not_yours');
      const target = await membership(memberId, groupId);
      if (!target || target.role === 'coach') return fail('not_a_member');
      await db.transaction(async (tx) => {
        await tx.delete(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, memberId)));
        if (target.role === 'student') {
          await tx.delete(submissions).where(and(eq(submissions.groupId, groupId), eq(submissions.studentId, memberId)));
        } else {
          await tx
            .update(submissions)
            .set({ claimedBy: null, claimExpiresAt: null })
            .where(and(eq(submissions.groupId, groupId), eq(submissions.claimedBy, memberId)));
        }
      });
      return ok({ group, role: target.role });
    },

    /** Coach and co-coaches of the groups given, for notifications. */
    async reviewersOf(groupIds: number[]): Promise<Array<{ groupId: number; userId: number }>> {
      if (groupIds.length === 0) return [];
      return db
        .select({ groupId: groupMembers.groupId, userId: groupMembers.userId })
        .from(groupMembers)
        .where(and(inArray(groupMembers.groupId, groupIds), inArray(groupMembers.role, ['coach', 'co_coach'])));
    },
  };
}

export type GroupRepository = ReturnType<typeof createGroupRepository>;
