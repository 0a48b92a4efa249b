import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import type { CourseAction } from '../canvas/course-mode.ts';

/**
 * Payloads of the course buttons, `prefix:field:…` within Telegram's 64 bytes. Prefixes:
 * `cg` new group (coach.ts), `gm` group management (coach.ts), `cj` joining and `cs` submitting
 * (student.ts), `rv` reviewing (review.ts), `rh` reading earlier revisions (revisions.ts). A payload that does not match exactly is no action;
 * who may do it is checked by storage when it is carried out.
 */
export const COURSE_PREFIXES = { coach: ['cg', 'gm'], student: ['cj', 'cs'], review: ['rv'], revisions: ['rh'] } as const;

const INT = /^\d{1,10}$/;
const TOKEN = /^[jc]_[A-Za-z0-9_-]{32}$/;

function int(value: string | undefined): number | null {
  if (value === undefined || !INT.test(value)) return null;
  const number = Number(value);
  return number <= 2_147_483_647 ? number : null;
}

function block(value: string | undefined): BlockId | null {
  const number = int(value);
  return number !== null && number >= 1 && number <= BLOCK_IDS.length ? (BLOCK_IDS[number - 1] as BlockId) : null;
}

const blockNumber = (blockId: BlockId) => BLOCK_IDS.indexOf(blockId) + 1;
const roleCode = (role: 'student' | 'co_coach') => (role === 'student' ? 's' : 'c');

export function encodeCourseAction(action: CourseAction): string {
  switch (action.kind) {
    case 'skip_assignment':
      return 'cg:a';
    case 'no_deadline':
      return 'cg:d';
    case 'join':
      return `cj:${action.payload}`;
    case 'pick_canvas':
      return `cs:c:${action.canvasId}`;
    case 'pick_group':
      return `cs:g:${action.canvasId}:${action.groupId}`;
    case 'confirm_submit':
      return `cs:ok:${action.canvasId}:${action.groupId}`;
    case 'withdraw':
      return `cs:w:${action.submissionId}`;
    case 'leave_group':
      return `cs:${action.confirmed ? 'lok' : 'l'}:${action.groupId}`;
    case 'open_review':
      return `rv:o:${action.submissionId}`;
    case 'block_verdict':
      return `rv:${action.verdict === 'accepted' ? 'a' : 'r'}:${action.submissionId}:${blockNumber(action.blockId)}`;
    case 'block_comment':
      return `rv:c:${action.submissionId}:${blockNumber(action.blockId)}`;
    case 'suggested_comment':
      return `rv:s:${action.submissionId}:${blockNumber(action.blockId)}:${action.noteIndex}`;
    case 'snippet_comment':
      return `rv:p:${action.submissionId}:${blockNumber(action.blockId)}:${action.snippetId}`;
    case 'save_snippet':
      return `rv:ss:${action.submissionId}:${blockNumber(action.blockId)}`;
    case 'show_block':
      return `rv:b:${action.submissionId}:${blockNumber(action.blockId)}`;
    case 'overall_comment':
      return `rv:oc:${action.submissionId}`;
    case 'grade':
      return `rv:g:${action.submissionId}:${action.grade}`;
    case 'finish_review':
      return `rv:f:${action.submissionId}`;
    case 'group_menu':
      return `gm:m:${action.groupId}`;
    case 'rename_group':
      return `gm:rn:${action.groupId}`;
    case 'archive_group':
      return `gm:ar:${action.groupId}:${action.archived ? 1 : 0}`;
    case 'delete_group':
      return `gm:${action.confirmed ? 'delok' : 'del'}:${action.groupId}`;
    case 'renew_invite':
      return `gm:renew:${action.groupId}:${roleCode(action.role)}`;
    case 'revoke_invite':
      return `gm:revoke:${action.groupId}:${roleCode(action.role)}`;
    case 'remove_member':
      return `gm:rm:${action.groupId}:${action.memberId}`;
    case 'pick_time_zone':
      return `cg:z:${action.index}`;
    case 'edit_assignment':
      return `gm:as:${action.groupId}`;
    case 'remove_assignment':
      return `gm:noas:${action.groupId}`;
    case 'edit_deadline':
      return `gm:dl:${action.groupId}`;
    case 'remove_deadline':
      return `gm:nodl:${action.groupId}`;
    case 'revisions':
      return `rh:l:${action.submissionId}`;
    case 'revision':
      return action.blockId === null ? `rh:o:${action.submissionId}` : `rh:b:${action.submissionId}:${blockNumber(action.blockId)}`;
  }
}

/** The course action a payload names; null for anything else. */
export function parseCourseAction(data: string | undefined): CourseAction | null {
  if (!data || data.length > 64) return null;
  const [prefix, verb, a, b, c, ...rest] = data.split(':');
  if (rest.length > 0) return null;
  const id = int(a);
  const second = int(b);
  const done = (action: CourseAction | null, fields: number): CourseAction | null => {
    const given = [a, b, c].filter((field) => field !== undefined).length;
    return given === fields ? action : null;
  };
  if (prefix === 'cg') {
    if (verb === 'z') return id !== null && id < 100 ? done({ kind: 'pick_time_zone', index: id }, 1) : null;
    return verb === 'a' ? done({ kind: 'skip_assignment' }, 0) : verb === 'd' ? done({ kind: 'no_deadline' }, 0) : null;
  }
  if (prefix === 'rh' && id !== null) {
    if (verb === 'l') return done({ kind: 'revisions', submissionId: id }, 1);
    if (verb === 'o') return done({ kind: 'revision', submissionId: id, blockId: null }, 1);
    const blockId = block(b);
    if (verb === 'b' && blockId) return done({ kind: 'revision', submissionId: id, blockId }, 2);
    return null;
  }
  if (prefix === 'cj') return verb !== undefined && TOKEN.test(verb) && a === undefined ? { kind: 'join', payload: verb } : null;
  if (prefix === 'cs') {
    if (verb === 'c' && id !== null) return done({ kind: 'pick_canvas', canvasId: id }, 1);
    if (verb === 'g' && id !== null && second !== null) return done({ kind: 'pick_group', canvasId: id, groupId: second }, 2);
    if (verb === 'ok' && id !== null && second !== null) return done({ kind: 'confirm_submit', canvasId: id, groupId: second }, 2);
    if (verb === 'w' && id !== null) return done({ kind: 'withdraw', submissionId: id }, 1);
    if ((verb === 'l' || verb === 'lok') && id !== null) return done({ kind: 'leave_group', groupId: id, confirmed: verb === 'lok' }, 1);
    return null;
  }
  if (prefix === 'rv' && id !== null) {
    const blockId = block(b);
    switch (verb) {
      case 'o':
        return done({ kind: 'open_review', submissionId: id }, 1);
      case 'a':
      case 'r':
        return blockId ? done({ kind: 'block_verdict', submissionId: id, blockId, verdict: verb === 'a' ? 'accepted' : 'returned' }, 2) : null;
      case 'c':
        return blockId ? done({ kind: 'block_comment', submissionId: id, blockId }, 2) : null;
      case 'b':
        return blockId ? done({ kind: 'show_block', submissionId: id, blockId }, 2) : null;
      case 's': {
        const index = int(c);
        return blockId && index !== null && index < 10 ? done({ kind: 'suggested_comment', submissionId: id, blockId, noteIndex: index }, 3) : null;
      }
      case 'p': {
        const snippetId = int(c);
        return blockId && snippetId !== null ? done({ kind: 'snippet_comment', submissionId: id, blockId, snippetId }, 3) : null;
      }
      case 'ss':
        return blockId ? done({ kind: 'save_snippet', submissionId: id, blockId }, 2) : null;
      case 'oc':
        return done({ kind: 'overall_comment', submissionId: id }, 1);
      case 'g':
        return second !== null && second <= 5 ? done({ kind: 'grade', submissionId: id, grade: second }, 2) : null;
      case 'f':
        return done({ kind: 'finish_review', submissionId: id }, 1);
      default:
        return null;
    }
  }
  if (prefix === 'gm' && id !== null) {
    const role = b === 's' ? 'student' : b === 'c' ? 'co_coach' : null;
    switch (verb) {
      case 'm':
        return done({ kind: 'group_menu', groupId: id }, 1);
      case 'rn':
        return done({ kind: 'rename_group', groupId: id }, 1);
      case 'ar':
        return b === '0' || b === '1' ? done({ kind: 'archive_group', groupId: id, archived: b === '1' }, 2) : null;
      case 'del':
      case 'delok':
        return done({ kind: 'delete_group', groupId: id, confirmed: verb === 'delok' }, 1);
      case 'renew':
        return role ? done({ kind: 'renew_invite', groupId: id, role }, 2) : null;
      case 'revoke':
        return role ? done({ kind: 'revoke_invite', groupId: id, role }, 2) : null;
      case 'rm':
        return second !== null ? done({ kind: 'remove_member', groupId: id, memberId: second }, 2) : null;
      case 'as':
        return done({ kind: 'edit_assignment', groupId: id }, 1);
      case 'noas':
        return done({ kind: 'remove_assignment', groupId: id }, 1);
      case 'dl':
        return done({ kind: 'edit_deadline', groupId: id }, 1);
      case 'nodl':
        return done({ kind: 'remove_deadline', groupId: id }, 1);
      default:
        return null;
    }
  }
  return null;
}
