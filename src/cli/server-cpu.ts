import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/*
 * The CPU time the local PostgreSQL server spends, read from /proc: on a machine shared with other
 * work, CPU seconds per update move far less than updates per second do. Counted are the backends
 * of the databases being measured and the server's own processes (postmaster, WAL writer,
 * checkpointer, background writer), which work for every client; backends of other databases are
 * left out, so other clients of the same server do not count.
 */

/** The CPU times of one process and of its waited-for children, in clock ticks, and when it started (to tell a reused pid apart). */
export interface ProcessTimes {
  utime: number;
  stime: number;
  cutime: number;
  cstime: number;
  startTime: number;
}

/**
 * /proc/<pid>/stat: the command name in parentheses may hold spaces and parentheses itself, so the
 * fields are counted from the last `)`: utime, stime, cutime and cstime are fields 14 to 17, starttime 22.
 */
export function parseProcStat(text: string): ProcessTimes | null {
  const end = text.lastIndexOf(')');
  if (end < 0) return null;
  // Fields from the third on (state is field 3).
  const fields = text
    .slice(end + 2)
    .trim()
    .split(/\s+/);
  const field = (n: number) => Number(fields[n - 3]);
  const times = { utime: field(14), stime: field(15), cutime: field(16), cstime: field(17), startTime: field(22) };
  return Object.values(times).every(Number.isFinite) ? times : null;
}

/**
 * The database a PostgreSQL process serves, from its process title ("postgres: 15/main: user
 * database 127.0.0.1(5432) idle", the cluster name optional); null for the server's own processes.
 * An autovacuum worker names its database too.
 */
export function databaseOfProcessTitle(title: string): string | null {
  const text = title.replace(/\0/g, ' ').trim();
  if (!text.startsWith('postgres: ')) return null;
  const words = text
    .slice('postgres: '.length)
    .replace(/^\S+: /, '')
    .split(/\s+/);
  if (words[0] === 'autovacuum' && words[1] === 'worker') return words[2] ?? null;
  const host = words[2] ?? '';
  return /^(\[local\]|[\w.:-]+\(\d+\)|[\d.:a-f]+)$/i.test(host) ? (words[1] ?? null) : null;
}

let ticksPerSecond: number | null = null;
function clockTicksPerSecond(): number {
  if (ticksPerSecond === null) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

const readText = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

/** CPU milliseconds so far of every PostgreSQL process that works for `databases`, by pid and start time. */
function readServerProcesses(databases: ReadonlySet<string>): Map<string, number> {
  const msPerTick = 1000 / clockTicksPerSecond();
  const found = new Map<string, number>();
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid) || readText(`/proc/${pid}/comm`)?.trim() !== 'postgres') continue;
    const title = readText(`/proc/${pid}/cmdline`);
    const stat = readText(`/proc/${pid}/stat`);
    const times = stat === null ? null : parseProcStat(stat);
    if (title === null || times === null) continue;
    const database = databaseOfProcessTitle(title);
    if (database !== null && !databases.has(database)) continue;
    found.set(`${pid}:${times.startTime}`, (times.utime + times.stime) * msPerTick);
  }
  return found;
}

/**
 * Measures the server's CPU time for `databases` from start to stop. Sampled: a backend that
 * exits (pgbench's, at its end) counts up to its last sample, so sample() while such clients run.
 */
export function createServerCpuMeter(databases: string[]) {
  const wanted = new Set(databases);
  let first = new Map<string, number>();
  let last = new Map<string, number>();
  return {
    start(): void {
      first = readServerProcesses(wanted);
      last = new Map(first);
    },
    sample(): void {
      for (const [key, ms] of readServerProcesses(wanted)) last.set(key, ms);
    },
    /** CPU milliseconds since start(); a process that started since counts from zero. */
    stop(): number {
      this.sample();
      let total = 0;
      for (const [key, ms] of last) total += ms - (first.get(key) ?? 0);
      return total;
    },
  };
}

/** CPU milliseconds of this process's waited-for children so far (pgbench, once it has exited). */
export function childrenCpuMs(): number {
  const stat = readText('/proc/self/stat');
  const times = stat === null ? null : parseProcStat(stat);
  return times ? (times.cutime + times.cstime) * (1000 / clockTicksPerSecond()) : 0;
}
