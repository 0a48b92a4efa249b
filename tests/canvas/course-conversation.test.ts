import { describe, expect, it } from 'vitest';
import type { ConversationState, Effect } from '../../src/canvas/conversation-types.ts';
import { decide } from '../../src/canvas/conversation.ts';

const idle: ConversationState = { userId: 7, mode: { kind: 'idle' }, language: 'ru', activeCanvasId: null, author: null, canvas: null, canvases: [] };
const ops = (effects: Effect[]) => effects.flatMap((effect) => (effect.kind === 'course' ? [effect.op] : []));

describe('the course part of the conversation', () => {
  it('asks a new group its name, assignment and deadline in turn, then creates it', () => {
    let step = decide({ ...idle, timeZone: 'Europe/Moscow' }, { kind: 'course', input: { kind: 'command', command: 'coach' }, messageId: 1 });
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

  it('asks a coach without a zone for theirs once, before the first deadline, and reads the deadline in it', () => {
    let step = decide(idle, { kind: 'course', input: { kind: 'command', command: 'coach' }, messageId: 1 });
    step = decide(step.state, { kind: 'text', text: 'Поток 2', messageId: 2 });
    step = decide(step.state, { kind: 'text', text: 'Канва проекта', messageId: 3 });
    expect(ops(step.effects)).toEqual([{ kind: 'ask', prompt: 'time_zone' }]);
    expect(step.state.mode).toEqual({ kind: 'course', wait: { kind: 'time_zone', newGroup: { name: 'Поток 2', assignment: 'Канва проекта' } } });
    expect(ops(decide(step.state, { kind: 'text', text: 'Москва?', messageId: 4 }).effects)).toEqual([{ kind: 'bad_text', error: 'bad_time_zone' }]);
    const typed = decide(step.state, { kind: 'text', text: 'UTC+5', messageId: 5 });
    expect(ops(typed.effects)).toEqual([
      { kind: 'set_time_zone', timeZone: 'Etc/GMT-5', confirm: false },
      { kind: 'ask', prompt: 'group_deadline', timeZone: 'Etc/GMT-5' },
    ]);
    const pressed = decide(step.state, { kind: 'course', input: { kind: 'action', action: { kind: 'pick_time_zone', index: 0 } }, messageId: 6 });
    expect(ops(pressed.effects)).toEqual([
      { kind: 'set_time_zone', timeZone: 'Europe/Moscow', confirm: false },
      { kind: 'ask', prompt: 'group_deadline', timeZone: 'Europe/Moscow' },
    ]);
    const done = decide(typed.state, { kind: 'text', text: '15.03.2030 18:00', messageId: 7 });
    expect(ops(done.effects)).toEqual([
      { kind: 'create_group', name: 'Поток 2', assignment: 'Канва проекта', deadline: '2030-03-15T13:00:00.000Z', timeZone: 'Etc/GMT-5' },
    ]);
    // /timezone asks again at any time; a zone button pressed when nothing asks is stale.
    const asked = decide(idle, { kind: 'course', input: { kind: 'command', command: 'timezone' }, messageId: 8 });
    const changed = decide(asked.state, { kind: 'text', text: 'asia/almaty', messageId: 9 });
    expect(ops(changed.effects)).toEqual([{ kind: 'set_time_zone', timeZone: 'Asia/Almaty', confirm: true }]);
    expect(changed.state.mode).toEqual({ kind: 'idle' });
    const stale = decide(idle, { kind: 'course', input: { kind: 'action', action: { kind: 'pick_time_zone', index: 0 } }, messageId: 10 });
    expect(ops(stale.effects)).toEqual([]);
  });

  it("reads a group's new deadline in that group's zone, and takes its removal", () => {
    const asked = decide(idle, { kind: 'course', input: { kind: 'action', action: { kind: 'edit_deadline', groupId: 4 } }, messageId: 1 });
    expect(asked.state.mode).toEqual({ kind: 'course', wait: { kind: 'edit_deadline', groupId: 4 } });
    const inZone = { ...asked.state, editedGroupTimeZone: 'Asia/Vladivostok' };
    expect(ops(decide(inZone, { kind: 'text', text: 'завтра', messageId: 2 }).effects)).toEqual([{ kind: 'bad_text', error: 'bad_deadline' }]);
    // 18:00 in Vladivostok (UTC+10) is 08:00 UTC.
    expect(ops(decide(inZone, { kind: 'text', text: '01.06.2030 18:00', messageId: 3 }).effects)).toEqual([
      { kind: 'set_deadline', groupId: 4, deadline: '2030-06-01T08:00:00.000Z' },
    ]);
    const removed = decide(asked.state, { kind: 'course', input: { kind: 'action', action: { kind: 'remove_deadline', groupId: 4 } }, messageId: 4 });
    expect(ops(removed.effects)).toEqual([{ kind: 'set_deadline', groupId: 4, deadline: null }]);
    expect(removed.state.mode).toEqual({ kind: 'idle' });
  });

  it('refuses an empty or too long name and keeps waiting', () => {
    const waiting = decide(idle, { kind: 'course', input: { kind: 'command', command: 'coach' }, messageId: 1 }).state;
    expect(ops(decide(waiting, { kind: 'text', text: '   ', messageId: 2 }).effects)).toEqual([{ kind: 'bad_text', error: 'empty' }]);
    expect(ops(decide(waiting, { kind: 'text', text: 'x'.repeat(81), messageId: 3 }).effects)).toEqual([{ kind: 'bad_text', error: 'too_long' }]);
  });
});
