import type { Api } from 'grammy';
import type { BotCommand } from 'grammy/types';
import { type Language, translator } from '../i18n.ts';

/** The command menu, in the order Telegram shows it. */
export const MENU_COMMANDS = [
  'start',
  'new',
  'list',
  'canvas',
  'edit',
  'export',
  'submit',
  'inbox',
  'group',
  'coach',
  'groups',
  'timezone',
  'back',
  'skip',
  'pause',
  'resume',
  'lang',
  'help',
  'cancel',
  'stop_reminders',
  'privacy',
  'delete_me',
] as const;

export function menuCommands(language: Language): BotCommand[] {
  const t = translator(language);
  return MENU_COMMANDS.map((command) => ({ command, description: t(`commands:${command}`) }));
}

/** Russian for everyone, English for clients set to English. */
export async function publishCommands(api: Api): Promise<void> {
  await api.setMyCommands(menuCommands('ru'));
  await api.setMyCommands(menuCommands('en'), { language_code: 'en' });
}
