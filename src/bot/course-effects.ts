import type { CourseAction, CourseOp } from '../canvas/course-mode.ts';
import { viewerTimeZone } from '../course/time-zones.ts';
import { type Translate, isLanguage, translator } from '../i18n.ts';
import { escapeHtml } from '../render/html.ts';
import type { ConversationDeps } from './conversation-runner.ts';
import { encodeCourseAction } from './course-callback-data.ts';
import { applyGroupAction, askNewGroup, createGroup, renameGroup, showGroups, showInvite } from './course-groups.ts';
import type { CourseIo } from './course-io.ts';
import { applyReviewAction, commentBlock, commentOverall, showInbox } from './course-review.ts';
import { showRevision, showRevisionList } from './course-revisions.ts';
import { askGroupSetting, setAssignment, setDeadline, setTimeZone } from './course-settings.ts';
import { applySubmitAction, offerSubmit } from './course-submit.ts';
import { type Keyboard, button } from './outgoing.ts';

/**
 * Carries out the course operations `decideCourse` chose: storage decides who may do what (and
 * answers `not_yours` to anyone else), the course views tell the people concerned. Everything is
 * queued in the update's transaction, so a change and its messages commit together.
 */
export async function applyCourseOp(deps: ConversationDeps, op: CourseOp): Promise<void> {
  const run = new CourseRun(deps);
  await run.apply(op);
  run.answerPress();
}

/** One operation's run: what every course view says through, and the one answer to the button pressed. */
class CourseRun implements CourseIo {
  readonly t: Translate;
  private toastText: string | null = null;

  constructor(readonly deps: ConversationDeps) {
    this.t = translator(deps.language);
  }

  zone(groupZone?: string | null): string {
    return viewerTimeZone(this.deps.user.timeZone, groupZone);
  }

  answerPress(): void {
    if (this.deps.callbackQueryId === null) return;
    this.deps.queue(this.deps.user.id, {
      method: 'answerCallbackQuery',
      callbackQueryId: this.deps.callbackQueryId,
      ...(this.toastText ? { text: this.toastText } : {}),
    });
  }

  say(text: string, keyboard?: Keyboard, to: number = this.deps.user.id): void {
    this.deps.queue(to, keyboard && keyboard.length > 0 ? { method: 'sendMessage', text, keyboard } : { method: 'sendMessage', text });
  }

  toast(text: string): void {
    this.toastText = text;
  }

  notYours(): void {
    this.toast(this.t('course:not_yours'));
    this.say(escapeHtml(this.t('course:not_yours')));
  }

  key(label: string, action: CourseAction) {
    return button(label, encodeCourseAction(action));
  }

  async readerOf(userId: number): Promise<Translate> {
    const reader = await this.deps.repos.users.find(userId);
    return translator(reader && isLanguage(reader.language) ? reader.language : 'ru');
  }

  async apply(op: CourseOp): Promise<void> {
    switch (op.kind) {
      case 'ask':
        return askNewGroup(this, op.prompt, op.timeZone);
      case 'bad_text':
        this.say(escapeHtml(this.t(`course:coach.${op.error}`)));
        return;
      case 'create_group':
        return createGroup(this, op);
      case 'show_invite':
        return showInvite(this, op.payload);
      case 'offer_submit':
        return offerSubmit(this, null);
      case 'show_inbox':
        return showInbox(this);
      case 'show_groups':
        return showGroups(this);
      case 'comment_block':
        return commentBlock(this, op);
      case 'comment_overall':
        return commentOverall(this, op);
      case 'rename_group':
        return renameGroup(this, op.groupId, op.name);
      case 'set_time_zone':
        return setTimeZone(this, op.timeZone, op.confirm);
      case 'set_assignment':
        return setAssignment(this, op.groupId, op.assignment);
      case 'set_deadline':
        return setDeadline(this, op.groupId, op.deadline === null ? null : new Date(op.deadline));
      case 'action':
        return this.action(op.action);
    }
  }

  private async action(action: CourseAction): Promise<void> {
    switch (action.kind) {
      // The conversation already moved on these (a question asked next, or a setting to apply).
      case 'skip_assignment':
      case 'no_deadline':
      case 'pick_time_zone':
      case 'remove_assignment':
      case 'remove_deadline':
        return;
      case 'revisions':
        return showRevisionList(this, action.submissionId);
      case 'revision':
        return showRevision(this, action.submissionId, action.blockId);
      case 'edit_assignment':
      case 'edit_deadline':
        return askGroupSetting(this, action.groupId, action.kind === 'edit_assignment' ? 'assignment' : 'deadline');
      case 'pick_canvas':
      case 'pick_group':
      case 'confirm_submit':
      case 'withdraw':
        return applySubmitAction(this, action);
      case 'open_review':
      case 'block_verdict':
      case 'block_comment':
      case 'suggested_comment':
      case 'snippet_comment':
      case 'save_snippet':
      case 'show_block':
      case 'overall_comment':
      case 'grade':
      case 'finish_review':
        return applyReviewAction(this, action);
      case 'join':
      case 'group_menu':
      case 'rename_group':
      case 'archive_group':
      case 'delete_group':
      case 'renew_invite':
      case 'revoke_invite':
      case 'remove_member':
      case 'leave_group':
        return applyGroupAction(this, action);
    }
  }
}
