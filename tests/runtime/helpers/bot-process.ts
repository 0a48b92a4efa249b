import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerDatabase } from '../../helpers/test-database.ts';

const ROOT = new URL('../../..', import.meta.url).pathname;
export const TEST_TOKEN = '123456:TESTTOKENtestTOKENtestTOKEN';

/** Where a spawned bot keeps its data: a fresh PostgreSQL database when TEST_DATABASE_URL is set, else a temp DATA_DIR. */
export async function createProcessStorage(): Promise<{ env: Record<string, string>; url: string | undefined; cleanup(): Promise<void> }> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const dir = mkdtempSync(join(tmpdir(), 'canvas-bot-'));
    return { env: { DATA_DIR: dir }, url: undefined, cleanup: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const database = await createServerDatabase(serverUrl, 'canvas_proc');
  return { env: { DATABASE_URL: database.url }, url: database.url, cleanup: () => database.drop() };
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** How the bot starts: from its sources through tsx, or (`COMPILED_ENTRY`) as `npm start` runs it, compiled by `npm run build`. */
export const SOURCE_ENTRY = ['--import', 'tsx', 'src/main.ts'];
export const COMPILED_ENTRY = ['dist/src/main.js'];

/** The real bot (`src/main.ts`, or its compiled JavaScript) in a child process, with its JSON log lines parsed. */
export class BotProcess {
  readonly logs: LogLine[] = [];
  stdout = '';
  stderr = '';
  private child: ChildProcess;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(env: Record<string, string>, entry: string[] = SOURCE_ENTRY) {
    this.child = spawn(process.execPath, entry, {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        BOT_TOKEN: TEST_TOKEN,
        LOG_LEVEL: process.env.BOT_LOG_LEVEL ?? 'info',
        ...(process.env.BOT_DEBUG ? { DEBUG: process.env.BOT_DEBUG } : {}),
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let partial = '';
    this.child.stdout?.on('data', (chunk: Buffer) => {
      this.stdout += chunk.toString();
      partial += chunk.toString();
      const lines = partial.split('\n');
      partial = lines.pop() ?? '';
      for (const line of lines) {
        try {
          this.logs.push(JSON.parse(line) as LogLine);
        } catch {
          // not a log line
        }
      }
    });
    this.child.stderr?.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  get pid(): number {
    return this.child.pid ?? 0;
  }

  /** Waits for a log line with this message (the bot logs ids and counts, never user text). */
  async waitForLog(msg: string, timeoutMs = 120_000): Promise<LogLine> {
    return waitFor(() => this.logs.find((line) => line.msg === msg), `log "${msg}"; stderr: ${this.stderr.slice(-500)}`, timeoutMs, this.exited);
  }

  kill(signal: NodeJS.Signals): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
  }

  /** Makes sure the process is gone (test cleanup). */
  async dispose(): Promise<void> {
    this.kill('SIGKILL');
    await this.exited;
  }
}

/** Polls `probe` until it returns something other than undefined/false. */
/** Generous by default: the machine may be busy with other work; a passing wait returns at once. */
export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 120_000, abort?: Promise<unknown>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let aborted = false;
  void abort?.then(() => (aborted = true));
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (aborted) throw new Error(`process exited while waiting for ${what}`);
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
