import type { BusinessTypeId } from '../canvas/business-types.ts';
/** Sizes in layout units of the 1× picture (1280 px wide: what Telegram shows without downscaling). */
export const PICTURE = {
  width: 1280,
  height: 905,
  margin: 20,
  gap: 8,
  headerHeight: 74,
  footerHeight: 24,
  /** Share of the grid's height taken by the top row (the classic canvas gives it about two thirds). */
  topRowShare: 0.7,
  cardPadding: 10,
  cardRadius: 8,
  markerSize: 22,
  body: { maxSize: 16, minSize: 12.5, lineHeight: 1.28, paragraphGap: 0.45 },
  /**
   * Blocks share one body size (the smallest any block needs) down to this size; only a block that
   * needs less than this goes smaller, so neighbours do not jump between tiny and large text.
   */
  sharedBodyFloor: 13,
  blockTitle: { maxSize: 14, minSize: 12, lineHeight: 1.2 },
  badge: { size: 11, lineHeight: 1.2, padX: 7, padY: 3.5, gap: 4, radius: 9 },
  note: { size: 11 },
  draft: { size: 11, padX: 7, height: 18 },
} as const;

/**
 * The portrait picture for phones, in pixels of a 1080 px wide image: a phone shows it about
 * 390 points wide, so 34 px of body text reads as about 12 points without zooming.
 */
export const PHONE = {
  width: 1080,
  /** The tallest image; a longer canvas is split into several (an album holds at most ten). */
  maxHeight: 1920,
  maxImages: 10,
  margin: 40,
  top: 44,
  bottom: 40,
  gap: 22,
  cardPadding: 30,
  cardRadius: 18,
  markerSize: 54,
  markerNumber: 28,
  title: { size: 52, lineHeight: 1.18, maxLines: 3 },
  kicker: 24,
  meta: 30,
  runningHead: 26,
  blockTitle: { size: 38, lineHeight: 1.2 },
  body: { size: 34, minSize: 28, lineHeight: 1.38, paragraphGap: 0.45 },
  emptyLabel: 30,
  note: 28,
  footer: 22,
  badge: { size: 28, lineHeight: 1.2, padX: 16, padY: 8, gap: 10, radius: 22 },
  draft: { size: 26, padX: 16, height: 44 },
  /** Lines a block keeps together at its start, so a heading never ends an image alone. */
  keepLines: 2,
  /** A block this short moves to the next image whole rather than being split. */
  keepWholeLines: 6,
  pageLabel: 26,
} as const;

export const COLORS = {
  background: '#F3F5F8',
  card: '#FFFFFF',
  cardBorder: '#CBD3DD',
  emptyCard: '#F8F9FB',
  emptyBorder: '#B8C1CC',
  emptyText: '#8A94A3',
  marker: '#24466E',
  markerText: '#FFFFFF',
  title: '#1A2433',
  body: '#1F2937',
  muted: '#667085',
  kicker: '#5B6B80',
  note: '#8A5A00',
  draft: { fill: '#FDE68A', text: '#78350F' },
  moreBadge: { fill: '#E5E7EB', text: '#374151' },
} as const;

/** Badge colours (fill, text), keyed by type id so a type keeps its colour whatever the order of the lists. */
export const BADGE_COLORS: Readonly<Record<BusinessTypeId, { fill: string; text: string }>> = {
  personal_assistance: { fill: '#DBEAFE', text: '#1E3A8A' },
  dedicated_assistance: { fill: '#DCFCE7', text: '#14532D' },
  self_service: { fill: '#FEF3C7', text: '#78350F' },
  automated_service: { fill: '#FCE7F3', text: '#831843' },
  community: { fill: '#EDE9FE', text: '#4C1D95' },
  co_creation: { fill: '#CCFBF1', text: '#134E4A' },
  subscription_membership: { fill: '#FFEDD5', text: '#7C2D12' },
  network_marketing: { fill: '#E0F2FE', text: '#0C4A6E' },
  free_use: { fill: '#FEE2E2', text: '#7F1D1D' },
  training: { fill: '#ECFCCB', text: '#365314' },
  asset_sale: { fill: '#DBEAFE', text: '#1E3A8A' },
  usage_fee: { fill: '#DCFCE7', text: '#14532D' },
  subscription: { fill: '#FEF3C7', text: '#78350F' },
  rent_lease: { fill: '#FCE7F3', text: '#831843' },
  licensing: { fill: '#EDE9FE', text: '#4C1D95' },
  brokerage: { fill: '#CCFBF1', text: '#134E4A' },
  advertising: { fill: '#FFEDD5', text: '#7C2D12' },
};
