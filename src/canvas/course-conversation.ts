import { DEFAULT_COURSE_TIME_ZONE, MAX_ASSIGNMENT_LENGTH, MAX_COMMENT_LENGTH, MAX_GROUP_NAME_LENGTH, checkText } from '../course/group.ts';
import { parseDeadline } from '../course/deadline.ts';
import { offeredTimeZone, parseTimeZone } from '../course/time-zones.ts';
import type { ConversationState, Decision, Input } from './conversation-types.ts';
import type { CourseOp, CourseWait } from './course-mode.ts';

/**
 * The course part of the conversation (groups, homework, reviews), decided as the canvas part is:
 * from the state and the input, as data. `decide` hands over course inputs, and texts while a
 * course step waits for one; everything else stays with the canvas conversation.
 */
export function decideCourse(state: ConversationState, input: Input, now: Date = new Date()): Decision | null {
  const ops: CourseOp[] = [];
  let mode = state.mode;
  const wait = (next: CourseWait | null) => {
    mode = next === null ? { kind: 'idle' } : { kind: 'course', wait: next };
  };
  /** A new group's deadline is read in the coach's zone; a coach who never gave one is asked it first, once. */
  const askDeadlineOrZone = (name: string, assignment: string | null) => {
    const zone = state.timeZone ?? null;
    if (zone === null) {
      wait({ kind: 'time_zone', newGroup: { name, assignment } });
      ops.push({ kind: 'ask', prompt: 'time_zone' });
      return;
    }
    wait({ kind: 'group_deadline', name, assignment, timeZone: zone });
    ops.push({ kind: 'ask', prompt: 'group_deadline', timeZone: zone });
  };
  const takeTimeZone = (zone: string, newGroup: { name: string; assignment: string | null } | null) => {
    ops.push({ kind: 'set_time_zone', timeZone: zone, confirm: newGroup === null });
    if (newGroup === null) {
      wait(null);
      return;
    }
    wait({ kind: 'group_deadline', name: newGroup.name, assignment: newGroup.assignment, timeZone: zone });
    ops.push({ kind: 'ask', prompt: 'group_deadline', timeZone: zone });
  };

  if (input.kind === 'course') {
    const course = input.input;
    if (course.kind === 'command') {
      if (course.command === 'coach') {
        wait({ kind: 'group_name' });
        ops.push({ kind: 'ask', prompt: 'group_name' });
      } else if (course.command === 'timezone') {
        wait({ kind: 'time_zone', newGroup: null });
        ops.push({ kind: 'ask', prompt: 'time_zone' });
      } else {
        if (mode.kind === 'course') wait(null);
        ops.push({ kind: course.command === 'submit' ? 'offer_submit' : course.command === 'inbox' ? 'show_inbox' : 'show_groups' });
      }
    } else if (course.kind === 'invite') {
      ops.push({ kind: 'show_invite', payload: course.payload });
    } else {
      const action = course.action;
      const current = mode.kind === 'course' ? mode.wait : null;
      if (action.kind === 'skip_assignment' && current?.kind === 'group_assignment') {
        askDeadlineOrZone(current.name, null);
      } else if (action.kind === 'pick_time_zone' && current?.kind === 'time_zone') {
        const zone = offeredTimeZone(action.index);
        if (zone === null) return { state, effects: [{ kind: 'answer_button', text: { key: 'errors.stale_button' } }] };
        takeTimeZone(zone, current.newGroup);
      } else if (action.kind === 'edit_assignment') {
        wait({ kind: 'edit_assignment', groupId: action.groupId });
        ops.push({ kind: 'action', action });
      } else if (action.kind === 'edit_deadline') {
        wait({ kind: 'edit_deadline', groupId: action.groupId });
        ops.push({ kind: 'action', action });
      } else if (action.kind === 'remove_assignment' || action.kind === 'remove_deadline') {
        if (mode.kind === 'course') wait(null);
        ops.push(
          action.kind === 'remove_assignment'
            ? { kind: 'set_assignment', groupId: action.groupId, assignment: null }
            : { kind: 'set_deadline', groupId: action.groupId, deadline: null },
        );
      } else if (action.kind === 'no_deadline' && current?.kind === 'group_deadline') {
        wait(null);
        ops.push({ kind: 'create_group', name: current.name, assignment: current.assignment, deadline: null, timeZone: current.timeZone });
      } else if (action.kind === 'block_comment') {
        wait({ kind: 'block_comment', submissionId: action.submissionId, blockId: action.blockId, returning: false });
        ops.push({ kind: 'action', action });
      } else if (action.kind === 'block_verdict' && action.verdict === 'returned') {
        // A returned block asks what to rework; the verdict is stored at once.
        wait({ kind: 'block_comment', submissionId: action.submissionId, blockId: action.blockId, returning: true });
        ops.push({ kind: 'action', action });
      } else if (action.kind === 'overall_comment') {
        wait({ kind: 'overall_comment', submissionId: action.submissionId });
        ops.push({ kind: 'action', action });
      } else if (action.kind === 'rename_group') {
        wait({ kind: 'rename_group', groupId: action.groupId });
        ops.push({ kind: 'action', action });
      } else {
        if (action.kind === 'skip_assignment' || action.kind === 'no_deadline' || action.kind === 'pick_time_zone')
          return { state, effects: [{ kind: 'answer_button', text: { key: 'errors.stale_button' } }] };
        if (mode.kind === 'course' && (current?.kind === 'block_comment' || current?.kind === 'overall_comment')) wait(null);
        ops.push({ kind: 'action', action });
      }
    }
  } else if (input.kind === 'text' && mode.kind === 'course') {
    const current = mode.wait;
    const text = input.text;
    switch (current.kind) {
      case 'group_name': {
        const checked = checkText(text, MAX_GROUP_NAME_LENGTH);
        if (!checked.ok) ops.push({ kind: 'bad_text', error: checked.error });
        else {
          wait({ kind: 'group_assignment', name: checked.value });
          ops.push({ kind: 'ask', prompt: 'group_assignment' });
        }
        break;
      }
      case 'group_assignment': {
        const checked = checkText(text, MAX_ASSIGNMENT_LENGTH);
        if (!checked.ok) ops.push({ kind: 'bad_text', error: checked.error });
        else askDeadlineOrZone(current.name, checked.value);
        break;
      }
      case 'time_zone': {
        const zone = parseTimeZone(text);
        if (zone === null) ops.push({ kind: 'bad_text', error: 'bad_time_zone' });
        else takeTimeZone(zone, current.newGroup);
        break;
      }
      case 'edit_assignment': {
        const checked = checkText(text, MAX_ASSIGNMENT_LENGTH);
        if (!checked.ok) ops.push({ kind: 'bad_text', error: checked.error });
        else {
          wait(null);
          ops.push({ kind: 'set_assignment', groupId: current.groupId, assignment: checked.value });
        }
        break;
      }
      case 'edit_deadline': {
        // The same reading as at creation, in the group's own zone.
        const deadline = parseDeadline(text, state.editedGroupTimeZone ?? DEFAULT_COURSE_TIME_ZONE, now);
        if (!deadline) ops.push({ kind: 'bad_text', error: 'bad_deadline' });
        else {
          wait(null);
          ops.push({ kind: 'set_deadline', groupId: current.groupId, deadline: deadline.toISOString() });
        }
        break;
      }
      case 'group_deadline': {
        const typed = text.trim();
        // A zone name instead of a date changes the zone the deadline is read in.
        const zone = parseTimeZone(typed);
        if (zone !== null) {
          wait({ ...current, timeZone: zone });
          ops.push({ kind: 'ask', prompt: 'group_deadline', timeZone: zone });
          break;
        }
        const deadline = parseDeadline(typed, current.timeZone, now);
        if (!deadline) ops.push({ kind: 'bad_text', error: 'bad_deadline' });
        else {
          wait(null);
          ops.push({ kind: 'create_group', name: current.name, assignment: current.assignment, deadline: deadline.toISOString(), timeZone: current.timeZone });
        }
        break;
      }
      case 'block_comment':
      case 'overall_comment': {
        const checked = checkText(text, MAX_COMMENT_LENGTH);
        if (!checked.ok) {
          ops.push({ kind: 'bad_text', error: checked.error });
          break;
        }
        wait(null);
        ops.push(
          current.kind === 'block_comment'
            ? { kind: 'comment_block', submissionId: current.submissionId, blockId: current.blockId, comment: checked.value, returning: current.returning }
            : { kind: 'comment_overall', submissionId: current.submissionId, comment: checked.value },
        );
        break;
      }
      case 'rename_group': {
        const checked = checkText(text, MAX_GROUP_NAME_LENGTH);
        if (!checked.ok) ops.push({ kind: 'bad_text', error: checked.error });
        else {
          wait(null);
          ops.push({ kind: 'rename_group', groupId: current.groupId, name: checked.value });
        }
        break;
      }
    }
  } else {
    return null;
  }
  return { state: { ...state, mode }, effects: ops.map((op) => ({ kind: 'course', op })) };
}
