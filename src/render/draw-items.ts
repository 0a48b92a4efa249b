import type { BlockId } from '../canvas/blocks.ts';
import type { FontSpec, MeasureText } from './text-fit.ts';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface RectItem {
  kind: 'rect';
  rect: Rect;
  fill: string;
  stroke?: string;
  dashed?: boolean;
  radius: number;
}

/** One line of text; `x` is its left edge and `y` its baseline, `width` as measured. */
export interface TextItem {
  kind: 'text';
  text: string;
  x: number;
  y: number;
  width: number;
  font: FontSpec;
  color: string;
}

export type DrawItem = RectItem | TextItem;

export interface BlockLayout {
  id: BlockId;
  rect: Rect;
  empty: boolean;
  /** Some of the block's text did not fit and ends with "…" plus a note. */
  truncated: boolean;
  /** Font size of the answers, or null for an empty block. */
  bodySize: number | null;
  items: DrawItem[];
}

/** The whole picture as positioned shapes and text lines, in layout units; drawing just replays it. */
export interface CanvasLayout {
  width: number;
  height: number;
  background: string;
  /** Header and footer. */
  items: DrawItem[];
  blocks: BlockLayout[];
}

// DejaVu's ascender and descender, as shares of the em: used to place a baseline inside a line box
// and to know how far glyphs reach above and below it.
export const ASCENT = 0.928;
export const DESCENT = 0.236;

/** Baseline of text in `font` centred vertically in a line box starting at `top`. */
export function baselineIn(top: number, lineHeight: number, font: FontSpec): number {
  return top + (lineHeight - font.size * (ASCENT + DESCENT)) / 2 + font.size * ASCENT;
}

export function textItem(text: string, x: number, y: number, font: FontSpec, color: string, measure: MeasureText): TextItem {
  return { kind: 'text', text, x, y, width: measure(text, font), font, color };
}

/** The box a text item's glyphs occupy. */
export function textBounds(item: TextItem): Rect {
  return { x: item.x, y: item.y - item.font.size * ASCENT, width: item.width, height: item.font.size * (ASCENT + DESCENT) };
}

export function itemBounds(item: DrawItem): Rect {
  return item.kind === 'rect' ? item.rect : textBounds(item);
}

/** Whether `inner` lies within `outer`, allowing a fraction of a unit for rounding. */
export function contains(outer: Rect, inner: Rect, tolerance = 0.5): boolean {
  return (
    inner.x >= outer.x - tolerance &&
    inner.y >= outer.y - tolerance &&
    inner.x + inner.width <= outer.x + outer.width + tolerance &&
    inner.y + inner.height <= outer.y + outer.height + tolerance
  );
}
