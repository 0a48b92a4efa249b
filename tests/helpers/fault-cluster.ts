import { execFile } from 'node:child_process';
import { accessSync, chownSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const BIN = process.env.PG_BIN_DIR ?? '/usr/lib/postgresql/15/bin';
const OS_USER = 'postgres';

/** Why a throwaway cluster cannot be made here, or null when it can. */
export function clusterUnavailableReason(): string | null {
  try {
    accessSync(join(BIN, 'initdb'), constants.X_OK);
    accessSync(join(BIN, 'pg_ctl'), constants.X_OK);
  } catch {
    return `no initdb/pg_ctl in ${BIN}`;
  }
  if (typeof process.getuid === 'function' && process.getuid() === 0) {
    try {
      accessSync('/usr/sbin/runuser', constants.X_OK);
    } catch {
      return 'running as root without runuser to start PostgreSQL as the postgres user';
    }
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Runs a PostgreSQL binary as the postgres OS user when we are root (the server refuses root). */
async function asPostgres(binary: string, args: string[]): Promise<string> {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const [command, commandArgs] = asRoot ? ['/usr/sbin/runuser', ['-u', OS_USER, '--', join(BIN, binary), ...args]] : [join(BIN, binary), args];
  const { stdout } = await run(command, commandArgs, { timeout: 120_000 });
  return stdout;
}

export interface ThrowawayCluster {
  url: string;
  port: number;
  /** Stops the server: 'fast' closes sessions cleanly, 'immediate' is like a crash. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Starts it again and resolves once it accepts connections. */
  start(): Promise<void>;
  destroy(): Promise<void>;
}

/**
 * A PostgreSQL cluster of its own in a temporary directory, on a free loopback port, which a
 * test may stop and start at will without disturbing anything else.
 */
export async function createThrowawayCluster(): Promise<ThrowawayCluster> {
  const directory = mkdtempSync(join(tmpdir(), 'canvas-fault-pg-'));
  const dataDir = join(directory, 'data');
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) {
    const { stdout } = await run('id', ['-u', OS_USER]);
    const { stdout: group } = await run('id', ['-g', OS_USER]);
    chownSync(directory, Number(stdout.trim()), Number(group.trim()));
  }
  await asPostgres('initdb', ['-D', dataDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off`;
  const logFile = join(directory, 'server.log');
  const start = async () => {
    await asPostgres('pg_ctl', ['-D', dataDir, '-o', options, '-l', logFile, '-w', '-t', '60', 'start']);
  };
  let running = false;
  await start();
  running = true;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop(mode = 'fast') {
      await asPostgres('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']);
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await asPostgres('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => {});
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
