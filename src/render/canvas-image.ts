/*
 * The canvas picture is drawn with @napi-rs/canvas (Skia) rather than satori + resvg.
 * Fitting the text (wrap, shrink to a readable minimum, then cut with "…" and a note) needs the
 * layout to measure text itself; with satori the layout engine would wrap on its own and we could
 * only guess where. Skia measures with the same engine that draws, so a line measured to fit does
 * fit; a whole render takes 50–90 ms warm here (`npm run bench:render`), against about 135 ms
 * for satori + resvg. The layout is plain data (canvas-layout.ts), so tests check the boxes.
 */
import { createCanvas, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { layoutCanvas } from './canvas-layout.ts';
import type { CanvasLayout, DrawItem } from './draw-items.ts';
import { canvasTexts } from './canvas-text.ts';
import { ensureFonts } from './fonts.ts';
import { layoutPhone, type PhoneLayout, type PhoneTexts } from './phone-layout.ts';
import { pictureContent } from './picture-content.ts';
import { cssFont, measureText } from './text-measure.ts';

export interface RenderImageOptions {
  /**
   * Pixels per layout unit. 1 gives 1280×905, the size Telegram shows a photo at, so it is not
   * downscaled; 2 gives 2560×1810 for the full-resolution document.
   */
  scale?: number;
}

function draw(context: SKRSContext2D, item: DrawItem, family: string): void {
  if (item.kind === 'rect') {
    const { x, y, width, height } = item.rect;
    context.beginPath();
    context.roundRect(x, y, width, height, item.radius);
    context.fillStyle = item.fill;
    context.fill();
    if (item.stroke) {
      context.setLineDash(item.dashed ? [5, 4] : []);
      context.strokeStyle = item.stroke;
      context.lineWidth = 1;
      // Half-unit inset keeps a one-unit stroke crisp and inside the box.
      context.beginPath();
      context.roundRect(x + 0.5, y + 0.5, width - 1, height - 1, item.radius);
      context.stroke();
      context.setLineDash([]);
    }
    return;
  }
  context.font = cssFont(item.font, family);
  context.fillStyle = item.color;
  context.fillText(item.text, item.x, item.y);
}

// @napi-rs/canvas 1.0.11 never frees a canvas that was encoded synchronously, nor pixels read back
// with data() or getImageData() (measured: +4.5 MB RSS per render, unbounded). A canvas reused for
// every render of the same size stays flat, so each thread keeps one per size (the photo and the
// document), and PNG encoding stays inside Skia.
const SURFACES_KEPT = 2;
const surfaces = new Map<string, Canvas>();

function surface(width: number, height: number): Canvas {
  const key = `${width}x${height}`;
  let canvas = surfaces.get(key);
  if (canvas) {
    surfaces.delete(key);
  } else {
    canvas = createCanvas(width, height);
    if (surfaces.size >= SURFACES_KEPT) surfaces.delete(surfaces.keys().next().value as string);
  }
  surfaces.set(key, canvas);
  return canvas;
}

/** Replays a layout onto a Skia canvas of its size (times `scale`). */
function paint(canvas: Canvas, layout: CanvasLayout, scale: number): void {
  const family = ensureFonts();
  const context = canvas.getContext('2d');
  context.save();
  context.setTransform(scale, 0, 0, scale, 0, 0);
  context.textBaseline = 'alphabetic';
  context.fillStyle = layout.background;
  context.fillRect(0, 0, layout.width, layout.height);
  for (const item of layout.items) draw(context, item, family);
  for (const block of layout.blocks) for (const item of block.items) draw(context, item, family);
  context.restore();
}

/** Replays a layout onto a Skia canvas and encodes it as PNG. */
export function drawCanvasLayout(layout: CanvasLayout, scale = 1): Buffer {
  const canvas = surface(Math.round(layout.width * scale), Math.round(layout.height * scale));
  paint(canvas, layout, scale);
  return canvas.toBuffer('image/png');
}

/**
 * Draws images of any height. Each gets a canvas of its own, encoded asynchronously: unlike a
 * synchronous encode, that frees the canvas (measured flat over 150 renders of changing heights),
 * and the images encode side by side on libuv's thread pool.
 */
export async function drawLayouts(layouts: CanvasLayout[], format: ImageFormat = 'png'): Promise<Buffer[]> {
  return Promise.all(
    layouts.map((layout) => {
      const canvas = createCanvas(layout.width, layout.height);
      paint(canvas, layout, 1);
      return format === 'png' ? canvas.encode('png') : canvas.encode('jpeg', JPEG_QUALITY);
    }),
  );
}

/**
 * PNG is lossless (files, the terminal tool); JPEG is what Telegram turns every photo into anyway,
 * and encodes about three times faster than PNG at this size (measured), so the chat sends that.
 */
export type ImageFormat = 'png' | 'jpeg';
const JPEG_QUALITY = 92;

/** The layout of a canvas's picture, for tests and for tools that want the boxes. */
export function layoutCanvasImage(snapshot: CanvasSnapshot): CanvasLayout {
  ensureFonts();
  return layoutCanvas(pictureContent(snapshot), measureText);
}

/** Renders the Business Model Canvas picture as a PNG, synchronously (use the worker pool in the bot). */
export function renderCanvasImage(snapshot: CanvasSnapshot, options: RenderImageOptions = {}): Buffer {
  return drawCanvasLayout(layoutCanvasImage(snapshot), options.scale ?? 1);
}

/** The images of the phone picture as layouts, for tests and tools. */
export function layoutPhoneImages(snapshot: CanvasSnapshot): PhoneLayout {
  ensureFonts();
  const { t } = canvasTexts(snapshot);
  const texts: PhoneTexts = {
    continued: t('render:picture.continued'),
    continues: t('render:picture.continues'),
    page: (page, count) => t('render:picture.page', { page, count }),
  };
  return layoutPhone(pictureContent(snapshot), texts, measureText);
}

/** Renders the phone picture: one image per page, at most ten, 1080 px wide (the bot renders on the worker). */
export async function renderPhoneImages(snapshot: CanvasSnapshot, options: { format?: ImageFormat } = {}): Promise<Buffer[]> {
  return drawLayouts(layoutPhoneImages(snapshot).pages, options.format ?? 'png');
}
