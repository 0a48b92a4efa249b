import { describe, expect, it } from 'vitest';
import { nearestCommand } from '../../src/bot/commands.ts';

describe('nearest command', () => {
  it('suggests the command a typo was meant to be', () => {
    expect(nearestCommand('/cancle')).toBe('cancel');
    expect(nearestCommand('/hlep')).toBe('help');
    expect(nearestCommand('/exprot')).toBe('export');
    expect(nearestCommand('/resum@canvas_coach_bot')).toBe('resume');
  });

  it('suggests nothing for a word far from every command', () => {
    expect(nearestCommand('/weather')).toBeNull();
    expect(nearestCommand('/')).toBeNull();
  });
});
