import type { CourseAction } from '../canvas/course-mode.ts';
import { freezeCanvas } from '../course/submitted-canvas.ts';
import { escapeHtml } from '../render/html.ts';
import { shorten } from '../render/shorten.ts';
import { type CourseIo, MAX_BUTTON_TEXT } from './course-io.ts';
import { revisionsButton } from './course-revisions.ts';

/*
 * A student hands a canvas in to a group: which canvas, which group, a checklist of what is
 * still open, the submission itself, and taking it back before a coach opens it.
 */

/** The buttons a student presses while handing work in. */
export type SubmitAction = Extract<CourseAction, { kind: 'pick_canvas' | 'pick_group' | 'confirm_submit' | 'withdraw' }>;

export async function applySubmitAction(io: CourseIo, action: SubmitAction): Promise<void> {
  switch (action.kind) {
    case 'pick_canvas':
      return offerSubmit(io, action.canvasId);
    case 'pick_group':
      return checklist(io, action.canvasId, action.groupId);
    case 'confirm_submit':
      return submit(io, action.canvasId, action.groupId);
    case 'withdraw':
      return withdraw(io, action.submissionId);
  }
}

/** `/submit`: the canvas to hand in (asked when there are several), then the group (likewise). */
export async function offerSubmit(io: CourseIo, canvasId: number | null): Promise<void> {
  const { repos, user } = io.deps;
  const groups = await repos.groups.submittableGroups(user.id);
  if (groups.length === 0) {
    io.say(escapeHtml(io.t('course:submit.no_groups')));
    return;
  }
  if (canvasId === null) {
    const canvases = await repos.canvases.summaries(user.id);
    if (canvases.length === 0) {
      io.say(escapeHtml(io.t('course:submit.no_canvases')));
      return;
    }
    if (canvases.length > 1) {
      io.say(
        escapeHtml(io.t('course:submit.pick_canvas')),
        canvases.slice(0, 10).map((canvas) => [io.key(shorten(canvas.title, MAX_BUTTON_TEXT), { kind: 'pick_canvas', canvasId: canvas.id })]),
      );
      return;
    }
    canvasId = canvases[0]?.id ?? null;
    if (canvasId === null) return;
  }
  const first = groups[0];
  if (groups.length === 1 && first) return checklist(io, canvasId, first.id);
  const chosen = canvasId;
  io.say(
    escapeHtml(io.t('course:submit.pick_group')),
    groups.map((group) => [io.key(shorten(group.name, MAX_BUTTON_TEXT), { kind: 'pick_group', canvasId: chosen, groupId: group.id })]),
  );
}

/** Empty blocks and open notes before sending: shown, never blocking. */
async function checklist(io: CourseIo, canvasId: number, groupId: number): Promise<void> {
  const { repos, user } = io.deps;
  const canvas = await repos.canvases.findOwned(user.id, canvasId);
  const role = await repos.groups.roleOf(user.id, groupId);
  if (!canvas || role !== 'student') return io.notYours();
  const group = await repos.groups.find(user.id, groupId);
  const frozen = freezeCanvas(await repos.canvases.snapshot(canvas, io.deps.author, io.deps.language));
  const empty = frozen.blocks.filter((block) => block.answers.length === 0).map((block) => io.t(`blocks:${block.id}.title`));
  const notes = frozen.blocks.reduce((sum, block) => sum + block.notes.length, 0);
  const parts = [io.t('course:submit.confirm', { title: escapeHtml(canvas.title), group: escapeHtml(group.ok ? group.value.group.name : '') })];
  if (empty.length > 0 || notes > 0) {
    const lines = [escapeHtml(io.t('course:submit.checklist_intro'))];
    if (empty.length > 0) lines.push(escapeHtml(io.t('course:submit.empty_blocks', { blocks: empty.join(', ') })));
    if (notes > 0) lines.push(escapeHtml(io.t('course:submit.open_notes', { count: notes })));
    parts.push(lines.join('\n'));
  }
  io.say(parts.join('\n\n'), [[io.key(io.t('course:submit.send_button'), { kind: 'confirm_submit', canvasId, groupId })]]);
}

async function submit(io: CourseIo, canvasId: number, groupId: number): Promise<void> {
  const { repos, user } = io.deps;
  const result = await repos.submissions.submit(user.id, canvasId, groupId, io.deps.author);
  const group = await repos.groups.find(user.id, groupId);
  const groupName = escapeHtml(group.ok ? group.value.group.name : '');
  if (!result.ok) {
    if (result.error === 'not_yours') return io.notYours();
    io.say(result.error === 'archived' ? io.t('course:submit.archived', { group: groupName }) : escapeHtml(io.t('course:submit.in_review')));
    return;
  }
  const submission = result.value.submission;
  const params = {
    title: escapeHtml(submission.title),
    group: groupName,
    revision: escapeHtml(io.t('course:revision', { revision: submission.revision })),
  };
  const parts = [io.t(`course:${submission.late ? 'submit.sent_late' : 'submit.sent'}`, params)];
  if (result.value.replaced !== null) parts.push(escapeHtml(io.t('course:submit.replaced')));
  io.say(parts.join('\n\n'), [
    [io.key(io.t('course:submit.withdraw_button'), { kind: 'withdraw', submissionId: submission.id }), revisionsButton(io, submission.id)],
  ]);
}

async function withdraw(io: CourseIo, submissionId: number): Promise<void> {
  const result = await io.deps.repos.submissions.withdraw(io.deps.user.id, submissionId);
  if (!result.ok) {
    if (result.error === 'not_yours') return io.notYours();
    io.say(escapeHtml(io.t(`course:${result.error === 'in_review' ? 'submit.withdraw_too_late' : 'review.already_reviewed'}`)));
    return;
  }
  io.say(io.t('course:submit.withdrawn', { title: escapeHtml(result.value.title) }));
}
