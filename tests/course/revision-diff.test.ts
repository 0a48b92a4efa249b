import { describe, expect, it } from 'vitest';
import { carriedReviews, compareRevisions, wordDiff } from '../../src/course/revision-diff.ts';
import { freezeCanvas } from '../../src/course/submitted-canvas.ts';
import type { CanvasSnapshot } from '../../src/canvas/snapshot.ts';
import { emptyCanvas, typicalCanvas } from '../render/fixtures/canvases.ts';

describe('word diff', () => {
  it('marks whole Cyrillic words inserted and removed, keeping punctuation apart', () => {
    expect(wordDiff('Студенты рядом с университетом, кофе навынос.', 'Студенты и офисные работники рядом с вузом, кофе навынос!', 'ru')).toEqual([
      { kind: 'same', text: 'Студенты ' },
      { kind: 'added', text: 'и офисные работники ' },
      { kind: 'same', text: 'рядом с ' },
      { kind: 'removed', text: 'университетом' },
      { kind: 'added', text: 'вузом' },
      { kind: 'same', text: ', кофе навынос' },
      { kind: 'removed', text: '.' },
      { kind: 'added', text: '!' },
    ]);
  });

  it('rebuilds both texts from its parts', () => {
    const before = 'Подписка 990 ₽/мес 🙂\nи разовые покупки';
    const after = 'Подписка 1290 ₽/мес 🙂\nразовые покупки и реклама';
    const parts = wordDiff(before, after, 'ru');
    expect(
      parts
        .filter((part) => part.kind !== 'added')
        .map((part) => part.text)
        .join(''),
    ).toBe(before);
    expect(
      parts
        .filter((part) => part.kind !== 'removed')
        .map((part) => part.text)
        .join(''),
    ).toBe(after);
  });

  it('is one unchanged run for equal texts', () => {
    expect(wordDiff('same words', 'same words', 'en')).toEqual([{ kind: 'same', text: 'same words' }]);
    expect(wordDiff('', 'new', 'en')).toEqual([{ kind: 'added', text: 'new' }]);
  });
});

/** The typical canvas with one block's answers and types replaced. */
function edited(canvas: CanvasSnapshot, blockId: string, change: Partial<CanvasSnapshot['blocks'][number]>): CanvasSnapshot {
  return { ...canvas, blocks: canvas.blocks.map((block) => (block.id === blockId ? { ...block, ...change } : block)) };
}

describe('comparing a resubmission with the reviewed revision', () => {
  const reviewed = freezeCanvas(typicalCanvas());
  const reviews = [
    { blockId: 'customer_segments' as const, verdict: 'accepted' as const, comment: null, carried: false },
    { blockId: 'channels' as const, verdict: 'returned' as const, comment: 'Что после покупки?', carried: false },
    { blockId: 'revenue_streams' as const, verdict: 'accepted' as const, comment: 'Хорошо', carried: false },
  ];

  it('shows the old and new text of a changed block with the earlier comment', () => {
    const base = typicalCanvas();
    const channels = base.blocks.find((block) => block.id === 'channels')!;
    const current = freezeCanvas(
      edited(base, 'channels', { answers: [...channels.answers, { question: null, questionIndex: null, text: 'После покупки пишем в боте.' }] }),
    );
    const change = compareRevisions(reviewed, reviews, current).find((block) => block.blockId === 'channels')!;
    expect(change.changed).toBe(true);
    expect(change.after).toBe(`${change.before}\nПосле покупки пишем в боте.`);
    expect(
      change.diff
        .filter((part) => part.kind === 'added')
        .map((part) => part.text)
        .join(''),
    ).toContain('После покупки пишем в боте');
    expect(change.diff.some((part) => part.kind === 'removed')).toBe(false);
    expect(change.previousVerdict).toBe('returned');
    expect(change.previousComment).toBe('Что после покупки?');
    expect(change.preAccepted).toBe(false);
  });

  it('pre-accepts blocks accepted before and unchanged, and only those', () => {
    const base = typicalCanvas();
    const current = freezeCanvas(edited(base, 'revenue_streams', { types: [{ id: 'advertising', source: 'user' }] }));
    const changes = compareRevisions(reviewed, reviews, current);
    const revenue = changes.find((block) => block.blockId === 'revenue_streams')!;
    expect(revenue.changed).toBe(true);
    expect(revenue.diff).toEqual([]);
    expect(revenue.typesAdded).toEqual(['advertising']);
    expect(revenue.preAccepted).toBe(false);
    expect(changes.filter((change) => change.preAccepted).map((change) => change.blockId)).toEqual(['customer_segments']);
    expect(carriedReviews(changes)).toEqual([{ blockId: 'customer_segments', verdict: 'accepted', comment: null, carried: true }]);
  });

  it('sees types removed, and nothing changed between identical revisions', () => {
    const base = typicalCanvas();
    const revenue = base.blocks.find((block) => block.id === 'revenue_streams')!;
    expect(revenue.types.length).toBeGreaterThan(0);
    const withoutTypes = compareRevisions(reviewed, [], freezeCanvas(edited(base, 'revenue_streams', { types: [] })));
    expect(withoutTypes.find((block) => block.blockId === 'revenue_streams')!.typesRemoved).toEqual(revenue.types.map((type) => type.id));
    expect(compareRevisions(reviewed, reviews, freezeCanvas(base)).every((change) => !change.changed)).toBe(true);
  });

  it('treats a block emptied since as changed', () => {
    const change = compareRevisions(reviewed, reviews, freezeCanvas({ ...emptyCanvas(), title: reviewed.title }));
    expect(change.find((block) => block.blockId === 'customer_segments')).toMatchObject({ changed: true, after: '', preAccepted: false });
  });
});
