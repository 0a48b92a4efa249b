import { loadImage } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { createCanvasRenderer } from '../../src/render/canvas-renderer.ts';
import { emptyCanvas, overfullCanvas, typicalCanvas } from './fixtures/canvases.ts';

describe('createCanvasRenderer', () => {
  const renderer = createCanvasRenderer();
  afterAll(() => renderer.close());

  it('renders a canvas to a PNG on a worker thread', async () => {
    const png = await renderer.render(typicalCanvas());
    const image = await loadImage(png);
    expect([image.width, image.height]).toEqual([1280, 905]);
  });

  it('keeps the main thread free while it renders', async () => {
    let ticked = false;
    const rendering = renderer.render(overfullCanvas(), { scale: 2 });
    setTimeout(() => (ticked = true), 1);
    const png = await rendering;
    expect(ticked).toBe(true);
    expect((await loadImage(png)).width).toBe(2560);
  });

  it('answers concurrent requests each with its own picture', async () => {
    const [empty, typical] = await Promise.all([renderer.render(emptyCanvas()), renderer.render(typicalCanvas())]);
    expect(empty.equals(typical)).toBe(false);
    expect(empty.length).toBeLessThan(typical.length);
  });

  it('renders the phone picture on the worker as JPEG images 1080 px wide, at most 1920 tall', async () => {
    const images = await renderer.renderPhone(typicalCanvas());
    expect(images.length).toBeGreaterThan(1);
    for (const jpeg of images) {
      expect(jpeg.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
      const image = await loadImage(jpeg);
      expect(image.width).toBe(1080);
      expect(image.height).toBeLessThanOrEqual(1920);
    }
  });

  it('refuses to render after close', async () => {
    const closing = createCanvasRenderer();
    await closing.render(emptyCanvas());
    await closing.close();
    await expect(closing.render(emptyCanvas())).rejects.toThrow(/closed/);
  });
});
