import type { TypedBlockId } from './blocks.ts';

/** Customer relationship types (block 4), ids as in the domain description. */
export const RELATIONSHIP_TYPE_IDS = [
  'personal_assistance',
  'dedicated_assistance',
  'self_service',
  'automated_service',
  'community',
  'co_creation',
  'subscription_membership',
  'network_marketing',
  'free_use',
  'training',
] as const;
export type RelationshipTypeId = (typeof RELATIONSHIP_TYPE_IDS)[number];

/** Revenue stream types (block 5). */
export const REVENUE_TYPE_IDS = [
  'asset_sale',
  'usage_fee',
  'subscription',
  'rent_lease',
  'licensing',
  'brokerage',
  'advertising',
] as const;
export type RevenueTypeId = (typeof REVENUE_TYPE_IDS)[number];

export type BusinessTypeId = RelationshipTypeId | RevenueTypeId;

export const TYPE_IDS_BY_BLOCK: Record<TypedBlockId, readonly BusinessTypeId[]> = {
  customer_relationships: RELATIONSHIP_TYPE_IDS,
  revenue_streams: REVENUE_TYPE_IDS,
};

export function isTypeOfBlock(blockId: TypedBlockId, typeId: string): typeId is BusinessTypeId {
  return (TYPE_IDS_BY_BLOCK[blockId] as readonly string[]).includes(typeId);
}
