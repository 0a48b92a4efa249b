import { describe, expect, it } from 'vitest';
import { shorten } from '../../src/render/shorten.ts';

describe('shorten', () => {
  it('keeps text that fits', () => {
    expect(shorten('Кофейня', 7)).toBe('Кофейня');
  });

  it('ends cut text with an ellipsis within the limit', () => {
    expect(shorten('Кофейня у метро', 8)).toBe('Кофейня…');
  });

  it('never splits an emoji or a family of emoji', () => {
    const cut = shorten('👨‍👩‍👧 семья 👨‍👩‍👧 и ещё', 3);
    expect(cut).toBe('👨‍👩‍👧…');
    expect(cut).not.toMatch(/\u200d…/);
  });
});
