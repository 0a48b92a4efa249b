import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { RUNS_FROM_SOURCE } from '../project-files.ts';
import type { RenderRequest, RenderResponse } from './render-worker.ts';

export interface CanvasRenderer {
  /** Renders the canvas picture as PNG on the worker thread; `scale` 1 (photo, default) or 2 (document). */
  render(snapshot: CanvasSnapshot, options?: { scale?: number }): Promise<Buffer>;
  /** Renders the phone picture on the worker thread: one JPEG per image, at most ten. */
  renderPhone(snapshot: CanvasSnapshot): Promise<Buffer[]>;
  /** Stops the worker; renders still waiting are rejected. */
  close(): Promise<void>;
}

/**
 * A render not started because the renderer's queue is full. Nothing failed: the picture is to be
 * drawn later, when the queue has room.
 */
export class RenderRefusedError extends Error {
  override readonly name = 'RenderRefusedError';
}

export interface CanvasRendererOptions {
  /** A render taking longer than this is abandoned and the worker restarted. */
  timeoutMs?: number;
}

interface Pending {
  resolve(images: Buffer[]): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/** The worker's module beside this one: TypeScript under tsx, JavaScript once compiled. */
const WORKER_URL = new URL(RUNS_FROM_SOURCE ? './render-worker.ts' : './render-worker.js', import.meta.url);

/**
 * From the sources, the worker starts through tsx's `tsImport`, resolved from here so any working
 * directory works. (`execArgv: ['--import', 'tsx']` does not reach worker threads on Node 20: the
 * worker's entry module loads before the hooks apply and fails on the .ts extension.)
 */
function tsxEsmApiUrl(): string {
  // The ESM build of tsx's API, as its package's "import" condition names it (the CJS build cannot register hooks here).
  const packageJson = createRequire(import.meta.url).resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(packageJson, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const entry = manifest.exports['./esm/api']?.import.default ?? './dist/esm/api/index.mjs';
  return pathToFileURL(join(dirname(packageJson), entry)).href;
}

/** A render worker thread, for this renderer and the bot's pool; compiled, it loads no TypeScript loader. */
export function spawnWorker(): Worker {
  if (!RUNS_FROM_SOURCE) return new Worker(WORKER_URL);
  const api = tsxEsmApiUrl();
  const bootstrap = `import(${JSON.stringify(api)})
    .then((api) => api.tsImport(${JSON.stringify(WORKER_URL.href)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(bootstrap, { eval: true });
}

/**
 * A pool of one worker thread that renders canvas pictures, so a render (about 100 ms of CPU)
 * never holds up the bot's other updates. Requests queue in the worker in arrival order.
 */
export function createCanvasRenderer(options: CanvasRendererOptions = {}): CanvasRenderer {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const pending = new Map<number, Pending>();
  let worker: Worker | undefined;
  let nextId = 1;
  let closed = false;

  const failAll = (error: Error): void => {
    for (const [id, job] of pending) {
      clearTimeout(job.timer);
      pending.delete(id);
      job.reject(error);
    }
  };

  const discardWorker = (): void => {
    const current = worker;
    worker = undefined;
    if (current) {
      current.removeAllListeners();
      current.on('error', () => {});
      void current.terminate();
    }
  };

  const ensureWorker = (): Worker => {
    if (worker) return worker;
    const created = spawnWorker();
    created.on('message', (response: RenderResponse) => {
      const job = pending.get(response.id);
      if (!job) return;
      pending.delete(response.id);
      clearTimeout(job.timer);
      if (response.ok) job.resolve(response.images.map((image) => Buffer.from(image.buffer, image.byteOffset, image.byteLength)));
      else job.reject(new Error(`Canvas render failed: ${response.error}`));
    });
    created.on('error', (error) => {
      discardWorker();
      failAll(error);
    });
    created.on('exit', (code) => {
      if (worker !== created) return;
      worker = undefined;
      failAll(new Error(`Canvas render worker exited with code ${code}`));
    });
    // An idle worker must not keep the process alive.
    created.unref();
    worker = created;
    return created;
  };

  const request = (make: (id: number) => RenderRequest): Promise<Buffer[]> => {
    if (closed) return Promise.reject(new Error('Canvas renderer is closed'));
    const id = nextId++;
    const message = make(id);
    return new Promise<Buffer[]>((resolve, reject) => {
      const timer = setTimeout(() => {
        // A stuck render would block every later one: restart the worker and fail what it held.
        discardWorker();
        failAll(new Error(`Canvas render timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      pending.set(id, { resolve, reject, timer });
      const target = ensureWorker();
      target.ref();
      target.postMessage(message);
    }).finally(() => {
      if (pending.size === 0) worker?.unref();
    });
  };

  return {
    async render(snapshot, renderOptions = {}) {
      const [image] = await request((id) => ({ id, layout: 'classic', snapshot, scale: renderOptions.scale ?? 1 }));
      if (!image) throw new Error('Canvas render returned no image');
      return image;
    },
    renderPhone(snapshot) {
      return request((id) => ({ id, layout: 'phone', snapshot }));
    },
    async close() {
      closed = true;
      failAll(new Error('Canvas renderer is closed'));
      const current = worker;
      worker = undefined;
      if (current) {
        current.removeAllListeners();
        await current.terminate();
      }
    },
  };
}
