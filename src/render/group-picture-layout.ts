import { baselineIn, textItem, type DrawItem, type Rect } from './draw-items.ts';
import type { GroupPictureBar, GroupPictureContent } from './group-picture-content.ts';
import { fitParagraphs, withEllipsis, type FontSpec, type MeasureText } from './text-fit.ts';
import { COLORS } from './theme.ts';

/**
 * The group picture in layout units: 1280×960 pixels at scale 1, a landscape page that pastes
 * into a slide and, with texts of 17 units and more, stays legible when a phone shows it
 * across its width and the reader zooms in.
 */
export const GROUP_PICTURE = {
  width: 1280,
  height: 960,
  margin: 32,
  gap: 20,
  headerHeight: 84,
  footerHeight: 26,
  notesHeight: 220,
  padding: 18,
  radius: 10,
  heading: { size: 24, lineHeight: 30, gapBelow: 12 },
  label: { size: 20, minSize: 15 },
  count: { size: 20 },
  barHeight: 14,
  noteRow: 38,
} as const;

export const GROUP_COLORS = {
  track: '#E8ECF1',
  blockBar: COLORS.marker,
  returned: '#B42318',
  noteCount: { fill: '#FEF3C7', text: '#78350F' },
} as const;

export interface GroupPicturePanel {
  id: 'blocks' | 'relationships' | 'revenue' | 'notes';
  rect: Rect;
  items: DrawItem[];
  /** Bars drawn (tracks not counted), for tests and tools. */
  bars: number;
  /** Rows that did not fit and are summed up in a "N more" line. */
  hidden: number;
}

export interface GroupPictureLayout {
  width: number;
  height: number;
  background: string;
  /** Header and footer. */
  items: DrawItem[];
  panels: GroupPicturePanel[];
}

const G = GROUP_PICTURE;
const font = (size: number, weight: FontSpec['weight'] = 'normal', style: FontSpec['style'] = 'normal'): FontSpec => ({ size, weight, style });

/** One line of text, no wider than `maxWidth`: shrunk down to `minSize`, then cut with "…". */
function oneLine(
  text: string,
  maxWidth: number,
  maxSize: number,
  minSize: number,
  weight: FontSpec['weight'],
  measure: MeasureText,
): { text: string; font: FontSpec } {
  const fitted = fitParagraphs([text], { width: maxWidth, height: maxSize * 1.25 }, { maxSize, minSize, lineHeight: 1.25, paragraphGap: 0, weight }, measure);
  const line = fitted.lines[0]?.text ?? '';
  const lineFont = fitted.font;
  return { text: measure(line, lineFont) <= maxWidth ? line : withEllipsis(line, maxWidth, lineFont, measure), font: lineFont };
}

/** A white card with its heading; a legend, when given, sits at the heading's right. */
function panelFrame(
  rect: Rect,
  heading: string,
  measure: MeasureText,
  legend?: { text: string; color: string },
): { items: DrawItem[]; inner: { x: number; y: number; width: number; bottom: number } } {
  const items: DrawItem[] = [{ kind: 'rect', rect, fill: COLORS.card, stroke: COLORS.cardBorder, radius: G.radius }];
  const x = rect.x + G.padding;
  const width = rect.width - 2 * G.padding;
  const top = rect.y + G.padding;
  let legendWidth = 0;
  if (legend) {
    const legendText = oneLine(legend.text, width * 0.45, 16, 13, 'bold', measure);
    legendWidth = measure(legendText.text, legendText.font) + 12;
    items.push(
      textItem(legendText.text, x + width - legendWidth + 12, baselineIn(top, G.heading.lineHeight, legendText.font), legendText.font, legend.color, measure),
    );
  }
  const fitted = oneLine(heading, width - legendWidth, G.heading.size, 16, 'bold', measure);
  items.push(textItem(fitted.text, x, baselineIn(top, G.heading.lineHeight, fitted.font), fitted.font, COLORS.title, measure));
  return { items, inner: { x, y: top + G.heading.lineHeight + G.heading.gapBelow, width, bottom: rect.y + rect.height - G.padding } };
}

/** A grey track with a filled part for `share` (0–1) of its width; a non-zero share stays visible. */
function bar(x: number, y: number, width: number, share: number, color: string): DrawItem[] {
  const items: DrawItem[] = [{ kind: 'rect', rect: { x, y, width, height: G.barHeight }, fill: GROUP_COLORS.track, radius: G.barHeight / 2 }];
  if (share > 0) {
    const filled = Math.max(G.barHeight, Math.min(1, share) * width);
    items.push({ kind: 'rect', rect: { x, y, width: filled, height: G.barHeight }, fill: color, radius: G.barHeight / 2 });
  }
  return items;
}

function centredNote(text: string, inner: { x: number; y: number; width: number; bottom: number }, measure: MeasureText): DrawItem {
  const fitted = oneLine(text, inner.width, 17, 13, 'normal', measure);
  const italic = { ...fitted.font, style: 'italic' as const };
  const width = measure(fitted.text, italic);
  return textItem(fitted.text, inner.x + (inner.width - width) / 2, (inner.y + inner.bottom) / 2 + italic.size * 0.35, italic, COLORS.emptyText, measure);
}

function layoutBlocksPanel(content: GroupPictureContent, rect: Rect, measure: MeasureText): GroupPicturePanel {
  const { items, inner } = panelFrame(rect, content.blocksHeading, measure, { text: content.returnedLegend, color: GROUP_COLORS.returned });
  const rowHeight = (inner.bottom - inner.y) / content.blocks.length;
  const countFont = font(G.count.size, 'bold');
  const countWidth = measure(`${content.studentCount}/${content.studentCount}`, countFont) + 8;
  const markerSize = 24;
  let bars = 0;
  for (const [index, block] of content.blocks.entries()) {
    const top = inner.y + index * rowHeight;
    items.push({ kind: 'rect', rect: { x: inner.x, y: top, width: markerSize, height: markerSize }, fill: COLORS.marker, radius: markerSize / 2 });
    const numberFont = font(13, 'bold');
    const number = String(block.number);
    items.push(
      textItem(
        number,
        inner.x + (markerSize - measure(number, numberFont)) / 2,
        baselineIn(top, markerSize, numberFont),
        numberFont,
        COLORS.markerText,
        measure,
      ),
    );

    const returnedText = block.returned > 0 ? content.returnedLabel(block.returned) : '';
    const returnedWidth = returnedText ? measure(returnedText, countFont) : 0;
    if (returnedText) {
      items.push(
        textItem(returnedText, inner.x + inner.width - returnedWidth, baselineIn(top, markerSize, countFont), countFont, GROUP_COLORS.returned, measure),
      );
    }
    const titleX = inner.x + markerSize + 8;
    const title = oneLine(
      block.title,
      inner.x + inner.width - titleX - (returnedWidth ? returnedWidth + 10 : 0),
      G.label.size,
      G.label.minSize,
      'normal',
      measure,
    );
    items.push(textItem(title.text, titleX, baselineIn(top, markerSize, title.font), title.font, COLORS.title, measure));

    const barTop = top + markerSize + 6;
    const trackWidth = inner.width - countWidth;
    items.push(...bar(inner.x, barTop, trackWidth, content.studentCount === 0 ? 0 : block.filled / content.studentCount, GROUP_COLORS.blockBar));
    if (block.filled > 0) bars += 1;
    const count = `${block.filled}/${content.studentCount}`;
    items.push(
      textItem(count, inner.x + inner.width - measure(count, countFont), baselineIn(barTop - 3, G.barHeight + 6, countFont), countFont, COLORS.body, measure),
    );
  }
  return { id: 'blocks', rect, items, bars, hidden: 0 };
}

function layoutTypesPanel(
  id: 'relationships' | 'revenue',
  heading: string,
  bars: GroupPictureBar[],
  content: GroupPictureContent,
  rect: Rect,
  measure: MeasureText,
): GroupPicturePanel {
  const { items, inner } = panelFrame(rect, heading, measure);
  if (bars.length === 0) {
    items.push(centredNote(content.noSubmissions, inner, measure));
    return { id, rect, items, bars: 0, hidden: 0 };
  }
  const countFont = font(G.count.size, 'bold');
  const countWidth = measure(String(Math.max(1, content.submissionCount)), countFont) + 10;
  // A long type label wraps to a second line rather than shrinking out of legibility.
  const labelSize = G.label.size - 1;
  const labels = bars.map((entry) =>
    fitParagraphs(
      [entry.label],
      { width: inner.width, height: 2 * labelSize * 1.2 },
      { maxSize: labelSize, minSize: 16, lineHeight: 1.2, paragraphGap: 0 },
      measure,
    ),
  );
  const rowHeightOf = (index: number): number => (labels[index]?.height ?? 0) + 3 + G.barHeight + 10;
  const moreHeight = 26;
  const available = inner.bottom - inner.y;
  let shownCount = 0;
  let used = 0;
  while (shownCount < bars.length) {
    const next = used + rowHeightOf(shownCount);
    // The last row may take the room a "N more" line would need only if it is the last type.
    const reserve = shownCount + 1 < bars.length ? moreHeight : 0;
    if (next + reserve > available) break;
    used = next;
    shownCount += 1;
  }
  const hidden = bars.length - shownCount;
  let top = inner.y;
  for (const [index, entry] of bars.slice(0, shownCount).entries()) {
    const label = labels[index];
    if (!label) continue;
    for (const line of label.lines) {
      items.push(textItem(line.text, inner.x, baselineIn(top + line.top, line.height, label.font), label.font, COLORS.body, measure));
    }
    const barTop = top + label.height + 3;
    const trackWidth = inner.width - countWidth;
    items.push(...bar(inner.x, barTop, trackWidth, entry.count / Math.max(1, content.submissionCount), entry.color));
    const count = String(entry.count);
    items.push(
      textItem(count, inner.x + inner.width - measure(count, countFont), baselineIn(barTop - 3, G.barHeight + 6, countFont), countFont, COLORS.body, measure),
    );
    top += rowHeightOf(index);
  }
  if (hidden > 0) {
    const more = oneLine(content.moreTypes(hidden), inner.width, 17, 13, 'normal', measure);
    const italic = { ...more.font, style: 'italic' as const };
    items.push(textItem(more.text, inner.x, baselineIn(top, moreHeight, italic), italic, COLORS.muted, measure));
  }
  return { id, rect, items, bars: shownCount, hidden };
}

function layoutNotesPanel(content: GroupPictureContent, rect: Rect, measure: MeasureText): GroupPicturePanel {
  const { items, inner } = panelFrame(rect, content.notesHeading, measure);
  if (content.notes.length === 0) {
    items.push(centredNote(content.noNotes, inner, measure));
    return { id: 'notes', rect, items, bars: 0, hidden: 0 };
  }
  // Two columns of notes, filled top to bottom, left then right.
  const perColumn = Math.max(1, Math.floor((inner.bottom - inner.y) / G.noteRow));
  const columnGap = 28;
  const columnWidth = (inner.width - columnGap) / 2;
  const shown = content.notes.slice(0, perColumn * 2);
  const countFont = font(G.count.size, 'bold');
  const pillWidth = measure(String(shown[0]?.count ?? 0), countFont) + 16;
  const pillHeight = 26;
  for (const [index, note] of shown.entries()) {
    const x = inner.x + Math.floor(index / perColumn) * (columnWidth + columnGap);
    const top = inner.y + (index % perColumn) * G.noteRow;
    items.push({ kind: 'rect', rect: { x, y: top, width: pillWidth, height: pillHeight }, fill: GROUP_COLORS.noteCount.fill, radius: 8 });
    const count = String(note.count);
    items.push(
      textItem(count, x + (pillWidth - measure(count, countFont)) / 2, baselineIn(top, pillHeight, countFont), countFont, GROUP_COLORS.noteCount.text, measure),
    );
    const text = oneLine(note.text, columnWidth - pillWidth - 10, G.label.size - 1, G.label.minSize, 'normal', measure);
    items.push(textItem(text.text, x + pillWidth + 10, baselineIn(top, pillHeight, text.font), text.font, COLORS.body, measure));
  }
  return { id: 'notes', rect, items, bars: 0, hidden: content.notes.length - shown.length };
}

function layoutHeader(content: GroupPictureContent, measure: MeasureText): DrawItem[] {
  const left = G.margin;
  const right = G.width - G.margin;
  const meta = oneLine(content.meta, (right - left) * 0.45, 18, 15, 'normal', measure);
  const metaWidth = measure(meta.text, meta.font);
  const kickerFont = font(14, 'bold');
  const title = oneLine(content.title, right - left - metaWidth - 32, 32, 22, 'bold', measure);
  return [
    textItem(content.kicker.toLocaleUpperCase(), left, G.margin + 14, kickerFont, COLORS.kicker, measure),
    textItem(title.text, left, G.margin + 58, title.font, COLORS.title, measure),
    textItem(meta.text, right - metaWidth, G.margin + 58, meta.font, COLORS.muted, measure),
  ];
}

/** Positions every shape and line of the group picture; pure apart from the injected text measure. */
export function layoutGroupPicture(content: GroupPictureContent, measure: MeasureText): GroupPictureLayout {
  const top = G.margin + G.headerHeight;
  const gridBottom = G.height - G.margin - G.footerHeight;
  const notesTop = gridBottom - G.notesHeight;
  const columnWidth = (G.width - 2 * G.margin - 2 * G.gap) / 3;
  const columnHeight = notesTop - G.gap - top;
  const column = (index: number): Rect => ({ x: G.margin + index * (columnWidth + G.gap), y: top, width: columnWidth, height: columnHeight });
  const attribution = textItem(content.attribution, G.margin, G.height - G.margin - 4, font(12), COLORS.muted, measure);
  return {
    width: G.width,
    height: G.height,
    background: COLORS.background,
    items: [...layoutHeader(content, measure), attribution],
    panels: [
      layoutBlocksPanel(content, column(0), measure),
      layoutTypesPanel('relationships', content.relationshipsHeading, content.relationships, content, column(1), measure),
      layoutTypesPanel('revenue', content.revenueHeading, content.revenue, content, column(2), measure),
      layoutNotesPanel(content, { x: G.margin, y: notesTop, width: G.width - 2 * G.margin, height: G.notesHeight }, measure),
    ],
  };
}
