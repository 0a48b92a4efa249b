import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/**/*.test.ts'],
    // PGlite starts in ~2.5 s cold; database tests share one instance per file. Generous limits:
    // the suite must pass on a busy machine, and a passing test never waits for them.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
