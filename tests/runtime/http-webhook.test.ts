import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind } from '../helpers/test-database.ts';
import { BotApiEmulator, freePort } from './helpers/bot-api-emulator.ts';
import { BotProcess, TEST_TOKEN, createProcessStorage, waitFor } from './helpers/bot-process.ts';

const USER = 9201;
const SECRET = 'webhook-secret_42';

function startUpdate(updateId: number) {
  return {
    update_id: updateId,
    message: {
      message_id: 10,
      date: Math.floor(Date.now() / 1000),
      chat: { id: USER, type: 'private', first_name: 'Анна' },
      from: { id: USER, is_bot: false, first_name: 'Анна', language_code: 'ru' },
      text: '/start',
      entities: [{ type: 'bot_command', offset: 0, length: 6 }],
    },
  };
}

describe(`the bot process in webhook mode (${databaseKind})`, () => {
  const emulator = new BotApiEmulator(TEST_TOKEN);
  let storage: Awaited<ReturnType<typeof createProcessStorage>>;
  let bot: BotProcess;
  let base = '';

  beforeAll(async () => {
    await emulator.start();
    storage = await createProcessStorage();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    bot = new BotProcess({
      ...storage.env,
      BOT_API_ROOT: emulator.apiRoot,
      BOT_MODE: 'webhook',
      WEBHOOK_URL: `${base}/tg/hook`,
      WEBHOOK_SECRET: SECRET,
      HOST: '127.0.0.1',
      PORT: String(port),
    });
    await bot.waitForLog('webhook registered');
  });
  afterAll(async () => {
    await bot?.dispose();
    await emulator.stop();
    await storage?.cleanup();
  });

  const post = (body: unknown, secret?: string) =>
    fetch(`${base}/tg/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
      body: JSON.stringify(body),
    });

  it('registers the webhook with its secret and only the update types it reads', () => {
    const call = emulator.calls.find((candidate) => candidate.method === 'setWebhook');
    expect(call?.payload).toMatchObject({ url: `${base}/tg/hook`, secret_token: SECRET, allowed_updates: ['message', 'callback_query'] });
  });

  it('answers GET /healthz with 200 and the database state', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('refuses updates without the secret header or with a wrong one, and does nothing with them', async () => {
    expect((await post(startUpdate(1))).status).toBe(401);
    expect((await post(startUpdate(1), 'wrong-secret')).status).toBe(401);
    expect((await fetch(`${base}/other`, { method: 'POST' })).status).toBe(404);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(emulator.botMessages(USER)).toHaveLength(0);
  });

  it('accepts an update with the right secret, answers at once, replies to the user, and applies a re-delivery once', async () => {
    const response = await post(startUpdate(2), SECRET);
    expect(response.status).toBe(200);
    await waitFor(() => emulator.botMessages(USER).some((message) => message.text.includes('Как называется')), 'the reply');
    const replies = emulator.botMessages(USER).length;
    expect((await post(startUpdate(2), SECRET)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(emulator.botMessages(USER)).toHaveLength(replies);
    expect((await post({ not: 'an update' }, SECRET)).status).toBe(400);
  });

  it('stops on SIGTERM with exit code 0', async () => {
    bot.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    expect(bot.stdout).not.toContain(SECRET);
    expect(bot.stdout).not.toContain(TEST_TOKEN);
  });
});
