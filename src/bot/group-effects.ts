import type { GroupOp } from '../canvas/group-conversation.ts';
import { buildGroupChooser, buildGroupStatusPage } from '../cohort/group-status-message.ts';
import { groupReminderReport, studentReminderText } from '../cohort/reminder-messages.ts';
import { GROUP_REMINDER_INTERVAL_MS, planGroupReminder } from '../cohort/reminder-rules.ts';
import { canReview } from '../course/group.ts';
import type { GroupRecord } from '../course/records.ts';
import { type Translate, translator } from '../i18n.ts';
import { escapeHtml } from '../render/html.ts';
import { dashboardButton } from '../web/dashboard-link.ts';
import type { ConversationDeps } from './conversation-runner.ts';
import type { Keyboard } from './outgoing.ts';

/**
 * Carries out the group view's operations: only a coach or co-coach of the group sees it, reminds
 * it or gets its files; anyone else (a forged or forwarded button) is told "not yours" and nothing
 * changes. Messages to students go into the outbox with the update, like every other reply.
 */
export async function applyGroupOp(deps: ConversationDeps, op: GroupOp): Promise<void> {
  const run = new GroupRun(deps);
  await run.apply(op);
  run.answerPress();
}

class GroupRun {
  private readonly t: Translate;
  private readonly now: Date;
  private toast: string | null = null;
  private answered = false;

  constructor(private readonly deps: ConversationDeps) {
    this.t = translator(deps.language);
    this.now = deps.clock?.() ?? new Date();
  }

  answerPress(): void {
    if (this.deps.callbackQueryId === null || this.answered) return;
    this.answered = true;
    this.deps.queue(this.deps.user.id, {
      method: 'answerCallbackQuery',
      callbackQueryId: this.deps.callbackQueryId,
      ...(this.toast ? { text: this.toast } : {}),
    });
  }

  private say(text: string, keyboard?: Keyboard): void {
    this.deps.queue(this.deps.user.id, keyboard && keyboard.length > 0 ? { method: 'sendMessage', text, keyboard } : { method: 'sendMessage', text });
  }

  private notYours(): void {
    this.toast = this.t('course:not_yours');
    this.say(escapeHtml(this.t('course:not_yours')));
  }

  /** The group, when the user coaches it; null (and "not yours" said) otherwise. */
  private async coached(groupId: number): Promise<GroupRecord | null> {
    const found = await this.deps.repos.groups.find(this.deps.user.id, groupId);
    if (found.ok && canReview(found.value.role)) return found.value.group;
    this.notYours();
    return null;
  }

  /** The group's zone: the deadline was given in it, and the coach's messages use it. */
  private zoneFor(group: GroupRecord): string {
    return group.timeZone;
  }

  async apply(op: GroupOp): Promise<void> {
    switch (op.kind) {
      case 'choose':
        return this.choose();
      case 'show':
        return this.show(op.groupId, op.page, op.messageId);
      case 'remind':
        return this.remind(op.groupId);
      case 'picture':
      case 'csv': {
        const group = await this.coached(op.groupId);
        if (!group) return;
        const file = op.kind === 'picture' ? 'picture' : op.which === 'all' ? 'csv_all' : 'csv_latest';
        // The press is answered first: the toast shows while the file is made.
        this.toast = this.t('cohort:files.preparing');
        this.answerPress();
        this.deps.queue(this.deps.user.id, { method: 'sendGroupFile', groupId: group.id, file, language: this.deps.language, timeZone: this.zoneFor(group) });
        return;
      }
    }
  }

  private async choose(): Promise<void> {
    const groups = (await this.deps.repos.groups.listForUser(this.deps.user.id)).filter((membership) => canReview(membership.role));
    // Running groups first; an archived one is still there to look back at.
    const ordered = [...groups.filter(({ group }) => !group.archivedAt), ...groups.filter(({ group }) => group.archivedAt)];
    const [only] = ordered;
    if (ordered.length === 1 && only) return this.show(only.group.id, 0, null);
    const chooser = buildGroupChooser(
      ordered.map(({ group }) => group),
      this.deps.language,
    );
    this.say(escapeHtml(chooser.text), chooser.keyboard);
  }

  private async show(groupId: number, page: number, messageId: number | null): Promise<void> {
    const group = await this.coached(groupId);
    if (!group) return;
    const members = await this.deps.repos.groupData.members(group.id, this.now);
    const view = buildGroupStatusPage(group, members, { language: this.deps.language, timeZone: this.zoneFor(group), now: this.now, page });
    const keyboard: Keyboard = [...view.keyboard];
    const dashboard = dashboardButton(this.t, this.deps.webApp, { groupId: group.id });
    if (dashboard) keyboard.push([dashboard]);
    // A page button replaces the message it is on, so paging does not flood the chat.
    if (messageId !== null && messageId > 0) {
      this.deps.queue(this.deps.user.id, { method: 'editMessageText', messageId, text: view.text, ...(keyboard.length > 0 ? { keyboard } : {}) });
      return;
    }
    this.say(view.text, keyboard);
  }

  private async remind(groupId: number): Promise<void> {
    const group = await this.coached(groupId);
    if (!group) return;
    if (group.archivedAt) {
      // An archived group takes no submissions, so nobody is asked for one.
      this.say(escapeHtml(this.t('cohort:remind.archived')));
      return;
    }
    const { repos } = this.deps;
    const reminders = repos.groupReminders;
    const members = await repos.groupData.members(group.id, this.now);
    const clock = { now: this.now, defaultTimeZone: group.timeZone };
    let plan = planGroupReminder(members, await reminders.lastGroupReminderAt(group.id), clock);
    // Nobody to remind today does not use up the day's reminder.
    if (plan.kind === 'planned' && plan.reminders.length > 0 && !(await reminders.claimGroupReminder(group.id, this.now, GROUP_REMINDER_INTERVAL_MS))) {
      // Another coach of the group reminded it a moment ago.
      plan = planGroupReminder(members, await reminders.lastGroupReminderAt(group.id), clock);
    }
    const report = groupReminderReport(plan, this.deps.language, this.zoneFor(group));
    if (plan.kind === 'planned' && plan.reminders.length > 0) {
      const readers = await reminders.remindable(plan.reminders.map((reminder) => reminder.userId));
      const byId = new Map(members.map((member) => [member.userId, member]));
      for (const reminder of plan.reminders) {
        const reader = readers.get(reminder.userId);
        const member = byId.get(reminder.userId);
        if (!reminder.immediate || !reader || !member) continue;
        const text = studentReminderText('coach', group, member.status, reader.language, reader.timeZone ?? group.timeZone);
        this.deps.queue(reminder.userId, { method: 'sendMessage', text });
      }
      await reminders.recordCoachReminders(
        group.id,
        plan.reminders.map((reminder) => ({ userId: reminder.userId, dueAt: reminder.at, sentAt: reminder.immediate ? this.now : null })),
      );
    }
    this.toast = plan.kind === 'too_soon' ? this.t('cohort:remind.too_soon_toast') : null;
    this.say(report);
  }
}
