import type { Context, MiddlewareFn } from 'grammy';
import { languageFromTelegram, translator } from '../../i18n.ts';

export interface RateLimitOptions {
  /** Updates a chat may send per window; the rest of the window is dropped. */
  updates: number;
  windowMs: number;
  now?: () => number;
  /** Told about every dropped update (counts only, no content). */
  onDrop?: (chatId: number) => void;
}

interface ChatWindow {
  startedAt: number;
  count: number;
  warned: boolean;
}

/**
 * Slows a flooding chat down politely: past the limit the chat is told once per window to
 * slow down and its further updates are dropped here, before any database work. Counters are
 * per chat and in memory, so a flood in one chat costs other chats nothing.
 */
export function rateLimit<C extends Context>(options: RateLimitOptions): MiddlewareFn<C> {
  const now = options.now ?? Date.now;
  const windows = new Map<number, ChatWindow>();
  let lastSweep = now();

  const sweep = (time: number) => {
    if (time - lastSweep < options.windowMs) return;
    lastSweep = time;
    for (const [chatId, window] of windows) if (time - window.startedAt >= options.windowMs) windows.delete(chatId);
  };

  return async (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return next();
    const time = now();
    sweep(time);
    let window = windows.get(chatId);
    if (!window || time - window.startedAt >= options.windowMs) {
      window = { startedAt: time, count: 0, warned: false };
      windows.set(chatId, window);
    }
    window.count += 1;
    if (window.count <= options.updates) return next();
    options.onDrop?.(chatId);
    if (window.warned || ctx.chat?.type !== 'private') return;
    window.warned = true;
    const t = translator(languageFromTelegram(ctx.from?.language_code));
    await ctx.api.sendMessage(chatId, t('runtime:flood.slow_down')).catch(() => {
      // Telling the user is a courtesy; the drop stands either way.
    });
  };
}
