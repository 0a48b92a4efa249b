import { baselineIn, textItem, type DrawItem } from './draw-items.ts';
import type { PictureBadge } from './picture-content.ts';
import { fitParagraphs, type FontSpec, type MeasureText } from './text-fit.ts';
import { BADGE_COLORS, COLORS, PICTURE } from './theme.ts';

interface Chip {
  lines: string[];
  width: number;
  height: number;
  fill: string;
  color: string;
}

/** Sizes of the badges; the classic picture's by default, the phone picture passes its own. */
export interface BadgeStyle {
  size: number;
  lineHeight: number;
  padX: number;
  padY: number;
  gap: number;
  radius: number;
}

function chip(label: string, fill: string, color: string, maxWidth: number, badge: BadgeStyle, measure: MeasureText): Chip {
  const lineHeight = badge.size * badge.lineHeight;
  // A long label wraps inside its badge (at most two lines) rather than overflowing the block.
  const fitted = fitParagraphs(
    [label],
    { width: maxWidth - 2 * badge.padX, height: 2 * lineHeight },
    {
      maxSize: badge.size,
      minSize: badge.size,
      lineHeight: badge.lineHeight,
      paragraphGap: 0,
      weight: 'bold',
    },
    measure,
  );
  const lines = fitted.lines.map((line) => line.text);
  const width = Math.max(...lines.map((line) => measure(line, fontOf(badge)))) + 2 * badge.padX;
  return { lines, width: Math.min(width, maxWidth), height: lines.length * lineHeight + 2 * badge.padY, fill, color };
}

const fontOf = (badge: BadgeStyle): FontSpec => ({ size: badge.size, weight: 'bold', style: 'normal' });

/** Flows chips left to right, wrapping rows; returns null when they need more than `maxHeight`. */
function flow(chips: Chip[], x: number, y: number, width: number, maxHeight: number, badge: BadgeStyle, measure: MeasureText) {
  const font = fontOf(badge);
  const lineHeight = badge.size * badge.lineHeight;
  const items: DrawItem[] = [];
  let cursorX = x;
  let rowTop = y;
  let rowHeight = 0;
  for (const current of chips) {
    if (cursorX > x && cursorX + current.width > x + width) {
      cursorX = x;
      rowTop += rowHeight + badge.gap;
      rowHeight = 0;
    }
    if (rowTop + current.height - y > maxHeight) return null;
    const rect = { x: cursorX, y: rowTop, width: current.width, height: current.height };
    items.push({ kind: 'rect', rect, fill: current.fill, radius: Math.min(badge.radius, current.height / 2) });
    current.lines.forEach((line, index) => {
      const baseline = baselineIn(rowTop + badge.padY + index * lineHeight, lineHeight, font);
      items.push(textItem(line, cursorX + badge.padX, baseline, font, current.color, measure));
    });
    cursorX += current.width + badge.gap;
    rowHeight = Math.max(rowHeight, current.height);
  }
  return { items, height: chips.length === 0 ? 0 : rowTop + rowHeight - y };
}

/**
 * Coloured badges for the recognised types, as many as fit in `maxHeight`; the rest are summed up
 * in one grey "N more" badge.
 */
export function layoutBadges(
  badges: PictureBadge[],
  area: { x: number; y: number; width: number; maxHeight: number },
  moreLabel: (count: number) => string,
  measure: MeasureText,
  badge: BadgeStyle = PICTURE.badge,
): { items: DrawItem[]; height: number } {
  const chips = badges.map((b) => {
    const colors = BADGE_COLORS[b.typeId];
    return chip(b.label, colors.fill, colors.text, area.width, badge, measure);
  });
  for (let shown = chips.length; shown >= 0; shown -= 1) {
    const hidden = chips.length - shown;
    const more = hidden > 0 ? [chip(moreLabel(hidden), COLORS.moreBadge.fill, COLORS.moreBadge.text, area.width, badge, measure)] : [];
    const placed = flow([...chips.slice(0, shown), ...more], area.x, area.y, area.width, area.maxHeight, badge, measure);
    if (placed) return placed;
  }
  return { items: [], height: 0 };
}
