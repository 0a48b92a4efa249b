import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseKind } from '../helpers/test-database.ts';
import { BotApiEmulator } from './helpers/bot-api-emulator.ts';
import { BotProcess, COMPILED_ENTRY, TEST_TOKEN, createProcessStorage } from './helpers/bot-process.ts';

const ROOT = new URL('../..', import.meta.url).pathname;
const run = promisify(execFile);

/**
 * `npm start` and `npm run bench` run the JavaScript that `npm run build` writes to dist/, while every
 * other test runs the sources. What only the compiled layout decides is checked here on that output:
 * files found from the repository's root (locales, migrations) and the render worker started
 * without tsx.
 */
describe(`the compiled bot, as npm start runs it (${databaseKind})`, () => {
  beforeAll(async () => {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    await run(process.execPath, [tsc, '-p', 'src/tsconfig.build.json'], { cwd: ROOT });
  });

  it('ends with exit code 1 and names the variable when the configuration is bad', async () => {
    const bot = new BotProcess({ DATABASE_URL: 'mysql://localhost/db' }, COMPILED_ENTRY);
    expect((await bot.exited).code).toBe(1);
    expect(bot.stderr).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
  });

  describe('started', () => {
    const emulator = new BotApiEmulator(TEST_TOKEN);
    let storage: Awaited<ReturnType<typeof createProcessStorage>>;
    let bot: BotProcess;
    beforeAll(async () => {
      await emulator.start();
      storage = await createProcessStorage();
    });
    afterAll(async () => {
      await bot?.dispose();
      await emulator.stop();
      await storage?.cleanup();
    });

    it('applies the migrations and polls', async () => {
      bot = new BotProcess({ ...storage.env, BOT_API_ROOT: emulator.apiRoot }, COMPILED_ENTRY);
      await bot.waitForLog('polling started');
      expect(emulator.commandMenus).toHaveLength(2);
    });
  });

  it('draws a picture on a render worker started from the compiled JavaScript', async () => {
    const script = `(async () => {
      const { groupPictureStats } = await import('./dist/src/cohort/group-picture-stats.js');
      const { createRenderPool } = await import('./dist/src/runtime/render-pool.js');
      const pool = createRenderPool({ workers: 1 });
      const stats = groupPictureStats([{ filledBlocks: ['channels'], returnedBlocks: [], relationshipTypes: [], revenueTypes: [], coachingNoteKeys: [], submitted: true }]);
      const png = await pool.renderGroup(stats, { name: 'Поток', date: new Date(), language: 'ru', timeZone: 'Europe/Moscow' });
      await pool.close();
      process.stdout.write(png.subarray(1, 4).toString('latin1'));
    })()`;
    const { stdout } = await run(process.execPath, ['-e', script], { cwd: ROOT });
    expect(stdout).toBe('PNG');
  });
});
