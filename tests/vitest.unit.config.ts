import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The fast tier: pure tests only (no database, no bot, no pictures), run in seconds while working
 * on the conversation. `npm test` runs these too, with everything else.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: [
      'tests/canvas/**/*.test.ts',
      'tests/bot/callback-data.test.ts',
      'tests/bot/commands.test.ts',
      'tests/bot/course-callback-data.test.ts',
      'tests/course/time-zones.test.ts',
      'tests/locales.test.ts',
      'tests/render/shorten.test.ts',
      'tests/render/split-telegram-html.test.ts',
    ],
    testTimeout: 30_000,
  },
});
