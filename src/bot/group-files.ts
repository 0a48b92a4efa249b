import { type Api, InputFile } from 'grammy';
import { exportGroupCsv } from '../cohort/group-export.ts';
import { type GroupPictureStats, groupPictureStats } from '../cohort/group-picture-stats.ts';
import { translator } from '../i18n.ts';
import { RenderRefusedError } from '../render/canvas-renderer.ts';
import { escapeHtml } from '../render/html.ts';
import type { GroupPictureOptions } from '../render/group-picture.ts';
import { shorten } from '../render/shorten.ts';
import type { AppDatabase } from '../storage/database.ts';
import { createGroupDataSource } from '../storage/group-data-source.ts';
import type { GroupFileRequest } from './outgoing.ts';
import { PictureRenderError } from './picture-delivery.ts';

/** Renders a group's picture as PNG (the bot's render pool does it on a worker thread). */
export type RenderGroupPicture = (stats: GroupPictureStats, options: GroupPictureOptions) => Promise<Buffer>;

/**
 * Makes and sends a group's picture (a PNG photo) or CSV (a UTF-8 document with a BOM). Runs in the
 * picture queue after the update that checked the coach's access has committed and answered, so the
 * reading and rendering stay out of its transaction and its chat's next updates; a group deleted
 * meanwhile sends nothing.
 */
export async function sendGroupFile(
  api: Api,
  chatId: number,
  request: GroupFileRequest,
  deps: { db: AppDatabase; renderGroupPicture?: RenderGroupPicture | undefined },
): Promise<void> {
  const source = createGroupDataSource(deps.db);
  const t = translator(request.language);
  if (request.file === 'picture') {
    const group = await source.group(request.groupId);
    if (!group) return;
    await api.sendChatAction(chatId, 'upload_photo').catch(() => undefined);
    const stats = groupPictureStats(await source.pictureRows(group.id));
    const options = { name: group.name, date: new Date(), language: request.language, timeZone: request.timeZone };
    let png: Buffer;
    try {
      // Without the bot's render pool (tests), drawn here; imported only then, since it loads the native renderer.
      png = deps.renderGroupPicture
        ? await deps.renderGroupPicture(stats, options)
        : (await import('../render/group-picture.ts')).renderGroupPicture(stats, options);
    } catch (error) {
      // A full pool hands the job back to the outbox; any other failure counts as a failed drawing.
      if (error instanceof RenderRefusedError) throw error;
      throw new PictureRenderError('group picture not drawn', { cause: error });
    }
    await api.sendPhoto(chatId, new InputFile(png, `group-${group.id}.png`), {
      caption: t('cohort:files.picture_caption', { group: escapeHtml(shorten(group.name, 200)) }),
      parse_mode: 'HTML',
    });
    return;
  }
  const which = request.file === 'csv_all' ? 'all' : 'latest';
  const exported = await exportGroupCsv(source, { groupId: request.groupId, which, language: request.language, timeZone: request.timeZone });
  if (!exported) return;
  await api.sendChatAction(chatId, 'upload_document').catch(() => undefined);
  await api.sendDocument(chatId, new InputFile(Buffer.from(exported.csv, 'utf8'), exported.fileName), {
    caption: t(`cohort:files.${which === 'all' ? 'csv_all_caption' : 'csv_caption'}`, {
      group: escapeHtml(shorten(exported.groupName, 200)),
      count: exported.revisions,
    }),
    parse_mode: 'HTML',
  });
}
