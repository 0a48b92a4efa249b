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
export const REVENUE_TYPE_IDS = ['asset_sale', 'usage_fee', 'subscription', 'rent_lease', 'licensing', 'brokerage', 'advertising'] as const;
export type RevenueTypeId = (typeof REVENUE_TYPE_IDS)[number];

export type BusinessTypeId = RelationshipTypeId | RevenueTypeId;

export const TYPE_IDS_BY_BLOCK: Record<TypedBlockId, readonly BusinessTypeId[]> = {
  customer_relationships: RELATIONSHIP_TYPE_IDS,
  revenue_streams: REVENUE_TYPE_IDS,
};

export function isTypeOfBlock(blockId: TypedBlockId, typeId: string): typeId is BusinessTypeId {
  return (TYPE_IDS_BY_BLOCK[blockId] as readonly string[]).includes(typeId);
}

/**
 * Short stable keys of the types for callback data and colour lookups. Keyed by type id, never by the
 * position in a list, so reordering or adding a type never makes an old button or badge mean another.
 */
export const TYPE_KEYS: Readonly<Record<BusinessTypeId, string>> = {
  personal_assistance: 'pa',
  dedicated_assistance: 'da',
  self_service: 'ss',
  automated_service: 'as',
  community: 'cm',
  co_creation: 'cc',
  subscription_membership: 'sm',
  network_marketing: 'nm',
  free_use: 'fu',
  training: 'tr',
  asset_sale: 'sa',
  usage_fee: 'uf',
  subscription: 'sb',
  rent_lease: 'rl',
  licensing: 'li',
  brokerage: 'br',
  advertising: 'ad',
};

const TYPE_BY_KEY = new Map(Object.entries(TYPE_KEYS).map(([id, key]) => [key, id as BusinessTypeId]));

/** The type a short key names, whatever its block; undefined for anything else. */
export function typeOfAnyKey(key: string): BusinessTypeId | undefined {
  return TYPE_BY_KEY.get(key);
}

/** The type a short key names, if it is one of the given block's types. */
export function typeOfKey(blockId: TypedBlockId, key: string): BusinessTypeId | undefined {
  const typeId = TYPE_BY_KEY.get(key);
  return typeId !== undefined && isTypeOfBlock(blockId, typeId) ? typeId : undefined;
}
