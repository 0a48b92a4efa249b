import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { RELATIONSHIP_TYPE_IDS, REVENUE_TYPE_IDS } from '../../src/canvas/business-types.ts';
import { groupPictureStats, type StudentPictureRow } from '../../src/cohort/group-picture-stats.ts';
import { contains, itemBounds, type TextItem } from '../../src/render/draw-items.ts';
import { renderGroupPicture, layoutGroupPictureFor } from '../../src/render/group-picture.ts';
import type { GroupPictureLayout } from '../../src/render/group-picture-layout.ts';
import { pictureRows } from '../cohort/fixtures.ts';

const options = (name: string, language: 'ru' | 'en' = 'ru') => ({ name, date: new Date('2026-12-01T12:00:00Z'), language, timeZone: 'Europe/Moscow' });
const texts = (layout: GroupPictureLayout): TextItem[] =>
  [...layout.items, ...layout.panels.flatMap((panel) => panel.items)].filter((item): item is TextItem => item.kind === 'text');

function expectEverythingInside(layout: GroupPictureLayout): void {
  const image = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (const item of layout.items) expect(contains(image, itemBounds(item)), JSON.stringify(item)).toBe(true);
  for (const panel of layout.panels) {
    expect(contains(image, panel.rect)).toBe(true);
    for (const item of panel.items) expect(contains(panel.rect, itemBounds(item)), `${panel.id}: ${JSON.stringify(item)}`).toBe(true);
  }
  // Panels do not overlap one another.
  for (const [index, a] of layout.panels.entries()) {
    for (const b of layout.panels.slice(index + 1)) {
      const apart =
        a.rect.x + a.rect.width <= b.rect.x ||
        b.rect.x + b.rect.width <= a.rect.x ||
        a.rect.y + a.rect.height <= b.rect.y ||
        b.rect.y + b.rect.height <= a.rect.y;
      expect(apart, `${a.id} and ${b.id}`).toBe(true);
    }
  }
}

describe('group picture statistics', () => {
  it('count filled and returned blocks, each type once per student, and notes most frequent first', () => {
    const rows: StudentPictureRow[] = [
      {
        filledBlocks: ['customer_segments', 'channels'],
        returnedBlocks: ['channels'],
        relationshipTypes: ['community', 'community'],
        revenueTypes: ['subscription'],
        coachingNoteKeys: ['too_short'],
        submitted: true,
      },
      {
        filledBlocks: ['customer_segments'],
        returnedBlocks: [],
        relationshipTypes: ['training'],
        revenueTypes: ['subscription', 'advertising'],
        coachingNoteKeys: ['too_short', 'partners_no_risk'],
        submitted: true,
      },
      {
        filledBlocks: ['customer_segments'],
        returnedBlocks: [],
        relationshipTypes: ['training'],
        revenueTypes: [],
        coachingNoteKeys: ['partners_no_risk'],
        submitted: false,
      },
    ];
    const stats = groupPictureStats(rows);
    expect([stats.studentCount, stats.submissionCount]).toEqual([3, 2]);
    expect(stats.blocks.slice(0, 3)).toEqual([
      { blockId: 'customer_segments', filled: 3, returned: 0 },
      { blockId: 'value_propositions', filled: 0, returned: 0 },
      { blockId: 'channels', filled: 1, returned: 1 },
    ]);
    expect(stats.relationshipTypes).toEqual([
      { typeId: 'community', count: 1 },
      { typeId: 'training', count: 1 },
    ]);
    expect(stats.revenueTypes).toEqual([
      { typeId: 'subscription', count: 2 },
      { typeId: 'advertising', count: 1 },
    ]);
    expect(stats.notes).toEqual([
      { key: 'too_short', count: 2 },
      { key: 'partners_no_risk', count: 1 },
    ]);
  });
});

describe('group picture', () => {
  it.each([0, 3, 40])('for a group of %i keeps every bar and label inside the image and its panel', (count) => {
    const stats = groupPictureStats(pictureRows(count));
    const layout = layoutGroupPictureFor(stats, options('МБА-2026, поток «Предприниматели» — вечерняя группа с очень длинным названием'));
    expectEverythingInside(layout);
    const blocks = layout.panels.find((panel) => panel.id === 'blocks');
    const words = texts(layout).map((item) => item.text);
    // Every block has its title and its "filled of students" count.
    for (const block of stats.blocks) expect(words).toContain(`${block.filled}/${count}`);
    expect(blocks?.bars).toBe(stats.blocks.filter((block) => block.filled > 0).length);
    const relationships = layout.panels.find((panel) => panel.id === 'relationships');
    const revenue = layout.panels.find((panel) => panel.id === 'revenue');
    expect((relationships?.bars ?? 0) + (relationships?.hidden ?? 0)).toBe(stats.relationshipTypes.length);
    expect((revenue?.bars ?? 0) + (revenue?.hidden ?? 0)).toBe(stats.revenueTypes.length);
    if (count === 0) expect(words.filter((word) => word === 'Пока нет сданных работ')).toHaveLength(2);
    else expect(words).toContain('Подписка');
  });

  it('shows every relationship type it can and sums up the rest when all ten are named', () => {
    const rows: StudentPictureRow[] = RELATIONSHIP_TYPE_IDS.map((typeId, index) => ({
      filledBlocks: BLOCK_IDS,
      returnedBlocks: [],
      relationshipTypes: [typeId],
      revenueTypes: [REVENUE_TYPE_IDS[index % 7] ?? 'subscription'],
      coachingNoteKeys: [],
      submitted: true,
    }));
    const layout = layoutGroupPictureFor(groupPictureStats(rows), options('Все типы'));
    expectEverythingInside(layout);
    const relationships = layout.panels.find((panel) => panel.id === 'relationships');
    expect(relationships?.bars).toBeGreaterThanOrEqual(7);
    expect((relationships?.bars ?? 0) + (relationships?.hidden ?? 0)).toBe(10);
    if ((relationships?.hidden ?? 0) > 0) expect(texts(layout).map((item) => item.text)).toContain(`и ещё типов: ${relationships?.hidden}`);
    expect(layout.panels.find((panel) => panel.id === 'revenue')?.bars).toBe(7);
  });

  it('writes labels no smaller than a phone can read when zoomed, in both languages', () => {
    for (const language of ['ru', 'en'] as const) {
      const layout = layoutGroupPictureFor(groupPictureStats(pictureRows(40)), options('Group', language));
      const panelTexts = layout.panels.flatMap((panel) => panel.items).filter((item): item is TextItem => item.kind === 'text');
      expect(Math.min(...panelTexts.map((item) => item.font.size))).toBeGreaterThanOrEqual(13);
      expect(texts(layout).some((item) => item.text.endsWith('…'))).toBe(false);
    }
  });

  it.each([0, 3, 40])('renders a PNG for a group of %i that decodes at 1280×960, and 2560×1920 at scale 2', async (count) => {
    const stats = groupPictureStats(pictureRows(count));
    const image = await loadImage(renderGroupPicture(stats, options('Группа')));
    expect([image.width, image.height]).toEqual([1280, 960]);
    if (count === 40) {
      const large = await loadImage(renderGroupPicture(stats, options('Группа'), 2));
      expect([large.width, large.height]).toEqual([2560, 1920]);
    }
  });
});
