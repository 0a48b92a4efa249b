import type { Api } from 'grammy';
import type { DeliveryDeps } from '../bot/delivery.ts';
import { DEFAULT_NOTIFICATION_POLICY, type NotificationPolicy } from '../course/notification-batching.ts';
import { runCoachNotificationTick } from '../runtime/coach-notifications.ts';
import { DEFAULT_REMINDER_POLICY, type ReminderPolicy, runReminderTick } from '../runtime/reminders.ts';

/**
 * The bot's periodic work in the terminal chat: the coach's batched notifications and the
 * reminders about idle canvases, run after every line on a clock a script can move on with
 * `!wait 15m` (`!wait 2h`, `!wait 3d`). Time skipped is seen by the periodic work only: what
 * was sent stays sent when it was. The batching window and the idle time are the bot's own;
 * the night is not kept (quiet hours are tested elsewhere), so a script plays the same at any hour.
 */
const NO_NIGHT = { quietFrom: 0, quietUntil: 0 };

export const CHAT_NOTIFICATION_POLICY: NotificationPolicy = { ...DEFAULT_NOTIFICATION_POLICY, ...NO_NIGHT };
export const CHAT_REMINDER_POLICY: ReminderPolicy = { ...DEFAULT_REMINDER_POLICY, ...NO_NIGHT };

const WAIT = /^!wait\s+(\d{1,4})\s*(m|min|h|d)?$/i;
const MINUTES_PER_UNIT: Record<string, number> = { m: 1, min: 1, h: 60, d: 24 * 60 };

/** The minutes a `!wait` line skips; null when the line is no `!wait`. */
export function parseWait(line: string): number | null {
  const match = WAIT.exec(line.trim());
  if (!match) return null;
  return Number(match[1]) * (MINUTES_PER_UNIT[(match[2] ?? 'm').toLowerCase()] ?? 1);
}

export interface ChatClock {
  /** The time the periodic work sees: now plus all the time skipped. */
  now(): Date;
  /** Skips `minutes`. */
  advance(minutes: number): void;
  /** Runs the periodic work once; returns how many messages it sent. */
  tick(): Promise<number>;
}

export function createChatClock(api: Api, delivery: DeliveryDeps, realNow: () => Date = () => new Date()): ChatClock {
  let skippedMs = 0;
  const now = () => new Date(realNow().getTime() + skippedMs);
  return {
    now,
    advance(minutes) {
      skippedMs += minutes * 60_000;
    },
    async tick() {
      const at = now();
      const told = await runCoachNotificationTick(api, delivery, at, CHAT_NOTIFICATION_POLICY);
      return told + (await runReminderTick(api, delivery, at, CHAT_REMINDER_POLICY));
    },
  };
}
