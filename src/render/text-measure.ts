import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { ensureFonts } from './fonts.ts';
import type { FontSpec, MeasureText } from './text-fit.ts';

/** CSS font shorthand for the bundled family. */
export function cssFont(font: FontSpec, family: string = ensureFonts()): string {
  return `${font.style === 'italic' ? 'italic ' : ''}${font.weight === 'bold' ? 'bold ' : ''}${font.size}px "${family}"`;
}

// Widths are measured once at a reference size and scaled: glyph advances of an outline font grow
// linearly with the size, and layout tries several sizes for the same words.
const REFERENCE_SIZE = 100;
const MAX_CACHED = 50_000;

let context: SKRSContext2D | undefined;
const cache = new Map<string, number>();

/** Measures with Skia, the engine that also draws the picture, so wrapped lines really fit. */
export const measureText: MeasureText = (text, font) => {
  const key = `${font.weight[0]}${font.style[0]}${text}`;
  let unitWidth = cache.get(key);
  if (unitWidth === undefined) {
    context ??= createCanvas(1, 1).getContext('2d');
    context.font = cssFont({ ...font, size: REFERENCE_SIZE });
    unitWidth = context.measureText(text).width / REFERENCE_SIZE;
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, unitWidth);
  }
  return unitWidth * font.size;
};
