import { describe, expect, it } from 'vitest';
import { fitParagraphs, wrapText, type FontSpec, type MeasureText } from '../../src/render/text-fit.ts';

// Every grapheme is 0.5 em wide: easy to reason about, and enough to test the fitting rules.
const measure: MeasureText = (text, font) => [...new Intl.Segmenter().segment(text)].length * font.size * 0.5;
const font: FontSpec = { size: 10, weight: 'normal', style: 'normal' };
const options = { maxSize: 16, minSize: 10, lineHeight: 1.25, paragraphGap: 0.5 };

describe('wrapText', () => {
  it('wraps at spaces and keeps hard line breaks', () => {
    expect(wrapText('один два три\nчетыре', 30, font, measure)).toEqual(['один', 'два', 'три', 'четыре']);
    expect(wrapText('aa bb cc dd', 50, font, measure)).toEqual(['aa bb cc', 'dd']);
  });

  it('breaks a word longer than the line between graphemes, keeping emoji whole', () => {
    const lines = wrapText('👩‍💻'.repeat(7), 15, font, measure);
    expect(lines).toEqual(['👩‍💻👩‍💻👩‍💻', '👩‍💻👩‍💻👩‍💻', '👩‍💻']);
  });
});

describe('fitParagraphs', () => {
  it('uses the largest size at which everything fits', () => {
    const fitted = fitParagraphs(['короткий ответ'], { width: 200, height: 100 }, options, measure);
    expect(fitted.font.size).toBe(16);
    expect(fitted.truncated).toBe(false);
  });

  it('shrinks before it cuts', () => {
    const text = 'слово '.repeat(30).trim();
    const fitted = fitParagraphs([text], { width: 100, height: 130 }, options, measure);
    expect(fitted.truncated).toBe(false);
    expect(fitted.font.size).toBeLessThan(16);
    expect(fitted.font.size).toBeGreaterThanOrEqual(10);
    expect(fitted.lines.map((line) => line.text).join(' ')).toBe(text);
  });

  it('cuts at the minimum size with an ellipsis and keeps room for a note', () => {
    const fitted = fitParagraphs(['слово '.repeat(500)], { width: 100, height: 100 }, { ...options, reserveWhenCut: 20 }, measure);
    expect(fitted.truncated).toBe(true);
    expect(fitted.font.size).toBe(10);
    expect(fitted.height).toBeLessThanOrEqual(80);
    expect(fitted.lines.at(-1)?.text.endsWith('…')).toBe(true);
    for (const line of fitted.lines) expect(measure(line.text, fitted.font)).toBeLessThanOrEqual(100);
  });
});
