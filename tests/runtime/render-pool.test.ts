import { loadImage } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import { availableParallelism } from 'node:os';
import { groupPictureStats } from '../../src/cohort/group-picture-stats.ts';
import { RenderRefusedError } from '../../src/render/canvas-renderer.ts';
import { renderGroupPicture } from '../../src/render/group-picture.ts';
import { createRenderPool, defaultRenderWorkers } from '../../src/runtime/render-pool.ts';
import { emptyCanvas, overfullCanvas, typicalCanvas } from '../render/fixtures/canvases.ts';

describe('render pool', () => {
  const pool = createRenderPool({ workers: 2, maxQueued: 8 });
  afterAll(() => pool.close());

  it('renders several pictures at once, each its own', async () => {
    const [empty, typical, overfull] = await Promise.all([pool.render(emptyCanvas()), pool.render(typicalCanvas()), pool.render(overfullCanvas())]);
    expect((await loadImage(typical)).width).toBe(1280);
    expect(empty.equals(typical)).toBe(false);
    expect(typical.equals(overfull)).toBe(false);
  });

  it("renders a group's picture on a worker, the same picture as on the main thread", async () => {
    const stats = groupPictureStats([
      {
        filledBlocks: ['customer_segments', 'channels'],
        returnedBlocks: ['channels'],
        relationshipTypes: ['community'],
        revenueTypes: ['subscription'],
        coachingNoteKeys: ['too_short'],
        submitted: true,
      },
    ]);
    const options = { name: 'Поток', date: new Date('2031-03-10T09:00:00Z'), language: 'ru' as const, timeZone: 'Europe/Moscow' };
    const png = await pool.renderGroup(stats, options);
    expect((await loadImage(png)).width).toBe(1280);
    expect(png.equals(renderGroupPicture(stats, options))).toBe(true);
  });

  it('refuses at once what does not fit in the queue, and still renders the rest', async () => {
    const small = createRenderPool({ workers: 1, maxQueued: 1 });
    try {
      const results = await Promise.allSettled([small.render(typicalCanvas()), small.render(typicalCanvas()), small.render(typicalCanvas())]);
      expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
      expect(String((results[2] as PromiseRejectedResult).reason)).toContain('already waiting');
    } finally {
      await small.close();
    }
  });

  it('a render is timed from when a worker takes it: one stuck render fails alone, the renders queued behind it succeed', async () => {
    // The first render's own timer runs out as soon as it starts; the timers of the others never do,
    // however long they wait in the queue behind it.
    let started = 0;
    const single = createRenderPool({
      workers: 1,
      startTimer: (onTimeout) => {
        started += 1;
        if (started === 1) queueMicrotask(onTimeout);
        return () => {};
      },
    });
    try {
      const results = await Promise.allSettled([single.render(overfullCanvas()), single.render(emptyCanvas()), single.render(typicalCanvas())]);
      expect(results.map((result) => result.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
      expect(String((results[0] as PromiseRejectedResult).reason)).toContain('timed out');
      expect(started).toBe(3);
    } finally {
      await single.close();
    }
  });

  it('a full queue refuses with RenderRefusedError (try later), and so does a closed pool', async () => {
    const small = createRenderPool({ workers: 1, maxQueued: 1 });
    const inHand = Promise.allSettled([small.render(emptyCanvas()), small.render(emptyCanvas())]);
    await expect(small.render(emptyCanvas())).rejects.toBeInstanceOf(RenderRefusedError);
    // Closing (the bot stopping) is no failure of the pictures in hand: they are to be drawn later.
    await small.close();
    const settled = await inHand;
    expect(settled.map((result) => result.status === 'rejected' && result.reason instanceof RenderRefusedError)).toEqual([true, true]);
    await expect(small.render(emptyCanvas())).rejects.toBeInstanceOf(RenderRefusedError);
  });

  it('uses every core but one, at least one, unless told', () => {
    expect(defaultRenderWorkers()).toBe(Math.max(1, availableParallelism() - 1));
  });

  it('a render that runs out of its own time fails, its worker is replaced, and the next render succeeds', async () => {
    // A limit no real render meets fails each render on its own clock, not the queue's.
    const strict = createRenderPool({ workers: 1, timeoutMs: 1 });
    const results = await Promise.allSettled([strict.render(overfullCanvas(), { scale: 2 }), strict.render(emptyCanvas())]);
    await strict.close();
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(results.every((result) => String((result as PromiseRejectedResult).reason).includes('timed out after 1 ms'))).toBe(true);
    // The pool recovers: a fresh worker renders the next picture within an ordinary limit.
    const relaxed = createRenderPool({ workers: 1 });
    expect((await loadImage(await relaxed.render(emptyCanvas()))).width).toBe(1280);
    await relaxed.close();
  });
});
