import type { BlockId } from '../canvas/blocks.ts';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { translator, type Translate } from '../i18n.ts';

const DATE_LOCALES: Record<CanvasSnapshot['language'], string> = { ru: 'ru-RU', en: 'en-GB' };

/** The localised words the summary and the picture share, in the canvas's own language. */
export interface CanvasTexts {
  t: Translate;
  title: string;
  blockTitle(blockId: BlockId): string;
  typeLabel(typeId: string): string;
  date: string;
}

/** Block titles, type labels (falling back to the type id until a label exists) and the date. */
export function canvasTexts(snapshot: CanvasSnapshot): CanvasTexts {
  const t = translator(snapshot.language);
  const date = new Intl.DateTimeFormat(DATE_LOCALES[snapshot.language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(snapshot.updatedAt);
  return {
    t,
    title: snapshot.title.trim() || t('render:untitled'),
    blockTitle: (blockId) => t(`blocks:${blockId}.title`),
    typeLabel: (typeId) => t(`types:${typeId}.label`, { defaultValue: typeId }),
    date,
  };
}

/** Normalises user text: unified line breaks, no control characters, at most one blank line in a row. */
export function cleanAnswerText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000B-\u001F\u007F\u200B\u2028\u2029]/g, (char) => (char === '\u2028' || char === '\u2029' ? '\n' : ''))
      .replace(/\t/g, ' ')
      .replace(/[ \u00A0]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}
