import type { BlockId } from '../canvas/blocks.ts';
import type { WordChange } from '../course/revision-diff.ts';
import type { CoachNotificationBatch, InboxGroup, InvitePreview, PersonName } from '../course/records.ts';
import type { ReviewVerdict } from '../course/review.ts';
import type { SubmissionStatus } from '../course/submission.ts';
import { DEFAULT_COURSE_TIME_ZONE } from '../course/group.ts';
import { timeZoneLabel } from '../course/time-zones.ts';
import { type Language, isLanguage, translator } from '../i18n.ts';
import { escapeHtml } from './html.ts';
import { shorten } from './shorten.ts';
import { splitTelegramHtml } from './split-telegram-html.ts';

/** Items named in one notification; the rest are counted, so the message stays short on a phone. */
const MAX_NOTIFIED_ITEMS = 10;
/** Inbox lines per group before the rest is counted. */
const MAX_INBOX_ITEMS = 15;
const MAX_TITLE = 60;
const MAX_NAME = 40;

/** How a person is named to another: first name, else @username, else a number (escaped HTML). */
export function personLabel(person: PersonName): string {
  const name = person.firstName?.trim() || (person.username ? `@${person.username}` : `#${person.id}`);
  return escapeHtml(shorten(name, MAX_NAME));
}

export function statusLabel(language: Language, status: SubmissionStatus): string {
  return translator(language)(`course:status.${status}`);
}

function blockTitle(language: Language, blockId: BlockId): string {
  return escapeHtml(translator(language)(`blocks:${blockId}.title`));
}

/** A date and time in a zone, in the reader's language ("Mar 5, 2026, 11:59 PM"). */
export function formatDateTime(language: Language, date: Date, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/**
 * A time as a person reads it in their zone: Moscow time plain, any other zone named with its
 * offset ("Mar 5, 2026, 6:00 PM (Asia/Almaty, UTC+5)"), since the course speaks Moscow time first.
 */
export function formatLocalTime(language: Language, date: Date, timeZone: string): string {
  const text = formatDateTime(language, date, timeZone);
  return timeZone === DEFAULT_COURSE_TIME_ZONE ? text : `${text} (${timeZoneLabel(timeZone, date)})`;
}

/**
 * What a person opening an invite link reads before joining: the group, the coach, the
 * assignment and deadline, and exactly what the coach will see.
 */
export function renderInvitePreview(language: Language, preview: InvitePreview, readerZone: string | null = null): string {
  const t = translator(language);
  const group = escapeHtml(preview.group.name);
  const coach = personLabel(preview.coach);
  const parts = [t(preview.role === 'co_coach' ? 'course:join.preview_co_coach' : 'course:join.preview', { group, coach })];
  if (preview.group.assignment) parts.push(t('course:join.assignment', { assignment: escapeHtml(preview.group.assignment) }));
  if (preview.group.deadline) {
    const zone = readerZone ?? preview.group.timeZone;
    parts.push(escapeHtml(t('course:deadline', { deadline: formatLocalTime(language, preview.group.deadline, zone) })));
  }
  parts.push(escapeHtml(t(preview.role === 'co_coach' ? 'course:join.what_co_coach_gets' : 'course:join.what_coach_sees')));
  parts.push(escapeHtml(t('course:join.confirm')));
  return parts.join('\n\n');
}

/**
 * The one message a student gets when a review is finished: the verdict, each returned block with
 * its comment, remarks, the overall comment and grade. Split into messages within Telegram's limit.
 */
export function renderReviewResult(language: Language, work: { title: string; revision: number; groupName: string }, verdict: ReviewVerdict): string[] {
  const t = translator(language);
  const header = t(verdict.outcome === 'accepted' ? 'course:result.accepted' : 'course:result.returned', {
    title: escapeHtml(work.title),
    revision: escapeHtml(t('course:revision', { revision: work.revision })),
    group: escapeHtml(work.groupName),
  });
  const parts = [header];
  if (verdict.returned.length > 0) {
    const lines = verdict.returned.map((block) =>
      block.comment
        ? t('course:result.returned_block', { block: blockTitle(language, block.blockId), comment: escapeHtml(block.comment) })
        : t('course:result.returned_block_plain', { block: blockTitle(language, block.blockId) }),
    );
    parts.push([escapeHtml(t('course:result.returned_intro')), ...lines].join('\n'));
  }
  if (verdict.remarks.length > 0) {
    const lines = verdict.remarks.map((remark) =>
      t('course:result.remark', { block: blockTitle(language, remark.blockId), comment: escapeHtml(remark.comment) }),
    );
    parts.push([escapeHtml(t('course:result.remarks_intro')), ...lines].join('\n'));
  }
  if (verdict.overallComment) parts.push(t('course:result.overall', { comment: escapeHtml(verdict.overallComment) }));
  if (verdict.grade !== null) parts.push(t('course:result.grade', { grade: verdict.grade }));
  parts.push(escapeHtml(t(verdict.outcome === 'accepted' ? 'course:result.next_accepted' : 'course:result.next_returned')));
  return splitTelegramHtml(parts.join('\n\n'));
}

/** The batched message to a coach about new submissions, in the coach's language. */
export function renderCoachNotification(batch: CoachNotificationBatch): string {
  const language: Language = isLanguage(batch.language) ? batch.language : 'ru';
  const t = translator(language);
  const lines = batch.items.slice(0, MAX_NOTIFIED_ITEMS).map((item) => {
    const line = t('course:notify.item', {
      group: escapeHtml(shorten(item.groupName, MAX_TITLE)),
      student: personLabel(item.student),
      title: escapeHtml(shorten(item.title, MAX_TITLE)),
      revision: escapeHtml(t('course:revision', { revision: item.revision })),
    });
    return item.late ? `${line} ${escapeHtml(t('course:late'))}` : line;
  });
  const rest = batch.items.length - MAX_NOTIFIED_ITEMS;
  if (rest > 0) lines.push(escapeHtml(t('course:notify.more', { count: rest })));
  return [t('course:notify.new_submissions', { count: batch.items.length }), lines.join('\n'), escapeHtml(t('course:notify.open_inbox'))].join('\n\n');
}

/** The coach's inbox as one text: groups with their counts, submissions oldest first. */
export function renderInbox(language: Language, inbox: InboxGroup[]): string {
  const t = translator(language);
  const total = inbox.reduce((sum, group) => sum + group.items.length, 0);
  if (total === 0) return escapeHtml(t('course:inbox.empty'));
  const sections = inbox.map((group) => {
    const lines = group.items.slice(0, MAX_INBOX_ITEMS).map((item) => {
      const line = t('course:inbox.item', {
        student: personLabel(item.student),
        title: escapeHtml(shorten(item.title, MAX_TITLE)),
        revision: escapeHtml(t('course:revision', { revision: item.revision })),
      });
      const marks = [item.late ? t('course:late') : null, item.status === 'in_review' ? t('course:status.in_review') : null].filter(
        (mark): mark is string => mark !== null,
      );
      return marks.length > 0 ? `${line} · ${escapeHtml(marks.join(' · '))}` : line;
    });
    const rest = group.items.length - MAX_INBOX_ITEMS;
    if (rest > 0) lines.push(escapeHtml(t('course:notify.more', { count: rest })));
    return [t('course:inbox.group', { group: escapeHtml(group.groupName), count: group.items.length }), ...lines].join('\n');
  });
  return splitTelegramHtml([t('course:inbox.header', { count: total }), ...sections].join('\n\n'))[0] ?? '';
}

/** A word diff as Telegram HTML: removed words struck through, inserted words underlined. */
export function renderWordDiff(changes: WordChange[]): string {
  return changes
    .map((change) => {
      const text = escapeHtml(change.text);
      // A changed space is shown once, as it is now; striking through a space shows nothing.
      if (text.trim().length === 0) return change.kind === 'removed' ? '' : text;
      if (change.kind === 'same') return text;
      return change.kind === 'added' ? `<u>${text}</u>` : `<s>${text}</s>`;
    })
    .join('');
}
