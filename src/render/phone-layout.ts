import { layoutBadges } from './badge-layout.ts';
import { draftMark } from './canvas-layout.ts';
import { baselineIn, textItem, type BlockLayout, type CanvasLayout, type DrawItem, type Rect } from './draw-items.ts';
import type { PictureBlock, PictureContent } from './picture-content.ts';
import { withEllipsis, wrapText, type FontSpec, type MeasureText } from './text-fit.ts';
import { COLORS, PHONE } from './theme.ts';

/**
 * The portrait picture for phones: the nine blocks one under another in the order of the
 * conversation, at a body size that reads without zooming. A canvas taller than one image goes on
 * several, split between blocks or between two lines of a block, never inside a line.
 */

/** One block's share of one image; a block split over two images has a part on each. */
export interface PhoneBlockPart extends BlockLayout {
  /** The answer lines this part shows, in order (a split falls between two of them). */
  bodyLines: string[];
  /** The block began on an earlier image. */
  continuedFromPrevious: boolean;
  /** The block goes on on the next image. */
  continuesOnNext: boolean;
}

export interface PhonePage extends CanvasLayout {
  blocks: PhoneBlockPart[];
}

export interface PhoneLayout {
  pages: PhonePage[];
  /** Font size of every answer line. */
  bodySize: number;
}

/** Texts only the phone picture shows, already translated. */
export interface PhoneTexts {
  continued: string;
  continues: string;
  page: (page: number, count: number) => string;
}

const P = PHONE;
const font = (size: number, weight: FontSpec['weight'] = 'normal', style: FontSpec['style'] = 'normal'): FontSpec => ({ size, weight, style });
const BODY = font(P.body.size);
const BODY_LINE = P.body.size * P.body.lineHeight;
const TITLE = font(P.blockTitle.size, 'bold');
const TITLE_LINE = P.blockTitle.size * P.blockTitle.lineHeight;
const LABEL = font(P.emptyLabel, 'normal', 'italic');
const LABEL_LINE = P.emptyLabel * 1.3;
const NOTE = font(P.note, 'normal', 'italic');
const NOTE_LINE = P.note * 1.5;
const CARD_X = P.margin;
const CARD_WIDTH = P.width - 2 * P.margin;
const INNER_X = CARD_X + P.cardPadding;
const INNER_WIDTH = CARD_WIDTH - 2 * P.cardPadding;
const FOOTER_HEIGHT = P.footer * 2.2;
const BADGE_ROWS_MAX_HEIGHT = 4 * (P.badge.size * P.badge.lineHeight + 2 * P.badge.padY) + 3 * P.badge.gap;
/** The lowest point a card may reach on any image: room is kept for the footer below. */
const CONTENT_BOTTOM = P.maxHeight - P.bottom - FOOTER_HEIGHT;

interface BodyLine {
  text: string;
  /** Space above the line when it opens a paragraph (dropped at the top of an image). */
  gapBefore: number;
}

interface PreparedBlock {
  block: PictureBlock;
  titleLines: string[];
  lines: BodyLine[];
}

function prepareBlock(block: PictureBlock, measure: MeasureText): PreparedBlock {
  const titleWidth = INNER_WIDTH - P.markerSize - 18;
  const titleLines = wrapText(block.title, titleWidth, TITLE, measure);
  const lines: BodyLine[] = [];
  block.paragraphs.forEach((paragraph, index) => {
    wrapText(paragraph, INNER_WIDTH, BODY, measure).forEach((text, lineIndex) => {
      const gapBefore = index > 0 && lineIndex === 0 ? P.body.size * P.body.paragraphGap : 0;
      lines.push({ text, gapBefore });
    });
  });
  return { block, titleLines, lines };
}

/** Keeps at most `cap` lines of a block; the last kept one ends with "…" when some are left out. */
function capLines(lines: BodyLine[], cap: number, measure: MeasureText): { lines: BodyLine[]; truncated: boolean } {
  if (lines.length <= cap) return { lines, truncated: false };
  const kept = lines.slice(0, cap);
  while (kept.length > 1 && kept.at(-1)?.text.trim() === '') kept.pop();
  const last = kept.at(-1);
  if (last) kept[kept.length - 1] = { ...last, text: withEllipsis(last.text, INNER_WIDTH, BODY, measure) };
  return { lines: kept, truncated: true };
}

interface Heading {
  items: DrawItem[];
  height: number;
}

/**
 * The block's number in a circle and its title beside it; `label` (e.g. "not filled in") goes on the
 * title's last line when there is room, under it otherwise.
 */
function layoutHeading(prepared: PreparedBlock, top: number, label: string | null, measure: MeasureText): Heading {
  const items: DrawItem[] = [];
  const marker = { x: INNER_X, y: top, width: P.markerSize, height: P.markerSize };
  items.push({ kind: 'rect', rect: marker, fill: COLORS.marker, radius: P.markerSize / 2 });
  const numberFont = font(P.markerNumber, 'bold');
  const number = String(prepared.block.number);
  items.push(
    textItem(
      number,
      INNER_X + (P.markerSize - measure(number, numberFont)) / 2,
      baselineIn(top, P.markerSize, numberFont),
      numberFont,
      COLORS.markerText,
      measure,
    ),
  );

  const titleX = INNER_X + P.markerSize + 18;
  const titleHeight = prepared.titleLines.length * TITLE_LINE;
  const titleTop = titleHeight < P.markerSize ? top + (P.markerSize - titleHeight) / 2 : top;
  prepared.titleLines.forEach((line, index) => {
    items.push(textItem(line, titleX, baselineIn(titleTop + index * TITLE_LINE, TITLE_LINE, TITLE), TITLE, COLORS.title, measure));
  });
  let bottom = Math.max(top + P.markerSize, titleTop + titleHeight);
  if (label) {
    const lastLine = prepared.titleLines.at(-1) ?? '';
    const labelWidth = measure(label, LABEL);
    const right = INNER_X + INNER_WIDTH;
    const lastTop = titleTop + (prepared.titleLines.length - 1) * TITLE_LINE;
    if (titleX + measure(lastLine, TITLE) + 24 + labelWidth <= right) {
      items.push(textItem(label, right - labelWidth, baselineIn(lastTop, TITLE_LINE, LABEL), LABEL, COLORS.emptyText, measure));
    } else {
      const text = labelWidth <= right - titleX ? label : withEllipsis(label, right - titleX, LABEL, measure);
      items.push(textItem(text, titleX, baselineIn(bottom + 4, LABEL_LINE, LABEL), LABEL, COLORS.emptyText, measure));
      bottom += 4 + LABEL_LINE;
    }
  }
  return { items, height: bottom - top };
}

function shift(items: DrawItem[], dy: number): DrawItem[] {
  return items.map((item) => (item.kind === 'rect' ? { ...item, rect: { ...item.rect, y: item.rect.y + dy } } : { ...item, y: item.y + dy }));
}

interface DraftPage {
  items: DrawItem[];
  blocks: PhoneBlockPart[];
  /** Where the next card may start. */
  y: number;
}

/** The first image's header: kicker and draft mark, the business's name, author and date. */
function layoutHeader(content: PictureContent, measure: MeasureText): { items: DrawItem[]; bottom: number } {
  const items: DrawItem[] = [];
  const width = P.width - 2 * P.margin;
  const kickerFont = font(P.kicker, 'bold');
  const kicker = content.kicker.toLocaleUpperCase();
  let y = P.top;
  items.push(textItem(kicker, P.margin, baselineIn(y, P.draft.height, kickerFont), kickerFont, COLORS.kicker, measure));
  if (content.draftLabel) items.push(...draftMark(content.draftLabel, P.margin + measure(kicker, kickerFont) + 18, y, P.draft, measure));
  y += P.draft.height + 14;

  const titleFont = font(P.title.size, 'bold');
  const titleLine = P.title.size * P.title.lineHeight;
  const wrapped = wrapText(content.title, width, titleFont, measure, P.title.maxLines);
  const titleLines = wrapped.slice(0, P.title.maxLines);
  if (wrapped.length > P.title.maxLines) {
    titleLines[titleLines.length - 1] = withEllipsis(titleLines.at(-1) ?? '', width, titleFont, measure);
  }
  for (const line of titleLines) {
    items.push(textItem(line, P.margin, baselineIn(y, titleLine, titleFont), titleFont, COLORS.title, measure));
    y += titleLine;
  }
  y += 6;
  const metaFont = font(P.meta);
  for (const line of content.meta) {
    const text = measure(line, metaFont) <= width ? line : withEllipsis(line, width, metaFont, measure);
    items.push(textItem(text, P.margin, baselineIn(y, P.meta * 1.35, metaFont), metaFont, COLORS.muted, measure));
    y += P.meta * 1.35;
  }
  return { items, bottom: y + P.gap + 8 };
}

/** The name of the canvas at the top of every image after the first, so each one stands alone. */
function layoutRunningHead(content: PictureContent, measure: MeasureText): { items: DrawItem[]; bottom: number } {
  const headFont = font(P.runningHead, 'bold');
  const width = P.width - 2 * P.margin;
  const text = measure(content.title, headFont) <= width ? content.title : withEllipsis(content.title, width, headFont, measure);
  const lineHeight = P.runningHead * 1.3;
  return { items: [textItem(text, P.margin, baselineIn(P.top, lineHeight, headFont), headFont, COLORS.kicker, measure)], bottom: P.top + lineHeight + P.gap };
}

/** Lays out the images with every block's answers cut to at most `cap` lines. */
function paginate(prepared: PreparedBlock[], content: PictureContent, texts: PhoneTexts, cap: number, measure: MeasureText): DraftPage[] {
  const header = layoutHeader(content, measure);
  const pages: DraftPage[] = [{ items: header.items, blocks: [], y: header.bottom }];
  const current = (): DraftPage => pages[pages.length - 1] as DraftPage;
  const newPage = (): void => {
    const head = layoutRunningHead(content, measure);
    pages.push({ items: head.items, blocks: [], y: head.bottom });
  };
  // Nothing is placed yet on this image below its header, so moving on would not help.
  const pageIsFresh = (): boolean => current().blocks.length === 0;

  for (const block of prepared) {
    const empty = block.block.paragraphs.length === 0;
    const { lines, truncated } = capLines(block.lines, cap, measure);
    // Laid out from y = 0 and moved into place; past four rows the rest sum up in one "N more" badge.
    const badgeArea =
      block.block.badges.length === 0
        ? { items: [], height: 0 }
        : layoutBadges(block.block.badges, { x: INNER_X, y: 0, width: INNER_WIDTH, maxHeight: BADGE_ROWS_MAX_HEIGHT }, content.moreBadges, measure, P.badge);

    if (empty) {
      const heading = layoutHeading(block, 0, content.emptyLabel, measure);
      const height = 2 * P.cardPadding + heading.height + (badgeArea.height > 0 ? badgeArea.height + 14 : 0);
      if (current().y + height > CONTENT_BOTTOM && !pageIsFresh()) newPage();
      const page = current();
      const rect: Rect = { x: CARD_X, y: page.y, width: CARD_WIDTH, height };
      const items: DrawItem[] = [
        { kind: 'rect', rect, fill: COLORS.emptyCard, stroke: COLORS.emptyBorder, dashed: true, radius: P.cardRadius },
        ...shift(heading.items, page.y + P.cardPadding),
        ...shift(badgeArea.items, page.y + P.cardPadding + heading.height + 14),
      ];
      page.blocks.push({
        id: block.block.id,
        rect,
        empty: true,
        truncated: false,
        bodySize: null,
        items,
        bodyLines: [],
        continuedFromPrevious: false,
        continuesOnNext: false,
      });
      page.y += height + P.gap;
      continue;
    }

    // The card's start: heading, badges and the first lines stay together on one image.
    const heading = layoutHeading(block, 0, null, measure);
    const headHeight = P.cardPadding + heading.height + (badgeArea.height > 0 ? 16 + badgeArea.height : 0) + 16;
    const together = lines.length <= P.keepWholeLines ? lines.length : P.keepLines;
    const startHeight = headHeight + together * BODY_LINE + P.cardPadding + (together < lines.length ? NOTE_LINE : 0);
    if (current().y + startHeight > CONTENT_BOTTOM && !pageIsFresh()) newPage();

    let page = current();
    let cardTop = page.y;
    let items: DrawItem[] = [...shift(heading.items, cardTop + P.cardPadding), ...shift(badgeArea.items, cardTop + P.cardPadding + heading.height + 16)];
    let bodyLines: string[] = [];
    let continuedFromPrevious = false;
    let y = cardTop + headHeight;

    const closeCard = (height: number, continuesOnNext: boolean, partTruncated: boolean): void => {
      const rect: Rect = { x: CARD_X, y: cardTop, width: CARD_WIDTH, height };
      page.blocks.push({
        id: block.block.id,
        rect,
        empty: false,
        truncated: partTruncated,
        bodySize: BODY.size,
        items: [{ kind: 'rect', rect, fill: COLORS.card, stroke: COLORS.cardBorder, radius: P.cardRadius }, ...items],
        bodyLines,
        continuedFromPrevious,
        continuesOnNext,
      });
      page.y = cardTop + height + P.gap;
    };

    lines.forEach((line, index) => {
      const isLast = index === lines.length - 1;
      const below = P.cardPadding + (isLast ? (truncated ? NOTE_LINE : 0) : NOTE_LINE);
      const gap = bodyLines.length === 0 ? 0 : line.gapBefore;
      if (y + gap + BODY_LINE + below > CONTENT_BOTTOM && bodyLines.length > 0) {
        // The block goes on on the next image: say so at the bottom of this one.
        items.push(textItem(texts.continues, INNER_X, baselineIn(y, NOTE_LINE, NOTE), NOTE, COLORS.muted, measure));
        closeCard(y + NOTE_LINE + P.cardPadding - cardTop, true, false);
        newPage();
        page = current();
        cardTop = page.y;
        const again = layoutHeading(block, cardTop + P.cardPadding, texts.continued, measure);
        items = again.items;
        bodyLines = [];
        continuedFromPrevious = true;
        y = cardTop + P.cardPadding + again.height + 16;
      }
      const top = y + (bodyLines.length === 0 ? 0 : line.gapBefore);
      if (line.text !== '') items.push(textItem(line.text, INNER_X, baselineIn(top, BODY_LINE, BODY), BODY, COLORS.body, measure));
      bodyLines.push(line.text);
      y = top + BODY_LINE;
    });
    if (truncated) {
      const note =
        measure(content.truncatedNote, NOTE) <= INNER_WIDTH ? content.truncatedNote : withEllipsis(content.truncatedNote, INNER_WIDTH, NOTE, measure);
      items.push(textItem(note, INNER_X, baselineIn(y, NOTE_LINE, NOTE), NOTE, COLORS.note, measure));
      y += NOTE_LINE;
    }
    closeCard(y + P.cardPadding - cardTop, false, truncated);
  }
  return pages;
}

/** Line caps tried in turn until the canvas fits the images an album can hold. */
const LINE_CAPS = [Infinity, 60, 40, 28, 20, 14, 10, 6, 3];

/** Positions every shape and line of the phone picture's images; pure apart from the injected measure. */
export function layoutPhone(content: PictureContent, texts: PhoneTexts, measure: MeasureText): PhoneLayout {
  const prepared = content.blocks.map((block) => prepareBlock(block, measure));
  let pages: DraftPage[] = [];
  for (const cap of LINE_CAPS) {
    pages = paginate(prepared, content, texts, cap, measure);
    if (pages.length <= P.maxImages) break;
  }
  const footerFont = font(P.footer);
  return {
    bodySize: BODY.size,
    pages: pages.map((page, index) => {
      const last = index === pages.length - 1;
      const height = Math.min(P.maxHeight, Math.ceil(page.y - P.gap + FOOTER_HEIGHT + P.bottom));
      const baseline = height - P.bottom - (FOOTER_HEIGHT - P.footer) / 2;
      const footer: DrawItem[] = [];
      if (last) footer.push(textItem(content.attribution, P.margin, baseline, footerFont, COLORS.muted, measure));
      if (pages.length > 1) {
        const label = texts.page(index + 1, pages.length);
        const pageFont = font(P.pageLabel, 'bold');
        footer.push(textItem(label, P.width - P.margin - measure(label, pageFont), baseline, pageFont, COLORS.muted, measure));
      }
      return { width: P.width, height, background: COLORS.background, items: [...page.items, ...footer], blocks: page.blocks };
    }),
  };
}
