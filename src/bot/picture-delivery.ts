import type { Api } from 'grammy';
import { translator } from '../i18n.ts';
import { RenderRefusedError } from '../render/canvas-renderer.ts';
import type { AppDatabase } from '../storage/database.ts';
import { type OutboxEntry, createOutbox } from '../storage/update-journal.ts';
import { createUserRepository } from '../storage/user-repository.ts';
import { type DeliveryDeps, type PictureQueue, type PictureSender, bestEffort, deliver, inFlightOf, recordSendFailure, recordSent } from './delivery.ts';
import type { GroupFileRequest, OutgoingMessage } from './outgoing.ts';

/** Drawing a picture failed (an error in the renderer, or the render ran out of its own time). */
export class PictureRenderError extends Error {
  override readonly name = 'PictureRenderError';
}

/** A picture is drawn at most this many times; then the user is told it could not be drawn. */
export const MAX_PICTURE_RENDERS = 2;

export interface PictureQueueDeps {
  db: AppDatabase;
  sendPicture: PictureSender;
  /** Makes and sends a group's picture or CSV; without it such replies are dropped. */
  sendGroupFile?: ((api: Api, chatId: number, request: GroupFileRequest) => Promise<void>) | undefined;
  /** Pictures taken and not finished yet; beyond this they wait in the outbox. */
  maxPending?: number;
  onError?: ((error: unknown, entry: OutboxEntry<OutgoingMessage>) => void) | undefined;
}

/**
 * The outbox worker for pictures. A picture reply is committed with its update like any reply;
 * the update's delivery hands it here and returns, and it is drawn and sent after, in the order of
 * its chat's pictures (chats in parallel, as far as the renderer allows).
 *
 * - A full queue takes nothing more: the rows are handed back to the outbox (their lease ends),
 *   and a flush offers them again later; nothing fails for lack of room.
 * - A failed render is counted on its row and handed back for one more try by the flush; after
 *   the second failure the row is closed and, in the same transaction, a text telling the user the
 *   picture could not be drawn is queued and sent.
 * - One picture's failure touches that row only: the ones behind it go on.
 */
export function createPictureQueue(deps: PictureQueueDeps): PictureQueue {
  const maxPending = deps.maxPending ?? 32;
  const outbox = createOutbox<OutgoingMessage>(deps.db);
  const sending = inFlightOf(deps.db);
  const tails = new Map<number, Promise<void>>();
  const running = new Set<Promise<void>>();
  let pending = 0;
  const textDeps: DeliveryDeps = { db: deps.db, onError: deps.onError };

  const giveUp = async (api: Api, entry: OutboxEntry<OutgoingMessage>): Promise<void> => {
    const reader = await createUserRepository(deps.db).find(entry.chatId);
    const { payload } = entry;
    const key =
      payload.method === 'sendGroupFile'
        ? 'picture.group_failed'
        : payload.method === 'sendCanvasPicture' && payload.submissionId !== undefined
          ? 'picture.review_failed'
          : 'picture.failed';
    const text = translator(reader?.language ?? 'ru')(key);
    // Closing the row and queueing the apology commit together: the user reads it once.
    const apology = await deps.db.transaction(async (tx) => {
      const rows = createOutbox<OutgoingMessage>(tx);
      await rows.markSent([entry.id]);
      return rows.add(entry.chatId, null, [{ method: 'sendMessage', text }]);
    });
    await deliver(api, apology, textDeps);
  };

  const renderFailed = async (api: Api, entry: OutboxEntry<OutgoingMessage>, error: unknown): Promise<void> => {
    deps.onError?.(error, entry);
    const failures = await outbox.countRenderFailure(entry.id);
    if (failures === null) return;
    if (failures >= MAX_PICTURE_RENDERS) await giveUp(api, entry);
    else await outbox.release([entry.id]);
  };

  const draw = async (api: Api, entry: OutboxEntry<OutgoingMessage>): Promise<void> => {
    const { payload } = entry;
    if (payload.method === 'sendCanvasPicture') {
      const { method: _method, ...picture } = payload;
      await deps.sendPicture(api, entry.chatId, picture);
    } else if (payload.method === 'sendGroupFile') {
      const { method: _method, ...request } = payload;
      await deps.sendGroupFile?.(api, entry.chatId, request);
    }
  };

  const carryOut = async (api: Api, entry: OutboxEntry<OutgoingMessage>): Promise<void> => {
    try {
      await draw(api, entry);
    } catch (error) {
      if (error instanceof RenderRefusedError) await bestEffort(() => outbox.release([entry.id]));
      else if (error instanceof PictureRenderError) await bestEffort(() => renderFailed(api, entry, error));
      else await recordSendFailure(entry, error, textDeps);
      return;
    }
    await recordSent(entry, deps.db);
  };

  const enqueue = (api: Api, entry: OutboxEntry<OutgoingMessage>): void => {
    pending += 1;
    sending.add(entry.id);
    const previous = tails.get(entry.chatId) ?? Promise.resolve();
    const job = previous.then(() => carryOut(api, entry)).catch((error: unknown) => deps.onError?.(error, entry));
    const tail = job.finally(() => {
      pending -= 1;
      sending.delete(entry.id);
      running.delete(tail);
      if (tails.get(entry.chatId) === tail) tails.delete(entry.chatId);
    });
    tails.set(entry.chatId, tail);
    running.add(tail);
  };

  return {
    take(api, entries) {
      const later: number[] = [];
      for (const entry of entries) {
        // Already taken (a flush offering what this process holds): it is on its way.
        if (sending.has(entry.id)) continue;
        if (pending >= maxPending) later.push(entry.id);
        else enqueue(api, entry);
      }
      if (later.length > 0) {
        const handedBack = bestEffort(() => outbox.release(later)).finally(() => running.delete(handedBack));
        running.add(handedBack);
      }
    },
    async idle(chatId) {
      if (chatId !== undefined) {
        for (let tail = tails.get(chatId); tail; tail = tails.get(chatId)) await tail;
        return;
      }
      while (running.size > 0) await Promise.allSettled([...running]);
    },
  };
}
