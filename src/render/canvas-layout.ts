import type { BlockId } from '../canvas/blocks.ts';
import { layoutBadges } from './badge-layout.ts';
import { baselineIn, textItem, type BlockLayout, type CanvasLayout, type DrawItem, type Rect } from './draw-items.ts';
import type { PictureBlock, PictureContent } from './picture-content.ts';
import { fitParagraphs, withEllipsis, type FontSpec, type MeasureText } from './text-fit.ts';
import { COLORS, PICTURE } from './theme.ts';

const P = PICTURE;

/** The classic arrangement of domain.md: five columns on top, costs and revenues below. */
export function blockRects(): Record<BlockId, Rect> {
  const x0 = P.margin;
  const y0 = P.margin + P.headerHeight;
  const gridWidth = P.width - 2 * P.margin;
  const gridHeight = P.height - 2 * P.margin - P.headerHeight - P.footerHeight;
  const columnWidth = (gridWidth - 4 * P.gap) / 5;
  const topHeight = Math.round((gridHeight - P.gap) * P.topRowShare);
  const halfHeight = (topHeight - P.gap) / 2;
  const bottomY = y0 + topHeight + P.gap;
  const bottomHeight = y0 + gridHeight - bottomY;
  const halfWidth = (gridWidth - P.gap) / 2;
  const column = (index: number): number => x0 + index * (columnWidth + P.gap);
  const full = (index: number): Rect => ({ x: column(index), y: y0, width: columnWidth, height: topHeight });
  const upper = (index: number): Rect => ({ x: column(index), y: y0, width: columnWidth, height: halfHeight });
  const lower = (index: number): Rect => ({ x: column(index), y: y0 + halfHeight + P.gap, width: columnWidth, height: halfHeight });
  return {
    key_partners: full(0),
    key_activities: upper(1),
    key_resources: lower(1),
    value_propositions: full(2),
    customer_relationships: upper(3),
    channels: lower(3),
    customer_segments: full(4),
    cost_structure: { x: x0, y: bottomY, width: halfWidth, height: bottomHeight },
    revenue_streams: { x: x0 + halfWidth + P.gap, y: bottomY, width: halfWidth, height: bottomHeight },
  };
}

const font = (size: number, weight: FontSpec['weight'] = 'normal', style: FontSpec['style'] = 'normal'): FontSpec => ({ size, weight, style });

/** Number marker and the block's title (up to two lines, shrunk or cut if still too long); returns the bottom. */
function layoutBlockHeading(block: PictureBlock, rect: Rect, items: DrawItem[], measure: MeasureText): number {
  const left = rect.x + P.cardPadding;
  const top = rect.y + P.cardPadding;
  const marker = { x: left, y: top, width: P.markerSize, height: P.markerSize };
  items.push({ kind: 'rect', rect: marker, fill: COLORS.marker, radius: P.markerSize / 2 });
  const numberFont = font(12, 'bold');
  const number = String(block.number);
  const numberWidth = measure(number, numberFont);
  items.push(textItem(number, left + (P.markerSize - numberWidth) / 2, baselineIn(top, P.markerSize, numberFont), numberFont, COLORS.markerText, measure));

  const titleX = left + P.markerSize + 7;
  const titleWidth = rect.x + rect.width - P.cardPadding - titleX;
  const t = P.blockTitle;
  const fitted = fitParagraphs(
    [block.title],
    { width: titleWidth, height: 2 * t.maxSize * t.lineHeight },
    {
      maxSize: t.maxSize,
      minSize: t.minSize,
      lineHeight: t.lineHeight,
      paragraphGap: 0,
      weight: 'bold',
    },
    measure,
  );
  const titleHeight = fitted.height;
  // A one-line title sits on the marker's centre line; two lines start at the marker's top.
  const titleTop = titleHeight < P.markerSize ? top + (P.markerSize - titleHeight) / 2 : top;
  for (const line of fitted.lines) {
    items.push(textItem(line.text, titleX, baselineIn(titleTop + line.top, line.height, fitted.font), fitted.font, COLORS.title, measure));
  }
  return Math.max(top + P.markerSize, titleTop + titleHeight);
}

function layoutBlock(block: PictureBlock, rect: Rect, content: PictureContent, measure: MeasureText, bodyMaxSize: number = P.body.maxSize): BlockLayout {
  const empty = block.paragraphs.length === 0;
  const items: DrawItem[] = [
    empty
      ? { kind: 'rect', rect, fill: COLORS.emptyCard, stroke: COLORS.emptyBorder, dashed: true, radius: P.cardRadius }
      : { kind: 'rect', rect, fill: COLORS.card, stroke: COLORS.cardBorder, radius: P.cardRadius },
  ];
  const inner = { x: rect.x + P.cardPadding, width: rect.width - 2 * P.cardPadding, bottom: rect.y + rect.height - P.cardPadding };
  let y = layoutBlockHeading(block, rect, items, measure) + 8;

  if (block.badges.length > 0) {
    // Badges may take at most two fifths of what is left, so the answers always keep room.
    const badges = layoutBadges(block.badges, { x: inner.x, y, width: inner.width, maxHeight: (inner.bottom - y) * 0.4 }, content.moreBadges, measure);
    items.push(...badges.items);
    if (badges.height > 0) y += badges.height + 7;
  }

  if (empty) {
    const emptyFont = font(14, 'normal', 'italic');
    const label = content.emptyLabel;
    const width = measure(label, emptyFont);
    const centreY = (y + inner.bottom) / 2;
    items.push(textItem(label, inner.x + (inner.width - width) / 2, centreY + emptyFont.size * 0.35, emptyFont, COLORS.emptyText, measure));
    return { id: block.id, rect, empty, truncated: false, bodySize: null, items };
  }

  const noteFont = font(P.note.size, 'normal', 'italic');
  const noteHeight = P.note.size * 1.5;
  const fitted = fitParagraphs(
    block.paragraphs,
    { width: inner.width, height: inner.bottom - y },
    { ...P.body, maxSize: bodyMaxSize, reserveWhenCut: noteHeight },
    measure,
  );
  for (const line of fitted.lines) {
    if (line.text === '') continue;
    items.push(textItem(line.text, inner.x, baselineIn(y + line.top, line.height, fitted.font), fitted.font, COLORS.body, measure));
  }
  if (fitted.truncated) {
    const note =
      measure(content.truncatedNote, noteFont) <= inner.width ? content.truncatedNote : withEllipsis(content.truncatedNote, inner.width, noteFont, measure);
    items.push(textItem(note, inner.x, baselineIn(inner.bottom - noteHeight, noteHeight, noteFont), noteFont, COLORS.note, measure));
  }
  return { id: block.id, rect, empty, truncated: fitted.truncated, bodySize: fitted.font.size, items };
}

/** A pill reading "DRAFT" with its top-left corner at (x, y). */
export function draftMark(label: string, x: number, y: number, style: { size: number; padX: number; height: number }, measure: MeasureText): DrawItem[] {
  const labelFont = font(style.size, 'bold');
  const text = label.toLocaleUpperCase();
  const width = measure(text, labelFont) + 2 * style.padX;
  return [
    { kind: 'rect', rect: { x, y, width, height: style.height }, fill: COLORS.draft.fill, radius: style.height / 2 },
    textItem(text, x + style.padX, baselineIn(y, style.height, labelFont), labelFont, COLORS.draft.text, measure),
  ];
}

/** Header: a small kicker (and the draft mark of an unfinished canvas), the business's name (one line, shrunk or cut), author and date on the right. */
function layoutHeader(content: PictureContent, measure: MeasureText): DrawItem[] {
  const items: DrawItem[] = [];
  const left = P.margin;
  const right = P.width - P.margin;
  const metaFont = font(14);
  const metaMax = (right - left) * 0.4;
  const meta = content.meta.map((line) => (measure(line, metaFont) <= metaMax ? line : withEllipsis(line, metaMax, metaFont, measure)));
  const metaWidth = Math.max(0, ...meta.map((line) => measure(line, metaFont)));
  const baselines = [P.margin + 26, P.margin + 48].slice(-meta.length);
  meta.forEach((line, index) => {
    items.push(textItem(line, right - measure(line, metaFont), baselines[index] ?? 0, metaFont, COLORS.muted, measure));
  });

  const kickerFont = font(12, 'bold');
  const kicker = content.kicker.toLocaleUpperCase();
  items.push(textItem(kicker, left, P.margin + 12, kickerFont, COLORS.kicker, measure));
  if (content.draftLabel) items.push(...draftMark(content.draftLabel, left + measure(kicker, kickerFont) + 10, P.margin - 3, P.draft, measure));
  const titleWidth = right - left - metaWidth - 32;
  const fitted = fitParagraphs(
    [content.title],
    { width: titleWidth, height: 28 * 1.2 },
    {
      maxSize: 28,
      minSize: 19,
      lineHeight: 1.2,
      paragraphGap: 0,
      weight: 'bold',
    },
    measure,
  );
  const title = fitted.lines[0]?.text ?? '';
  items.push(textItem(title, left, P.margin + 48, fitted.font, COLORS.title, measure));
  return items;
}

/**
 * Lays the blocks whose text fits at a larger size out again at one shared size: the smallest any
 * block needs, but not under `sharedBodyFloor`. A block that needs less than the floor keeps its
 * own smaller size, so one crowded block does not shrink all the others.
 */
function withSharedBodySize(blocks: PictureBlock[], layout: (block: PictureBlock, maxSize?: number) => BlockLayout): BlockLayout[] {
  const first = blocks.map((block) => layout(block));
  const sizes = first.flatMap((layout) => (layout.bodySize === null ? [] : [layout.bodySize]));
  if (sizes.length === 0) return first;
  const shared = Math.max(P.sharedBodyFloor, Math.min(...sizes));
  return first.map((placed, index) => {
    const block = blocks[index];
    return block && placed.bodySize !== null && placed.bodySize > shared ? layout(block, shared) : placed;
  });
}

/** Positions every shape and line of the picture; pure apart from the injected text measure. */
export function layoutCanvas(content: PictureContent, measure: MeasureText): CanvasLayout {
  const rects = blockRects();
  const footerFont = font(11);
  const footer = textItem(content.attribution, P.margin, P.height - P.margin - 5, footerFont, COLORS.muted, measure);
  return {
    width: P.width,
    height: P.height,
    background: COLORS.background,
    items: [...layoutHeader(content, measure), footer],
    blocks: withSharedBodySize(content.blocks, (block, size) => layoutBlock(block, rects[block.id], content, measure, size)),
  };
}
