import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { type CanvasRenderer, RenderRefusedError, spawnWorker } from '../render/canvas-renderer.ts';
import type { GroupPictureStats } from '../cohort/group-picture-stats.ts';
import type { GroupPictureOptions } from '../render/group-picture.ts';
import type { RenderRequest, RenderResponse } from '../render/render-worker.ts';

export interface RenderPoolOptions {
  /** Worker threads; by default one per core the machine offers but one (left to the bot), at least one. */
  workers?: number | undefined;
  /** One render's own time limit, counted from when a worker takes it (never time spent queued). */
  timeoutMs?: number;
  /** Renders waiting for a worker; beyond this a render is refused at once (RenderRefusedError) instead of piling up. */
  maxQueued?: number;
  /** Starts one render's timer and returns its cancel; by default a real timer (tests fire their own). */
  startTimer?: (onTimeout: () => void, ms: number) => () => void;
}

const realTimer = (onTimeout: () => void, ms: number): (() => void) => {
  const timer = setTimeout(onTimeout, ms);
  return () => clearTimeout(timer);
};

/** A render request without its id; the pool numbers requests as it hands them to workers. */
type JobRequest = RenderRequest extends infer Request ? (Request extends RenderRequest ? Omit<Request, 'id'> : never) : never;

/** The pool renders the coach's group picture too, off the main thread like the canvas pictures. */
export interface BotRenderer extends CanvasRenderer {
  renderGroup(stats: GroupPictureStats, options: GroupPictureOptions): Promise<Buffer>;
}

interface Job {
  request: JobRequest;
  resolve(images: Buffer[]): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker | undefined;
  busy: { id: number; job: Job; cancelTimer: () => void } | undefined;
}

/** Render workers when none are configured: every core but one (the bot's own thread), at least one. */
export function defaultRenderWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Canvas pictures on a pool of worker threads, one render per worker at a time. Each render is
 * timed alone: a slow or stuck picture fails itself (its worker is replaced), never the pictures
 * queued behind it. The queue is bounded, so a burst of finished canvases fails fast instead of
 * timing out in a pile.
 */
export function createRenderPool(options: RenderPoolOptions = {}): BotRenderer {
  const size = Math.max(1, options.workers ?? defaultRenderWorkers());
  const timeoutMs = options.timeoutMs ?? 15_000;
  const maxQueued = options.maxQueued ?? 64;
  const startTimer = options.startTimer ?? realTimer;
  const slots: Slot[] = Array.from({ length: size }, () => ({ worker: undefined, busy: undefined }));
  const queue: Job[] = [];
  let nextId = 1;
  let closed = false;

  const retire = (slot: Slot) => {
    const worker = slot.worker;
    slot.worker = undefined;
    if (worker) {
      worker.removeAllListeners();
      worker.on('error', () => {});
      void worker.terminate();
    }
  };

  const finish = (slot: Slot, outcome: { images: Buffer[] } | { error: Error }) => {
    const busy = slot.busy;
    if (!busy) return;
    slot.busy = undefined;
    busy.cancelTimer();
    if ('images' in outcome) busy.job.resolve(outcome.images);
    else busy.job.reject(outcome.error);
    if (queue.length === 0) slot.worker?.unref();
    dispatch();
  };

  const workerOf = (slot: Slot): Worker => {
    if (slot.worker) return slot.worker;
    const worker = spawnWorker();
    worker.on('message', (response: RenderResponse) => {
      if (slot.busy?.id !== response.id) return;
      finish(
        slot,
        response.ok
          ? { images: response.images.map((image) => Buffer.from(image.buffer, image.byteOffset, image.byteLength)) }
          : { error: new Error(`Canvas render failed: ${response.error}`) },
      );
    });
    worker.on('error', (error) => {
      retire(slot);
      finish(slot, { error });
    });
    worker.on('exit', (code) => {
      if (slot.worker !== worker) return;
      slot.worker = undefined;
      finish(slot, { error: new Error(`Canvas render worker exited with code ${code}`) });
    });
    worker.unref();
    slot.worker = worker;
    return worker;
  };

  function dispatch(): void {
    for (const slot of slots) {
      if (closed || queue.length === 0) return;
      if (slot.busy) continue;
      const job = queue.shift() as Job;
      const id = nextId++;
      const cancelTimer = startTimer(() => {
        // This render alone is stuck: replace its worker, fail it, and go on with the queue.
        if (slot.busy?.id !== id) return;
        retire(slot);
        finish(slot, { error: new Error(`Canvas render timed out after ${timeoutMs} ms`) });
      }, timeoutMs);
      slot.busy = { id, job, cancelTimer };
      const worker = workerOf(slot);
      worker.ref();
      worker.postMessage({ id, ...job.request } as RenderRequest);
    }
  }

  const enqueue = (request: JobRequest): Promise<Buffer[]> => {
    if (closed) return Promise.reject(new RenderRefusedError('Canvas renderer is closed'));
    if (queue.length >= maxQueued) return Promise.reject(new RenderRefusedError(`Canvas render refused: ${maxQueued} renders already waiting`));
    return new Promise<Buffer[]>((resolve, reject) => {
      queue.push({ request, resolve, reject });
      dispatch();
    });
  };

  return {
    async render(snapshot: CanvasSnapshot, renderOptions: { scale?: number } = {}) {
      const [png] = await enqueue({ layout: 'classic', snapshot, scale: renderOptions.scale ?? 1 });
      if (!png) throw new Error('Canvas render returned no image');
      return png;
    },
    renderPhone(snapshot: CanvasSnapshot) {
      return enqueue({ layout: 'phone', snapshot });
    },
    async renderGroup(stats: GroupPictureStats, pictureOptions: GroupPictureOptions) {
      const [png] = await enqueue({ layout: 'group', stats, options: pictureOptions });
      if (!png) throw new Error('Group picture render returned no image');
      return png;
    },
    async close() {
      closed = true;
      const error = new RenderRefusedError('Canvas renderer is closed');
      for (const job of queue.splice(0)) job.reject(error);
      await Promise.all(
        slots.map(async (slot) => {
          const busy = slot.busy;
          slot.busy = undefined;
          if (busy) {
            busy.cancelTimer();
            busy.job.reject(error);
          }
          const worker = slot.worker;
          slot.worker = undefined;
          if (worker) {
            worker.removeAllListeners();
            await worker.terminate();
          }
        }),
      );
    },
  };
}
