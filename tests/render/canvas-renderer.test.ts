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

  it('refuses to render after close', async () => {
    const closing = createCanvasRenderer();
    await closing.render(emptyCanvas());
    await closing.close();
    await expect(closing.render(emptyCanvas())).rejects.toThrow(/closed/);
  });
});
