import type { Bot } from 'grammy';
import type { InlineKeyboardButton, Message, Update } from 'grammy/types';
import type { RecordedCall } from '../bot/local-api.ts';

export interface ChatUser {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
}

interface VisibleKeyboard {
  messageId: number;
  buttons: InlineKeyboardButton.CallbackButton[];
}

let updateCounter = 1;

/** Update ids unique within a process, as Telegram's are within a bot. */
export function nextUpdateId(): number {
  return updateCounter++;
}

/**
 * Continues update ids after `lastApplied`, as Telegram's keep growing across restarts: a terminal
 * chat started again on stored data must not reuse ids the database already took as applied.
 */
export function continueUpdateIdsAfter(lastApplied: number): void {
  updateCounter = Math.max(updateCounter, lastApplied + 1);
}

/** Starts update ids at 1 again, as a fresh process does. */
export function restartUpdateIds(): void {
  updateCounter = 1;
}

/**
 * The messages of a script: one a line; a line ending with a backslash continues on the next one
 * (a multi-line answer); empty lines and `#` comments are skipped.
 */
export function scriptMessages(script: string): string[] {
  const messages: string[] = [];
  let pending: string[] | null = null;
  for (const line of script.split(/\r?\n/)) {
    if (pending === null && (line.trim() === '' || line.trimStart().startsWith('#'))) continue;
    const continues = line.endsWith('\\');
    const text = continues ? line.slice(0, -1) : line;
    pending = [...(pending ?? []), text];
    if (!continues) {
      messages.push(pending.join('\n'));
      pending = null;
    }
  }
  if (pending !== null) messages.push(pending.join('\n'));
  return messages;
}

/**
 * One person's private chat with the bot, driven through `bot.handleUpdate`: texts, commands,
 * button presses by label, and anything else Telegram can deliver. It remembers the keyboards
 * the bot sent, so a label can be pressed as a person would tap it.
 */
export class ChatSession {
  private keyboards: VisibleKeyboard[] = [];
  private nextUserMessageId = 1_000_000;
  /** Every call the bot made in this chat, in order. */
  readonly calls: RecordedCall[] = [];

  constructor(
    // biome-ignore lint/suspicious/noExplicitAny: the session drives bots of any context type
    private readonly bot: Bot<never> | Bot<any>,
    readonly user: ChatUser,
    /** Awaited after each update, e.g. until its pictures are sent (they follow the update, not inside it). */
    private readonly settle?: () => Promise<void>,
  ) {}

  /** Records a call the bot made to this chat (fed by the local API). */
  record(call: RecordedCall, result?: unknown): void {
    this.calls.push(call);
    const markup = call.payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
    const messageId = (result as Message | undefined)?.message_id ?? (call.payload.message_id as number | undefined);
    if (markup?.inline_keyboard && messageId !== undefined) {
      const buttons = markup.inline_keyboard.flat().filter((button): button is InlineKeyboardButton.CallbackButton => 'callback_data' in button);
      this.keyboards = this.keyboards.filter((keyboard) => keyboard.messageId !== messageId);
      this.keyboards.push({ messageId, buttons });
    }
  }

  /** Labels of the buttons of the newest keyboard, as the user sees them. */
  visibleButtons(): string[] {
    return this.keyboards.at(-1)?.buttons.map((button) => button.text) ?? [];
  }

  private findButton(label: string): { messageId: number; button: InlineKeyboardButton.CallbackButton } | null {
    const wanted = label.trim();
    for (const keyboard of [...this.keyboards].reverse()) {
      const button = keyboard.buttons.find((candidate) => candidate.text.trim() === wanted);
      if (button) return { messageId: keyboard.messageId, button };
    }
    return null;
  }

  /** A line as a person would type it: a visible button's label presses it, `/…` is a command, the rest is text. */
  async say(line: string): Promise<RecordedCall[]> {
    const label = line.trim().replace(/^\[(.*)\]$/, '$1');
    const found = this.findButton(label);
    if (found) return this.pressData(found.button.callback_data, found.messageId);
    return this.text(line);
  }

  async text(text: string): Promise<RecordedCall[]> {
    const command = /^\/[a-z_]+/i.exec(text);
    return this.message({
      text,
      ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
    });
  }

  /** Presses the newest button with this label; throws when no such button is shown. */
  async press(label: string): Promise<RecordedCall[]> {
    const found = this.findButton(label);
    if (!found) throw new Error(`No button "${label}"; visible: ${this.visibleButtons().join(' | ')}`);
    return this.pressData(found.button.callback_data, found.messageId);
  }

  /** A button press with any payload, as a forged or outdated client could send. */
  async pressData(data: string, messageId = 1): Promise<RecordedCall[]> {
    return this.deliver({
      update_id: nextUpdateId(),
      callback_query: {
        id: `cq${nextUpdateId()}`,
        from: { ...this.user, is_bot: false },
        chat_instance: `ci${this.user.id}`,
        data,
        message: {
          message_id: messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: this.user.id, type: 'private', first_name: this.user.first_name },
          text: '…',
        },
      },
    } as Update);
  }

  /** Any message content (sticker, photo, voice…) from this user. */
  async message(content: Record<string, unknown>): Promise<RecordedCall[]> {
    return this.deliver({
      update_id: nextUpdateId(),
      message: {
        message_id: this.nextUserMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: this.user.id, type: 'private', first_name: this.user.first_name },
        from: { ...this.user, is_bot: false },
        ...content,
      },
    } as Update);
  }

  /** Hands an update to the bot and returns the calls it made in this chat meanwhile. */
  async deliver(update: Update): Promise<RecordedCall[]> {
    const before = this.calls.length;
    await this.bot.handleUpdate(update);
    await this.settle?.();
    return this.calls.slice(before);
  }
}

/** The texts a person reads in a list of calls: messages, edits, captions (an album's too). */
export function visibleTexts(calls: RecordedCall[]): string[] {
  return calls.flatMap((call) => {
    const media = Array.isArray(call.payload.media) ? (call.payload.media as Array<{ caption?: unknown }>) : [];
    const text = call.payload.text ?? call.payload.caption ?? media.find((item) => typeof item.caption === 'string')?.caption;
    return typeof text === 'string' ? [text] : [];
  });
}
