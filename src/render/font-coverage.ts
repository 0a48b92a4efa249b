import { readFileSync } from 'node:fs';
import { FONT_FILES, fontPath } from './font-files.ts';

/** Code points with a glyph in a TrueType font, read from its cmap table (formats 4 and 12). */
export function readCoveredCodePoints(font: Buffer): Set<number> {
  const covered = new Set<number>();
  const tableCount = font.readUInt16BE(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i += 1) {
    const record = 12 + i * 16;
    if (font.toString('latin1', record, record + 4) === 'cmap') cmap = font.readUInt32BE(record + 8);
  }
  if (cmap < 0) return covered;
  const subtables = font.readUInt16BE(cmap + 2);
  for (let i = 0; i < subtables; i += 1) {
    const record = cmap + 4 + i * 8;
    if (font.readUInt16BE(record) !== 3) continue; // Windows platform: Unicode BMP (1) or full (10)
    const table = cmap + font.readUInt32BE(record + 4);
    const format = font.readUInt16BE(table);
    if (format === 12) {
      const groups = font.readUInt32BE(table + 12);
      for (let g = 0; g < groups; g += 1) {
        const start = font.readUInt32BE(table + 16 + g * 12);
        const end = font.readUInt32BE(table + 20 + g * 12);
        for (let c = start; c <= end; c += 1) covered.add(c);
      }
    } else if (format === 4) {
      const segments = font.readUInt16BE(table + 6) / 2;
      const ends = table + 14;
      const starts = ends + segments * 2 + 2;
      const deltas = starts + segments * 2;
      const rangeOffsets = deltas + segments * 2;
      for (let s = 0; s < segments; s += 1) {
        const start = font.readUInt16BE(starts + s * 2);
        const end = font.readUInt16BE(ends + s * 2);
        const delta = font.readUInt16BE(deltas + s * 2);
        const rangeOffset = font.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c += 1) {
          let glyph = 0;
          if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
          else {
            glyph = font.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
            if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
          }
          if (glyph !== 0) covered.add(c);
        }
      }
    }
  }
  return covered;
}

let coverage: Set<number> | undefined;

/** Whether the picture's font can draw this code point. */
export function fontCovers(codePoint: number): boolean {
  coverage ??= readCoveredCodePoints(readFileSync(fontPath(FONT_FILES[0])));
  return coverage.has(codePoint);
}

// Parts of an emoji sequence that only modify it: joiner, variation selectors, skin tones, tags.
const MODIFIER = /[\u200D\uFE0E\uFE0F\u{1F3FB}-\u{1F3FF}\u{E0020}-\u{E007F}]/u;
const MODIFIERS = '[\\uFE0E\\uFE0F\\u{1F3FB}-\\u{1F3FF}\\u{E0020}-\\u{E007F}]*';
const EMOJI_SEQUENCE = new RegExp(
  `\\p{Regional_Indicator}{1,2}|\\p{Extended_Pictographic}${MODIFIERS}(?:\\u200D\\p{Extended_Pictographic}${MODIFIERS})*`,
  'gu',
);
const REMOVED = '\u0000'; // cleaned answers hold no control characters, so this marks a removal

const drawable = (sequence: string): boolean => [...sequence].every((char) => MODIFIER.test(char) || fontCovers(char.codePointAt(0) ?? 0));

/**
 * Drops emoji the font has no glyph for (they would be drawn as empty boxes), keeping the ones it
 * draws in black and white (☕, ✔, ★). The text summary keeps every emoji.
 */
export function withoutUndrawableEmoji(text: string): string {
  return (
    text
      .replace(EMOJI_SEQUENCE, (sequence) => (drawable(sequence) ? sequence : REMOVED))
      // "990 ₽ 🚀, and" becomes "990 ₽, and" rather than "990 ₽ , and"; "🚀 Start" becomes "Start".
      .replace(/ *\u0000[\u0000 ]*(?=[,.;:!?)»\n]|$)/g, '')
      .replace(/\u0000[\u0000 ]*/g, '')
      // A keycap's enclosing mark (1️⃣) has no glyph either; the digit stays.
      .replace(/\uFE0F?\u20E3/g, '')
      .replace(/^ +| +$/gm, '')
  );
}
