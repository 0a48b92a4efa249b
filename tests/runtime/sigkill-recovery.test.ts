import { PGlite } from '@electric-sql/pglite';
import postgres from 'postgres';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind } from '../helpers/test-database.ts';
import { BotApiEmulator, type BotMessage } from './helpers/bot-api-emulator.ts';
import { BotProcess, TEST_TOKEN, createProcessStorage, waitFor } from './helpers/bot-process.ts';

const USER = 9301;

/** Rows of the answers table, read after the bot has stopped (PGlite serves one process at a time). */
async function storedAnswers(storage: { env: Record<string, string>; url: string | undefined }): Promise<{ text: string }[]> {
  if (storage.url) {
    const client = postgres(storage.url, { max: 1, onnotice: () => {} });
    try {
      return await client<{ text: string }[]>`select text from answers order by id`;
    } finally {
      await client.end();
    }
  }
  const db = new PGlite(storage.env.DATA_DIR);
  try {
    return (await db.query<{ text: string }>('select text from answers order by id')).rows;
  } finally {
    await db.close();
  }
}

const questionOf = (message: BotMessage) => /Вопрос \d+ из \d+\.<\/b> [^\n]+/.exec(message.text)?.[0];

describe(`the bot killed between storing an answer and replying (${databaseKind})`, () => {
  const emulator = new BotApiEmulator(TEST_TOKEN);
  let storage: Awaited<ReturnType<typeof createProcessStorage>>;
  const processes: BotProcess[] = [];
  const startBot = async () => {
    const bot = new BotProcess({ ...storage.env, BOT_API_ROOT: emulator.apiRoot, OUTBOX_GRACE_SECONDS: '1', OUTBOX_FLUSH_SECONDS: '1' });
    processes.push(bot);
    await bot.waitForLog('polling started');
    return bot;
  };

  beforeAll(async () => {
    await emulator.start();
    storage = await createProcessStorage();
  });
  // Each case leaves no bot behind, passed or failed: a survivor would hold the data directory.
  afterEach(async () => {
    for (const bot of processes.splice(0)) await bot.dispose();
  });
  afterAll(async () => {
    await emulator.stop();
    await storage?.cleanup();
  });

  it.each(['drop', 'deliver'] as const)(
    'stores the answer once and shows the next question at least once and at most twice (reply %s on the way)',
    { timeout: 300_000 },
    async (fate) => {
      const user = USER + (fate === 'drop' ? 0 : 1);
      const client = emulator.client(user);
      const messages = () => emulator.botMessages(user);
      const first = await startBot();
      await client.sendCommand(client.makeCommand('/start'));
      await waitFor(() => messages().some((message) => message.text.includes('Как называется')), 'title question');
      await client.sendMessage(client.makeMessage(`Пекарня ${fate}`));
      await waitFor(() => messages().some((message) => questionOf(message)?.startsWith('Вопрос 1 из')), 'first question');
      const firstQuestion = messages().map(questionOf).find(Boolean);

      // The reply to the answer is held by the "network"; the answer is committed by then.
      let release: (fate: 'deliver' | 'drop') => void = () => {};
      const held = emulator.hold('sendMessage', new Promise((resolve) => (release = resolve)));
      await client.sendMessage(client.makeMessage(`Семьи с детьми из соседних домов (${fate})`));
      await held;
      first.kill('SIGKILL');
      await first.exited;
      release(fate);

      const second = await startBot();
      await waitFor(() => messages().some((message) => questionOf(message)?.startsWith('Вопрос 2 из')), 'the next question after restart');
      const nextQuestion = messages()
        .map(questionOf)
        .find((question) => question?.startsWith('Вопрос 2 из'));
      const shown = messages().filter((message) => questionOf(message) === nextQuestion).length;
      expect(shown).toBeGreaterThanOrEqual(1);
      expect(shown).toBeLessThanOrEqual(2);
      expect(firstQuestion).not.toBe(nextQuestion);

      // The conversation goes on from there: no question is skipped.
      await client.sendMessage(client.makeMessage('Самая важная группа — мамы с колясками, они приходят каждый день'));
      await waitFor(() => messages().some((message) => message.text.includes('Блок 2 из 9')), 'block 2');

      second.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
      const answers = (await storedAnswers(storage)).map((row) => row.text);
      expect(answers.filter((text) => text === `Семьи с детьми из соседних домов (${fate})`)).toHaveLength(1);
      console.info(`SIGKILL (${fate}): next question shown ${shown} time(s)`);
    },
  );
});
