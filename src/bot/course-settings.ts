import type { GroupRecord } from '../course/records.ts';
import { OFFERED_TIME_ZONES, timeZoneLabel, viewerTimeZone } from '../course/time-zones.ts';
import { translator } from '../i18n.ts';
import { formatLocalTime } from '../render/course-text.ts';
import { escapeHtml } from '../render/html.ts';
import type { CourseIo } from './course-io.ts';
import type { Keyboard } from './outgoing.ts';

/*
 * A person's own time zone and a group's assignment and deadline after it was created: the
 * questions and the changes, and the students a change concerns told of it. The conversation
 * (course-conversation.ts) decides which comes when.
 */

/** Asks the person's zone: Moscow first as a button of its own, the other offered zones two a row, or typed. */
export function askTimeZone(io: CourseIo): void {
  const now = new Date();
  const current = io.deps.user.timeZone;
  // The first time it is asked unprompted, so it says it will not ask again; /timezone shows the zone in use.
  const parts = [io.t('course:time_zone.ask')];
  if (current) parts.push(escapeHtml(io.t('course:time_zone.current', { zone: timeZoneLabel(current, now) })));
  else parts.push(io.t('course:time_zone.asked_once'));
  const buttons = OFFERED_TIME_ZONES.map((zone, index) => {
    const city = io.t(`course:time_zone.city.${zone.replace('/', '_')}`);
    const offset = timeZoneLabel(zone, now).split(', ').at(-1);
    return io.key(`${city} (${offset})`, { kind: 'pick_time_zone', index });
  });
  const [moscow, ...others] = buttons;
  const keyboard: Keyboard = moscow ? [[moscow]] : [];
  for (let index = 0; index < others.length; index += 2) keyboard.push(others.slice(index, index + 2));
  io.say(parts.join('\n\n'), keyboard);
}

export async function setTimeZone(io: CourseIo, timeZone: string, confirm: boolean): Promise<void> {
  await io.deps.repos.users.setTimeZone(io.deps.user.id, timeZone);
  if (confirm) io.say(escapeHtml(io.t('course:time_zone.saved', { zone: timeZoneLabel(timeZone, new Date()) })));
}

/** Asks a group's new assignment or deadline (its coach only), offering to remove the one it has. */
export async function askGroupSetting(io: CourseIo, groupId: number, setting: 'assignment' | 'deadline'): Promise<void> {
  const found = await io.deps.repos.groups.find(io.deps.user.id, groupId);
  if (!found.ok || found.value.role !== 'coach') return io.notYours();
  const { group } = found.value;
  if (setting === 'assignment') {
    const keyboard: Keyboard = group.assignment ? [[io.key(io.t('course:groups.remove_assignment_button'), { kind: 'remove_assignment', groupId })]] : [];
    io.say(escapeHtml(io.t('course:groups.ask_assignment')), keyboard);
    return;
  }
  const keyboard: Keyboard = group.deadline ? [[io.key(io.t('course:groups.remove_deadline_button'), { kind: 'remove_deadline', groupId })]] : [];
  io.say(escapeHtml(io.t('course:groups.ask_deadline', { zone: timeZoneLabel(group.timeZone, new Date()) })), keyboard);
}

export async function setAssignment(io: CourseIo, groupId: number, assignment: string | null): Promise<void> {
  const { repos, user } = io.deps;
  const before = await repos.groups.find(user.id, groupId);
  const result = await repos.groups.configure(user.id, groupId, { assignment });
  if (!result.ok) return io.notYours();
  const group = escapeHtml(result.value.name);
  const parts = [io.t(assignment === null ? 'course:groups.assignment_removed' : 'course:groups.assignment_saved', { group })];
  if (before.ok && before.value.group.assignment !== assignment) {
    const told = await tellStudents(io, result.value, { setting: 'assignment', assignment });
    if (told > 0) parts.push(escapeHtml(io.t('course:groups.students_told', { count: told })));
  }
  io.say(parts.join('\n\n'));
}

/** A group's new deadline (or none); late marks already given stay, and the coach is told when that matters. */
export async function setDeadline(io: CourseIo, groupId: number, deadline: Date | null): Promise<void> {
  const { repos, user } = io.deps;
  const before = await repos.groups.find(user.id, groupId);
  const result = await repos.groups.configure(user.id, groupId, { deadline });
  if (!result.ok) return io.notYours();
  const group = result.value;
  const parts = [
    deadline === null
      ? io.t('course:groups.deadline_removed', { group: escapeHtml(group.name) })
      : io.t('course:groups.deadline_saved', {
          group: escapeHtml(group.name),
          deadline: escapeHtml(formatLocalTime(io.deps.language, deadline, group.timeZone)),
        }),
  ];
  const outOfStep = await repos.submissions.lateMarksOutOfStep(user.id, groupId, deadline);
  if (outOfStep > 0) parts.push(escapeHtml(io.t('course:groups.late_marks_kept', { count: outOfStep })));
  if (before.ok && before.value.group.deadline?.getTime() !== deadline?.getTime()) {
    const told = await tellStudents(io, group, { setting: 'deadline', deadline });
    if (told > 0) parts.push(escapeHtml(io.t('course:groups.students_told', { count: told })));
  }
  io.say(parts.join('\n\n'));
}

/** A change to a group's assignment or deadline, as its students are told of it; null is a removal. */
type GroupChange = { setting: 'assignment'; assignment: string | null } | { setting: 'deadline'; deadline: Date | null };

/**
 * Tells the group's students whose work is not accepted yet what changed, each in their own
 * language and the deadline in their own zone. The messages go into the outbox with the change,
 * as every message to another person does; returns how many were told.
 */
async function tellStudents(io: CourseIo, group: GroupRecord, change: GroupChange): Promise<number> {
  const students = await io.deps.repos.groups.studentsStillWorking(io.deps.user.id, group.id);
  if (!students.ok) return 0;
  const name = escapeHtml(group.name);
  for (const student of students.value) {
    const t = translator(student.language);
    let text: string;
    if (change.setting === 'assignment') {
      text =
        change.assignment === null
          ? t('course:notify.assignment_removed', { group: name })
          : t('course:notify.assignment_changed', { group: name, assignment: escapeHtml(change.assignment) });
    } else {
      const zone = viewerTimeZone(student.timeZone, group.timeZone);
      text =
        change.deadline === null
          ? t('course:notify.deadline_removed', { group: name })
          : t('course:notify.deadline_changed', { group: name, deadline: escapeHtml(formatLocalTime(student.language, change.deadline, zone)) });
    }
    io.say(text, undefined, student.userId);
  }
  return students.value.length;
}
