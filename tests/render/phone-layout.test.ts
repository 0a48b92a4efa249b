import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import type { CanvasSnapshot } from '../../src/canvas/snapshot.ts';
import { layoutPhoneImages } from '../../src/render/canvas-image.ts';
import { contains, itemBounds, type TextItem } from '../../src/render/draw-items.ts';
import type { PhoneLayout, PhonePage } from '../../src/render/phone-layout.ts';
import { PHONE } from '../../src/render/theme.ts';
import { emptyCanvas, overfullCanvas, typicalCanvas } from './fixtures/canvases.ts';

const textsOf = (page: PhonePage): TextItem[] =>
  [...page.items, ...page.blocks.flatMap((block) => block.items)].filter((item): item is TextItem => item.kind === 'text');

const allTexts = (layout: PhoneLayout): string[] => layout.pages.flatMap((page) => textsOf(page).map((item) => item.text));

/** The checks every phone layout must pass, whatever the canvas. */
function expectSoundPhoneLayout(snapshot: CanvasSnapshot): PhoneLayout {
  const layout = layoutPhoneImages(snapshot);
  expect(layout.pages.length).toBeGreaterThanOrEqual(1);
  expect(layout.pages.length).toBeLessThanOrEqual(10);
  // Every block appears, in the order of the conversation, each part after the previous one.
  const order = layout.pages.flatMap((page) => page.blocks.map((block) => block.id));
  expect([...new Set(order)]).toEqual([...BLOCK_IDS]);
  for (const page of layout.pages) {
    expect(page.width).toBe(1080);
    expect(page.height).toBeLessThanOrEqual(1920);
    const image = { x: 0, y: 0, width: page.width, height: page.height };
    for (const item of page.items) expect(contains(image, itemBounds(item)), JSON.stringify(item)).toBe(true);
    page.blocks.forEach((block, index) => {
      expect(contains(image, block.rect), `${block.id} card outside its image`).toBe(true);
      for (const item of block.items) expect(contains(block.rect, itemBounds(item)), `${block.id}: ${JSON.stringify(item)}`).toBe(true);
      const next = page.blocks[index + 1];
      if (next) expect(block.rect.y + block.rect.height, `${block.id} overlaps ${next.id}`).toBeLessThanOrEqual(next.rect.y);
    });
    for (const item of textsOf(page)) {
      // Body text never under the minimum; headings and badges are larger still, only the footer is small.
      if (page.blocks.some((block) => block.items.includes(item))) expect(item.font.size, item.text).toBeGreaterThanOrEqual(PHONE.body.minSize - 2);
    }
    for (const block of page.blocks) {
      if (block.empty) continue;
      expect(block.bodySize).toBeGreaterThanOrEqual(PHONE.body.minSize);
      const bodyItems = block.items.filter((item): item is TextItem => item.kind === 'text' && item.font.size === block.bodySize);
      for (const item of bodyItems) expect(item.font.size).toBeGreaterThanOrEqual(28);
    }
  }
  return layout;
}

/** The answer lines of one block in order, over all the images it spans. */
const bodyLinesOf = (layout: PhoneLayout, blockId: string): string[] =>
  layout.pages.flatMap((page) => page.blocks.filter((block) => block.id === blockId).flatMap((block) => block.bodyLines));

const words = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('phone picture layout', () => {
  it('shows every block of an empty canvas as short and "не заполнено", on one image, marked as a draft', () => {
    const layout = expectSoundPhoneLayout(emptyCanvas({ draft: true }));
    expect(layout.pages).toHaveLength(1);
    const [page] = layout.pages;
    for (const block of page!.blocks) {
      expect(block.empty).toBe(true);
      expect(
        textsOf(page!)
          .filter((item) => block.items.includes(item))
          .map((item) => item.text),
      ).toContain('не заполнено');
      expect(block.rect.height).toBeLessThan(150);
    }
    expect(allTexts(layout)).toContain('ЧЕРНОВИК');
  });

  it('shows a typical canvas whole: titles, numbers, badges, every answer line in full, split between blocks or lines', () => {
    const snapshot = typicalCanvas();
    const layout = expectSoundPhoneLayout(snapshot);
    const texts = allTexts(layout);
    expect(texts).toContain('Кофейня «Зерно» у метро');
    expect(texts).toContain('Автор: Анна Смирнова');
    expect(texts).toContain('Потребительские сегменты');
    expect(texts).toContain('Подписка');
    for (const number of ['1', '2', '3', '4', '5', '6', '7', '8', '9']) expect(texts).toContain(number);
    expect(texts).not.toContain('ЧЕРНОВИК');
    for (const block of snapshot.blocks) {
      const shown = words(bodyLinesOf(layout, block.id).join(' '));
      const written = words(
        block.answers
          .map((answer) => answer.text)
          .join(' ')
          .replace(/(\d) (?=\d{3}(?!\d)|[₽%])/g, '$1\u00A0'),
      );
      expect(shown, block.id).toBe(written);
    }
    expect(layout.pages.flatMap((page) => page.blocks).every((block) => !block.truncated)).toBe(true);
    if (layout.pages.length > 1) expect(texts).toContain(`1 из ${layout.pages.length}`);
  });

  it('continues a long block on the next image, never cutting a line, and says so on both images', () => {
    const base = typicalCanvas();
    const long = Array.from({ length: 40 }, (_, index) => `Абзац ${index + 1}: офисные сотрудники берут кофе утром и к обеду.`).join('\n\n');
    const snapshot = {
      ...base,
      blocks: base.blocks.map((block) => (block.id === 'customer_segments' ? { ...block, answers: [{ question: null, text: long }] } : block)),
    };
    const layout = expectSoundPhoneLayout(snapshot);
    const parts = layout.pages.flatMap((page) => page.blocks.filter((block) => block.id === 'customer_segments'));
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]?.continuesOnNext).toBe(true);
    expect(parts[1]?.continuedFromPrevious).toBe(true);
    // Every paragraph is shown once and whole: the split fell between two lines.
    const shown = bodyLinesOf(layout, 'customer_segments').filter((line) => line !== '');
    expect(words(shown.join(' '))).toBe(words(long));
    expect(allTexts(layout)).toContain('продолжение на следующей картинке →');
    expect(allTexts(layout)).toContain('продолжение');
  });

  it('fits an overfull canvas into at most ten images, ending cut blocks with "…" and a pointer to the text', () => {
    const layout = expectSoundPhoneLayout(overfullCanvas());
    const parts = layout.pages.flatMap((page) => page.blocks);
    const finalParts = BLOCK_IDS.map((id) => parts.filter((part) => part.id === id).at(-1));
    for (const part of finalParts) {
      expect(part?.truncated, part?.id).toBe(true);
      expect(part?.bodyLines.at(-1)?.endsWith('…')).toBe(true);
    }
    expect(allTexts(layout).filter((text) => text === 'полный текст — в текстовой версии')).toHaveLength(9);
    const title = allTexts(layout).find((text) => text.startsWith('Очень длинное') || text.startsWith('«МегаМаркетплейс»'));
    expect(title).toBeDefined();
  });

  it('speaks the canvas language', () => {
    const texts = allTexts(expectSoundPhoneLayout({ ...typicalCanvas(), language: 'en', draft: true }));
    expect(texts).toContain('Key Resources');
    expect(texts).toContain('not filled in');
    expect(texts).toContain('DRAFT');
  });
});
