import type { Api, Context, MiddlewareFn } from 'grammy';
import { languageFromTelegram, translator } from '../../i18n.ts';

export interface RateLimitOptions {
  /** Updates a chat may send per window; the rest of the window is dropped. */
  updates: number;
  windowMs: number;
  now?: () => number;
  /** Told about every dropped update (counts only, no content). */
  onDrop?: (chatId: number) => void;
}

/** What to do with one update of a chat: let it in, drop it and say "slow down" once, or drop it quietly. */
export type FloodVerdict = 'pass' | 'warn' | 'drop';

interface ChatWindow {
  startedAt: number;
  /** Distinct updates seen in the window and whether each was let in: a re-delivery is not a new message. */
  seen: Map<number, boolean>;
  warned: boolean;
}

/**
 * Counts updates per chat in fixed windows, in memory: a flood in one chat costs other chats
 * nothing. Used by the middleware below and, in webhook mode, before an update is even stored.
 */
export function createFloodGate(options: RateLimitOptions) {
  const now = options.now ?? Date.now;
  const windows = new Map<number, ChatWindow>();
  let lastSweep = now();

  const sweep = (time: number) => {
    if (time - lastSweep < options.windowMs) return;
    lastSweep = time;
    for (const [chatId, window] of windows) if (time - window.startedAt >= options.windowMs) windows.delete(chatId);
  };

  return {
    /** `updateId` makes a re-delivery of an update already counted pass without counting again. */
    admit(chatId: number, updateId?: number): FloodVerdict {
      const time = now();
      sweep(time);
      let window = windows.get(chatId);
      if (!window || time - window.startedAt >= options.windowMs) {
        window = { startedAt: time, seen: new Map(), warned: false };
        windows.set(chatId, window);
      }
      const id = updateId ?? -1 - window.seen.size;
      const earlier = window.seen.get(id);
      if (earlier !== undefined) return earlier ? 'pass' : 'drop';
      const admitted = window.seen.size < options.updates;
      window.seen.set(id, admitted);
      if (admitted) return 'pass';
      options.onDrop?.(chatId);
      if (window.warned) return 'drop';
      window.warned = true;
      return 'warn';
    },
  };
}

export type FloodGate = ReturnType<typeof createFloodGate>;

/** The polite "slow down", sent directly: a dropped update never reaches the database. */
export async function sendSlowDown(api: Api, chatId: number, languageCode: string | undefined): Promise<void> {
  const t = translator(languageFromTelegram(languageCode));
  await api.sendMessage(chatId, t('runtime:flood.slow_down')).catch(() => {
    // Telling the user is a courtesy; the drop stands either way.
  });
}

/**
 * Slows a flooding chat down politely: past the limit the chat is told once per window to
 * slow down and its further updates are dropped here, before any database work.
 */
export function rateLimit<C extends Context>(options: RateLimitOptions | FloodGate): MiddlewareFn<C> {
  const gate = 'admit' in options ? options : createFloodGate(options);
  return async (ctx, next) => {
    const chatId = ctx.chat?.id;
    if (chatId === undefined) return next();
    const verdict = gate.admit(chatId, ctx.update.update_id);
    if (verdict === 'pass') return next();
    if (verdict === 'warn' && ctx.chat?.type === 'private') await sendSlowDown(ctx.api, chatId, ctx.from?.language_code);
  };
}
