import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataDirLockedError, LOCK_FILE_NAME, lockDataDir, processStartTime } from '../../src/runtime/data-dir-lock.ts';

/** The pid of a process that has certainly ended. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid as number;
}

describe('data directory lock (embedded database serves one process)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'canvas-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the pid into the lock file and removes it on release', () => {
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8').trim().split(' ')[0]).toBe(String(process.pid));
    lock.release();
    expect(() => readFileSync(join(dir, LOCK_FILE_NAME))).toThrow();
  });

  it('refuses a second process while the first is alive, naming its pid', async () => {
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, LOCK_FILE_NAME), `${holder.pid}\n`);
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
      expect(() => lockDataDir(dir)).toThrow(`in use by another bot process (pid ${holder.pid})`);
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('takes over a lock left by a process that is gone', async () => {
    writeFileSync(join(dir, LOCK_FILE_NAME), `${await deadPid()}\n`);
    const lock = lockDataDir(dir);
    expect(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8').trim().split(' ')[0]).toBe(String(process.pid));
    lock.release();
  });

  it.skipIf(processStartTime(process.pid) === null)('takes over a stale lock whose pid now belongs to another process (a restarted container)', async () => {
    // Another live process holds the recorded pid, but it started at another time than the lock says.
    const stranger = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    try {
      writeFileSync(join(dir, LOCK_FILE_NAME), `${stranger.pid} 1\n`);
      const lock = lockDataDir(dir);
      expect(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8').trim()).toBe(`${process.pid} ${processStartTime(process.pid)}`);
      lock.release();
      // The same pid with its real start time is a live owner and is refused.
      writeFileSync(join(dir, LOCK_FILE_NAME), `${stranger.pid} ${processStartTime(stranger.pid as number)}\n`);
      expect(() => lockDataDir(dir)).toThrow(DataDirLockedError);
    } finally {
      stranger.kill('SIGKILL');
    }
  });
});
