import { loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { renderCanvasImage } from '../../src/render/canvas-image.ts';
import { overfullCanvas, typicalCanvas } from './fixtures/canvases.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('renderCanvasImage', () => {
  it('renders a PNG of 1280×905 that decodes', async () => {
    const png = renderCanvasImage(typicalCanvas());
    expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const image = await loadImage(png);
    expect([image.width, image.height]).toEqual([1280, 905]);
  });

  it('renders the full-resolution document at twice the size', async () => {
    const image = await loadImage(renderCanvasImage(overfullCanvas(), { scale: 2 }));
    expect([image.width, image.height]).toEqual([2560, 1810]);
  });
});

describe('renderCanvasImage, repeated', () => {
  it('returns an independent buffer each time although the drawing surface is reused', () => {
    const first = renderCanvasImage(typicalCanvas());
    const copy = Buffer.from(first);
    const second = renderCanvasImage(overfullCanvas());
    expect(first.equals(copy)).toBe(true);
    expect(second.equals(first)).toBe(false);
    expect(renderCanvasImage(typicalCanvas()).equals(first)).toBe(true);
  });
});
