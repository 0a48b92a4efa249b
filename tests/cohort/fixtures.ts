import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { RELATIONSHIP_TYPE_IDS, REVENUE_TYPE_IDS } from '../../src/canvas/business-types.ts';
import type { StudentPictureRow } from '../../src/cohort/group-picture-stats.ts';
import type { RevisionRow } from '../../src/cohort/group-csv.ts';
import { MEMBER_STATUSES, type GroupMemberStatus } from '../../src/cohort/member-status.ts';

export function member(overrides: Partial<GroupMemberStatus> & { userId: number }): GroupMemberStatus {
  return {
    name: `Student ${overrides.userId}`,
    username: null,
    status: 'filling',
    currentBlock: 'channels',
    revision: null,
    lastActiveAt: null,
    late: false,
    remindersEnabled: true,
    timeZone: null,
    ...overrides,
  };
}

/** `count` students cycling through every status; every fifth submitted late, every seventh opted out. */
export function groupOf(count: number, now: Date): GroupMemberStatus[] {
  return Array.from({ length: count }, (_, index) => {
    const status = MEMBER_STATUSES[index % MEMBER_STATUSES.length] ?? 'filling';
    const submitted = !['not_started', 'filling'].includes(status);
    return member({
      userId: 1000 + index,
      name: `Студент ${String(index + 1).padStart(3, '0')}`,
      username: index % 2 === 0 ? `student_${index + 1}` : null,
      status,
      currentBlock: status === 'filling' ? (BLOCK_IDS[index % 9] ?? null) : null,
      revision: submitted ? 1 + (index % 3) : null,
      lastActiveAt: status === 'not_started' ? null : new Date(now.getTime() - (index + 1) * 3_600_000),
      late: submitted && index % 5 === 0,
      remindersEnabled: index % 7 !== 0,
    });
  });
}

/** A revision with every block answered, for CSV tests. */
export function revision(overrides: Partial<RevisionRow> & { studentId: number; revision: number }): RevisionRow {
  return {
    groupName: 'МБА-2026',
    studentName: `Student ${overrides.studentId}`,
    username: null,
    canvasId: overrides.studentId * 10,
    canvasTitle: 'Кофейня',
    status: 'submitted',
    late: false,
    grade: null,
    submittedAt: new Date('2026-11-20T10:00:00Z'),
    reviewedAt: null,
    blocks: BLOCK_IDS.map((blockId) => ({
      blockId,
      answerText: `Answer ${blockId} r${overrides.revision}`,
      types: blockId === 'revenue_streams' ? ['subscription'] : [],
      typesChangedByStudent: false,
      coachComment: null,
      verdict: null,
    })),
    ...overrides,
  };
}

const NOTE_KEYS = [
  'channels_no_after_sales',
  'revenue_no_pricing',
  'segments_everyone',
  'costs_no_fixed_variable',
  'partners_no_risk',
  'too_short',
  'value_no_problem',
  'relationships_no_cost',
];

/** `count` students spread over the blocks, types and notes deterministically: earlier blocks filled more often. */
export function pictureRows(count: number): StudentPictureRow[] {
  return Array.from({ length: count }, (_, index) => {
    const filled = BLOCK_IDS.slice(0, 9 - (index % 4));
    const submitted = index % 5 !== 4;
    return {
      filledBlocks: filled,
      returnedBlocks: submitted && index % 3 === 0 ? [BLOCK_IDS[index % 9] ?? 'channels', 'cost_structure'] : [],
      relationshipTypes: submitted ? [RELATIONSHIP_TYPE_IDS[index % 10] ?? 'community', ...(index % 2 === 0 ? ['personal_assistance'] : [])] : [],
      revenueTypes: submitted ? [REVENUE_TYPE_IDS[(index * 3) % 7] ?? 'subscription', ...(index % 3 === 0 ? ['subscription'] : [])] : [],
      coachingNoteKeys: submitted ? NOTE_KEYS.slice(index % 8, (index % 8) + 1 + (index % 3)) : [],
      submitted,
    };
  });
}
