import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import { reviewBlock } from '../canvas/coaching.ts';
import type { CanvasSnapshot, TypeSource } from '../canvas/snapshot.ts';
import type {
  BlockVerdict,
  CellState,
  CoachDashboardService,
  DiffSegment,
  Grade,
  GridRow,
  GroupSummary,
  Outcome,
  SubmissionStatus,
  SubmissionView,
} from './coach-dashboard-service.ts';

/** A course as plain data: groups, people and submissions with their review state. */
export interface DashboardFixture {
  coaches: Array<{ id: number; name: string; snippets: string[] }>;
  groups: Array<{
    id: number;
    name: string;
    assignment: string | null;
    deadline: string | null;
    coachIds: number[];
    students: Array<{ id: number; name: string; draftBlocks?: BlockId[]; lastActivityAt?: string }>;
  }>;
  submissions: Array<{
    id: number;
    groupId: number;
    studentId: number;
    canvasTitle: string;
    revision: number;
    status: SubmissionStatus;
    late?: boolean;
    submittedAt: string;
    reviewerId?: number | null;
    overallComment?: string | null;
    grade?: Grade | null;
    blocks: Array<{
      blockId: BlockId;
      answers: string[];
      types?: Array<{ id: BusinessTypeId; source: TypeSource }>;
      verdict?: BlockVerdict | null;
      comment?: string | null;
    }>;
  }>;
}

type FixtureSubmission = DashboardFixture['submissions'][number];
type FixtureBlock = FixtureSubmission['blocks'][number];

const MAX_DIFF_TOKENS = 3000;

/** Word-level diff by the longest common subsequence, both texts interleaved; runs of one kind are merged. */
export function diffWords(before: string, after: string): DiffSegment[] {
  // A word keeps the space after it, so a removed phrase reads as one run, not word by word.
  const a = before.match(/\s*\S+\s*/g) ?? [];
  const b = after.match(/\s*\S+\s*/g) ?? [];
  const same = (x: string | undefined, y: string | undefined) => x !== undefined && y !== undefined && x.trim() === y.trim();
  if (a.length * b.length > (MAX_DIFF_TOKENS * MAX_DIFF_TOKENS) / 4) {
    return [...(before ? [{ kind: 'removed' as const, text: before }] : []), ...(after ? [{ kind: 'added' as const, text: after }] : [])];
  }
  const lengths: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = same(a[i], b[j]) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const segments: DiffSegment[] = [];
  const push = (kind: DiffSegment['kind'], text: string) => {
    const last = segments[segments.length - 1];
    if (last && last.kind === kind) last.text += text;
    else segments.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && same(a[i], b[j])) {
      push('same', b[j]!);
      i += 1;
      j += 1;
    } else if (j < b.length && (i >= a.length || lengths[i]![j + 1]! >= lengths[i + 1]![j]!)) {
      push('added', b[j]!);
      j += 1;
    } else {
      push('removed', a[i]!);
      i += 1;
    }
  }
  return segments;
}

function blockText(block: FixtureBlock | undefined): string {
  return block ? block.answers.join('\n') : '';
}

/**
 * The dashboard's service over a fixture held in memory, with the access rules of the real
 * one: a coach sees and reviews only the submissions of their own groups, one reviewer at a
 * time. It lets the page be tried and its rendering tested without a database; the bot itself
 * runs the page on the course repositories.
 */
export function createFixtureDashboardService(fixture: DashboardFixture, now: () => Date = () => new Date()): CoachDashboardService {
  const groupOf = (id: number) => fixture.groups.find((group) => group.id === id);
  const isCoach = (userId: number, groupId: number) => groupOf(groupId)?.coachIds.includes(userId) ?? false;
  const nameOf = (userId: number) =>
    fixture.coaches.find((coach) => coach.id === userId)?.name ??
    fixture.groups.flatMap((group) => group.students).find((student) => student.id === userId)?.name ??
    String(userId);

  const previousOf = (submission: FixtureSubmission) =>
    fixture.submissions.find(
      (other) => other.groupId === submission.groupId && other.studentId === submission.studentId && other.revision === submission.revision - 1,
    );
  const latestOf = (groupId: number, studentId: number) =>
    fixture.submissions
      .filter((submission) => submission.groupId === groupId && submission.studentId === studentId && submission.status !== 'withdrawn')
      .sort((x, y) => y.revision - x.revision)[0];
  const blockOf = (submission: FixtureSubmission | undefined, blockId: BlockId) => submission?.blocks.find((block) => block.blockId === blockId);
  const changed = (submission: FixtureSubmission, blockId: BlockId) => {
    const previous = previousOf(submission);
    return previous !== undefined && blockText(blockOf(previous, blockId)) !== blockText(blockOf(submission, blockId));
  };
  const waitingFor = (userId: number, submission: FixtureSubmission) =>
    submission.status === 'submitted' || (submission.status === 'in_review' && (submission.reviewerId ?? userId) === userId);

  function summary(userId: number, group: DashboardFixture['groups'][number]): GroupSummary {
    const waiting = group.students.filter((student) => {
      const latest = latestOf(group.id, student.id);
      return latest !== undefined && waitingFor(userId, latest);
    }).length;
    return {
      id: group.id,
      name: group.name,
      assignment: group.assignment,
      deadline: group.deadline,
      studentCount: group.students.length,
      waitingCount: waiting,
    };
  }

  function cellState(submission: FixtureSubmission | undefined, draftBlocks: BlockId[], blockId: BlockId): CellState {
    if (!submission) return draftBlocks.includes(blockId) ? 'filled' : 'empty';
    const block = blockOf(submission, blockId);
    if (!block || block.answers.length === 0) return 'empty';
    if (block.verdict === 'accepted') return 'accepted';
    if (block.verdict === 'returned') return 'returned';
    return changed(submission, blockId) ? 'changed' : 'submitted';
  }

  function snapshotOf(submission: FixtureSubmission): CanvasSnapshot {
    const at = new Date(submission.submittedAt);
    return {
      id: String(submission.id),
      title: submission.canvasTitle,
      author: nameOf(submission.studentId),
      language: 'ru',
      createdAt: at,
      updatedAt: at,
      blocks: BLOCK_IDS.map((id) => {
        const block = blockOf(submission, id);
        return { id, answers: (block?.answers ?? []).map((text) => ({ question: null, text })), types: block?.types ?? [], skipped: false };
      }),
    };
  }

  function view(userId: number, submission: FixtureSubmission): SubmissionView {
    const group = groupOf(submission.groupId)!;
    const snapshot = snapshotOf(submission);
    const earlier = fixture.submissions
      .filter((other) => other.groupId === submission.groupId && other.studentId === submission.studentId && other.revision < submission.revision)
      .sort((x, y) => x.revision - y.revision);
    return {
      id: submission.id,
      groupId: group.id,
      groupName: group.name,
      studentName: nameOf(submission.studentId),
      canvasTitle: submission.canvasTitle,
      revision: submission.revision,
      previousRevision: previousOf(submission)?.revision ?? null,
      status: submission.status,
      late: submission.late ?? false,
      submittedAt: submission.submittedAt,
      reviewerName: submission.reviewerId ? nameOf(submission.reviewerId) : null,
      overallComment: submission.overallComment ?? null,
      grade: submission.grade ?? null,
      snippets: fixture.coaches.find((coach) => coach.id === userId)?.snippets ?? [],
      blocks: BLOCK_IDS.map((blockId) => {
        const block = blockOf(submission, blockId);
        return {
          blockId,
          answers: (block?.answers ?? []).map((text) => ({ question: null, text })),
          types: block?.types ?? [],
          notes: block && block.answers.length > 0 ? reviewBlock(blockId, snapshot) : [],
          verdict: block?.verdict ?? null,
          comment: block?.comment ?? null,
          earlierComments: earlier.map((other) => blockOf(other, blockId)?.comment).filter((text): text is string => typeof text === 'string'),
          changed: changed(submission, blockId),
          carried: block?.verdict === 'accepted' && blockOf(previousOf(submission), blockId)?.verdict === 'accepted' && !changed(submission, blockId),
        };
      }),
    };
  }

  function find(userId: number, submissionId: number): Outcome<FixtureSubmission> {
    const submission = fixture.submissions.find((candidate) => candidate.id === submissionId);
    if (!submission) return { ok: false, reason: 'not_found' };
    if (!isCoach(userId, submission.groupId)) return { ok: false, reason: 'forbidden' };
    return { ok: true, value: submission };
  }

  /** Takes the review for this coach, as opening it in the chat does; refused while another coach has it. */
  function take(userId: number, submissionId: number): Outcome<FixtureSubmission> {
    const found = find(userId, submissionId);
    if (!found.ok) return found;
    const submission = found.value;
    if (submission.status !== 'submitted' && submission.status !== 'in_review') return { ok: false, reason: 'conflict' };
    if (submission.reviewerId && submission.reviewerId !== userId) return { ok: false, reason: 'conflict' };
    submission.reviewerId = userId;
    submission.status = 'in_review';
    return found;
  }

  function blockToEdit(submission: FixtureSubmission, blockId: BlockId): FixtureBlock {
    let block = blockOf(submission, blockId);
    if (!block) {
      block = { blockId, answers: [] };
      submission.blocks.push(block);
    }
    return block;
  }

  return {
    async listGroups(userId) {
      return fixture.groups.filter((group) => group.coachIds.includes(userId)).map((group) => summary(userId, group));
    },
    async groupGrid(userId, groupId) {
      const group = groupOf(groupId);
      if (!group) return { ok: false, reason: 'not_found' };
      if (!group.coachIds.includes(userId)) return { ok: false, reason: 'forbidden' };
      const rows: GridRow[] = group.students.map((student) => {
        const latest = latestOf(group.id, student.id);
        const drafted = (student.draftBlocks ?? []).length;
        return {
          studentId: student.id,
          studentName: student.name,
          stage: latest ? (latest.status as GridRow['stage']) : drafted === BLOCK_IDS.length ? 'finished' : drafted > 0 ? 'filling' : 'not_started',
          submissionId: latest?.id ?? null,
          revision: latest?.revision ?? null,
          late: latest?.late ?? false,
          waitingForMe: latest !== undefined && waitingFor(userId, latest),
          lastActivityAt: student.lastActivityAt ?? latest?.submittedAt ?? null,
          cells: BLOCK_IDS.map((blockId) => ({ blockId, state: cellState(latest, student.draftBlocks ?? [], blockId) })),
        };
      });
      return { ok: true, value: { group: summary(userId, group), rows } };
    },
    async submission(userId, submissionId) {
      const found = find(userId, submissionId);
      return found.ok ? { ok: true, value: view(userId, found.value) } : found;
    },
    async diff(userId, submissionId) {
      const found = find(userId, submissionId);
      if (!found.ok) return found;
      const submission = found.value;
      const previous = previousOf(submission);
      return {
        ok: true,
        value: {
          submissionId: submission.id,
          revision: submission.revision,
          previousRevision: previous?.revision ?? null,
          blocks: BLOCK_IDS.map((blockId) => {
            const old = blockOf(previous, blockId);
            const current = blockOf(submission, blockId);
            const before = blockText(old);
            const after = blockText(current);
            const oldTypes = (old?.types ?? []).map((type) => type.id);
            const newTypes = (current?.types ?? []).map((type) => type.id);
            return {
              blockId,
              changed: changed(submission, blockId),
              before,
              after,
              diff: before === after ? [] : diffWords(before, after),
              typesAdded: newTypes.filter((type) => !oldTypes.includes(type)),
              typesRemoved: oldTypes.filter((type) => !newTypes.includes(type)),
              previousVerdict: old?.verdict ?? null,
              previousComment: old?.comment ?? null,
            };
          }),
        },
      };
    },
    async setBlockVerdict(userId, submissionId, blockId, verdict, comment) {
      const taken = take(userId, submissionId);
      if (!taken.ok) return taken;
      const block = blockToEdit(taken.value, blockId);
      block.verdict = verdict;
      if (comment !== null) block.comment = comment;
      return { ok: true, value: view(userId, taken.value) };
    },
    async comment(userId, submissionId, blockId, text) {
      const taken = take(userId, submissionId);
      if (!taken.ok) return taken;
      blockToEdit(taken.value, blockId).comment = text;
      return { ok: true, value: view(userId, taken.value) };
    },
    async finishReview(userId, submissionId, review) {
      const taken = take(userId, submissionId);
      if (!taken.ok) return taken;
      const submission = taken.value;
      submission.status = submission.blocks.some((block) => block.verdict === 'returned') ? 'returned' : 'accepted';
      submission.overallComment = review.comment;
      submission.grade = review.grade;
      const student = groupOf(submission.groupId)?.students.find((candidate) => candidate.id === submission.studentId);
      if (student) student.lastActivityAt = now().toISOString();
      return { ok: true, value: view(userId, submission) };
    },
  };
}
