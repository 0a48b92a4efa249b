import type { GroupPictureStats } from '../cohort/group-picture-stats.ts';
import type { Language } from '../i18n.ts';
import { drawCanvasLayout } from './canvas-image.ts';
import { ensureFonts } from './fonts.ts';
import { groupPictureContent } from './group-picture-content.ts';
import { layoutGroupPicture, type GroupPictureLayout } from './group-picture-layout.ts';
import { measureText } from './text-measure.ts';

export interface GroupPictureOptions {
  name: string;
  /** The day the picture shows the group as of. */
  date: Date;
  language: Language;
  /** The coach's zone, for the date. */
  timeZone: string;
}

/** The layout of a group's picture, for tests and tools that want the boxes. */
export function layoutGroupPictureFor(stats: GroupPictureStats, options: GroupPictureOptions): GroupPictureLayout {
  ensureFonts();
  return layoutGroupPicture(groupPictureContent(stats, options), measureText);
}

/**
 * Renders the group picture as a PNG with the canvas picture's engine, fonts and surfaces, so it
 * looks like the canvas beside it; `scale` 2 gives the document-sized 2560×1920.
 */
export function renderGroupPicture(stats: GroupPictureStats, options: GroupPictureOptions, scale = 1): Buffer {
  const layout = layoutGroupPictureFor(stats, options);
  return drawCanvasLayout(
    {
      width: layout.width,
      height: layout.height,
      background: layout.background,
      items: [...layout.items, ...layout.panels.flatMap((panel) => panel.items)],
      blocks: [],
    },
    scale,
  );
}
