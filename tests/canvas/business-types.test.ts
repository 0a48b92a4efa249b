import { describe, expect, it } from 'vitest';
import { REVENUE_TYPE_IDS, RELATIONSHIP_TYPE_IDS, TYPE_KEYS, typeOfKey } from '../../src/canvas/business-types.ts';

describe('type keys', () => {
  it('give every type a short key of its own', () => {
    const ids = [...RELATIONSHIP_TYPE_IDS, ...REVENUE_TYPE_IDS];
    const keys = ids.map((id) => TYPE_KEYS[id]);
    expect(new Set(keys).size).toBe(ids.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]{2}$/);
  });

  it('read a key back as its type only within its own block', () => {
    expect(typeOfKey('revenue_streams', TYPE_KEYS.brokerage)).toBe('brokerage');
    expect(typeOfKey('customer_relationships', TYPE_KEYS.brokerage)).toBeUndefined();
    expect(typeOfKey('customer_relationships', 'zz')).toBeUndefined();
  });
});
