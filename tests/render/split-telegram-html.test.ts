import { describe, expect, it } from 'vitest';
import { splitTelegramHtml } from '../../src/render/split-telegram-html.ts';

/** Tags opened and closed in order, so Telegram's parser would accept the message. */
function isBalanced(html: string): boolean {
  const stack: string[] = [];
  for (const match of html.matchAll(/<(\/?)([a-z]+)[^>]*>/g)) {
    if (match[1]) {
      if (stack.pop() !== match[2]) return false;
    } else stack.push(match[2] ?? '');
  }
  return stack.length === 0;
}

const noBrokenEntity = (html: string): boolean => !/&[#a-z0-9]*$/i.test(html) && !/^[#a-z0-9]*;/i.test(html);
const noBrokenTag = (html: string): boolean => !/<[^>]*$/.test(html) && !/^[^<]*>/.test(html);

describe('splitTelegramHtml', () => {
  it('returns short text as one message unchanged', () => {
    expect(splitTelegramHtml('<b>Привет</b>, мир', 100)).toEqual(['<b>Привет</b>, мир']);
  });

  it('splits at a paragraph break before a line or a word break', () => {
    const html = `${'а'.repeat(40)}\n${'б'.repeat(20)}\n\n${'в'.repeat(40)}`;
    expect(splitTelegramHtml(html, 70)).toEqual([`${'а'.repeat(40)}\n${'б'.repeat(20)}`, 'в'.repeat(40)]);
  });

  it('splits between words when a paragraph has no line breaks', () => {
    const words = Array.from({ length: 60 }, (_, i) => `слово${i}`).join(' ');
    const parts = splitTelegramHtml(words, 50);
    for (const part of parts) expect(part.length).toBeLessThanOrEqual(50);
    expect(parts.join(' ')).toBe(words);
  });

  it('never cuts inside a tag or an entity and keeps tags balanced across messages', () => {
    const html = `<b>${'текст &amp; &lt;тег&gt; '.repeat(200)}</b>\n<i>${'x&quot;y '.repeat(300)}</i>`;
    const parts = splitTelegramHtml(html, 300);
    expect(parts.length).toBeGreaterThan(5);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(300);
      expect(isBalanced(part), part).toBe(true);
      expect(noBrokenEntity(part.replace(/<[^>]+>/g, '')), part).toBe(true);
      expect(noBrokenTag(part), part).toBe(true);
    }
    expect(parts[1]?.startsWith('<b>')).toBe(true);
  });

  it('cuts a word with no spaces between characters, never inside an emoji', () => {
    const html = '👩‍💻'.repeat(100);
    const parts = splitTelegramHtml(html, 64);
    expect(parts.join('')).toBe(html);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(64);
      expect(part.length % '👩‍💻'.length).toBe(0);
    }
  });
});
