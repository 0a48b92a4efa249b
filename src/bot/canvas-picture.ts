import { and, eq } from 'drizzle-orm';
import { InputFile } from 'grammy';
import { submissions } from '../../db/schema.ts';
import { parseSubmittedCanvas, toCanvasSnapshot } from '../course/submitted-canvas.ts';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { translator } from '../i18n.ts';
import { renderCaption } from '../render/summary-text.ts';
import { createCanvasRepository } from '../storage/canvas-repository.ts';
import type { AppDatabase } from '../storage/database.ts';
import { createUserRepository } from '../storage/user-repository.ts';
import type { PictureSender } from './delivery.ts';

/** Renders a canvas picture as PNG at a scale (1 = the size Telegram shows a photo at). */
export type RenderPicture = (snapshot: CanvasSnapshot, scale: number) => Promise<Buffer>;

export interface PictureSenderDeps {
  db: AppDatabase;
  renderPicture: RenderPicture;
  onError?: (error: unknown) => void;
}

/** File names keep letters and digits of the title, so a saved picture is easy to find again. */
function pictureFileName(title: string): string {
  const slug = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'canvas'}.png`;
}

/**
 * Sends the canvas picture: as a photo to look at in the chat, or (for /export) as a PNG document
 * in full resolution. The chat shows "sending a photo" while it renders. If anything fails, the
 * text summary (already sent) stands and the user is told the picture did not come. Captions and
 * labels are in the owner's language, like the rest of what the owner reads.
 */
export function createPictureSender(deps: PictureSenderDeps): PictureSender {
  return async (api, chatId, canvasId, ownerId, size, submissionId) => {
    const owner = await createUserRepository(deps.db).find(ownerId);
    const canvases = createCanvasRepository(deps.db);
    const canvas = await canvases.findOwned(ownerId, canvasId);
    if (!canvas || !owner) return;
    const t = translator(owner.language);
    try {
      // A handed-in revision is drawn as it was frozen, whatever the student changed since.
      const [submitted] =
        submissionId === undefined
          ? []
          : await deps.db
              .select({ snapshot: submissions.snapshot, submittedAt: submissions.submittedAt })
              .from(submissions)
              .where(and(eq(submissions.id, submissionId), eq(submissions.canvasId, canvasId), eq(submissions.studentId, ownerId)));
      if (submissionId !== undefined && !submitted) return;
      const snapshot = submitted
        ? toCanvasSnapshot(parseSubmittedCanvas(submitted.snapshot), String(canvasId), submitted.submittedAt)
        : await canvases.snapshot(canvas, owner.firstName, owner.language);
      if (size === 'photo') {
        await api.sendChatAction(chatId, 'upload_photo').catch(() => undefined);
        const photo = await deps.renderPicture(snapshot, 1);
        await api.sendPhoto(chatId, new InputFile(photo, 'canvas.png'), { caption: renderCaption(snapshot), parse_mode: 'HTML' });
        return;
      }
      await api.sendChatAction(chatId, 'upload_document').catch(() => undefined);
      const full = await deps.renderPicture(snapshot, 2);
      await api.sendDocument(chatId, new InputFile(full, pictureFileName(canvas.title)), { caption: t('picture.full_resolution') });
    } catch (error) {
      deps.onError?.(error);
      await api.sendMessage(chatId, t('picture.failed'));
    }
  };
}
