import { BLOCK_IDS } from '../canvas/blocks.ts';
import type { Language } from '../i18n.ts';
import { escapeHtml } from '../render/html.ts';
import { shorten } from '../render/shorten.ts';
import { cachedTranslator } from './cached-translate.ts';
import { groupCallbackData } from './group-callback-data.ts';
import { countStatuses, STATUS_COUNT_KEYS, type GroupMemberStatus, type MemberStatus } from './member-status.ts';
import { formatDateTime, relativeTime } from './relative-time.ts';

/** What the `/group` view shows about the group itself. */
export interface GroupSummary {
  id: number;
  name: string;
  deadline: Date | null;
}

/** A button as plain data, the shape of Telegram's inline callback button. */
export interface GroupButton {
  text: string;
  callback_data: string;
}

export interface GroupStatusPage {
  text: string;
  keyboard: GroupButton[][];
  /** The page shown (clamped to the pages there are), zero-based. */
  page: number;
  pageCount: number;
}

export interface GroupStatusOptions {
  language: Language;
  /** The coach's zone, for the deadline. */
  timeZone: string;
  now: Date;
  /** Zero-based; out of range is clamped. */
  page?: number;
}

/** Telegram's message limit is 4096; the margin covers the page line and any rounding. */
export const MESSAGE_BUDGET = 3900;
/** Students per page: what a phone shows without much scrolling. */
export const STUDENTS_PER_PAGE = 15;
const NAME_MAX = 40;
const USERNAME_MAX = 33;
const GROUP_NAME_MAX = 64;

export const STATUS_ICONS: Record<MemberStatus, string> = {
  not_started: '⚪',
  filling: '✏️',
  submitted: '📨',
  in_review: '👀',
  returned: '↩️',
  accepted: '✅',
};

function studentLine(member: GroupMemberStatus, index: number, options: GroupStatusOptions): string {
  const t = cachedTranslator(options.language);
  const name = escapeHtml(shorten(member.name.replace(/\s+/g, ' ').trim() || t('cohort:status.no_name'), NAME_MAX));
  const username = member.username ? ` @${escapeHtml(shorten(member.username, USERNAME_MAX))}` : '';
  const parts = [`${STATUS_ICONS[member.status]} ${t(`cohort:status.${member.status}`)}`];
  if (member.status === 'filling' && member.currentBlock) {
    parts.push(t('cohort:status.block', { number: BLOCK_IDS.indexOf(member.currentBlock) + 1, total: BLOCK_IDS.length }));
  }
  if (member.revision !== null) parts.push(t('cohort:status.revision', { revision: member.revision }));
  if (member.late) parts.push(t('cohort:status.late_mark'));
  parts.push(member.lastActiveAt ? relativeTime(member.lastActiveAt, options.now, options.language, options.timeZone) : t('cohort:status.never_active'));
  return `${index + 1}. <b>${name}</b>${username}\n    ${parts.join(' · ')}`;
}

function header(group: GroupSummary, members: readonly GroupMemberStatus[], options: GroupStatusOptions): string {
  const t = cachedTranslator(options.language);
  const counts = countStatuses(members);
  const lines = [`🎓 <b>${escapeHtml(shorten(group.name, GROUP_NAME_MAX))}</b>`];
  if (group.deadline) {
    const when = formatDateTime(group.deadline, options.language, options.timeZone);
    const relative = relativeTime(group.deadline, options.now, options.language, options.timeZone);
    const key = group.deadline > options.now ? 'cohort:status.deadline_ahead' : 'cohort:status.deadline_passed';
    // Beyond a month the relative time is the date itself: said once, not twice.
    lines.push(relative === when ? t(`${key}_far`, { when }) : t(key, { when, relative }));
  }
  lines.push(
    STATUS_COUNT_KEYS.filter((key) => key === 'joined' || counts[key] > 0)
      .map((key) => t(`cohort:counts.${key}`, { count: counts[key] }))
      .join(' · '),
  );
  return lines.join('\n');
}

/**
 * Splits the student lines into pages: at most `STUDENTS_PER_PAGE` each, and never more text than
 * fits a message beside the header. Deterministic for the same members, so a page button pressed
 * later lands on the same students unless the group changed.
 */
export function paginate(lines: readonly string[], budget: number, perPage = STUDENTS_PER_PAGE): number[][] {
  const pages: number[][] = [];
  let current: number[] = [];
  let used = 0;
  lines.forEach((line, index) => {
    const cost = line.length + 1;
    if (current.length > 0 && (current.length >= perPage || used + cost > budget)) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(index);
    used += cost;
  });
  if (current.length > 0) pages.push(current);
  return pages;
}

/** Students in a stable order the coach can find a name in: alphabetically, then by id. */
export function sortMembers(members: readonly GroupMemberStatus[], language: Language): GroupMemberStatus[] {
  const collator = new Intl.Collator(language, { sensitivity: 'base' });
  return [...members].sort((a, b) => collator.compare(a.name, b.name) || a.userId - b.userId);
}

/** One page of the coach's `/group` message: counts, the students of the page, and the buttons. */
export function buildGroupStatusPage(group: GroupSummary, members: readonly GroupMemberStatus[], options: GroupStatusOptions): GroupStatusPage {
  const t = cachedTranslator(options.language);
  const sorted = sortMembers(members, options.language);
  const top = header(group, sorted, options);
  const lines = sorted.map((member, index) => studentLine(member, index, options));
  const pages = paginate(lines, MESSAGE_BUDGET - top.length - 120);
  const pageCount = Math.max(1, pages.length);
  const page = Math.min(Math.max(0, Math.trunc(options.page ?? 0)), pageCount - 1);
  const shown = pages[page] ?? [];

  const body = shown.length === 0 ? t('cohort:status.empty') : shown.map((index) => lines[index]).join('\n');
  const footer =
    pageCount > 1
      ? [t('cohort:status.page', { page: page + 1, pages: pageCount, from: (shown[0] ?? 0) + 1, to: (shown.at(-1) ?? 0) + 1, total: sorted.length })]
      : [];
  const text = [top, '', body, ...(footer.length ? ['', ...footer] : [])].join('\n');

  const keyboard: GroupButton[][] = [];
  if (pageCount > 1) {
    const nav: GroupButton[] = [];
    if (page > 0) nav.push({ text: t('cohort:buttons.previous', { page }), callback_data: groupCallbackData.page(group.id, page - 1) });
    if (page < pageCount - 1) nav.push({ text: t('cohort:buttons.next', { page: page + 2 }), callback_data: groupCallbackData.page(group.id, page + 1) });
    keyboard.push(nav);
  }
  if (sorted.length > 0) {
    keyboard.push([{ text: t('cohort:buttons.remind'), callback_data: groupCallbackData.remind(group.id) }]);
    keyboard.push([
      { text: t('cohort:buttons.picture'), callback_data: groupCallbackData.picture(group.id) },
      { text: t('cohort:buttons.csv'), callback_data: groupCallbackData.csvLatest(group.id) },
      { text: t('cohort:buttons.csv_all'), callback_data: groupCallbackData.csvAll(group.id) },
    ]);
  }
  return { text, keyboard, page, pageCount };
}

/** When the coach has several groups, `/group` first asks which one. */
export function buildGroupChooser(groups: readonly GroupSummary[], language: Language): { text: string; keyboard: GroupButton[][] } {
  const t = cachedTranslator(language);
  if (groups.length === 0) return { text: t('cohort:choose.none'), keyboard: [] };
  return {
    text: t('cohort:choose.prompt'),
    keyboard: groups.map((group) => [{ text: shorten(group.name, GROUP_NAME_MAX), callback_data: groupCallbackData.open(group.id) }]),
  };
}
