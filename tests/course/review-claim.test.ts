import { describe, expect, it } from 'vitest';
import { decideClaim, holdsClaim } from '../../src/course/review-claim.ts';

const now = new Date('2026-03-01T10:00:00Z');
const minutes = (count: number) => new Date(now.getTime() + count * 60_000);

describe('review claim', () => {
  it('takes a free review for the lease', () => {
    expect(decideClaim(null, 1, now, 30)).toEqual({ kind: 'taken', claim: { coachId: 1, expiresAt: minutes(30) }, takenOver: null });
  });

  it('renews the lease for the coach who holds it', () => {
    expect(decideClaim({ coachId: 1, expiresAt: minutes(5) }, 1, now, 30)).toEqual({
      kind: 'taken',
      claim: { coachId: 1, expiresAt: minutes(30) },
      takenOver: null,
    });
  });

  it('tells another coach who holds it and until when', () => {
    expect(decideClaim({ coachId: 1, expiresAt: minutes(5) }, 2, now, 30)).toEqual({ kind: 'held', by: 1, until: minutes(5) });
  });

  it('gives an abandoned review to the next coach and names the one before', () => {
    expect(decideClaim({ coachId: 1, expiresAt: now }, 2, now, 30)).toEqual({
      kind: 'taken',
      claim: { coachId: 2, expiresAt: minutes(30) },
      takenOver: 1,
    });
  });

  it('lets only the holder act, and only while the lease runs', () => {
    const claim = { coachId: 1, expiresAt: minutes(1) };
    expect(holdsClaim(claim, 1, now)).toBe(true);
    expect(holdsClaim(claim, 2, now)).toBe(false);
    expect(holdsClaim(claim, 1, minutes(1))).toBe(false);
    expect(holdsClaim(null, 1, now)).toBe(false);
  });
});
