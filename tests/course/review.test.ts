import { describe, expect, it } from 'vitest';
import { type BlockReview, applyBlockChange, isGrade, nextUndecidedBlock, reviewVerdict } from '../../src/course/review.ts';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';

describe('block reviews', () => {
  it('record a verdict and keep the comment, in asking order', () => {
    let reviews: BlockReview[] = [];
    reviews = applyBlockChange(reviews, 'channels', { comment: 'Нет послепродажного этапа' });
    reviews = applyBlockChange(reviews, 'customer_segments', { verdict: 'accepted' });
    reviews = applyBlockChange(reviews, 'channels', { verdict: 'returned' });
    expect(reviews).toEqual([
      { blockId: 'customer_segments', verdict: 'accepted', comment: null, carried: false },
      { blockId: 'channels', verdict: 'returned', comment: 'Нет послепродажного этапа', carried: false },
    ]);
  });

  it('removes a comment when set to null, and un-marks a carried acceptance the coach touches', () => {
    const carried: BlockReview[] = [{ blockId: 'channels', verdict: 'accepted', comment: 'ok', carried: true }];
    expect(applyBlockChange(carried, 'channels', { comment: null })).toEqual([{ blockId: 'channels', verdict: 'accepted', comment: null, carried: false }]);
  });

  it('walks through the undecided blocks, wrapping round, and ends when all are decided', () => {
    let reviews: BlockReview[] = [{ blockId: 'customer_segments', verdict: 'accepted', comment: null, carried: true }];
    expect(nextUndecidedBlock(reviews)).toBe('value_propositions');
    expect(nextUndecidedBlock(reviews, 'cost_structure')).toBe('value_propositions');
    reviews = applyBlockChange(reviews, 'channels', { comment: 'только комментарий' });
    expect(nextUndecidedBlock(reviews, 'value_propositions')).toBe('channels');
    for (const blockId of BLOCK_IDS) reviews = applyBlockChange(reviews, blockId, { verdict: 'accepted' });
    expect(nextUndecidedBlock(reviews)).toBeNull();
  });

  it('returns the submission when any block is returned, with each returned block and its comment', () => {
    const verdict = reviewVerdict(
      [
        { blockId: 'cost_structure', verdict: 'returned', comment: 'Разделите постоянные и переменные', carried: false },
        { blockId: 'customer_segments', verdict: 'accepted', comment: 'Хорошо', carried: false },
        { blockId: 'channels', verdict: 'returned', comment: null, carried: false },
        { blockId: 'key_partners', verdict: 'none', comment: 'Подумайте о рисках', carried: false },
      ],
      { comment: 'В целом хорошо', grade: 4 },
    );
    expect(verdict).toEqual({
      outcome: 'returned',
      returned: [
        { blockId: 'channels', comment: null },
        { blockId: 'cost_structure', comment: 'Разделите постоянные и переменные' },
      ],
      accepted: ['customer_segments'],
      remarks: [
        { blockId: 'customer_segments', comment: 'Хорошо' },
        { blockId: 'key_partners', comment: 'Подумайте о рисках' },
      ],
      overallComment: 'В целом хорошо',
      grade: 4,
    });
  });

  it('accepts when nothing is returned, even with blocks left undecided', () => {
    const verdict = reviewVerdict([{ blockId: 'channels', verdict: 'accepted', comment: null, carried: false }], { comment: null, grade: null });
    expect(verdict.outcome).toBe('accepted');
    expect(verdict.returned).toEqual([]);
  });

  it('knows grades 1 to 5 only', () => {
    expect([0, 1, 3, 5, 6, 2.5, '3', null].map(isGrade)).toEqual([false, true, true, true, false, false, false, false]);
  });
});
