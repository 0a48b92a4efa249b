import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import type { CourseAction, CourseOp } from '../canvas/course-mode.ts';
import { inviteLink } from '../course/invite.ts';
import { timeZoneLabel, viewerTimeZone } from '../course/time-zones.ts';
import type { SubmissionDetail } from '../course/records.ts';
import { DEFAULT_COURSE_TIME_ZONE } from '../course/group.ts';
import { isGrade, nextUndecidedBlock } from '../course/review.ts';
import { freezeCanvas } from '../course/submitted-canvas.ts';
import { type Language, type Translate, isLanguage, translator } from '../i18n.ts';
import { dashboardButton } from '../web/dashboard-link.ts';
import { formatLocalTime, personLabel, renderInbox, renderInvitePreview, renderWordDiff } from '../render/course-text.ts';
import { escapeHtml } from '../render/html.ts';
import { shorten } from '../render/shorten.ts';
import type { ConversationDeps } from './conversation-runner.ts';
import { encodeCourseAction } from './course-callback-data.ts';
import type { CourseIo } from './course-io.ts';
import { reviewResultMessages, revisionsButton, showRevision, showRevisionList } from './course-revisions.ts';
import { askGroupSetting, askTimeZone, setAssignment, setDeadline, setTimeZone } from './course-settings.ts';
import { type Keyboard, button } from './outgoing.ts';

/**
 * Carries out the course operations `decideCourse` chose: storage decides who may do what (and
 * answers `not_yours` to anyone else), this module tells the people concerned. Everything is
 * queued in the update's transaction, so a change and its messages commit together.
 */
export async function applyCourseOp(deps: ConversationDeps, op: CourseOp): Promise<void> {
  const run = new CourseRun(deps);
  await run.apply(op);
  run.answerPress();
}

const MAX_BUTTON_TEXT = 40;

class CourseRun implements CourseIo {
  readonly t: Translate;
  private toast: string | null = null;

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
      ...(this.toast ? { text: this.toast } : {}),
    });
  }

  say(text: string, keyboard?: Keyboard, to: number = this.deps.user.id): void {
    this.deps.queue(to, keyboard && keyboard.length > 0 ? { method: 'sendMessage', text, keyboard } : { method: 'sendMessage', text });
  }

  /** A course text whose key is chosen at run time. */
  private course(key: string, params: Record<string, unknown> = {}): string {
    return this.t(`course:${key}`, params);
  }

  notYours(): void {
    this.toast = this.t('course:not_yours');
    this.say(escapeHtml(this.t('course:not_yours')));
  }

  key(label: string, action: CourseAction) {
    return button(label, encodeCourseAction(action));
  }

  async apply(op: CourseOp): Promise<void> {
    switch (op.kind) {
      case 'ask':
        return this.ask(op.prompt, op.timeZone);
      case 'bad_text':
        this.say(escapeHtml(this.t(`course:coach.${op.error}`)));
        return;
      case 'create_group':
        return this.createGroup(op);
      case 'show_invite':
        return this.showInvite(op.payload);
      case 'offer_submit':
        return this.offerSubmit(null);
      case 'show_inbox':
        return this.showInbox();
      case 'show_groups':
        return this.showGroups();
      case 'comment_block': {
        const result = await this.deps.repos.submissions.reviewBlock(this.deps.user.id, op.submissionId, op.blockId, { comment: op.comment });
        if (!result.ok) return this.reviewRefused(result.error);
        if (op.returning) return this.showNext(op.submissionId, op.blockId);
        return this.showBlock(op.submissionId, op.blockId);
      }
      case 'comment_overall': {
        const result = await this.deps.repos.submissions.setOverall(this.deps.user.id, op.submissionId, { comment: op.comment });
        if (!result.ok) return this.reviewRefused(result.error);
        return this.showSummary(op.submissionId);
      }
      case 'rename_group': {
        const result = await this.deps.repos.groups.rename(this.deps.user.id, op.groupId, op.name);
        if (!result.ok) return this.notYours();
        this.say(this.t('course:groups.renamed', { group: escapeHtml(result.value.name) }));
        return;
      }
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

  private ask(prompt: Extract<CourseOp, { kind: 'ask' }>['prompt'], timeZone: string | undefined): void {
    switch (prompt) {
      case 'time_zone':
        askTimeZone(this);
        return;
      case 'group_assignment':
        this.say(escapeHtml(this.t('course:coach.ask_assignment')), [[this.key(this.t('course:coach.skip_assignment'), { kind: 'skip_assignment' })]]);
        return;
      case 'group_deadline':
        this.say(escapeHtml(this.t('course:coach.ask_deadline', { zone: timeZoneLabel(timeZone ?? DEFAULT_COURSE_TIME_ZONE, new Date()) })), [
          [this.key(this.t('course:coach.no_deadline'), { kind: 'no_deadline' })],
        ]);
        return;
      default:
        this.say(escapeHtml(this.t(`course:coach.ask_${prompt}`)));
    }
  }

  private async createGroup(op: Extract<CourseOp, { kind: 'create_group' }>): Promise<void> {
    const created = await this.deps.repos.groups.create(this.deps.user.id, {
      name: op.name,
      assignment: op.assignment,
      deadline: op.deadline === null ? null : new Date(op.deadline),
      timeZone: op.timeZone,
    });
    const parts = [this.t('course:coach.created', { group: escapeHtml(created.group.name) })];
    if (created.group.deadline) {
      parts.push(escapeHtml(this.t('course:deadline', { deadline: formatLocalTime(this.deps.language, created.group.deadline, created.group.timeZone) })));
    }
    parts.push(this.t('course:coach.student_link', { link: inviteLink(this.deps.botUsername, created.studentInvite.token) }));
    parts.push(this.t('course:coach.co_coach_link', { link: inviteLink(this.deps.botUsername, created.coCoachInvite.token) }));
    parts.push(escapeHtml(this.t('course:coach.next')));
    this.say(parts.join('\n\n'));
  }

  private async showInvite(payload: string): Promise<void> {
    const preview = await this.deps.repos.groups.previewInvite(payload);
    if (!preview) {
      this.say(escapeHtml(this.t('course:join.invalid_invite')));
      return;
    }
    const role = await this.deps.repos.groups.roleOf(this.deps.user.id, preview.group.id);
    if (role !== null) {
      this.say(this.t('course:join.already_member', { group: escapeHtml(preview.group.name) }));
      return;
    }
    this.say(renderInvitePreview(this.deps.language, preview, this.deps.user.timeZone), [[this.key(this.t('course:join.button'), { kind: 'join', payload })]]);
  }

  private async action(action: CourseAction): Promise<void> {
    const { repos, user } = this.deps;
    switch (action.kind) {
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
      case 'join': {
        const joined = await repos.groups.joinByInvite(user.id, action.payload);
        if (!joined.ok) {
          const preview = await repos.groups.previewInvite(action.payload);
          const group = escapeHtml(preview?.group.name ?? '');
          this.say(this.t(`course:join.${joined.error === 'not_yours' ? 'invalid_invite' : joined.error}`, { group }));
          return;
        }
        const group = escapeHtml(joined.value.group.name);
        this.say(this.course(joined.value.role === 'co_coach' ? 'join.joined_co_coach' : 'join.joined', { group }));
        // Someone who never gave a zone lives by the group's: its deadline, quiet hours and reminders.
        await repos.users.adoptTimeZone(user.id, joined.value.group.timeZone);
        const owner = joined.value.group.ownerId;
        const ownerT = await this.readerOf(owner);
        this.say(
          ownerT(`course:join.told_coach`, {
            student: personLabel({ id: user.id, firstName: user.firstName, username: user.username }),
            group,
            role: ownerT(`course:role.${joined.value.role}`),
          }),
          undefined,
          owner,
        );
        return;
      }
      case 'pick_canvas':
        return this.offerSubmit(action.canvasId);
      case 'pick_group':
        return this.checklist(action.canvasId, action.groupId);
      case 'confirm_submit':
        return this.submit(action.canvasId, action.groupId);
      case 'withdraw': {
        const result = await repos.submissions.withdraw(user.id, action.submissionId);
        if (!result.ok) {
          if (result.error === 'not_yours') return this.notYours();
          this.say(escapeHtml(this.course(result.error === 'in_review' ? 'submit.withdraw_too_late' : 'review.already_reviewed')));
          return;
        }
        this.say(this.t('course:submit.withdrawn', { title: escapeHtml(result.value.title) }));
        return;
      }
      case 'leave_group': {
        const found = await repos.groups.find(user.id, action.groupId);
        if (!found.ok) return this.notYours();
        const group = escapeHtml(found.value.group.name);
        if (!action.confirmed) {
          this.say(this.t('course:groups.leave_confirm', { group }), [
            [this.key(this.t('course:groups.leave_button'), { kind: 'leave_group', groupId: action.groupId, confirmed: true })],
          ]);
          return;
        }
        const left = await repos.groups.leave(user.id, action.groupId);
        if (!left.ok) {
          if (left.error === 'not_yours') return this.notYours();
          this.say(escapeHtml(this.t('course:groups.owner_cannot_leave')));
          return;
        }
        this.say(this.t('course:groups.left', { group }));
        return;
      }
      case 'open_review':
        return this.openReview(action.submissionId);
      case 'block_verdict': {
        const result = await repos.submissions.reviewBlock(user.id, action.submissionId, action.blockId, { verdict: action.verdict });
        if (!result.ok) return this.reviewRefused(result.error);
        if (action.verdict === 'returned') {
          this.say(escapeHtml(this.t('course:review.ask_return_comment', { block: this.t(`blocks:${action.blockId}.title`) })));
          return;
        }
        return this.showNext(action.submissionId, action.blockId);
      }
      case 'block_comment': {
        const detail = await this.reviewing(action.submissionId);
        if (!detail) return;
        this.say(escapeHtml(this.t('course:review.ask_comment', { block: this.t(`blocks:${action.blockId}.title`) })));
        return;
      }
      case 'suggested_comment': {
        const detail = await this.reviewing(action.submissionId);
        if (!detail) return;
        const note = detail.snapshot.blocks.find((block) => block.id === action.blockId)?.notes[action.noteIndex];
        if (!note) return this.notYours();
        const comment = translator(detail.snapshot.language)(`coaching:${note.key}`, note.params ?? {});
        const result = await repos.submissions.reviewBlock(user.id, action.submissionId, action.blockId, { comment });
        if (!result.ok) return this.reviewRefused(result.error);
        return this.showBlock(action.submissionId, action.blockId);
      }
      case 'snippet_comment': {
        const snippet = await repos.submissions.findSnippet(user.id, action.snippetId);
        if (!snippet.ok) return this.notYours();
        const result = await repos.submissions.reviewBlock(user.id, action.submissionId, action.blockId, { comment: snippet.value.text });
        if (!result.ok) return this.reviewRefused(result.error);
        return this.showBlock(action.submissionId, action.blockId);
      }
      case 'save_snippet': {
        const detail = await this.reviewing(action.submissionId);
        if (!detail) return;
        const comment = detail.blockReviews.find((review) => review.blockId === action.blockId)?.comment;
        if (!comment) return;
        const saved = await repos.submissions.addSnippet(user.id, comment);
        this.toast = this.t('course:review.snippet_saved');
        this.say(escapeHtml(this.t('course:review.snippet_saved_text', { text: shorten(saved.text, 80) })));
        return;
      }
      case 'show_block': {
        if (!(await this.reviewing(action.submissionId))) return;
        return this.showBlock(action.submissionId, action.blockId);
      }
      case 'overall_comment':
        if (!(await this.reviewing(action.submissionId))) return;
        this.say(escapeHtml(this.t('course:review.ask_overall')));
        return;
      case 'grade': {
        const grade = action.grade === 0 ? null : action.grade;
        if (grade !== null && !isGrade(grade)) return this.notYours();
        const result = await repos.submissions.setOverall(user.id, action.submissionId, { grade });
        if (!result.ok) return this.reviewRefused(result.error);
        return this.showSummary(action.submissionId);
      }
      case 'finish_review':
        return this.finish(action.submissionId);
      case 'group_menu':
        return this.groupMenu(action.groupId);
      case 'rename_group': {
        const found = await repos.groups.roleOf(user.id, action.groupId);
        if (found !== 'coach') return this.notYours();
        this.say(escapeHtml(this.t('course:coach.ask_rename_group')));
        return;
      }
      case 'archive_group': {
        const result = await repos.groups.setArchived(user.id, action.groupId, action.archived);
        if (!result.ok) return this.notYours();
        this.say(this.course(action.archived ? 'groups.archived' : 'groups.unarchived', { group: escapeHtml(result.value.name) }));
        return;
      }
      case 'delete_group': {
        if (!action.confirmed) {
          const found = await repos.groups.find(user.id, action.groupId);
          if (!found.ok || found.value.role !== 'coach') return this.notYours();
          this.say(this.t('course:groups.delete_confirm', { group: escapeHtml(found.value.group.name) }), [
            [this.key(this.t('course:groups.delete_button'), { kind: 'delete_group', groupId: action.groupId, confirmed: true })],
          ]);
          return;
        }
        const result = await repos.groups.delete(user.id, action.groupId);
        if (!result.ok) return this.notYours();
        const group = escapeHtml(result.value.group.name);
        for (const memberId of result.value.memberIds) {
          const readerT = await this.readerOf(memberId);
          this.say(escapeHtml(readerT('course:notify.group_deleted', { group: result.value.group.name })), undefined, memberId);
        }
        this.say(this.t('course:groups.deleted', { group }));
        return;
      }
      case 'renew_invite': {
        const result = await repos.groups.renewInvite(user.id, action.groupId, action.role);
        if (!result.ok) return this.notYours();
        this.say(
          this.course(action.role === 'student' ? 'coach.student_link' : 'coach.co_coach_link', {
            link: inviteLink(this.deps.botUsername, result.value.token),
          }),
        );
        return;
      }
      case 'revoke_invite': {
        const result = await repos.groups.revokeInvite(user.id, action.groupId, action.role);
        if (!result.ok) return this.notYours();
        this.say(escapeHtml(this.t('course:groups.revoked')));
        return;
      }
      case 'remove_member': {
        const result = await repos.groups.removeMember(user.id, action.groupId, action.memberId);
        if (!result.ok) {
          if (result.error === 'not_yours') return this.notYours();
          this.say(escapeHtml(this.t('course:groups.not_a_member')));
          return;
        }
        const readerT = await this.readerOf(action.memberId);
        this.say(escapeHtml(readerT('course:notify.removed', { group: result.value.group.name })), undefined, action.memberId);
        this.say(this.t('course:groups.removed', { group: escapeHtml(result.value.group.name) }));
        return;
      }
    }
  }

  private async readerOf(userId: number): Promise<Translate> {
    const reader = await this.deps.repos.users.find(userId);
    return translator(reader && isLanguage(reader.language) ? reader.language : 'ru');
  }

  // --- Submitting -------------------------------------------------------------------------

  private async offerSubmit(canvasId: number | null): Promise<void> {
    const { repos, user } = this.deps;
    const groups = await repos.groups.submittableGroups(user.id);
    if (groups.length === 0) {
      this.say(escapeHtml(this.t('course:submit.no_groups')));
      return;
    }
    if (canvasId === null) {
      const canvases = await repos.canvases.summaries(user.id);
      if (canvases.length === 0) {
        this.say(escapeHtml(this.t('course:submit.no_canvases')));
        return;
      }
      if (canvases.length > 1) {
        this.say(
          escapeHtml(this.t('course:submit.pick_canvas')),
          canvases.slice(0, 10).map((canvas) => [this.key(shorten(canvas.title, MAX_BUTTON_TEXT), { kind: 'pick_canvas', canvasId: canvas.id })]),
        );
        return;
      }
      canvasId = canvases[0]?.id ?? null;
      if (canvasId === null) return;
    }
    const first = groups[0];
    if (groups.length === 1 && first) return this.checklist(canvasId, first.id);
    const chosen = canvasId;
    this.say(
      escapeHtml(this.t('course:submit.pick_group')),
      groups.map((group) => [this.key(shorten(group.name, MAX_BUTTON_TEXT), { kind: 'pick_group', canvasId: chosen, groupId: group.id })]),
    );
  }

  /** Empty blocks and open notes before sending: shown, never blocking. */
  private async checklist(canvasId: number, groupId: number): Promise<void> {
    const { repos, user } = this.deps;
    const canvas = await repos.canvases.findOwned(user.id, canvasId);
    const role = await repos.groups.roleOf(user.id, groupId);
    if (!canvas || role !== 'student') return this.notYours();
    const group = await repos.groups.find(user.id, groupId);
    const frozen = freezeCanvas(await repos.canvases.snapshot(canvas, this.deps.author, this.deps.language));
    const empty = frozen.blocks.filter((block) => block.answers.length === 0).map((block) => this.t(`blocks:${block.id}.title`));
    const notes = frozen.blocks.reduce((sum, block) => sum + block.notes.length, 0);
    const parts = [this.t('course:submit.confirm', { title: escapeHtml(canvas.title), group: escapeHtml(group.ok ? group.value.group.name : '') })];
    if (empty.length > 0 || notes > 0) {
      const lines = [escapeHtml(this.t('course:submit.checklist_intro'))];
      if (empty.length > 0) lines.push(escapeHtml(this.t('course:submit.empty_blocks', { blocks: empty.join(', ') })));
      if (notes > 0) lines.push(escapeHtml(this.t('course:submit.open_notes', { count: notes })));
      parts.push(lines.join('\n'));
    }
    this.say(parts.join('\n\n'), [[this.key(this.t('course:submit.send_button'), { kind: 'confirm_submit', canvasId, groupId })]]);
  }

  private async submit(canvasId: number, groupId: number): Promise<void> {
    const { repos, user } = this.deps;
    const result = await repos.submissions.submit(user.id, canvasId, groupId, this.deps.author);
    const group = await repos.groups.find(user.id, groupId);
    const groupName = escapeHtml(group.ok ? group.value.group.name : '');
    if (!result.ok) {
      if (result.error === 'not_yours') return this.notYours();
      this.say(result.error === 'archived' ? this.t('course:submit.archived', { group: groupName }) : escapeHtml(this.t('course:submit.in_review')));
      return;
    }
    const submission = result.value.submission;
    const params = {
      title: escapeHtml(submission.title),
      group: groupName,
      revision: escapeHtml(this.t('course:revision', { revision: submission.revision })),
    };
    const parts = [this.course(submission.late ? 'submit.sent_late' : 'submit.sent', params)];
    if (result.value.replaced !== null) parts.push(escapeHtml(this.t('course:submit.replaced')));
    this.say(parts.join('\n\n'), [
      [this.key(this.t('course:submit.withdraw_button'), { kind: 'withdraw', submissionId: submission.id }), revisionsButton(this, submission.id)],
    ]);
  }

  // --- Reviewing --------------------------------------------------------------------------

  private async showInbox(): Promise<void> {
    const inbox = await this.deps.repos.submissions.inbox(this.deps.user.id);
    const keyboard = inbox.flatMap((group) =>
      group.items.slice(0, 15).map((item) => [
        this.key(shorten(`${item.student.firstName ?? item.student.username ?? item.student.id} · ${item.title}`, MAX_BUTTON_TEXT), {
          kind: 'open_review',
          submissionId: item.submissionId,
        }),
      ]),
    );
    const rows: Keyboard = keyboard.slice(0, 30);
    const dashboard = dashboardButton(this.t, this.deps.webApp, inbox.length === 1 ? { groupId: inbox[0]?.groupId ?? 0 } : {});
    if (dashboard) rows.push([dashboard]);
    this.say(renderInbox(this.deps.language, inbox), rows);
  }

  private reviewRefused(error: string): void {
    if (error === 'not_yours') {
      this.notYours();
      return;
    }
    const key = error === 'not_claimed' ? 'review.not_claimed' : error === 'withdrawn' ? 'review.withdrawn' : 'review.already_reviewed';
    this.toast = this.course(key);
    this.say(escapeHtml(this.course(key)));
  }

  /** The submission when the user holds its review now; tells them otherwise. */
  private async reviewing(submissionId: number): Promise<SubmissionDetail | null> {
    const found = await this.deps.repos.submissions.find(this.deps.user.id, submissionId);
    if (!found.ok || found.value.viewer !== 'coach') {
      this.notYours();
      return null;
    }
    const claim = found.value.claim;
    if (found.value.status !== 'in_review' || !claim || claim.coachId !== this.deps.user.id) {
      this.reviewRefused(found.value.status === 'in_review' || found.value.status === 'submitted' ? 'not_claimed' : found.value.status);
      return null;
    }
    return found.value;
  }

  private async openReview(submissionId: number): Promise<void> {
    const { repos, user } = this.deps;
    const claimed = await repos.submissions.claim(user.id, submissionId);
    if (!claimed.ok) {
      if (claimed.error === 'held') {
        const held = await repos.submissions.find(user.id, submissionId);
        const group = held.ok ? await repos.groups.find(user.id, held.value.groupId) : null;
        const until = formatLocalTime(this.deps.language, claimed.until, this.zone(group?.ok ? group.value.group.timeZone : null));
        this.toast = this.t('course:review.held_by', { coach: claimed.heldBy.firstName ?? claimed.heldBy.username ?? '', until });
        this.say(this.t('course:review.held_by', { coach: personLabel(claimed.heldBy), until: escapeHtml(until) }));
        return;
      }
      return this.reviewRefused(claimed.error);
    }
    const detail = claimed.value.submission;
    const student = await repos.users.find(detail.studentId);
    if (claimed.value.takenOver !== null) {
      const previous = await repos.users.find(claimed.value.takenOver);
      this.say(
        this.t('course:review.taken_over', {
          coach: personLabel({ id: claimed.value.takenOver, firstName: previous?.firstName ?? null, username: previous?.username ?? null }),
        }),
      );
    }
    this.deps.queue(user.id, { method: 'sendCanvasPicture', canvasId: detail.canvasId, ownerId: detail.studentId, view: 'classic', submissionId: detail.id });
    const header = [
      this.t('course:review.opened', {
        title: escapeHtml(detail.title),
        student: personLabel({ id: detail.studentId, firstName: student?.firstName ?? null, username: student?.username ?? null }),
        revision: escapeHtml(this.t('course:revision', { revision: detail.revision })),
      }),
    ];
    if (detail.late) header.push(escapeHtml(this.t('course:late')));
    const carried = detail.blockReviews.filter((review) => review.carried).length;
    if (carried > 0) header.push(escapeHtml(this.t('course:review.carried', { count: carried })));
    const dashboard = dashboardButton(this.t, this.deps.webApp, { submissionId: detail.id });
    this.say(header.join('\n'), [[revisionsButton(this, detail.id), ...(dashboard ? [dashboard] : [])]]);
    const first = nextUndecidedBlock(detail.blockReviews);
    if (first === null) return this.showSummary(submissionId);
    return this.showBlock(submissionId, first);
  }

  private async showNext(submissionId: number, after: BlockId): Promise<void> {
    const found = await this.deps.repos.submissions.find(this.deps.user.id, submissionId);
    if (!found.ok) return this.notYours();
    const next = nextUndecidedBlock(found.value.blockReviews, after);
    if (next === null) return this.showSummary(submissionId);
    return this.showBlock(submissionId, next);
  }

  /** One block as the coach reads it: the text (with what changed), types, the bot's notes, the decision so far. */
  private async showBlock(submissionId: number, blockId: BlockId): Promise<void> {
    const { repos, user } = this.deps;
    const found = await repos.submissions.find(user.id, submissionId);
    if (!found.ok || found.value.viewer !== 'coach') return this.notYours();
    const detail = found.value;
    const block = detail.snapshot.blocks.find((candidate) => candidate.id === blockId);
    if (!block) return this.notYours();
    const number = BLOCK_IDS.indexOf(blockId) + 1;
    const parts = [this.t('course:review.block_header', { number, total: BLOCK_IDS.length, block: escapeHtml(this.t(`blocks:${blockId}.title`)) })];
    const changes = await repos.submissions.changesSinceReview(user.id, submissionId);
    const change = changes.ok && changes.value ? changes.value.changes.find((candidate) => candidate.blockId === blockId) : undefined;
    const text = block.answers.map((answer) => answer.text).join('\n');
    if (change?.changed && change.diff.length > 0) {
      // Old and new text side by side reads better on a phone than one interleaved diff.
      const before = renderWordDiff(change.diff.filter((part) => part.kind !== 'added'));
      const after = renderWordDiff(change.diff.filter((part) => part.kind !== 'removed'));
      parts.push(
        [
          escapeHtml(this.t('course:review.changes_intro', { revision: changes.ok && changes.value ? changes.value.reviewedRevision : 0 })),
          this.t('course:review.before', { text: before }),
          this.t('course:review.after', { text: after }),
        ].join('\n'),
      );
    } else {
      parts.push(text.length > 0 ? escapeHtml(shorten(text, 2500)) : escapeHtml(this.t('course:review.empty_block')));
      if (change && !change.changed) parts.push(escapeHtml(this.t('course:review.unchanged')));
    }
    if (change?.previousComment) parts.push(escapeHtml(this.t('course:review.earlier_comment', { comment: change.previousComment })));
    if (block.types.length > 0) {
      const names = block.types.map((type) => this.t(`types:${type.id}.label`)).join(', ');
      parts.push(escapeHtml(this.t('course:review.types', { types: names })));
      if (block.types.some((type) => type.source === 'user')) parts.push(escapeHtml(this.t('course:review.types_changed')));
    }
    const noteTranslate = translator(detail.snapshot.language);
    if (block.notes.length > 0) {
      parts.push(
        [
          escapeHtml(this.t('course:review.notes_intro')),
          ...block.notes.map((note, index) => `${index + 1}. ${escapeHtml(noteTranslate(`coaching:${note.key}`, note.params ?? {}))}`),
        ].join('\n'),
      );
    }
    const review = detail.blockReviews.find((candidate) => candidate.blockId === blockId);
    if (review && review.verdict !== 'none')
      parts.push(escapeHtml(this.t(`course:verdict.${review.verdict}`)) + (review.carried ? ` ${escapeHtml(this.t('course:review.pre_accepted'))}` : ''));
    if (review?.comment) parts.push(escapeHtml(this.t('course:review.your_comment', { comment: review.comment })));
    const keyboard: Keyboard = [
      [
        this.key(this.t('course:review.accept_button'), { kind: 'block_verdict', submissionId, blockId, verdict: 'accepted' }),
        this.key(this.t('course:review.comment_button'), { kind: 'block_comment', submissionId, blockId }),
        this.key(this.t('course:review.return_button'), { kind: 'block_verdict', submissionId, blockId, verdict: 'returned' }),
      ],
    ];
    if (block.notes.length > 0) {
      keyboard.push(
        block.notes
          .slice(0, 3)
          .map((_, index) =>
            this.key(this.t('course:review.suggest_button', { number: index + 1 }), { kind: 'suggested_comment', submissionId, blockId, noteIndex: index }),
          ),
      );
    }
    // The coach's own saved comments, and saving the comment just written as one.
    const snippets = await repos.submissions.listSnippets(user.id);
    const snippetRow = snippets
      .filter((snippet) => snippet.text !== review?.comment)
      .slice(-3)
      .map((snippet) => this.key(`💬 ${shorten(snippet.text, 24)}`, { kind: 'snippet_comment', submissionId, blockId, snippetId: snippet.id }));
    if (snippetRow.length > 0) keyboard.push(snippetRow);
    if (review?.comment && !snippets.some((snippet) => snippet.text === review.comment)) {
      keyboard.push([this.key(this.t('course:review.save_snippet_button'), { kind: 'save_snippet', submissionId, blockId })]);
    }
    const next = BLOCK_IDS[number % BLOCK_IDS.length] as BlockId;
    keyboard.push([
      this.key(this.t('course:review.next_button'), { kind: 'show_block', submissionId, blockId: next }),
      this.key(this.t('course:review.summary_button'), { kind: 'grade', submissionId, grade: detail.grade ?? 0 }),
    ]);
    this.say(parts.join('\n\n'), keyboard);
  }

  private async showSummary(submissionId: number): Promise<void> {
    const found = await this.deps.repos.submissions.find(this.deps.user.id, submissionId);
    if (!found.ok || found.value.viewer !== 'coach') return this.notYours();
    const detail = found.value;
    const count = (verdict: string) => detail.blockReviews.filter((review) => review.verdict === verdict).length;
    const accepted = count('accepted');
    const returned = count('returned');
    const parts = [this.t('course:review.summary', { accepted, returned, undecided: BLOCK_IDS.length - accepted - returned })];
    if (detail.overallComment) parts.push(this.t('course:result.overall', { comment: escapeHtml(detail.overallComment) }));
    parts.push(detail.grade !== null ? this.t('course:result.grade', { grade: detail.grade }) : escapeHtml(this.t('course:review.grade_none')));
    const grades = [1, 2, 3, 4, 5].map((grade) => this.key(detail.grade === grade ? `• ${grade} •` : String(grade), { kind: 'grade', submissionId, grade }));
    this.say(parts.join('\n'), [
      grades,
      [
        this.key(this.t('course:review.overall_button'), { kind: 'overall_comment', submissionId }),
        this.key(this.t('course:review.first_block_button'), { kind: 'show_block', submissionId, blockId: BLOCK_IDS[0] }),
      ],
      [this.key(this.course(returned > 0 ? 'review.finish_return_button' : 'review.finish_accept_button'), { kind: 'finish_review', submissionId })],
    ]);
  }

  private async finish(submissionId: number): Promise<void> {
    const { repos, user } = this.deps;
    const result = await repos.submissions.finish(user.id, submissionId);
    if (!result.ok) return this.reviewRefused(result.error);
    const { submission, verdict } = result.value;
    const group = await repos.groups.find(user.id, submission.groupId);
    const student = await repos.users.find(submission.studentId);
    const language: Language = student && isLanguage(student.language) ? student.language : 'ru';
    const work = { title: submission.title, revision: submission.revision, groupName: group.ok ? group.value.group.name : '' };
    for (const message of reviewResultMessages(language, { submissionId: submission.id, ...work }, verdict)) this.deps.queue(submission.studentId, message);
    this.say(
      this.t('course:review.sent', {
        student: personLabel({ id: submission.studentId, firstName: student?.firstName ?? null, username: student?.username ?? null }),
        verdict: escapeHtml(this.t(`course:verdict.${verdict.outcome}`)),
      }),
      [[revisionsButton(this, submission.id)]],
    );
  }

  // --- Groups -----------------------------------------------------------------------------

  private async showGroups(): Promise<void> {
    const groups = await this.deps.repos.groups.listForUser(this.deps.user.id);
    if (groups.length === 0) {
      this.say(escapeHtml(this.t('course:groups.empty')));
      return;
    }
    const lines = groups.map(
      ({ group, role }) =>
        this.t('course:groups.item', { group: escapeHtml(group.name), role: escapeHtml(this.t(`course:role.${role}`)) }) +
        (group.archivedAt ? ` · ${escapeHtml(this.t('course:groups.archived_mark'))}` : ''),
    );
    this.say(
      [this.t('course:groups.header'), ...lines].join('\n'),
      groups.slice(0, 20).map(({ group }) => [this.key(shorten(group.name, MAX_BUTTON_TEXT), { kind: 'group_menu', groupId: group.id })]),
    );
  }

  private async groupMenu(groupId: number): Promise<void> {
    const { repos, user } = this.deps;
    const found = await repos.groups.find(user.id, groupId);
    if (!found.ok) return this.notYours();
    const { group, role } = found.value;
    const parts = [this.t('course:groups.item', { group: escapeHtml(group.name), role: escapeHtml(this.t(`course:role.${role}`)) })];
    if (group.assignment) parts.push(this.t('course:join.assignment', { assignment: escapeHtml(group.assignment) }));
    if (group.deadline)
      parts.push(escapeHtml(this.t('course:deadline', { deadline: formatLocalTime(this.deps.language, group.deadline, this.zone(group.timeZone)) })));
    if (role === 'student') {
      // Every revision the student handed in here, newest first, with where it stands.
      const own = (await repos.submissions.listForStudent(user.id)).filter((submission) => submission.groupId === groupId);
      if (own.length > 0) {
        const lines = own.slice(0, 15).map((submission) => {
          const status = [
            this.course(`status.${submission.status}`),
            submission.late ? this.t('course:late') : null,
            submission.grade !== null ? `${submission.grade}/5` : null,
          ]
            .filter((part): part is string => part !== null)
            .join(' · ');
          return `• «${escapeHtml(shorten(submission.title, 60))}» · ${escapeHtml(this.t('course:revision', { revision: submission.revision }))} · ${escapeHtml(status)}`;
        });
        parts.push([escapeHtml(this.t('course:groups.your_work')), ...lines].join('\n'));
      }
      // One history button per canvas handed in here, at its newest revision.
      const canvases = [...new Map(own.map((submission) => [submission.canvasId, submission])).values()].slice(0, 5);
      this.say(parts.join('\n\n'), [
        ...canvases.map((submission) => [
          this.key(this.t('course:history.canvas_button', { title: shorten(submission.title, 30) }), { kind: 'revisions', submissionId: submission.id }),
        ]),
        [this.key(this.t('course:groups.leave_button'), { kind: 'leave_group', groupId, confirmed: false })],
      ]);
      return;
    }
    const members = await repos.groups.members(user.id, groupId);
    if (members.ok) {
      const students = members.value.filter((member) => member.role !== 'coach');
      parts.push(
        [
          escapeHtml(this.t('course:groups.members', { count: students.length })),
          ...students.map((member) => `• ${personLabel({ id: member.userId, ...member })} — ${escapeHtml(this.t(`course:role.${member.role}`))}`),
        ].join('\n'),
      );
    }
    if (role !== 'coach') {
      this.say(parts.join('\n\n'), [[this.key(this.t('course:groups.leave_button'), { kind: 'leave_group', groupId, confirmed: false })]]);
      return;
    }
    const invites = await repos.groups.invites(user.id, groupId);
    if (invites.ok) {
      if (invites.value.student) parts.push(this.t('course:coach.student_link', { link: inviteLink(this.deps.botUsername, invites.value.student.token) }));
      if (invites.value.coCoach) parts.push(this.t('course:coach.co_coach_link', { link: inviteLink(this.deps.botUsername, invites.value.coCoach.token) }));
    }
    const keyboard: Keyboard = [
      [
        this.key(this.t('course:groups.renew_button'), { kind: 'renew_invite', groupId, role: 'student' }),
        this.key(this.t('course:groups.revoke_button'), { kind: 'revoke_invite', groupId, role: 'student' }),
      ],
      [
        this.key(this.t('course:groups.rename_button'), { kind: 'rename_group', groupId }),
        this.key(this.course(group.archivedAt ? 'groups.unarchive_button' : 'groups.archive_button'), {
          kind: 'archive_group',
          groupId,
          archived: group.archivedAt === null,
        }),
      ],
      [
        this.key(this.t('course:groups.assignment_button'), { kind: 'edit_assignment', groupId }),
        this.key(this.t('course:groups.deadline_button'), { kind: 'edit_deadline', groupId }),
      ],
      [this.key(this.t('course:groups.delete_button'), { kind: 'delete_group', groupId, confirmed: false })],
    ];
    if (members.ok) {
      for (const member of members.value.filter((candidate) => candidate.role !== 'coach').slice(0, 10)) {
        keyboard.push([
          this.key(this.t('course:groups.remove_button', { name: shorten(member.firstName ?? member.username ?? String(member.userId), 30) }), {
            kind: 'remove_member',
            groupId,
            memberId: member.userId,
          }),
        ]);
      }
    }
    this.say(parts.join('\n\n'), keyboard);
  }
}
