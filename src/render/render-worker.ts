import { parentPort } from 'node:worker_threads';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import type { GroupPictureStats } from '../cohort/group-picture-stats.ts';
import { renderCanvasImage, renderPhoneImages } from './canvas-image.ts';
import { type GroupPictureOptions, renderGroupPicture } from './group-picture.ts';
import { ensureFonts } from './fonts.ts';

/** The classic picture at a scale, the phone picture's images (JPEG, as the chat sends them), or a group's picture. */
export type RenderRequest =
  | { id: number; layout: 'classic'; snapshot: CanvasSnapshot; scale: number }
  | { id: number; layout: 'phone'; snapshot: CanvasSnapshot }
  | { id: number; layout: 'group'; stats: GroupPictureStats; options: GroupPictureOptions };

export type RenderResponse = { id: number; ok: true; images: Uint8Array[] } | { id: number; ok: false; error: string };

if (!parentPort) throw new Error('render-worker.ts runs only as a worker thread');
const port = parentPort;

// Fonts load when the worker starts, so the first render does not pay for it.
ensureFonts();

port.on('message', async (request: RenderRequest) => {
  let response: RenderResponse;
  try {
    const images =
      request.layout === 'phone'
        ? await renderPhoneImages(request.snapshot, { format: 'jpeg' })
        : request.layout === 'group'
          ? [renderGroupPicture(request.stats, request.options)]
          : [renderCanvasImage(request.snapshot, { scale: request.scale })];
    // Copied into plain ArrayBuffers: Skia's buffers are external memory and cannot be transferred.
    response = { id: request.id, ok: true, images: images.map((image) => new Uint8Array(image)) };
    port.postMessage(
      response,
      response.images.map((image) => image.buffer as ArrayBuffer),
    );
  } catch (error) {
    response = { id: request.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    port.postMessage(response);
  }
});
