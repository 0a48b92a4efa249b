import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { type Api, GrammyError, InputFile } from 'grammy';
import type { AppDatabase } from '../storage/database.ts';
import { createUserRepository } from '../storage/user-repository.ts';
import { type OutboxEntry, createOutbox } from '../storage/update-journal.ts';
import type { CanvasPictureRequest, Keyboard, OutgoingMessage } from './outgoing.ts';

/**
 * Draws and sends a picture of a canvas; supplied by the rendering part of the bot. Throws
 * PictureRenderError when drawing failed, RenderRefusedError when the renderer had no room for it,
 * and the Bot API's error when sending failed.
 */
export type PictureSender = (api: Api, chatId: number, picture: CanvasPictureRequest) => Promise<void>;

/**
 * Carries out picture replies after the update that decided them, away from its delivery: the
 * text replies go at once, the pictures follow when drawn (src/bot/picture-delivery.ts).
 */
export interface PictureQueue {
  /** Takes committed picture replies; what the queue has no room for stays in the outbox for a later flush. */
  take(api: Api, entries: OutboxEntry<OutgoingMessage>[]): void;
  /** Resolves once every picture taken so far (of one chat, if given) is sent, closed or handed back to the outbox. */
  idle(chatId?: number): Promise<void>;
}

export interface DeliveryDeps {
  db: AppDatabase;
  /** Without it picture replies are dropped (the terminal bench runs with pictures off). */
  pictures?: PictureQueue | undefined;
  onError?: ((error: unknown, entry: OutboxEntry<OutgoingMessage>) => void) | undefined;
  /**
   * Write the "sent" marks in batches after a short window instead of one statement per reply
   * (the update path: the reply is out, the mark only keeps a later flush from sending it again).
   */
  batchSentMarks?: boolean | undefined;
}

/** A reply drawn or computed before it is sent (a canvas picture, a group's picture or CSV): it leaves the update's delivery for the picture queue. */
export function isPictureEntry(entry: OutboxEntry<OutgoingMessage>): boolean {
  return entry.payload.method === 'sendCanvasPicture' || entry.payload.method === 'sendGroupFile';
}

function replyMarkup(keyboard: Keyboard | undefined) {
  return keyboard ? { reply_markup: { inline_keyboard: keyboard } } : {};
}

/** The chat cannot receive anything any more: the user blocked the bot or is gone. */
function isChatUnreachable(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 403;
}

/** This one request can never succeed (e.g. a message that can no longer be edited). */
function isRequestRejected(error: unknown): boolean {
  return error instanceof GrammyError && error.error_code === 400;
}

/**
 * Entries already sent whose "sent" mark could not be written (the database went away right after
 * the send), per database. They are marked on the next flush and never sent again by this process.
 */
const sentButUnmarked = new WeakMap<object, Set<number>>();

export function unmarkedOf(db: AppDatabase): Set<number> {
  let ids = sentButUnmarked.get(db);
  if (!ids) {
    ids = new Set();
    sentButUnmarked.set(db, ids);
  }
  return ids;
}

/**
 * Entries this process is sending right now (a send may wait out a long retry_after), per
 * database: the periodic flush of the same process never sends them a second time meanwhile.
 */
const inFlight = new WeakMap<object, Set<number>>();

export function inFlightOf(db: AppDatabase): Set<number> {
  let ids = inFlight.get(db);
  if (!ids) {
    ids = new Set();
    inFlight.set(db, ids);
  }
  return ids;
}

/** How long a "sent" mark waits for others to be written with it. */
const SENT_MARK_WINDOW_MS = 20;

interface SentMarks {
  ids: Set<number>;
  timer: ReturnType<typeof setTimeout> | null;
  /** The batches written so far, in order. */
  written: Promise<void>;
}

/** Sent replies whose marks wait to be written together, per database. */
const pendingSentMarks = new WeakMap<object, SentMarks>();

function sentMarksOf(db: AppDatabase): SentMarks {
  let marks = pendingSentMarks.get(db);
  if (!marks) {
    marks = { ids: new Set(), timer: null, written: Promise.resolve() };
    pendingSentMarks.set(db, marks);
  }
  return marks;
}

/** Writes the waiting marks in one statement; the entries stay "in flight" (never sent again here) until then. */
function writeSentMarks(db: AppDatabase, marks: SentMarks): Promise<void> {
  if (marks.timer) clearTimeout(marks.timer);
  marks.timer = null;
  const ids = [...marks.ids];
  marks.ids.clear();
  marks.written = marks.written.then(async () => {
    // Marks that failed before (the database was away) go with this batch.
    const unmarked = unmarkedOf(db);
    const retried = [...unmarked];
    if (ids.length === 0 && retried.length === 0) return;
    const sending = inFlightOf(db);
    await bestEffort(
      async () => {
        await createOutbox<OutgoingMessage>(db).markSent([...ids, ...retried]);
        for (const id of retried) unmarked.delete(id);
      },
      () => {
        for (const id of ids) unmarked.add(id);
      },
    );
    for (const id of ids) sending.delete(id);
  });
  return marks.written;
}

function queueSentMark(db: AppDatabase, id: number): void {
  const marks = sentMarksOf(db);
  marks.ids.add(id);
  if (!marks.timer) marks.timer = setTimeout(() => void writeSentMarks(db, marks), SENT_MARK_WINDOW_MS);
}

/** Writes every "sent" mark still waiting (before a stop, or before reading the outbox in a test). */
export async function settleSentMarks(db: AppDatabase): Promise<void> {
  const marks = pendingSentMarks.get(db);
  if (marks) await writeSentMarks(db, marks);
}

/** Names this process as the holder of the outbox leases it takes. */
const LEASE_OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** Runs a bookkeeping write; a failure (database unavailable) is handed to `onFailure`, never thrown. */
export async function bestEffort(write: () => Promise<void>, onFailure?: () => void): Promise<void> {
  try {
    await write();
  } catch {
    onFailure?.();
  }
}

async function send(api: Api, chatId: number, message: OutgoingMessage): Promise<void> {
  switch (message.method) {
    case 'sendMessage':
      await api.sendMessage(chatId, message.text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...replyMarkup(message.keyboard),
      });
      return;
    case 'editMessageText':
      try {
        await api.editMessageText(chatId, message.messageId, message.text, { parse_mode: 'HTML', ...replyMarkup(message.keyboard) });
      } catch (error) {
        // Pressing a toggle twice quickly can ask for an identical edit; that is not a failure.
        if (!(error instanceof GrammyError && error.description.includes('message is not modified'))) throw error;
      }
      return;
    case 'sendDocument':
      await api.sendDocument(chatId, new InputFile(Buffer.from(message.content, 'utf8'), message.fileName), {
        ...(message.caption ? { caption: message.caption, parse_mode: 'HTML' as const } : {}),
      });
      return;
    case 'sendCanvasPicture':
    case 'sendGroupFile':
      // Drawn and sent by the picture queue, never here.
      return;
    case 'answerCallbackQuery':
      try {
        await api.answerCallbackQuery(message.callbackQueryId, message.text ? { text: message.text } : {});
      } catch {
        // An expired query cannot be answered any more; the reply messages still carry the content.
      }
      return;
  }
}

/**
 * Sends committed replies in order and marks each one sent as soon as Telegram took it, so a
 * reply that went through is never sent again. A reply that fails for a passing reason stays
 * unsent (with the ones after it, to keep the order) for `flushOutbox` to retry, a bounded number
 * of times. A chat that blocked the bot (403) gives up all its pending replies at once and is
 * reported once; a request Telegram rejects (400) gives up that reply only. Never throws: the
 * update these replies answer is already committed.
 */
export async function deliver(api: Api, entries: OutboxEntry<OutgoingMessage>[], deps: DeliveryDeps): Promise<boolean> {
  // Pictures are drawn after the update, so its text replies (and the chat's next update) never wait for one.
  const pictures = entries.filter(isPictureEntry);
  if (pictures.length > 0) {
    if (deps.pictures) deps.pictures.take(api, pictures);
    else await bestEffort(() => createOutbox<OutgoingMessage>(deps.db).markSent(pictures.map((entry) => entry.id)));
  }
  const texts = entries.filter((entry) => !isPictureEntry(entry));
  const sending = inFlightOf(deps.db);
  for (const entry of texts) sending.add(entry.id);
  // Entries whose mark waits in a batch stay in flight until it is written.
  const queued = new Set<number>();
  try {
    return await deliverInOrder(api, texts, deps, queued);
  } finally {
    for (const entry of texts) if (!queued.has(entry.id)) sending.delete(entry.id);
  }
}

/**
 * Sends messages of the periodic work (reminders, notifications), each on its own: one person's
 * failed send never holds back the others, and each failure is recorded for the flush to retry.
 */
export async function deliverEach(api: Api, entries: OutboxEntry<OutgoingMessage>[], deps: DeliveryDeps): Promise<number> {
  for (const entry of entries) await deliver(api, [entry], deps);
  return entries.length;
}

/** What became of a reply whose send failed. */
export type SendFailure = 'chat_gone' | 'rejected' | 'later';

/**
 * Records a failed send: a chat that blocked the bot (403) gives up the entry and has its
 * reminders switched off; a request Telegram rejects (400) gives up the entry; anything else counts
 * an attempt and leaves it for `flushOutbox`.
 */
export async function recordSendFailure(entry: OutboxEntry<OutgoingMessage>, error: unknown, deps: DeliveryDeps): Promise<SendFailure> {
  const outbox = createOutbox<OutgoingMessage>(deps.db);
  deps.onError?.(error, entry);
  if (isChatUnreachable(error)) {
    await bestEffort(() => outbox.markGivenUp([entry.id]));
    // A person who blocked the bot is not reminded of anything any more.
    await bestEffort(() => createUserRepository(deps.db).setReminders(entry.chatId, false));
    return 'chat_gone';
  }
  if (isRequestRejected(error)) {
    await bestEffort(() => outbox.markGivenUp([entry.id]));
    return 'rejected';
  }
  await bestEffort(() => outbox.markAttempt(entry.id));
  return 'later';
}

/** Marks an entry sent; while the database is away it is remembered and marked on the next flush. */
export async function recordSent(entry: OutboxEntry<OutgoingMessage>, db: AppDatabase): Promise<void> {
  await bestEffort(
    () => createOutbox<OutgoingMessage>(db).markSent([entry.id]),
    () => unmarkedOf(db).add(entry.id),
  );
}

async function deliverInOrder(api: Api, entries: OutboxEntry<OutgoingMessage>[], deps: DeliveryDeps, queued: Set<number>): Promise<boolean> {
  const outbox = createOutbox<OutgoingMessage>(deps.db);
  for (const [index, entry] of entries.entries()) {
    try {
      await send(api, entry.chatId, entry.payload);
    } catch (error) {
      const failure = await recordSendFailure(entry, error, deps);
      if (failure === 'chat_gone') {
        const rest = entries.slice(index + 1).filter((other) => other.chatId === entry.chatId);
        await bestEffort(() => outbox.markGivenUp(rest.map((other) => other.id)));
        const others = entries.slice(index).filter((other) => other.chatId !== entry.chatId);
        return others.length === 0 ? true : deliverInOrder(api, others, deps, queued);
      }
      if (failure === 'rejected') continue;
      return false;
    }
    if (deps.batchSentMarks) {
      queued.add(entry.id);
      queueSentMark(deps.db, entry.id);
      continue;
    }
    await recordSent(entry, deps.db);
  }
  return true;
}

/**
 * Sends replies left unsent by a crash or an outage, each entry at most `maxAttempts` times.
 * An entry is taken only when nobody holds it: not in flight in this process, older than
 * `graceMs` (its writer's time to send it) and not leased by another flush; the lease taken here
 * lasts `graceMs` too, so the grace period must exceed the longest send with its retries.
 * Replies sent while the database was away are only marked, not sent again.
 */
export async function flushOutbox(api: Api, deps: DeliveryDeps, graceMs = 180_000, maxAttempts = 5): Promise<number> {
  const outbox = createOutbox<OutgoingMessage>(deps.db);
  const unmarked = unmarkedOf(deps.db);
  await settleSentMarks(deps.db);
  if (unmarked.size > 0) {
    const ids = [...unmarked];
    await outbox.markSent(ids);
    for (const id of ids) unmarked.delete(id);
  }
  const sending = inFlightOf(deps.db);
  const entries = (await outbox.claimUnsent(LEASE_OWNER, graceMs, maxAttempts)).filter((entry) => !sending.has(entry.id));
  const byChat = new Map<number, OutboxEntry<OutgoingMessage>[]>();
  for (const entry of entries) byChat.set(entry.chatId, [...(byChat.get(entry.chatId) ?? []), entry]);
  for (const chatEntries of byChat.values()) await deliver(api, chatEntries, deps);
  return entries.length;
}

export interface DeliverySlot {
  /** Runs the delivery once every earlier slot of the chat has finished. */
  run(task: () => Promise<unknown>): Promise<void>;
  /** Gives the place up (the transaction did not commit). */
  cancel(): void;
}

/**
 * Keeps each chat's replies in commit order within a process. A slot is taken while the chat is
 * locked (so slots are taken in the order the updates are applied) and filled after the commit;
 * without it the replies of two quickly applied updates could reach the user interleaved.
 */
export function createDeliveryOrder() {
  const tails = new Map<number, Promise<void>>();
  return {
    reserve(chatId: number): DeliverySlot {
      const previous = tails.get(chatId) ?? Promise.resolve();
      let release = () => {};
      const released = new Promise<void>((resolve) => {
        release = resolve;
      });
      const tail = previous.then(() => released);
      tails.set(chatId, tail);
      void tail.then(() => {
        if (tails.get(chatId) === tail) tails.delete(chatId);
      });
      let settled = false;
      return {
        async run(task) {
          if (settled) return;
          settled = true;
          try {
            await previous;
            await task();
          } finally {
            release();
          }
        },
        cancel() {
          if (settled) return;
          settled = true;
          release();
        },
      };
    },
  };
}
