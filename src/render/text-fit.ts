/** Font of one run of text; sizes are in layout units (pixels of the 1× picture). */
export interface FontSpec {
  size: number;
  weight: 'normal' | 'bold';
  style: 'normal' | 'italic';
}

/** Width of `text` drawn in `font`, in layout units. */
export type MeasureText = (text: string, font: FontSpec) => number;

export const ELLIPSIS = '…';

const graphemeSegmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemesOf = (text: string): string[] => Array.from(graphemeSegmenter.segment(text), (s) => s.segment);

/** Breaks a word wider than the line between graphemes, so emoji and combined letters stay whole. */
function breakWord(word: string, maxWidth: number, font: FontSpec, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let piece = '';
  let width = 0;
  for (const grapheme of graphemesOf(word)) {
    const graphemeWidth = measure(grapheme, font);
    if (piece && width + graphemeWidth > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += grapheme;
    width += graphemeWidth;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** Wraps one paragraph (hard line breaks kept) into lines no wider than `maxWidth`; stops after `maxLines`. */
export function wrapText(text: string, maxWidth: number, font: FontSpec, measure: MeasureText, maxLines = Infinity): string[] {
  const lines: string[] = [];
  const spaceWidth = measure(' ', font);
  for (const hardLine of text.split('\n')) {
    if (lines.length > maxLines) break;
    let line = '';
    let width = 0;
    for (const word of hardLine.split(/ +/).filter(Boolean)) {
      const wordWidth = measure(word, font);
      if (line && width + spaceWidth + wordWidth <= maxWidth) {
        line += ` ${word}`;
        width += spaceWidth + wordWidth;
        continue;
      }
      if (line) lines.push(line);
      if (lines.length > maxLines) break;
      if (wordWidth <= maxWidth) {
        line = word;
        width = wordWidth;
      } else {
        const pieces = breakWord(word, maxWidth, font, measure);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
        width = measure(line, font);
      }
    }
    lines.push(line);
  }
  return lines;
}

/** Shortens `text` until it and a trailing ellipsis fit in `maxWidth`. */
export function withEllipsis(text: string, maxWidth: number, font: FontSpec, measure: MeasureText): string {
  const graphemes = graphemesOf(text.trimEnd());
  while (graphemes.length > 0 && measure(graphemes.join('') + ELLIPSIS, font) > maxWidth) graphemes.pop();
  // "990 ₽/mo,…" reads as a typo; "990 ₽/mo…" does not.
  return graphemes.join('').replace(/[\s,;:\-–—]+$/u, '') + ELLIPSIS;
}

export interface FitOptions {
  maxSize: number;
  minSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Extra space between paragraphs, as a multiple of the font size. */
  paragraphGap: number;
  weight?: FontSpec['weight'];
  style?: FontSpec['style'];
  /** Height to keep free at the bottom when the text has to be cut (for a note). */
  reserveWhenCut?: number;
}

export interface FittedLine {
  text: string;
  /** Top of the line box, relative to the top of the area. */
  top: number;
  height: number;
}

export interface FittedText {
  font: FontSpec;
  lines: FittedLine[];
  /** Height the lines take. */
  height: number;
  /** Whether some text did not fit and the last line ends with an ellipsis. */
  truncated: boolean;
}

/**
 * Places lines top to bottom. Stops one line past `maxBottom`: enough to know the text overflows
 * (and where to cut it) without wrapping 4,000 characters that will never be shown.
 */
function placeLines(paragraphs: string[], width: number, font: FontSpec, options: FitOptions, measure: MeasureText, maxBottom: number): FittedLine[] {
  const lineHeight = font.size * options.lineHeight;
  const gap = font.size * options.paragraphGap;
  const placed: FittedLine[] = [];
  let top = 0;
  for (const [index, paragraph] of paragraphs.entries()) {
    if (index > 0) top += gap;
    const room = Math.max(0, Math.floor((maxBottom - top) / lineHeight));
    for (const text of wrapText(paragraph, width, font, measure, room)) {
      placed.push({ text, top, height: lineHeight });
      top += lineHeight;
    }
    if (top > maxBottom) break;
  }
  return placed;
}

const bottomOf = (lines: FittedLine[]): number => {
  const last = lines.at(-1);
  return last ? last.top + last.height : 0;
};

/**
 * Fits paragraphs into a box: the largest size from `maxSize` down to `minSize` at which everything
 * fits; failing that, the minimum size cut after the last whole line that fits, ending with "…".
 */
export function fitParagraphs(paragraphs: string[], box: { width: number; height: number }, options: FitOptions, measure: MeasureText): FittedText {
  const fontAt = (size: number): FontSpec => ({ size, weight: options.weight ?? 'normal', style: options.style ?? 'normal' });
  for (let size = options.maxSize; size >= options.minSize; size -= 0.5) {
    const font = fontAt(size);
    const lines = placeLines(paragraphs, box.width, font, options, measure, box.height);
    if (bottomOf(lines) <= box.height) return { font, lines, height: bottomOf(lines), truncated: false };
  }
  const font = fontAt(options.minSize);
  const all = placeLines(paragraphs, box.width, font, options, measure, box.height);
  const limit = box.height - (options.reserveWhenCut ?? 0);
  const kept = all.filter((line) => line.top + line.height <= limit);
  while (kept.length > 0 && kept.at(-1)?.text.trim() === '') kept.pop();
  const last = kept.at(-1);
  if (last) kept[kept.length - 1] = { ...last, text: withEllipsis(last.text, box.width, font, measure) };
  return { font, lines: kept, height: bottomOf(kept), truncated: true };
}
