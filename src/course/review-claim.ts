/**
 * Two coaches of one group may open the same submission. The first takes a lease on the review;
 * while it runs, another coach is told who is reviewing. Each action of the holder renews the
 * lease; a review left alone is free again once the lease runs out.
 */
export interface ReviewClaim {
  coachId: number;
  expiresAt: Date;
}

/** Long enough to read nine blocks and write comments, short enough that a forgotten review frees up the same day. */
export const DEFAULT_REVIEW_LEASE_MINUTES = 30;

export type ClaimDecision = { kind: 'taken'; claim: ReviewClaim; takenOver: number | null } | { kind: 'held'; by: number; until: Date };

/** Whether `coachId` may act on the review now: the lease is theirs and still running. */
export function holdsClaim(claim: ReviewClaim | null, coachId: number, now: Date): boolean {
  return claim !== null && claim.coachId === coachId && claim.expiresAt.getTime() > now.getTime();
}

/**
 * A coach opens a review: takes it when free, renews it when already theirs, takes it over when
 * another coach's lease ran out (`takenOver` names them), and is told who holds it otherwise.
 */
export function decideClaim(claim: ReviewClaim | null, coachId: number, now: Date, leaseMinutes = DEFAULT_REVIEW_LEASE_MINUTES): ClaimDecision {
  const lease: ReviewClaim = { coachId, expiresAt: new Date(now.getTime() + leaseMinutes * 60_000) };
  if (claim === null || claim.coachId === coachId) return { kind: 'taken', claim: lease, takenOver: null };
  if (claim.expiresAt.getTime() <= now.getTime()) return { kind: 'taken', claim: lease, takenOver: claim.coachId };
  return { kind: 'held', by: claim.coachId, until: claim.expiresAt };
}
