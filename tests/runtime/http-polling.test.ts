import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { questionCounts } from '../../src/canvas/questions.ts';
import { BotApiEmulator, type BotMessage, freePort } from './helpers/bot-api-emulator.ts';
import { BotProcess, TEST_TOKEN, createProcessStorage, waitFor } from './helpers/bot-process.ts';
import { databaseKind } from '../helpers/test-database.ts';

const USER = 9101;

describe(`the bot process over real long polling against a local Bot API (${databaseKind})`, () => {
  const emulator = new BotApiEmulator(TEST_TOKEN);
  let storage: Awaited<ReturnType<typeof createProcessStorage>>;
  let bot: BotProcess;
  let healthPort = 0;

  beforeAll(async () => {
    await emulator.start();
    storage = await createProcessStorage();
    healthPort = await freePort();
    // The walk below answers faster than a person; the flood limit is tested on its own.
    bot = new BotProcess({ ...storage.env, BOT_API_ROOT: emulator.apiRoot, RATE_LIMIT_UPDATES: '1000', HOST: '127.0.0.1', PORT: String(healthPort) });
    await bot.waitForLog('polling started');
    // The health server starts after polling; on a busy machine the first request could beat it.
    await bot.waitForLog('health server listening');
  });
  afterAll(async () => {
    await bot?.dispose();
    await emulator.stop();
    await storage?.cleanup();
  });

  it('answers /healthz in polling mode when PORT is set', async () => {
    const response = await fetch(`http://127.0.0.1:${healthPort}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok', accepting: true });
  });

  it('publishes the command menu in Russian for everyone and in English for English clients', () => {
    expect(emulator.commandMenus).toHaveLength(2);
    const [russian, english] = emulator.commandMenus;
    expect(russian?.languageCode).toBeUndefined();
    expect(english?.languageCode).toBe('en');
    const names = [
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
    ];
    expect(russian?.commands.map((command) => command.command)).toEqual(names);
    expect(russian?.commands.find((command) => command.command === 'new')?.description).toBe('Новый холст');
    expect(english?.commands.find((command) => command.command === 'new')?.description).toBe('New canvas');
  });

  it('walks a whole canvas: every question answered once and in order, the summary at the end', async () => {
    const client = emulator.client(USER);
    const messages = () => emulator.botMessages(USER);
    /** Sends, then waits until the bot has said something new and gone quiet for a moment. */
    const exchange = async (send: () => Promise<unknown>): Promise<BotMessage[]> => {
      const before = messages().length;
      await send();
      await waitFor(() => messages().length > before, 'a reply', 20_000).catch((error: unknown) => {
        throw new Error(
          `${String(error)}; last: ${messages()
            .slice(-2)
            .map((m) => m.text.slice(0, 200))
            .join(' | ')}; calls: ${emulator.calls
            .map((c) => c.method + (c.method === 'getUpdates' ? '' : JSON.stringify(c.payload).slice(0, 80)))
            .filter((c) => c !== 'getUpdates')
            .join(',')}; log: ${bot.stdout.slice(-800)} stderr: ${bot.stderr.slice(-3000)}`,
        );
      });
      let seen = messages().length;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 150));
        if (messages().length === seen) break;
        seen = messages().length;
      }
      return messages().slice(before);
    };
    const press = (message: BotMessage, label: string) => {
      const found = message.buttons.find((candidate) => candidate.text === label);
      if (!found) throw new Error(`no button ${label}`);
      return exchange(() =>
        client.sendCallback(client.makeCallbackQuery(found.data, { message: { message_id: message.messageId, date: Math.floor(Date.now() / 1000) } as never })),
      );
    };

    const started = Date.now();
    expect((await exchange(() => client.sendCommand(client.makeCommand('/start')))).map((m) => m.text).join()).toContain('Как называется');
    let latest = await exchange(() => client.sendMessage(client.makeMessage('Кофейня у дома')));
    const questions: string[] = [];
    for (let guard = 0; guard < 60; guard++) {
      const withButtons = [...latest].reverse().find((message) => message.buttons.length > 0);
      if (withButtons?.buttons.some((button) => button.text === '✔️ Готово')) {
        latest = await press(withButtons, '✔️ Готово');
        continue;
      }
      if (!withButtons?.buttons.some((button) => button.text === '⏭ Пропустить')) break;
      // The question as the user reads it: the message carrying the navigation buttons.
      questions.push(withButtons.text.replace(/^✅[^\n]*\n+/, ''));
      latest = await exchange(() => client.sendMessage(client.makeMessage(`Ответ ${questions.length}: клиенты платят подписку, общаемся в чате`)));
    }
    const elapsed = Date.now() - started;
    expect(new Set(questions).size).toBe(questions.length);
    expect(questions.length).toBe(BLOCK_IDS.reduce((sum, blockId) => sum + questionCounts()[blockId], 0));
    expect(
      messages()
        .map((message) => message.text)
        .join('\n'),
      messages()
        .slice(-3)
        .map((m) => m.text + JSON.stringify(m.buttons))
        .join(' // '),
    ).toContain('Структура издержек');
    expect(
      messages()
        .map((message) => message.text)
        .join('\n'),
    ).toMatch(/заполнен/);
    // The finished canvas's phone picture arrives as one album, its caption on the first image.
    await waitFor(() => emulator.calls.some((call) => call.method === 'sendMediaGroup'), 'the phone picture album', 60_000).catch((error: unknown) => {
      throw new Error(
        `${String(error)}; calls: ${emulator.calls
          .map((c) => c.method)
          .filter((m) => m !== 'getUpdates')
          .slice(-8)
          .join(',')}; last: ${messages()
          .slice(-3)
          .map((m) => m.text.slice(0, 120))
          .join(' | ')}; stderr: ${bot.stderr.slice(-1500)}; log: ${bot.stdout.slice(-1500)}`,
      );
    });
    const album = emulator.calls.find((call) => call.method === 'sendMediaGroup')?.payload.media as Array<{ caption?: string }>;
    expect(album.length).toBeGreaterThanOrEqual(2);
    expect(album[0]?.caption).toContain('Кофейня у дома');
    await waitFor(
      () => messages().some((message) => message.buttons.some((button) => button.text === '🖼 Классический вид')),
      'the classic-view button',
      30_000,
    );
    expect(
      messages()
        .map((message) => message.text)
        .join('\n'),
    ).not.toContain('отправить не получилось');
    // Figures for the report, not assertions on time.
    console.info(`canvas over polling: ${questions.length} questions, ${messages().length} bot messages, ${elapsed} ms`);
  }, 180_000);

  it('stops on SIGTERM: stops polling, closes the database and exits 0', async () => {
    bot.kill('SIGTERM');
    const { code } = await bot.exited;
    expect(code).toBe(0);
    expect(bot.logs.map((line) => line.msg)).toEqual(expect.arrayContaining(['stopping', 'stopped']));
    // No log line carries the token or what the user wrote.
    expect(bot.stdout).not.toContain(TEST_TOKEN);
    expect(bot.stdout).not.toContain('Кофейня');
  });
});
