import { parentPort } from 'node:worker_threads';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { renderCanvasImage } from './canvas-image.ts';
import { ensureFonts } from './fonts.ts';

export interface RenderRequest {
  id: number;
  snapshot: CanvasSnapshot;
  scale: number;
}

export type RenderResponse = { id: number; ok: true; png: Uint8Array } | { id: number; ok: false; error: string };

if (!parentPort) throw new Error('render-worker.ts runs only as a worker thread');
const port = parentPort;

// Fonts load when the worker starts, so the first render does not pay for it.
ensureFonts();

port.on('message', (request: RenderRequest) => {
  let response: RenderResponse;
  try {
    const png = renderCanvasImage(request.snapshot, { scale: request.scale });
    // Copied into a plain ArrayBuffer: Skia's buffer is external memory and cannot be transferred.
    response = { id: request.id, ok: true, png: new Uint8Array(png) };
    port.postMessage(response, [response.png.buffer as ArrayBuffer]);
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(response);
  }
});
