import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import type { InlineKeyboardButton } from 'grammy/types';
import { createPictureSender } from '../bot/canvas-picture.ts';
import { createBot } from '../bot/create-bot.ts';
import { createPictureQueue } from '../bot/picture-delivery.ts';
import { LOCAL_BOT_INFO, type RecordedCall, createLocalApi, readSentFile } from '../bot/local-api.ts';
import { languageFromTelegram, translator } from '../i18n.ts';
import { renderCanvasImage, renderPhoneImages } from '../render/canvas-image.ts';
import { lockDataDir } from '../runtime/data-dir-lock.ts';
import { openDatabase } from '../storage/database.ts';
import { lastAppliedUpdateId } from '../storage/update-journal.ts';
import { type InviteMemory, castLine, expandInvites, rememberInvites, userIdForName } from './chat-cast.ts';
import { createChatClock, parseWait } from './chat-clock.ts';
import { ChatSession, continueUpdateIdsAfter, scriptMessages } from './chat-session.ts';
import { htmlToTerminal, keyboardToTerminal } from './terminal-format.ts';
import { settleSentMarks } from '../bot/delivery.ts';

/**
 * The bot in the terminal: the same middleware and features as on Telegram, fed through
 * `handleUpdate`, with a local Bot API that prints what the bot sends.
 *   npm run chat                      talk interactively (progress kept in ./data)
 *   npm run chat -- --script FILE     play a file of user lines and print the transcript
 *   npm run chat -- --out DIR         save every document and photo the bot sends into DIR
 *   npm run chat -- --as NAME         talk as NAME, a user of their own (same database)
 * A line `@NAME text` (typed or in a script) is said by NAME; `{invite}` and `{coinvite}` stand
 * for the last student and co-coach invite links the bot gave. After every line the bot's periodic
 * work runs (the coach's batched notifications, reminders); `!wait 15m` lets that much time pass
 * for it (chat-clock.ts). Interactively it also runs every half minute.
 */
const { values: options } = parseArgs({
  options: {
    script: { type: 'string' },
    out: { type: 'string' },
    data: { type: 'string' },
    lang: { type: 'string' },
    as: { type: 'string' },
  },
});

/** How often the interactive chat runs the periodic work between lines. */
const CHAT_TICK_MS = 30_000;
const colours = process.stdout.isTTY === true && !process.env.NO_COLOR;
// Russian unless asked otherwise: the product speaks Russian first, whatever the machine's locale.
const language = languageFromTelegram(options.lang ?? 'ru');
const t = translator(language);
const write = (text: string) => process.stdout.write(`${text}\n`);

/** Who is who: the people played, by chat id, to name the recipient when there is more than one. */
const people = new Map<number, ChatSession>();
let invites: InviteMemory = { student: null, coCoach: null };
/** Calls that put something in front of the person (typing indicators and button answers do not). */
const SEEN_METHODS = new Set(['sendMessage', 'editMessageText', 'sendPhoto', 'sendDocument']);
/** Messages each person received (sent, edited, pictures, files), for the summary at the end of a script. */
const received = new Map<string, number>();

async function printCall(call: RecordedCall): Promise<void> {
  const recipient = people.get(Number(call.payload.chat_id));
  const name = recipient?.user.first_name ?? '?';
  if (typeof call.payload.text === 'string') invites = rememberInvites(invites, call.payload.text);
  if (SEEN_METHODS.has(call.method)) received.set(name, (received.get(name) ?? 0) + 1);
  const to = people.size > 1 ? `→ ${name}: ` : '';
  await printTo(to, call);
}

async function printTo(to: string, call: RecordedCall): Promise<void> {
  const markup = call.payload.reply_markup as { inline_keyboard?: InlineKeyboardButton[][] } | undefined;
  const keyboard = markup?.inline_keyboard ? `\n${keyboardToTerminal(markup.inline_keyboard)}` : '';
  switch (call.method) {
    case 'sendMessage':
    case 'editMessageText':
      write(`\n${to}${htmlToTerminal(String(call.payload.text), colours)}${keyboard}`);
      return;
    case 'sendDocument':
    case 'sendPhoto': {
      const file = await readSentFile(call.payload.document ?? call.payload.photo);
      const name = file?.name ?? 'file';
      const caption = typeof call.payload.caption === 'string' ? `\n${htmlToTerminal(call.payload.caption, colours)}` : '';
      let saved = '';
      if (file && options.out) {
        mkdirSync(options.out, { recursive: true });
        const target = join(options.out, name);
        writeFileSync(target, file.data);
        saved = ` → ${target}`;
      }
      write(`\n${to}📎 ${name} (${Math.ceil((file?.data.length ?? 0) / 1024)} KB)${saved}${caption}`);
      return;
    }
    case 'sendMediaGroup': {
      const media = (call.payload.media ?? []) as Array<{ media?: unknown; caption?: unknown }>;
      const lines: string[] = [];
      for (const item of media) {
        const file = await readSentFile(item.media);
        const name = file?.name ?? 'file';
        let saved = '';
        if (file && options.out) {
          mkdirSync(options.out, { recursive: true });
          const target = join(options.out, name);
          writeFileSync(target, file.data);
          saved = ` → ${target}`;
        }
        lines.push(`📎 ${name} (${Math.ceil((file?.data.length ?? 0) / 1024)} KB)${saved}`);
      }
      const caption = typeof media[0]?.caption === 'string' ? `\n${htmlToTerminal(media[0].caption, colours)}` : '';
      write(`\n${lines.join('\n')}${caption}`);
      return;
    }
    case 'answerCallbackQuery':
      if (typeof call.payload.text === 'string') write(`\n${to}(${call.payload.text})`);
      return;
    default:
      return;
  }
}

async function main(): Promise<void> {
  // A script starts from a clean slate so its transcript is repeatable; a conversation is kept.
  const dataDir = options.data ?? (options.script ? undefined : (process.env.DATA_DIR ?? './data'));
  // Embedded PGlite is single-process: the terminal chat and a running bot never share a directory.
  const lock = dataDir ? lockDataDir(dataDir) : undefined;
  process.once('exit', () => lock?.release());
  // The first start creates and migrates the embedded database, which takes a while: say so.
  process.stderr.write(`${t('cli:preparing')}\n`);
  const database = await openDatabase(dataDir ? { kind: 'pglite', dataDir } : { kind: 'pglite' });
  continueUpdateIdsAfter(await lastAppliedUpdateId(database.db));
  process.stderr.write(`${t('cli:ready')}\n`);
  let session: ChatSession | undefined;
  // The terminal has one user at a time, so rendering in-process holds up nobody.
  const pictures = createPictureQueue({
    db: database.db,
    sendPicture: createPictureSender({
      db: database.db,
      renderPicture: async (snapshot, scale) => renderCanvasImage(snapshot, { scale }),
      renderPhonePicture: (snapshot) => renderPhoneImages(snapshot),
    }),
  });
  // Each line's pictures are shown before the next line, so a transcript reads in order.
  const settle = () => pictures.idle();
  const onError = (error: unknown) => process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  const bot = createBot({
    token: '1:terminal-chat-local-api-only',
    db: database.db,
    botInfo: LOCAL_BOT_INFO,
    apiTransformers: [
      createLocalApi({
        onCall: async (call) => printCall(call),
        onResult: (call, result) => (people.get(Number(call.payload.chat_id)) ?? session)?.record(call, result),
      }),
    ],
    pictures,
    onError,
  });
  const clock = createChatClock(bot.api, { db: database.db, pictures, onError });
  const personNamed = (name: string): ChatSession => {
    const id = userIdForName(name);
    const known = people.get(id);
    if (known) return known;
    const created = new ChatSession(bot, { id, first_name: name, language_code: language }, settle);
    people.set(id, created);
    return created;
  };
  if (options.as) {
    session = personNamed(options.as);
  } else {
    session = new ChatSession(
      bot,
      {
        id: 1,
        first_name: process.env.USER && process.env.USER !== 'root' ? process.env.USER : t('cli:default_name'),
        language_code: language,
      },
      settle,
    );
    people.set(1, session);
  }
  /** Says a line as the person it names (`@NAME text`), or as the current one; `!wait` skips time. Then the periodic work. */
  const say = async (line: string): Promise<void> => {
    const cast = castLine(line);
    if (cast.name !== null) session = personNamed(cast.name);
    const text = expandInvites(cast.text, invites);
    const wait = parseWait(text);
    if (wait !== null) {
      clock.advance(wait);
      write(`\n${t('cli:waited', { minutes: wait })}`);
    } else if (text.trim() !== '' && session) await session.say(text);
    await clock.tick();
  };

  try {
    if (options.script) {
      for (const line of scriptMessages(readFileSync(options.script, 'utf8'))) {
        write(`\n> ${line}`);
        await say(line);
      }
      const counts = [...received.entries()].map(([name, count]) => `${name}: ${count}`).join(', ');
      process.stderr.write(`\n${t('cli:received', { counts })}\n`);
      return;
    }
    write(t('cli:banner'));
    const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY === true });
    // Lines and the periodic work take turns, so a tick never interleaves with an update.
    let turn: Promise<unknown> = Promise.resolve();
    const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
      const next = turn.then(work);
      turn = next.catch(() => undefined);
      return next;
    };
    // Interactively, time passes by itself too: a batch comes due while the person reads.
    const timer = setInterval(() => {
      inTurn(() => clock.tick()).then(
        (sent) => {
          if (sent > 0) input.prompt();
        },
        (error: unknown) => onError(error),
      );
    }, CHAT_TICK_MS);
    process.once('exit', () => clearInterval(timer));
    if (process.stdin.isTTY) input.setPrompt('> ');
    input.prompt();
    // A line ending with a backslash continues on the next one: a multi-line answer.
    let pending: string[] = [];
    for await (const line of input) {
      if (pending.length === 0 && ['/quit', '/exit'].includes(line.trim())) break;
      if (line.endsWith('\\')) {
        pending.push(line.slice(0, -1));
        if (process.stdin.isTTY) input.setPrompt('… ');
        input.prompt();
        continue;
      }
      const message = [...pending, line].join('\n');
      pending = [];
      if (process.stdin.isTTY) input.setPrompt('> ');
      if (message.trim() !== '') await inTurn(() => say(message));
      input.prompt();
    }
    clearInterval(timer);
    await turn;
    input.close();
  } finally {
    await settleSentMarks(database.db);
    await database.close();
    lock?.release();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
