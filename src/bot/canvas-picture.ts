import { and, eq } from 'drizzle-orm';
import { type Api, InputFile } from 'grammy';
import type { InputMediaPhoto } from 'grammy/types';
import { submissions } from '../../db/schema.ts';
import { parseSubmittedCanvas, toCanvasSnapshot } from '../course/submitted-canvas.ts';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { translator, type Language } from '../i18n.ts';
import { RenderRefusedError } from '../render/canvas-renderer.ts';
import { renderCaption } from '../render/summary-text.ts';
import { createCanvasRepository } from '../storage/canvas-repository.ts';
import type { AppDatabase } from '../storage/database.ts';
import { createUserRepository } from '../storage/user-repository.ts';
import { encodeCallbackData } from './callback-data.ts';
import type { PictureSender } from './delivery.ts';
import { PictureRenderError } from './picture-delivery.ts';
import type { CanvasPictureRequest } from './outgoing.ts';

/** Renders the classic canvas picture as PNG at a scale (1 = the size Telegram shows a photo at). */
export type RenderPicture = (snapshot: CanvasSnapshot, scale: number) => Promise<Buffer>;
/** Renders the phone picture: one image (PNG or JPEG) per part, at most ten. */
export type RenderPhonePicture = (snapshot: CanvasSnapshot) => Promise<Buffer[]>;

export interface PictureSenderDeps {
  db: AppDatabase;
  renderPicture: RenderPicture;
  renderPhonePicture: RenderPhonePicture;
}

/**
 * Runs one render: a full renderer (RenderRefusedError) is passed on as it is, to be tried later;
 * any other failure, its timeout too, becomes a PictureRenderError.
 */
async function drawn<T>(render: () => Promise<T>): Promise<T> {
  try {
    return await render();
  } catch (error) {
    if (error instanceof RenderRefusedError) throw error;
    throw new PictureRenderError(error instanceof Error ? error.message : String(error), { cause: error });
  }
}

/** File names keep letters and digits of the title, so a saved picture is easy to find again. */
function pictureFileName(title: string, extension = 'png'): string {
  const slug = title
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${slug || 'canvas'}.${extension}`;
}

const isJpeg = (image: Buffer): boolean => image[0] === 0xff && image[1] === 0xd8;

/** The phone picture of a canvas and the caption that goes on its first image. */
export async function phonePicture(snapshot: CanvasSnapshot, render: RenderPhonePicture): Promise<{ images: Buffer[]; caption: string }> {
  return { images: await render(snapshot), caption: renderCaption(snapshot) };
}

/**
 * Sends images as one album with the caption (Telegram HTML) on the first; a single image goes as
 * a photo, since an album needs two to ten.
 */
export async function sendAlbum(api: Api, chatId: number, images: Buffer[], caption: string): Promise<void> {
  const file = (image: Buffer, index: number) => new InputFile(image, `canvas-${index + 1}.${isJpeg(image) ? 'jpg' : 'png'}`);
  const [first] = images;
  if (!first) return;
  if (images.length === 1) {
    await api.sendPhoto(chatId, file(first, 0), { caption, parse_mode: 'HTML' });
    return;
  }
  const media: InputMediaPhoto[] = images.slice(0, 10).map((image, index) => ({
    type: 'photo',
    media: file(image, index),
    ...(index === 0 ? { caption, parse_mode: 'HTML' as const } : {}),
  }));
  await api.sendMediaGroup(chatId, media);
}

/** The phone album, then one line offering the classic view (an album cannot carry buttons). */
async function sendPhoneView(api: Api, chatId: number, snapshot: CanvasSnapshot, canvasId: number, language: Language, deps: PictureSenderDeps): Promise<void> {
  const t = translator(language);
  const { images, caption } = await drawn(() => phonePicture(snapshot, deps.renderPhonePicture));
  await sendAlbum(api, chatId, images, caption);
  await api.sendMessage(chatId, t('pictures:classic_offer'), {
    reply_markup: { inline_keyboard: [[{ text: t('pictures:classic_button'), callback_data: encodeCallbackData({ kind: 'classic_picture', canvasId }) }]] },
  });
}

/** The classic landscape picture as a photo and, for an export, as a full-size PNG document. */
async function sendClassicView(
  api: Api,
  chatId: number,
  snapshot: CanvasSnapshot,
  title: string,
  withDocument: boolean,
  language: Language,
  deps: PictureSenderDeps,
): Promise<void> {
  // Both drawn before anything is sent, so a failed render never leaves half an export to repeat.
  const photo = await drawn(() => deps.renderPicture(snapshot, 1));
  const full = withDocument ? await drawn(() => deps.renderPicture(snapshot, 2)) : null;
  await api.sendPhoto(chatId, new InputFile(photo, 'canvas.png'), { caption: renderCaption(snapshot), parse_mode: 'HTML' });
  if (!full) return;
  await api.sendChatAction(chatId, 'upload_document').catch(() => undefined);
  await api.sendDocument(chatId, new InputFile(full, pictureFileName(title)), { caption: translator(language)('picture.full_resolution') });
}

/**
 * Draws and sends the picture a reply asked for: the phone album (default), the classic photo, or
 * for an export the classic photo and the full-size document, of the canvas as it is when drawn
 * (nothing, when it was deleted meanwhile). The chat shows "sending a photo" while it renders.
 * Throws PictureRenderError when drawing failed and the Bot API's error when sending failed; what
 * follows is the picture queue's to decide (src/bot/picture-delivery.ts). Captions and labels are
 * in the owner's language, like the rest of what the owner reads.
 */
export function createPictureSender(deps: PictureSenderDeps): PictureSender {
  return async (api, chatId, picture: CanvasPictureRequest) => {
    const owner = await createUserRepository(deps.db).find(picture.ownerId);
    const canvases = createCanvasRepository(deps.db);
    const canvas = await canvases.findOwned(picture.ownerId, picture.canvasId);
    if (!canvas || !owner) return;
    await api.sendChatAction(chatId, 'upload_photo').catch(() => undefined);
    // A handed-in revision is drawn as it was frozen, whatever the student changed since.
    const submissionId = picture.submissionId;
    const [submitted] =
      submissionId === undefined
        ? []
        : await deps.db
            .select({ snapshot: submissions.snapshot, submittedAt: submissions.submittedAt })
            .from(submissions)
            .where(and(eq(submissions.id, submissionId), eq(submissions.canvasId, canvas.id), eq(submissions.studentId, picture.ownerId)));
    if (submissionId !== undefined && !submitted) return;
    // The name the text and canvas.json show; replies stored before it was carried fall back to the first name.
    const snapshot = submitted
      ? toCanvasSnapshot(parseSubmittedCanvas(submitted.snapshot), String(canvas.id), submitted.submittedAt)
      : await canvases.snapshot(canvas, picture.author !== undefined ? picture.author : owner.firstName, owner.language);
    const view = picture.view ?? 'phone';
    if (view === 'phone') await sendPhoneView(api, chatId, snapshot, canvas.id, owner.language, deps);
    else await sendClassicView(api, chatId, snapshot, canvas.title, view === 'export', owner.language, deps);
  };
}
