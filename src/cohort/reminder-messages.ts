import { translator, type Language } from '../i18n.ts';
import { escapeHtml } from '../render/html.ts';
import { shorten } from '../render/shorten.ts';
import type { GroupMemberStatus, MemberStatus } from './member-status.ts';
import { formatDateTime } from './relative-time.ts';
import type { GroupReminderPlan } from './reminder-rules.ts';
import { MESSAGE_BUDGET, sortMembers, type GroupSummary } from './group-status-message.ts';

/** What the coach is told after pressing "remind": how many now, how many in their morning, how many opted out. */
export function groupReminderReport(plan: GroupReminderPlan, language: Language, coachTimeZone: string): string {
  const t = translator(language);
  if (plan.kind === 'too_soon') {
    return t('cohort:remind.too_soon', { when: formatDateTime(plan.nextAllowedAt, language, coachTimeZone) });
  }
  if (plan.reminders.length === 0 && plan.optedOut.length === 0) return t('cohort:remind.nobody');
  const now = plan.reminders.filter((reminder) => reminder.immediate).length;
  const lines = [t('cohort:remind.sent', { count: plan.reminders.length })];
  if (plan.reminders.length > now) lines.push(t('cohort:remind.morning', { count: plan.reminders.length - now }));
  if (plan.optedOut.length > 0) lines.push(t('cohort:remind.opted_out', { count: plan.optedOut.length }));
  return lines.join('\n');
}

export type StudentReminderKind = 'coach' | 'deadline';

/** The reminder a student gets, from the coach's button or a day before the deadline. */
export function studentReminderText(kind: StudentReminderKind, group: GroupSummary, status: MemberStatus, language: Language, studentTimeZone: string): string {
  const t = translator(language);
  const name = escapeHtml(shorten(group.name, 64));
  const deadline = group.deadline ? formatDateTime(group.deadline, language, studentTimeZone) : null;
  const lead = status === 'returned' ? t(`cohort:student.${kind}_returned`, { group: name }) : t(`cohort:student.${kind}`, { group: name });
  return [lead, ...(deadline ? [t('cohort:student.due', { when: deadline })] : []), t('cohort:student.how')].join('\n');
}

/** Names joined until the budget is spent, then "and N more". */
function namesWithin(members: readonly GroupMemberStatus[], budget: number, language: Language): string {
  const t = translator(language);
  const names: string[] = [];
  let used = 0;
  for (const [index, member] of members.entries()) {
    const name = escapeHtml(shorten(member.name.trim() || (member.username ?? '?'), 40));
    if (used + name.length + 2 > budget) {
      names.push(t('cohort:summary.more', { count: members.length - index }));
      break;
    }
    names.push(name);
    used += name.length + 2;
  }
  return names.join(', ');
}

/** The coach's message after the deadline: who submitted on time, who late, who not at all. */
export function deadlineSummaryText(group: GroupSummary, members: readonly GroupMemberStatus[], language: Language): string {
  const t = translator(language);
  const sorted = sortMembers(members, language);
  const notSubmitted = sorted.filter((m) => m.revision === null);
  const late = sorted.filter((m) => m.revision !== null && m.late);
  const onTime = sorted.filter((m) => m.revision !== null && !m.late);
  const lines = [t('cohort:summary.title', { group: escapeHtml(shorten(group.name, 64)) })];
  const sections: Array<[string, GroupMemberStatus[]]> = [
    ['on_time', onTime],
    ['late', late],
    ['missing', notSubmitted],
  ];
  // Each list gets a third of the message, so a long list cannot crowd out the others.
  const perList = Math.floor((MESSAGE_BUDGET - 300) / 3);
  for (const [key, list] of sections) {
    lines.push('', t(`cohort:summary.${key}`, { count: list.length }));
    if (list.length > 0) lines.push(namesWithin(list, perList, language));
  }
  return lines.join('\n');
}
