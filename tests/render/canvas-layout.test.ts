import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import type { CanvasSnapshot } from '../../src/canvas/snapshot.ts';
import { layoutCanvasImage } from '../../src/render/canvas-image.ts';
import { contains, itemBounds, type CanvasLayout, type TextItem } from '../../src/render/draw-items.ts';
import { withoutUndrawableEmoji } from '../../src/render/font-coverage.ts';
import { emptyCanvas, overfullCanvas, typicalCanvas } from './fixtures/canvases.ts';

const texts = (layout: CanvasLayout, blockId?: string): TextItem[] =>
  (blockId ? (layout.blocks.find((block) => block.id === blockId)?.items ?? []) : [...layout.items, ...layout.blocks.flatMap((b) => b.items)]).filter(
    (item): item is TextItem => item.kind === 'text',
  );

function expectSoundStructure(snapshot: CanvasSnapshot): CanvasLayout {
  const layout = layoutCanvasImage(snapshot);
  expect(layout.blocks.map((block) => block.id).sort()).toEqual([...BLOCK_IDS].sort());
  const image = { x: 0, y: 0, width: layout.width, height: layout.height };
  for (const item of layout.items) expect(contains(image, itemBounds(item)), JSON.stringify(item)).toBe(true);
  for (const block of layout.blocks) {
    expect(contains(image, block.rect)).toBe(true);
    for (const item of block.items) expect(contains(block.rect, itemBounds(item)), `${block.id}: ${JSON.stringify(item)}`).toBe(true);
    for (const other of layout.blocks) {
      if (other === block) continue;
      const apart =
        block.rect.x + block.rect.width <= other.rect.x ||
        other.rect.x + other.rect.width <= block.rect.x ||
        block.rect.y + block.rect.height <= other.rect.y ||
        other.rect.y + other.rect.height <= block.rect.y;
      expect(apart, `${block.id} overlaps ${other.id}`).toBe(true);
    }
  }
  return layout;
}

describe('canvas picture layout', () => {
  it('shows all nine blocks of an empty canvas as visibly empty', () => {
    const layout = expectSoundStructure(emptyCanvas());
    for (const block of layout.blocks) {
      expect(block.empty).toBe(true);
      expect(texts(layout, block.id).map((item) => item.text)).toContain('не заполнено');
    }
  });

  it('places blocks in the classic arrangement', () => {
    const { blocks } = layoutCanvasImage(typicalCanvas());
    const rect = (id: string) => blocks.find((block) => block.id === id)!.rect;
    const topRow = ['key_partners', 'key_activities', 'value_propositions', 'customer_relationships', 'customer_segments'].map((id) => rect(id).x);
    expect([...topRow].sort((a, b) => a - b)).toEqual(topRow);
    expect(rect('key_resources').x).toBe(rect('key_activities').x);
    expect(rect('key_resources').y).toBeGreaterThan(rect('key_activities').y);
    expect(rect('channels').y).toBeGreaterThan(rect('customer_relationships').y);
    expect(rect('cost_structure').y).toBeGreaterThan(rect('value_propositions').y + rect('value_propositions').height - 1);
    expect(rect('revenue_streams').x).toBeGreaterThan(rect('cost_structure').x);
  });

  it('draws a typical canvas with titles, numbers, header, attribution and type badges', () => {
    const layout = expectSoundStructure(typicalCanvas());
    const all = texts(layout).map((item) => item.text);
    expect(all).toContain('Кофейня «Зерно» у метро Горьковская');
    expect(all).toContain('Автор: Анна Смирнова');
    expect(all).toContain('The Business Model Canvas, Strategyzer AG, CC BY-SA 3.0');
    for (const number of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) expect(all).toContain(number);
    expect(all).toContain('Ключевые ресурсы');
    const partners = layout.blocks.find((block) => block.id === 'key_partners');
    expect(partners?.empty).toBe(true);
    for (const block of layout.blocks.filter((b) => b.id !== 'key_partners')) {
      expect(block.empty).toBe(false);
      expect(block.truncated).toBe(false);
      expect(block.bodySize).toBeGreaterThanOrEqual(12.5);
    }
    const revenueBadges = layout.blocks.find((block) => block.id === 'revenue_streams')!.items.filter((item) => item.kind === 'rect');
    expect(revenueBadges.length).toBeGreaterThanOrEqual(3); // card, marker, at least the two badges
    const revenueText = texts(layout, 'revenue_streams')
      .map((item) => item.text)
      .join(' ');
    expect(revenueText).toMatch(/asset_sale|Продажа активов/);
  });

  it('cuts an overfull canvas with an ellipsis and a note, at a readable size, inside every block', () => {
    const layout = expectSoundStructure(overfullCanvas());
    for (const block of layout.blocks) {
      expect(block.truncated, block.id).toBe(true);
      expect(block.bodySize).toBeGreaterThanOrEqual(12.5);
      const lines = texts(layout, block.id).map((item) => item.text);
      expect(lines).toContain('полный текст — в текстовой версии');
      expect(lines.some((line) => line.endsWith('…'))).toBe(true);
    }
    const header = texts(layout).find((item) => item.text.startsWith('Очень длинное название'));
    expect(header?.text.endsWith('…')).toBe(true);
    const relationships = texts(layout, 'customer_relationships').map((item) => item.text);
    expect(relationships.some((text) => /^ещё \d+$/.test(text))).toBe(true);
  });

  it('uses the titles of the canvas language', () => {
    const layout = layoutCanvasImage({ ...typicalCanvas(), language: 'en' });
    const all = texts(layout).map((item) => item.text);
    expect(all).toContain('Key Resources');
    expect(all).not.toContain('Ключевые ресурсы');
    expect(all).toContain('not filled in');
  });
});

describe('emoji in the picture', () => {
  it('drops emoji the font cannot draw and keeps the ones it can', () => {
    expect(withoutUndrawableEmoji('Старт 🚀, тариф 👩‍💻 ☕ за 990 ₽')).toBe('Старт, тариф ☕ за 990 ₽');
    expect(withoutUndrawableEmoji('🔥 горячо\n🇷🇺 флаг')).toBe('горячо\nфлаг');
  });
});

describe('one body size across the classic picture', () => {
  const bodySizes = (layout: CanvasLayout) => new Map(layout.blocks.filter((block) => !block.empty).map((block) => [block.id, block.bodySize]));

  it('draws a crowded segment block and a short cost block at the same size', () => {
    const base = typicalCanvas();
    const longSegments = 'Молодые родители района, которые гуляют с колясками и заходят за кофе навынос. '.repeat(6);
    const snapshot: CanvasSnapshot = {
      ...base,
      blocks: base.blocks.map((block) =>
        block.id === 'customer_segments'
          ? { ...block, answers: [{ question: null, text: longSegments }] }
          : block.id === 'cost_structure'
            ? { ...block, answers: [{ question: null, text: 'Аренда и зарплаты.' }] }
            : block,
      ),
    };
    const sizes = bodySizes(expectSoundStructure(snapshot));
    expect(sizes.get('customer_segments')).toBeLessThan(16);
    expect(sizes.get('cost_structure')).toBe(sizes.get('customer_segments'));
    expect(new Set(sizes.values()).size).toBe(1);
  });

  it('shrinks only the block that needs it below the shared size', () => {
    const base = typicalCanvas();
    const snapshot: CanvasSnapshot = {
      ...base,
      blocks: base.blocks.map((block) =>
        block.id === 'key_activities'
          ? { ...block, answers: [{ question: null, text: 'Обжарка зерна, обучение бариста, закупки и уборка зала. '.repeat(30) }] }
          : block,
      ),
    };
    const sizes = bodySizes(expectSoundStructure(snapshot));
    expect(sizes.get('key_activities')).toBe(12.5);
    const others = [...sizes].filter(([id]) => id !== 'key_activities').map(([, size]) => size);
    expect(new Set(others).size).toBe(1);
    expect(others[0]).toBeGreaterThanOrEqual(13);
  });
});

describe('draft mark', () => {
  it('marks an unfinished canvas as a draft in the header and leaves a finished one unmarked', () => {
    const draft = texts(expectSoundStructure({ ...typicalCanvas(), draft: true })).map((item) => item.text);
    expect(draft).toContain('ЧЕРНОВИК');
    const finished = texts(expectSoundStructure({ ...typicalCanvas(), draft: false })).map((item) => item.text);
    expect(finished).not.toContain('ЧЕРНОВИК');
  });
});
