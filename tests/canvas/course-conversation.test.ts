import { describe, expect, it } from 'vitest';
import type { ConversationState, Effect } from '../../src/canvas/conversation-types.ts';
import { decide } from '../../src/canvas/conversation.ts';

const idle: ConversationState = { userId: 7, mode: { kind: 'idle' }, language: 'ru', activeCanvasId: null, author: null, canvas: null, canvases: [] };
const ops = (effects: Effect[]) => effects.flatMap((effect) => (effect.kind === 'course' ? [effect.op] : []));

describe('the course part of the conversation', () => {
  it('asks a new group its name, assignment and deadline in turn, then creates it', () => {
    let step = decide(idle, { kind: 'course', input: { kind: 'command', command: 'coach' }, messageId: 1 });
    expect(step.state.mode).toEqual({ kind: 'course', wait: { kind: 'group_name' } });
    step = decide(step.state, { kind: 'text', text: '  Поток 1 ', messageId: 2 });
    expect(step.state.mode).toEqual({ kind: 'course', wait: { kind: 'group_assignment', name: 'Поток 1' } });
    step = decide(step.state, { kind: 'course', input: { kind: 'action', action: { kind: 'skip_assignment' } }, messageId: 3 });
    expect(ops(step.effects)).toEqual([{ kind: 'ask', prompt: 'group_deadline', timeZone: 'Europe/Moscow' }]);
    step = decide(step.state, { kind: 'text', text: 'Asia/Almaty', messageId: 4 });
    expect(ops(step.effects)).toEqual([{ kind: 'ask', prompt: 'group_deadline', timeZone: 'Asia/Almaty' }]);
    const wrong = decide(step.state, { kind: 'text', text: '31.02', messageId: 5 });
    expect(ops(wrong.effects)).toEqual([{ kind: 'bad_text', error: 'bad_deadline' }]);
    expect(wrong.state.mode).toEqual(step.state.mode);
    const done = decide(step.state, { kind: 'text', text: '15.03.2030 18:00', messageId: 6 });
    expect(done.state.mode).toEqual({ kind: 'idle' });
    // 18:00 in Almaty (UTC+5) is 13:00 UTC.
    expect(ops(done.effects)).toEqual([
      { kind: 'create_group', name: 'Поток 1', assignment: null, deadline: '2030-03-15T13:00:00.000Z', timeZone: 'Asia/Almaty' },
    ]);
  });

  it('takes a review comment only while waiting for one, and leaves canvas texts alone otherwise', () => {
    const returning = decide(idle, {
      kind: 'course',
      input: { kind: 'action', action: { kind: 'block_verdict', submissionId: 5, blockId: 'channels', verdict: 'returned' } },
      messageId: 1,
    });
    expect(returning.state.mode).toEqual({ kind: 'course', wait: { kind: 'block_comment', submissionId: 5, blockId: 'channels', returning: true } });
    const commented = decide(returning.state, { kind: 'text', text: 'Где покупают?', messageId: 2 });
    expect(ops(commented.effects)).toEqual([{ kind: 'comment_block', submissionId: 5, blockId: 'channels', comment: 'Где покупают?', returning: true }]);
    expect(commented.state.mode).toEqual({ kind: 'idle' });
    const plain = decide(idle, { kind: 'text', text: 'Где покупают?', messageId: 3 });
    expect(ops(plain.effects)).toEqual([]);
  });

  it('refuses an empty or too long name and keeps waiting', () => {
    const waiting = decide(idle, { kind: 'course', input: { kind: 'command', command: 'coach' }, messageId: 1 }).state;
    expect(ops(decide(waiting, { kind: 'text', text: '   ', messageId: 2 }).effects)).toEqual([{ kind: 'bad_text', error: 'empty' }]);
    expect(ops(decide(waiting, { kind: 'text', text: 'x'.repeat(81), messageId: 3 }).effects)).toEqual([{ kind: 'bad_text', error: 'too_long' }]);
  });
});
