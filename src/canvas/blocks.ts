/** The nine blocks of the Business Model Canvas, in the order the bot asks them. */
export const BLOCK_IDS = [
  'customer_segments',
  'value_propositions',
  'channels',
  'customer_relationships',
  'revenue_streams',
  'key_resources',
  'key_activities',
  'key_partners',
  'cost_structure',
] as const;

export type BlockId = (typeof BLOCK_IDS)[number];

/** Blocks whose answers are classified into standard types. */
export const TYPED_BLOCK_IDS = ['customer_relationships', 'revenue_streams'] as const;
export type TypedBlockId = (typeof TYPED_BLOCK_IDS)[number];

export function isBlockId(value: string): value is BlockId {
  return (BLOCK_IDS as readonly string[]).includes(value);
}

export function isTypedBlock(blockId: BlockId): blockId is TypedBlockId {
  return (TYPED_BLOCK_IDS as readonly string[]).includes(blockId);
}

/** Zero-based position of a block in the asking order. */
export function blockIndex(blockId: BlockId): number {
  return BLOCK_IDS.indexOf(blockId);
}
