import { createPictureSender } from '../bot/canvas-picture.ts';
import type { PictureQueue } from '../bot/delivery.ts';
import { sendGroupFile } from '../bot/group-files.ts';
import { type PictureQueueDeps, createPictureQueue } from '../bot/picture-delivery.ts';
import type { AppDatabase } from '../storage/database.ts';
import type { BotRenderer } from './render-pool.ts';

/**
 * The picture queue as the bot runs it: canvas pictures (classic and phone) and a group's picture
 * drawn on the render pool's worker threads, a group's CSVs made beside them, all after the update
 * that asked for them has been applied and answered.
 */
export function createPooledPictureQueue(db: AppDatabase, renderer: BotRenderer, options: Pick<PictureQueueDeps, 'maxPending' | 'onError'> = {}): PictureQueue {
  return createPictureQueue({
    db,
    sendPicture: createPictureSender({
      db,
      renderPicture: (snapshot, scale) => renderer.render(snapshot, { scale }),
      renderPhonePicture: (snapshot) => renderer.renderPhone(snapshot),
    }),
    sendGroupFile: (api, chatId, request) =>
      sendGroupFile(api, chatId, request, { db, renderGroupPicture: (stats, pictureOptions) => renderer.renderGroup(stats, pictureOptions) }),
    ...options,
  });
}
