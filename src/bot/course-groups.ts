import type { CourseAction, CourseOp } from '../canvas/course-mode.ts';
import { DEFAULT_COURSE_TIME_ZONE } from '../course/group.ts';
import { inviteLink } from '../course/invite.ts';
import { timeZoneLabel } from '../course/time-zones.ts';
import { formatLocalTime, personLabel, renderInvitePreview } from '../render/course-text.ts';
import { escapeHtml } from '../render/html.ts';
import { shorten } from '../render/shorten.ts';
import { type CourseIo, MAX_BUTTON_TEXT } from './course-io.ts';
import { askTimeZone } from './course-settings.ts';
import type { Keyboard } from './outgoing.ts';

/*
 * Groups and who is in them: creating one, invites and joining, the list of groups and a group's
 * menu, renaming, archiving, deleting, removing a member and leaving. Storage checks each role;
 * the people a change concerns (the coach, a removed member, every member) are told here.
 */

/** The buttons of a group's menu and its invites. */
export type GroupAction = Extract<
  CourseAction,
  {
    kind: 'join' | 'group_menu' | 'rename_group' | 'archive_group' | 'delete_group' | 'renew_invite' | 'revoke_invite' | 'remove_member' | 'leave_group';
  }
>;

export async function applyGroupAction(io: CourseIo, action: GroupAction): Promise<void> {
  switch (action.kind) {
    case 'join':
      return join(io, action.payload);
    case 'group_menu':
      return groupMenu(io, action.groupId);
    case 'rename_group': {
      const found = await io.deps.repos.groups.roleOf(io.deps.user.id, action.groupId);
      if (found !== 'coach') return io.notYours();
      io.say(escapeHtml(io.t('course:coach.ask_rename_group')));
      return;
    }
    case 'archive_group': {
      const result = await io.deps.repos.groups.setArchived(io.deps.user.id, action.groupId, action.archived);
      if (!result.ok) return io.notYours();
      io.say(io.t(`course:${action.archived ? 'groups.archived' : 'groups.unarchived'}`, { group: escapeHtml(result.value.name) }));
      return;
    }
    case 'delete_group':
      return deleteGroup(io, action.groupId, action.confirmed);
    case 'renew_invite': {
      const result = await io.deps.repos.groups.renewInvite(io.deps.user.id, action.groupId, action.role);
      if (!result.ok) return io.notYours();
      io.say(
        io.t(`course:${action.role === 'student' ? 'coach.student_link' : 'coach.co_coach_link'}`, {
          link: inviteLink(io.deps.botUsername, result.value.token),
        }),
      );
      return;
    }
    case 'revoke_invite': {
      const result = await io.deps.repos.groups.revokeInvite(io.deps.user.id, action.groupId, action.role);
      if (!result.ok) return io.notYours();
      io.say(escapeHtml(io.t('course:groups.revoked')));
      return;
    }
    case 'remove_member':
      return removeMember(io, action.groupId, action.memberId);
    case 'leave_group':
      return leaveGroup(io, action.groupId, action.confirmed);
  }
}

/** The next question while a coach creates a group: its name, assignment, their zone, its deadline. */
export function askNewGroup(io: CourseIo, prompt: Extract<CourseOp, { kind: 'ask' }>['prompt'], timeZone: string | undefined): void {
  switch (prompt) {
    case 'time_zone':
      askTimeZone(io);
      return;
    case 'group_assignment':
      io.say(escapeHtml(io.t('course:coach.ask_assignment')), [[io.key(io.t('course:coach.skip_assignment'), { kind: 'skip_assignment' })]]);
      return;
    case 'group_deadline':
      io.say(escapeHtml(io.t('course:coach.ask_deadline', { zone: timeZoneLabel(timeZone ?? DEFAULT_COURSE_TIME_ZONE, new Date()) })), [
        [io.key(io.t('course:coach.no_deadline'), { kind: 'no_deadline' })],
      ]);
      return;
    default:
      io.say(escapeHtml(io.t(`course:coach.ask_${prompt}`)));
  }
}

export async function createGroup(io: CourseIo, op: Extract<CourseOp, { kind: 'create_group' }>): Promise<void> {
  const created = await io.deps.repos.groups.create(io.deps.user.id, {
    name: op.name,
    assignment: op.assignment,
    deadline: op.deadline === null ? null : new Date(op.deadline),
    timeZone: op.timeZone,
  });
  const parts = [io.t('course:coach.created', { group: escapeHtml(created.group.name) })];
  if (created.group.deadline) {
    parts.push(escapeHtml(io.t('course:deadline', { deadline: formatLocalTime(io.deps.language, created.group.deadline, created.group.timeZone) })));
  }
  parts.push(io.t('course:coach.student_link', { link: inviteLink(io.deps.botUsername, created.studentInvite.token) }));
  parts.push(io.t('course:coach.co_coach_link', { link: inviteLink(io.deps.botUsername, created.coCoachInvite.token) }));
  parts.push(escapeHtml(io.t('course:coach.next')));
  io.say(parts.join('\n\n'));
}

/** An invite link opened: the group it leads to, with the button to join. */
export async function showInvite(io: CourseIo, payload: string): Promise<void> {
  const preview = await io.deps.repos.groups.previewInvite(payload);
  if (!preview) {
    io.say(escapeHtml(io.t('course:join.invalid_invite')));
    return;
  }
  const role = await io.deps.repos.groups.roleOf(io.deps.user.id, preview.group.id);
  if (role !== null) {
    io.say(io.t('course:join.already_member', { group: escapeHtml(preview.group.name) }));
    return;
  }
  io.say(renderInvitePreview(io.deps.language, preview, io.deps.user.timeZone), [[io.key(io.t('course:join.button'), { kind: 'join', payload })]]);
}

export async function renameGroup(io: CourseIo, groupId: number, name: string): Promise<void> {
  const result = await io.deps.repos.groups.rename(io.deps.user.id, groupId, name);
  if (!result.ok) return io.notYours();
  io.say(io.t('course:groups.renamed', { group: escapeHtml(result.value.name) }));
}

async function join(io: CourseIo, payload: string): Promise<void> {
  const { repos, user } = io.deps;
  const joined = await repos.groups.joinByInvite(user.id, payload);
  if (!joined.ok) {
    const preview = await repos.groups.previewInvite(payload);
    const group = escapeHtml(preview?.group.name ?? '');
    io.say(io.t(`course:join.${joined.error === 'not_yours' ? 'invalid_invite' : joined.error}`, { group }));
    return;
  }
  const group = escapeHtml(joined.value.group.name);
  io.say(io.t(`course:${joined.value.role === 'co_coach' ? 'join.joined_co_coach' : 'join.joined'}`, { group }));
  // Someone who never gave a zone lives by the group's: its deadline, quiet hours and reminders.
  await repos.users.adoptTimeZone(user.id, joined.value.group.timeZone);
  const owner = joined.value.group.ownerId;
  const ownerT = await io.readerOf(owner);
  io.say(
    ownerT(`course:join.told_coach`, {
      student: personLabel({ id: user.id, firstName: user.firstName, username: user.username }),
      group,
      role: ownerT(`course:role.${joined.value.role}`),
    }),
    undefined,
    owner,
  );
}

async function leaveGroup(io: CourseIo, groupId: number, confirmed: boolean): Promise<void> {
  const { repos, user } = io.deps;
  const found = await repos.groups.find(user.id, groupId);
  if (!found.ok) return io.notYours();
  const group = escapeHtml(found.value.group.name);
  if (!confirmed) {
    io.say(io.t('course:groups.leave_confirm', { group }), [[io.key(io.t('course:groups.leave_button'), { kind: 'leave_group', groupId, confirmed: true })]]);
    return;
  }
  const left = await repos.groups.leave(user.id, groupId);
  if (!left.ok) {
    if (left.error === 'not_yours') return io.notYours();
    io.say(escapeHtml(io.t('course:groups.owner_cannot_leave')));
    return;
  }
  io.say(io.t('course:groups.left', { group }));
}

async function deleteGroup(io: CourseIo, groupId: number, confirmed: boolean): Promise<void> {
  const { repos, user } = io.deps;
  if (!confirmed) {
    const found = await repos.groups.find(user.id, groupId);
    if (!found.ok || found.value.role !== 'coach') return io.notYours();
    io.say(io.t('course:groups.delete_confirm', { group: escapeHtml(found.value.group.name) }), [
      [io.key(io.t('course:groups.delete_button'), { kind: 'delete_group', groupId, confirmed: true })],
    ]);
    return;
  }
  const result = await repos.groups.delete(user.id, groupId);
  if (!result.ok) return io.notYours();
  const group = escapeHtml(result.value.group.name);
  for (const memberId of result.value.memberIds) {
    const readerT = await io.readerOf(memberId);
    io.say(escapeHtml(readerT('course:notify.group_deleted', { group: result.value.group.name })), undefined, memberId);
  }
  io.say(io.t('course:groups.deleted', { group }));
}

async function removeMember(io: CourseIo, groupId: number, memberId: number): Promise<void> {
  const result = await io.deps.repos.groups.removeMember(io.deps.user.id, groupId, memberId);
  if (!result.ok) {
    if (result.error === 'not_yours') return io.notYours();
    io.say(escapeHtml(io.t('course:groups.not_a_member')));
    return;
  }
  const readerT = await io.readerOf(memberId);
  io.say(escapeHtml(readerT('course:notify.removed', { group: result.value.group.name })), undefined, memberId);
  io.say(io.t('course:groups.removed', { group: escapeHtml(result.value.group.name) }));
}

export async function showGroups(io: CourseIo): Promise<void> {
  const groups = await io.deps.repos.groups.listForUser(io.deps.user.id);
  if (groups.length === 0) {
    io.say(escapeHtml(io.t('course:groups.empty')));
    return;
  }
  const lines = groups.map(
    ({ group, role }) =>
      io.t('course:groups.item', { group: escapeHtml(group.name), role: escapeHtml(io.t(`course:role.${role}`)) }) +
      (group.archivedAt ? ` · ${escapeHtml(io.t('course:groups.archived_mark'))}` : ''),
  );
  io.say(
    [io.t('course:groups.header'), ...lines].join('\n'),
    groups.slice(0, 20).map(({ group }) => [io.key(shorten(group.name, MAX_BUTTON_TEXT), { kind: 'group_menu', groupId: group.id })]),
  );
}

/** A group as its reader sees it: a student their own work in it, a coach its members, invites and settings. */
async function groupMenu(io: CourseIo, groupId: number): Promise<void> {
  const { repos, user } = io.deps;
  const t = io.t;
  const found = await repos.groups.find(user.id, groupId);
  if (!found.ok) return io.notYours();
  const { group, role } = found.value;
  const parts = [t('course:groups.item', { group: escapeHtml(group.name), role: escapeHtml(t(`course:role.${role}`)) })];
  if (group.assignment) parts.push(t('course:join.assignment', { assignment: escapeHtml(group.assignment) }));
  if (group.deadline) parts.push(escapeHtml(t('course:deadline', { deadline: formatLocalTime(io.deps.language, group.deadline, io.zone(group.timeZone)) })));
  if (role === 'student') {
    // Every revision the student handed in here, newest first, with where it stands.
    const own = (await repos.submissions.listForStudent(user.id)).filter((submission) => submission.groupId === groupId);
    if (own.length > 0) {
      const lines = own.slice(0, 15).map((submission) => {
        const status = [
          t(`course:status.${submission.status}`),
          submission.late ? t('course:late') : null,
          submission.grade !== null ? `${submission.grade}/5` : null,
        ]
          .filter((part): part is string => part !== null)
          .join(' · ');
        return `• «${escapeHtml(shorten(submission.title, 60))}» · ${escapeHtml(t('course:revision', { revision: submission.revision }))} · ${escapeHtml(status)}`;
      });
      parts.push([escapeHtml(t('course:groups.your_work')), ...lines].join('\n'));
    }
    // One history button per canvas handed in here, at its newest revision.
    const canvases = [...new Map(own.map((submission) => [submission.canvasId, submission])).values()].slice(0, 5);
    io.say(parts.join('\n\n'), [
      ...canvases.map((submission) => [
        io.key(t('course:history.canvas_button', { title: shorten(submission.title, 30) }), { kind: 'revisions', submissionId: submission.id }),
      ]),
      [io.key(t('course:groups.leave_button'), { kind: 'leave_group', groupId, confirmed: false })],
    ]);
    return;
  }
  const members = await repos.groups.members(user.id, groupId);
  if (members.ok) {
    const students = members.value.filter((member) => member.role !== 'coach');
    parts.push(
      [
        escapeHtml(t('course:groups.members', { count: students.length })),
        ...students.map((member) => `• ${personLabel({ id: member.userId, ...member })} — ${escapeHtml(t(`course:role.${member.role}`))}`),
      ].join('\n'),
    );
  }
  if (role !== 'coach') {
    io.say(parts.join('\n\n'), [[io.key(t('course:groups.leave_button'), { kind: 'leave_group', groupId, confirmed: false })]]);
    return;
  }
  const invites = await repos.groups.invites(user.id, groupId);
  if (invites.ok) {
    if (invites.value.student) parts.push(t('course:coach.student_link', { link: inviteLink(io.deps.botUsername, invites.value.student.token) }));
    if (invites.value.coCoach) parts.push(t('course:coach.co_coach_link', { link: inviteLink(io.deps.botUsername, invites.value.coCoach.token) }));
  }
  const keyboard: Keyboard = [
    [
      io.key(t('course:groups.renew_button'), { kind: 'renew_invite', groupId, role: 'student' }),
      io.key(t('course:groups.revoke_button'), { kind: 'revoke_invite', groupId, role: 'student' }),
    ],
    [
      io.key(t('course:groups.rename_button'), { kind: 'rename_group', groupId }),
      io.key(t(`course:${group.archivedAt ? 'groups.unarchive_button' : 'groups.archive_button'}`), {
        kind: 'archive_group',
        groupId,
        archived: group.archivedAt === null,
      }),
    ],
    [
      io.key(t('course:groups.assignment_button'), { kind: 'edit_assignment', groupId }),
      io.key(t('course:groups.deadline_button'), { kind: 'edit_deadline', groupId }),
    ],
    [io.key(t('course:groups.delete_button'), { kind: 'delete_group', groupId, confirmed: false })],
  ];
  if (members.ok) {
    for (const member of members.value.filter((candidate) => candidate.role !== 'coach').slice(0, 10)) {
      keyboard.push([
        io.key(t('course:groups.remove_button', { name: shorten(member.firstName ?? member.username ?? String(member.userId), 30) }), {
          kind: 'remove_member',
          groupId,
          memberId: member.userId,
        }),
      ]);
    }
  }
  io.say(parts.join('\n\n'), keyboard);
}
