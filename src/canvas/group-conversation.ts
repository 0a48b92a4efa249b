import type { GroupCallbackAction } from '../cohort/group-callback-data.ts';
import type { ConversationState, Decision, Input } from './conversation-types.ts';

/** What the coach's group view hands to the conversation: `/group`, or one of its `grp:` buttons. */
export type GroupInput = { kind: 'command' } | { kind: 'action'; action: GroupCallbackAction };

/**
 * What the bot carries out for the group view. Each reads storage, which checks that the user
 * coaches the group, and answers anyone else "not yours".
 */
export type GroupOp =
  /** `/group`: the one group shown at once, or a choice between several. */
  | { kind: 'choose' }
  /** A page of the group's message; `messageId` is the message to replace (the one pressed). */
  | { kind: 'show'; groupId: number; page: number; messageId: number }
  | { kind: 'remind'; groupId: number }
  | { kind: 'picture'; groupId: number }
  | { kind: 'csv'; groupId: number; which: 'latest' | 'all' };

function opOf(action: GroupCallbackAction, messageId: number): GroupOp {
  switch (action.kind) {
    case 'open':
      return { kind: 'show', groupId: action.groupId, page: action.page, messageId };
    case 'remind':
      return { kind: 'remind', groupId: action.groupId };
    case 'picture':
      return { kind: 'picture', groupId: action.groupId };
    case 'csv_latest':
      return { kind: 'csv', groupId: action.groupId, which: 'latest' };
    case 'csv_all':
      return { kind: 'csv', groupId: action.groupId, which: 'all' };
  }
}

/**
 * The coach's view of a whole group. `/group` leaves a course step that waited for text (as
 * `/groups` does); its buttons only read, remind or send files, so they leave the state alone.
 */
export function decideGroup(state: ConversationState, input: Input): Decision | null {
  if (input.kind !== 'group') return null;
  if (input.input.kind === 'command') {
    const mode = state.mode.kind === 'course' ? { kind: 'idle' as const } : state.mode;
    return { state: { ...state, mode }, effects: [{ kind: 'group', op: { kind: 'choose' } }] };
  }
  return { state, effects: [{ kind: 'group', op: opOf(input.input.action, input.messageId) }] };
}
