import { describe, expect, it } from 'vitest';
import type { ConversationState, Effect } from '../../src/canvas/conversation-types.ts';
import { decide } from '../../src/canvas/conversation.ts';
import { parseGroupCallbackData } from '../../src/cohort/group-callback-data.ts';

const idle: ConversationState = { userId: 7, mode: { kind: 'idle' }, language: 'ru', activeCanvasId: null, author: null, canvas: null, canvases: [] };
const ops = (effects: Effect[]) => effects.flatMap((effect) => (effect.kind === 'group' ? [effect.op] : []));
const press = (data: string, state: ConversationState = idle) => {
  const action = parseGroupCallbackData(data);
  if (!action) throw new Error(`not a group button: ${data}`);
  return decide(state, { kind: 'group', input: { kind: 'action', action }, messageId: 42 });
};

describe("the coach's group view in the conversation", () => {
  it('/group asks storage for the coach’s groups and leaves a course step that waited for text', () => {
    const naming: ConversationState = { ...idle, mode: { kind: 'course', wait: { kind: 'group_name' } } };
    const step = decide(naming, { kind: 'group', input: { kind: 'command' }, messageId: 1 });
    expect(ops(step.effects)).toEqual([{ kind: 'choose' }]);
    expect(step.state.mode).toEqual({ kind: 'idle' });
    // A text after it is no longer taken as the group's name.
    expect(decide(step.state, { kind: 'text', text: 'Поток', messageId: 2 }).effects.some((effect) => effect.kind === 'course')).toBe(false);
  });

  it('turns each grp: button into its operation, a page replacing the message pressed, and keeps the state', () => {
    const answering: ConversationState = { ...idle, mode: { kind: 'course', wait: { kind: 'rename_group', groupId: 3 } } };
    expect(ops(press('grp:open:5').effects)).toEqual([{ kind: 'show', groupId: 5, page: 0, messageId: 42 }]);
    expect(ops(press('grp:p:5:2').effects)).toEqual([{ kind: 'show', groupId: 5, page: 2, messageId: 42 }]);
    expect(ops(press('grp:rm:5').effects)).toEqual([{ kind: 'remind', groupId: 5 }]);
    expect(ops(press('grp:pic:5').effects)).toEqual([{ kind: 'picture', groupId: 5 }]);
    expect(ops(press('grp:csv:5').effects)).toEqual([{ kind: 'csv', groupId: 5, which: 'latest' }]);
    expect(ops(press('grp:csvall:5').effects)).toEqual([{ kind: 'csv', groupId: 5, which: 'all' }]);
    expect(press('grp:rm:5', answering).state).toEqual(answering);
  });
});
