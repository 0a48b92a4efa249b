import type { BlockId } from '../canvas/blocks.ts';
import { isTypeOfBlock, RELATIONSHIP_TYPE_IDS, REVENUE_TYPE_IDS } from '../canvas/business-types.ts';
import type { GroupPictureStats } from '../cohort/group-picture-stats.ts';
import { translator, type Language } from '../i18n.ts';
import { withoutUndrawableEmoji } from './font-coverage.ts';

export interface GroupPictureBar {
  label: string;
  count: number;
  /** Colour of the bar, keyed by the type id (its position in its block's list of types). */
  color: string;
}

export interface GroupPictureBlockRow {
  id: BlockId;
  number: number;
  title: string;
  filled: number;
  returned: number;
}

/** Everything the group picture shows, already translated; the layout only places it. */
export interface GroupPictureContent {
  kicker: string;
  title: string;
  meta: string;
  attribution: string;
  studentCount: number;
  submissionCount: number;
  blocksHeading: string;
  blocks: GroupPictureBlockRow[];
  returnedLabel: (count: number) => string;
  /** Explains the returned count beside the blocks' heading. */
  returnedLegend: string;
  relationshipsHeading: string;
  relationships: GroupPictureBar[];
  revenueHeading: string;
  revenue: GroupPictureBar[];
  notesHeading: string;
  notes: Array<{ text: string; count: number }>;
  noSubmissions: string;
  noNotes: string;
  moreTypes: (count: number) => string;
}

/**
 * Ten hues that stay apart from each other as bars side by side (the badge colours of the canvas
 * are pastel fills, too pale for a bar, and their dark text colours run together in browns).
 */
export const TYPE_BAR_COLORS = ['#3B6FB6', '#E07B24', '#2E9E6A', '#C8453F', '#7E57C2', '#1E9FB4', '#B5832A', '#D0508F', '#6B7F2A', '#5B6B80'] as const;
const FALLBACK_BAR_COLOR = '#8A94A3';

function barColor(blockId: 'customer_relationships' | 'revenue_streams', typeId: string): string {
  const order: readonly string[] = blockId === 'customer_relationships' ? RELATIONSHIP_TYPE_IDS : REVENUE_TYPE_IDS;
  if (!isTypeOfBlock(blockId, typeId)) return FALLBACK_BAR_COLOR;
  return TYPE_BAR_COLORS[order.indexOf(typeId) % TYPE_BAR_COLORS.length] ?? FALLBACK_BAR_COLOR;
}

const DATE_LOCALES: Record<Language, string> = { ru: 'ru-RU', en: 'en-GB' };

/** Translates the group's numbers into the picture's texts, in the coach's language. */
export function groupPictureContent(stats: GroupPictureStats, group: { name: string; date: Date; language: Language; timeZone: string }): GroupPictureContent {
  const t = translator(group.language);
  const date = new Intl.DateTimeFormat(DATE_LOCALES[group.language], { day: 'numeric', month: 'long', year: 'numeric', timeZone: group.timeZone }).format(
    group.date,
  );
  const bars = (blockId: 'customer_relationships' | 'revenue_streams', counts: GroupPictureStats['relationshipTypes']): GroupPictureBar[] =>
    counts.map(({ typeId, count }) => ({ label: t(`types:${typeId}.label`, { defaultValue: typeId }), count, color: barColor(blockId, typeId) }));
  return {
    kicker: t('cohort:picture.kicker'),
    title: withoutUndrawableEmoji(group.name).replace(/\s+/g, ' ').trim() || t('cohort:picture.kicker'),
    meta: t('cohort:picture.meta', { students: stats.studentCount, submissions: stats.submissionCount, date }),
    attribution: t('render:picture.attribution'),
    studentCount: stats.studentCount,
    submissionCount: stats.submissionCount,
    blocksHeading: t('cohort:picture.blocks_heading'),
    blocks: stats.blocks.map((block, index) => ({
      id: block.blockId,
      number: index + 1,
      title: t(`blocks:${block.blockId}.short`),
      filled: block.filled,
      returned: block.returned,
    })),
    returnedLabel: (count) => t('cohort:picture.returned', { count }),
    returnedLegend: t('cohort:picture.returned_legend'),
    relationshipsHeading: t('cohort:picture.relationships_heading'),
    relationships: bars('customer_relationships', stats.relationshipTypes),
    revenueHeading: t('cohort:picture.revenue_heading'),
    revenue: bars('revenue_streams', stats.revenueTypes),
    notesHeading: t('cohort:picture.notes_heading'),
    notes: stats.notes.map(({ key, count }) => ({ text: t(`cohort:picture.notes.${key}`, { defaultValue: key }), count })),
    noSubmissions: t('cohort:picture.no_submissions'),
    noNotes: t('cohort:picture.no_notes'),
    moreTypes: (count) => t('cohort:picture.more', { count }),
  };
}
