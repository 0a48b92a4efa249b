import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';

const TOKEN = '123456:ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ROOT = new URL('..', import.meta.url).pathname;

function problemOf(environment: Record<string, string>): string {
  try {
    loadConfig(environment);
    return '';
  } catch (error) {
    return (error as Error).message;
  }
}

/** Runs the real entry point with a given environment (nothing inherited but PATH and HOME). */
function runMain(environment: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...environment },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('configuration', () => {
  it('uses polling, embedded storage under ./data and the documented defaults when only the token is given', () => {
    const config = loadConfig({ BOT_TOKEN: TOKEN });
    expect(config.mode).toBe('polling');
    expect(config.database).toEqual({ kind: 'pglite', dataDir: './data' });
    expect(config.reminders).toEqual({ idleHours: 48, timeZone: 'Europe/Moscow', checkIntervalMs: 300_000 });
    expect(config.course).toEqual({ notifyWindowMinutes: 15, reviewLeaseMinutes: 30 });
    expect(config.webhook).toBeUndefined();
  });

  it('reads the coach notification window and the review lease', () => {
    expect(loadConfig({ BOT_TOKEN: TOKEN, COACH_NOTIFY_WINDOW_MINUTES: '60', REVIEW_LEASE_MINUTES: '10' }).course).toEqual({
      notifyWindowMinutes: 60,
      reviewLeaseMinutes: 10,
    });
    expect(problemOf({ BOT_TOKEN: TOKEN, REVIEW_LEASE_MINUTES: '0' })).toMatch(/REVIEW_LEASE_MINUTES/);
  });

  it('names a missing token', () => {
    expect(problemOf({})).toMatch(/BOT_TOKEN is required/);
  });

  it('requires WEBHOOK_URL and WEBHOOK_SECRET in webhook mode and takes the path from the URL', () => {
    const problem = problemOf({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook' });
    expect(problem).toMatch(/WEBHOOK_URL is required/);
    expect(problem).toMatch(/WEBHOOK_SECRET is required/);
    const config = loadConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://bot.example/tg/hook', WEBHOOK_SECRET: 's3cr-et_' });
    expect(config.webhook).toEqual({ url: 'https://bot.example/tg/hook', path: '/tg/hook', secret: 's3cr-et_' });
  });

  it('rejects a secret Telegram would not accept, a bad port, a bad time zone and an unknown mode', () => {
    expect(problemOf({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'https://x.example/h', WEBHOOK_SECRET: 'has space' })).toMatch(
      /WEBHOOK_SECRET must be/,
    );
    expect(problemOf({ BOT_TOKEN: TOKEN, PORT: 'eighty' })).toMatch(/PORT must be a number/);
    expect(problemOf({ BOT_TOKEN: TOKEN, PORT: '70000' })).toMatch(/PORT must be at most 65535/);
    expect(problemOf({ BOT_TOKEN: TOKEN, REMINDER_TIME_ZONE: 'Mars/Olympus' })).toMatch(/REMINDER_TIME_ZONE must be an IANA time zone/);
    expect(problemOf({ BOT_TOKEN: TOKEN, BOT_MODE: 'both' })).toMatch(/BOT_MODE must be "polling" or "webhook"/);
    expect(problemOf({ BOT_TOKEN: TOKEN, REMINDER_IDLE_HOURS: '-1' })).toMatch(/REMINDER_IDLE_HOURS must be at least/);
  });

  it('ends the process with exit code 1 and a message naming the variable', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'canvas-config-'));
    try {
      const missing = await runMain({ DATA_DIR: dataDir });
      expect(missing.code).toBe(1);
      expect(missing.stderr).toContain('BOT_TOKEN is required');
      const malformed = await runMain({ BOT_TOKEN: TOKEN, DATABASE_URL: 'mysql://localhost/db', DATA_DIR: dataDir });
      expect(malformed.code).toBe(1);
      expect(malformed.stderr).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('refuses a plain-http WEBHOOK_URL unless it points at this machine', () => {
    expect(problemOf({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'http://bot.example/hook', WEBHOOK_SECRET: 'abc' })).toMatch(
      /WEBHOOK_URL must be an https:\/\/ URL/,
    );
    expect(loadConfig({ BOT_TOKEN: TOKEN, BOT_MODE: 'webhook', WEBHOOK_URL: 'http://127.0.0.1:8443/hook', WEBHOOK_SECRET: 'abc' }).webhook?.path).toBe('/hook');
  });

  it('names DATABASE_URL and gives up with exit 1 when the database is unknown or unreachable', { timeout: 90_000 }, async () => {
    const serverUrl = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
    const unknown = new URL(serverUrl);
    unknown.pathname = '/no_such_database_for_canvas_tests';
    const missing = await runMain({ BOT_TOKEN: TOKEN, DATABASE_URL: unknown.toString(), STARTUP_TIMEOUT_SECONDS: '3' });
    expect(missing.code).toBe(1);
    // Either it says the database does not exist, or (no server running here) that it cannot be reached.
    expect(missing.stderr).toMatch(
      /DATABASE_URL \(.*no_such_database_for_canvas_tests\): (the database does not exist|the database server could not be reached)/,
    );
    expect(missing.stderr).not.toContain('Failed query');
    const unreachable = await runMain({ BOT_TOKEN: TOKEN, DATABASE_URL: 'postgres://postgres@127.0.0.1:1/db', STARTUP_TIMEOUT_SECONDS: '2' });
    expect(unreachable.code).toBe(1);
    expect(unreachable.stderr).toContain('DATABASE_URL (127.0.0.1:1/db): the database server could not be reached within 2 s');
  });

  it('names BOT_API_ROOT and gives up with exit 1 when the Bot API cannot be reached', { timeout: 90_000 }, async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'canvas-config-'));
    try {
      const result = await runMain({ BOT_TOKEN: TOKEN, DATA_DIR: dataDir, BOT_API_ROOT: 'http://127.0.0.1:1', STARTUP_TIMEOUT_SECONDS: '3' });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/BOT_API_ROOT \(http:\/\/127\.0\.0\.1:1\)/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
