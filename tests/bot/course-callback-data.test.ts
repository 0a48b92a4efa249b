import { describe, expect, it } from 'vitest';
import { encodeCourseAction, parseCourseAction } from '../../src/bot/course-callback-data.ts';
import type { CourseAction } from '../../src/canvas/course-mode.ts';

const BIG = 2_147_483_647;
const actions: CourseAction[] = [
  { kind: 'skip_assignment' },
  { kind: 'no_deadline' },
  { kind: 'join', payload: 'j_abcdefghijklmnopqrstuvwxyz-_0123' },
  { kind: 'pick_canvas', canvasId: BIG },
  { kind: 'pick_group', canvasId: BIG, groupId: BIG },
  { kind: 'confirm_submit', canvasId: BIG, groupId: BIG },
  { kind: 'withdraw', submissionId: BIG },
  { kind: 'leave_group', groupId: BIG, confirmed: true },
  { kind: 'open_review', submissionId: BIG },
  { kind: 'block_verdict', submissionId: BIG, blockId: 'cost_structure', verdict: 'returned' },
  { kind: 'block_comment', submissionId: BIG, blockId: 'customer_segments' },
  { kind: 'suggested_comment', submissionId: BIG, blockId: 'channels', noteIndex: 2 },
  { kind: 'snippet_comment', submissionId: BIG, blockId: 'channels', snippetId: BIG },
  { kind: 'save_snippet', submissionId: BIG, blockId: 'channels' },
  { kind: 'show_block', submissionId: BIG, blockId: 'key_partners' },
  { kind: 'overall_comment', submissionId: BIG },
  { kind: 'grade', submissionId: BIG, grade: 5 },
  { kind: 'finish_review', submissionId: BIG },
  { kind: 'group_menu', groupId: BIG },
  { kind: 'rename_group', groupId: BIG },
  { kind: 'archive_group', groupId: BIG, archived: false },
  { kind: 'delete_group', groupId: BIG, confirmed: true },
  { kind: 'renew_invite', groupId: BIG, role: 'co_coach' },
  { kind: 'revoke_invite', groupId: BIG, role: 'student' },
  { kind: 'remove_member', groupId: BIG, memberId: BIG },
  { kind: 'pick_time_zone', index: 8 },
  { kind: 'edit_assignment', groupId: BIG },
  { kind: 'remove_assignment', groupId: BIG },
  { kind: 'edit_deadline', groupId: BIG },
  { kind: 'remove_deadline', groupId: BIG },
  { kind: 'revisions', submissionId: BIG },
  { kind: 'revision', submissionId: BIG, blockId: null },
  { kind: 'revision', submissionId: BIG, blockId: 'cost_structure' },
];

describe('course button payloads', () => {
  it('fit in 64 bytes with the largest ids and read back as the same action', () => {
    for (const action of actions) {
      const data = encodeCourseAction(action);
      expect(Buffer.byteLength(data), data).toBeLessThanOrEqual(64);
      expect(parseCourseAction(data), data).toEqual(action);
    }
  });

  it('reject anything that is not exactly one of them', () => {
    for (const data of [
      'rv:a:1',
      'rv:a:1:10',
      'rv:a:1:0',
      'rv:g:1:6',
      'rv:o:1:2',
      'cs:w:x',
      'gm:ar:1:2',
      'gm:renew:1:x',
      'cj:j_short',
      'rv:o:99999999999',
      'cg:z:100',
      'cg:z',
      'rh:b:1:10',
      'rh:l:1:2',
      'gm:dl:1:2',
      'zz:o:1',
      '',
    ]) {
      expect(parseCourseAction(data), data).toBeNull();
    }
  });
});
