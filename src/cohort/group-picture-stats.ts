import { BLOCK_IDS, type BlockId } from '../canvas/blocks.ts';
import { RELATIONSHIP_TYPE_IDS, REVENUE_TYPE_IDS } from '../canvas/business-types.ts';

/** What the group picture needs of one student: their latest submission, or the live canvas before one. */
export interface StudentPictureRow {
  /** Blocks with at least one answer. */
  filledBlocks: readonly BlockId[];
  /** Blocks the coach returned in the latest review. */
  returnedBlocks: readonly BlockId[];
  /** Confirmed type ids of block 4 and of block 5 in the latest submission (empty before one). */
  relationshipTypes: readonly string[];
  revenueTypes: readonly string[];
  /** Keys (in the `coaching` namespace) of the coaching notes open on the latest submission. */
  coachingNoteKeys: readonly string[];
  /** Whether the row is a submission (counts towards the type distribution). */
  submitted: boolean;
}

export interface TypeCount {
  typeId: string;
  count: number;
}

export interface GroupPictureStats {
  studentCount: number;
  submissionCount: number;
  blocks: Array<{ blockId: BlockId; filled: number; returned: number }>;
  /** Types named at least once, most frequent first; ties in the canvas's order of types. */
  relationshipTypes: TypeCount[];
  revenueTypes: TypeCount[];
  /** Coaching notes, most frequent first; ties by key. */
  notes: Array<{ key: string; count: number }>;
}

function countTypes(lists: ReadonlyArray<readonly string[]>, order: readonly string[]): TypeCount[] {
  const counts = new Map<string, number>();
  // A type named twice in one canvas still counts once for that student.
  for (const list of lists) for (const typeId of new Set(list)) counts.set(typeId, (counts.get(typeId) ?? 0) + 1);
  const rank = (typeId: string): number => (order.includes(typeId) ? order.indexOf(typeId) : order.length);
  return [...counts.entries()]
    .map(([typeId, count]) => ({ typeId, count }))
    .sort((a, b) => b.count - a.count || rank(a.typeId) - rank(b.typeId) || a.typeId.localeCompare(b.typeId));
}

/** Adds up the group: per block, per type, per coaching note. */
export function groupPictureStats(rows: readonly StudentPictureRow[]): GroupPictureStats {
  const submitted = rows.filter((row) => row.submitted);
  const noteCounts = new Map<string, number>();
  for (const row of submitted) for (const key of new Set(row.coachingNoteKeys)) noteCounts.set(key, (noteCounts.get(key) ?? 0) + 1);
  return {
    studentCount: rows.length,
    submissionCount: submitted.length,
    blocks: BLOCK_IDS.map((blockId) => ({
      blockId,
      filled: rows.filter((row) => row.filledBlocks.includes(blockId)).length,
      returned: rows.filter((row) => row.returnedBlocks.includes(blockId)).length,
    })),
    relationshipTypes: countTypes(
      submitted.map((row) => row.relationshipTypes),
      RELATIONSHIP_TYPE_IDS,
    ),
    revenueTypes: countTypes(
      submitted.map((row) => row.revenueTypes),
      REVENUE_TYPE_IDS,
    ),
    notes: [...noteCounts.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key)),
  };
}
