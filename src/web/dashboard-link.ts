import type { InlineKeyboardButton } from 'grammy/types';
import type { WebAppConfig } from '../config.ts';
import type { Translate } from '../i18n.ts';

/** The dashboard's address opened at a group or at one submission; the page reads these from its query. */
export function dashboardUrl(webApp: WebAppConfig, target: { groupId?: number; submissionId?: number } = {}): string {
  const url = new URL(webApp.url);
  if (target.groupId !== undefined) url.searchParams.set('group', String(target.groupId));
  if (target.submissionId !== undefined) url.searchParams.set('submission', String(target.submissionId));
  return url.toString();
}

/**
 * The "Open dashboard" button for /group and the review messages: a web_app button, which
 * Telegram allows in private chats only and opens with the coach's signed initData. Without
 * WEB_APP_URL there is no button and the chat flow stays as it is.
 */
export function dashboardButton(
  t: Translate,
  webApp: WebAppConfig | undefined,
  target: { groupId?: number; submissionId?: number } = {},
): InlineKeyboardButton.WebAppButton | null {
  if (!webApp) return null;
  return { text: t('webapp:open_button'), web_app: { url: dashboardUrl(webApp, target) } };
}
