import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { canvasTexts, cleanAnswerText } from './canvas-text.ts';
import { escapeHtml } from './html.ts';
import { shorten } from './shorten.ts';
import { splitTelegramHtml, TELEGRAM_CAPTION_LIMIT, TELEGRAM_MESSAGE_LIMIT } from './split-telegram-html.ts';

const BLOCK_SEPARATOR = '\n\n';
const CAPTION_TITLE_MAX = 200;

/** One HTML section per block: heading, then each answer (its question in italics), then the types. */
function blockSections(snapshot: CanvasSnapshot): string[] {
  const texts = canvasTexts(snapshot);
  const { t } = texts;
  return snapshot.blocks.map((block, index) => {
    const heading = `<b>${escapeHtml(t('render:summary.block_heading', { number: index + 1, title: texts.blockTitle(block.id) }))}</b>`;
    const answers = block.answers
      .map((answer) => ({ question: answer.question?.trim() ?? '', text: cleanAnswerText(answer.text) }))
      .filter((answer) => answer.text.length > 0)
      .map((answer) => (answer.question ? `<i>${escapeHtml(answer.question)}</i>\n` : '') + escapeHtml(answer.text));
    const parts = [heading, ...(answers.length > 0 ? answers : [`<i>${escapeHtml(t('render:empty'))}</i>`])];
    if (block.types.length > 0) {
      const labels = block.types.map((type) => texts.typeLabel(type.id)).join(', ');
      parts.push(`<i>${escapeHtml(t('render:summary.types', { types: labels }))}</i>`);
    }
    return parts.join('\n\n');
  });
}

function headerSection(snapshot: CanvasSnapshot): string {
  const texts = canvasTexts(snapshot);
  const meta = [snapshot.author ? texts.t('render:author', { author: snapshot.author }) : null, texts.t('render:date', { date: texts.date })].filter(
    (line): line is string => line !== null,
  );
  return `<b>${escapeHtml(texts.title)}</b>\n${escapeHtml(meta.join(' · '))}`;
}

/** Packs sections into messages; a section too long for one message is split on its own. */
function packSections(sections: string[], limit: number): string[] {
  const messages: string[] = [];
  let current = '';
  for (const section of sections) {
    const joined = current ? current + BLOCK_SEPARATOR + section : section;
    if (joined.length <= limit) {
      current = joined;
      continue;
    }
    if (current) messages.push(current);
    current = '';
    if (section.length <= limit) {
      current = section;
    } else {
      const pieces = splitTelegramHtml(section, limit);
      messages.push(...pieces.slice(0, -1));
      current = pieces.at(-1) ?? '';
    }
  }
  if (current) messages.push(current);
  return messages;
}

/** The canvas as Telegram HTML messages (parse_mode HTML), split at block boundaries, each within the limit. */
export function renderCanvasSummary(snapshot: CanvasSnapshot, limit: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  return packSections([headerSection(snapshot), ...blockSections(snapshot)], limit);
}

/** A short Telegram HTML caption for the picture: name, author and date, how many blocks are filled. */
export function renderCaption(snapshot: CanvasSnapshot): string {
  const texts = canvasTexts(snapshot);
  const { t } = texts;
  const filled = snapshot.blocks.filter((block) => block.answers.some((answer) => answer.text.trim())).length;
  const meta = [
    snapshot.author ? t('render:author', { author: shorten(snapshot.author.trim(), CAPTION_TITLE_MAX) }) : null,
    t('render:date', { date: texts.date }),
  ].filter((line): line is string => line !== null);
  const caption = [
    `<b>${escapeHtml(shorten(texts.title, CAPTION_TITLE_MAX))}</b>`,
    escapeHtml(meta.join(' · ')),
    escapeHtml(t('render:caption.filled', { filled, total: snapshot.blocks.length })),
    escapeHtml(t('render:caption.see_summary')),
  ].join('\n');
  // Every part above is bounded, so this only guards against an unexpectedly long translation.
  return splitTelegramHtml(caption, TELEGRAM_CAPTION_LIMIT)[0] ?? '';
}
