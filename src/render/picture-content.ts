import type { BlockId } from '../canvas/blocks.ts';
import type { BusinessTypeId } from '../canvas/business-types.ts';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { canvasTexts, cleanAnswerText } from './canvas-text.ts';
import { withoutUndrawableEmoji } from './font-coverage.ts';

export interface PictureBadge {
  label: string;
  /** The type, which picks the badge's colour. */
  typeId: BusinessTypeId;
}

export interface PictureBlock {
  id: BlockId;
  /** 1-based number in the bot's asking order, drawn as the block's marker. */
  number: number;
  title: string;
  paragraphs: string[];
  badges: PictureBadge[];
}

/** Everything the picture shows, already translated; the layout only places it. */
export interface PictureContent {
  kicker: string;
  title: string;
  meta: string[];
  attribution: string;
  emptyLabel: string;
  truncatedNote: string;
  /** The "draft" mark of an unfinished canvas; null once it is finished. */
  draftLabel: string | null;
  moreBadges: (count: number) => string;
  blocks: PictureBlock[];
}

/** Keeps numbers with their thousands and units on one line: "180 000 ₽", "15 %", "№ 5". */
export function bindNumbers(text: string): string {
  return text
    .replace(/(\d) (?=\d{3}(?!\d))/g, '$1\u00A0')
    .replace(/(\d) (?=[₽$€%])/g, '$1\u00A0')
    .replace(/№ (?=\d)/g, '№\u00A0');
}

/** Collects the picture's texts from a snapshot, in the canvas's language. */
export function pictureContent(snapshot: CanvasSnapshot): PictureContent {
  const texts = canvasTexts(snapshot);
  const { t } = texts;
  const author = withoutUndrawableEmoji(snapshot.author ?? '').trim();
  const oneLine = (text: string): string => withoutUndrawableEmoji(text).replace(/\s+/g, ' ').trim();
  return {
    kicker: t('render:picture.kicker'),
    title: oneLine(texts.title) || t('render:untitled'),
    meta: [author ? t('render:author', { author: oneLine(author) }) : null, t('render:date', { date: texts.date })].filter(
      (line): line is string => line !== null,
    ),
    attribution: t('render:picture.attribution'),
    emptyLabel: t('render:empty'),
    truncatedNote: t('render:picture.truncated'),
    draftLabel: snapshot.draft ? t('render:picture.draft') : null,
    moreBadges: (count) => t('render:picture.more_types', { count }),
    blocks: snapshot.blocks.map((block, index) => ({
      id: block.id,
      number: index + 1,
      title: texts.blockTitle(block.id),
      // Each answer's own paragraphs become paragraphs of the block.
      paragraphs: block.answers
        .flatMap((answer) => bindNumbers(withoutUndrawableEmoji(cleanAnswerText(answer.text))).split(/\n\s*\n/))
        .filter((p) => p.trim().length > 0),
      badges: block.types.map((type) => ({
        label: texts.typeLabel(type.id),
        typeId: type.id,
      })),
    })),
  };
}
