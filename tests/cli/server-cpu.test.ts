import { describe, expect, it } from 'vitest';
import { databaseOfProcessTitle, parseProcStat } from '../../src/cli/server-cpu.ts';

describe('reading the server CPU from /proc', () => {
  it('reads the CPU times and start time of a stat line, whatever its command name holds', () => {
    const line =
      '2203 (postgres: a) b) S 2199 2203 2203 0 -1 4210752 171 0 0 0 412 388 25 17 20 0 1 0 1234567 226000896 1734 18446744073709551615 0 0 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0';
    expect(parseProcStat(line)).toEqual({ utime: 412, stime: 388, cutime: 25, cstime: 17, startTime: 1234567 });
  });

  it('gives nothing for a line it cannot read', () => {
    expect(parseProcStat('garbage')).toBeNull();
    expect(parseProcStat('1 (x) S 1 2')).toBeNull();
  });

  it("tells a backend's database from its process title, with or without a cluster name", () => {
    expect(databaseOfProcessTitle('postgres: 15/main: postgres canvas_bench_1a 127.0.0.1(40118) idle\0')).toBe('canvas_bench_1a');
    expect(databaseOfProcessTitle('postgres: bot pgbench_2b [local] UPDATE')).toBe('pgbench_2b');
    expect(databaseOfProcessTitle('postgres: 15/main: autovacuum worker pgbench_2b')).toBe('pgbench_2b');
  });

  it("gives no database for the server's own processes", () => {
    expect(databaseOfProcessTitle('postgres: 15/main: walwriter                ')).toBeNull();
    expect(databaseOfProcessTitle('postgres: 15/main: logical replication launcher')).toBeNull();
    expect(databaseOfProcessTitle('/usr/lib/postgresql/15/bin/postgres\0-D\0/var/lib/postgresql/15/main\0')).toBeNull();
  });
});
