import { describe, expect, it } from 'vitest';
import { SUBMISSION_STATUSES, isLate, isWaiting, nextStatus, resubmitEffect } from '../../src/course/submission.ts';

describe('submission status', () => {
  it('goes submitted → in review → returned or accepted', () => {
    expect(nextStatus('submitted', { kind: 'claim' })).toEqual({ ok: true, status: 'in_review' });
    expect(nextStatus('in_review', { kind: 'finish', outcome: 'returned' })).toEqual({ ok: true, status: 'returned' });
    expect(nextStatus('in_review', { kind: 'finish', outcome: 'accepted' })).toEqual({ ok: true, status: 'accepted' });
  });

  it('lets a review in progress be claimed again (renewed or taken over)', () => {
    expect(nextStatus('in_review', { kind: 'claim' })).toEqual({ ok: true, status: 'in_review' });
  });

  it('withdraws only before review', () => {
    expect(nextStatus('submitted', { kind: 'withdraw' })).toEqual({ ok: true, status: 'withdrawn' });
    expect(nextStatus('in_review', { kind: 'withdraw' })).toEqual({ ok: false, error: 'in_review' });
    expect(nextStatus('returned', { kind: 'withdraw' })).toEqual({ ok: false, error: 'already_reviewed' });
  });

  it('cannot finish a review nobody opened', () => {
    expect(nextStatus('submitted', { kind: 'finish', outcome: 'accepted' })).toEqual({ ok: false, error: 'not_in_review' });
  });

  it('keeps returned, accepted and withdrawn final for every action', () => {
    const actions = [{ kind: 'claim' }, { kind: 'withdraw' }, { kind: 'finish', outcome: 'accepted' }, { kind: 'finish', outcome: 'returned' }] as const;
    for (const status of ['returned', 'accepted'] as const) {
      for (const action of actions) expect(nextStatus(status, action)).toEqual({ ok: false, error: 'already_reviewed' });
    }
    for (const action of actions) expect(nextStatus('withdrawn', action)).toEqual({ ok: false, error: 'withdrawn' });
  });

  it('counts only submitted and in review as waiting', () => {
    expect(SUBMISSION_STATUSES.filter(isWaiting)).toEqual(['submitted', 'in_review']);
  });

  it('marks late only strictly after the deadline, and never without one', () => {
    const deadline = new Date('2026-03-01T20:59:00Z');
    expect(isLate(new Date('2026-03-01T20:59:00Z'), deadline)).toBe(false);
    expect(isLate(new Date('2026-03-01T20:59:00.001Z'), deadline)).toBe(true);
    expect(isLate(new Date('2026-02-01T00:00:00Z'), deadline)).toBe(false);
    expect(isLate(new Date('2030-01-01T00:00:00Z'), null)).toBe(false);
  });

  it('replaces a waiting revision and refuses one while the previous is in review', () => {
    expect(resubmitEffect(null)).toEqual({ ok: true, replaces: false });
    expect(resubmitEffect('submitted')).toEqual({ ok: true, replaces: true });
    expect(resubmitEffect('in_review')).toEqual({ ok: false, error: 'in_review' });
    expect(resubmitEffect('returned')).toEqual({ ok: true, replaces: false });
    expect(resubmitEffect('accepted')).toEqual({ ok: true, replaces: false });
    expect(resubmitEffect('withdrawn')).toEqual({ ok: true, replaces: false });
  });
});
