import { mkdirSync } from 'node:fs';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { projectPath } from '../project-files.ts';

/**
 * The drizzle database, whichever driver is behind it. Built without the schema: nothing uses
 * drizzle's relational queries (`db.query.…`), and with the schema every transaction built a
 * relational query builder for each table, on every update.
 */
export type AppDatabase = PgDatabase<PgQueryResultHKT>;
export type AppTransaction = PgTransaction<PgQueryResultHKT, Record<string, never>, ExtractTablesWithRelations<Record<string, never>>>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = AppDatabase | AppTransaction;

export const MIGRATIONS_DIR = projectPath('db', 'migrations');

export interface DatabaseHandle {
  db: AppDatabase;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
}

export type DatabaseTarget =
  | {
      kind: 'postgres';
      url: string;
      maxConnections?: number;
      /** Prepare statements once per connection (default); false sends every one unprepared. */
      prepare?: boolean;
      /** Told the text of every statement sent (the benchmark counts them). */
      onQuery?: (query: string) => void;
      /**
       * Told when a statement is sent while none is waiting for its result: with one update at a
       * time, the round trips to the server (the benchmark counts them; prepared client only).
       */
      onRoundTrip?: () => void;
    }
  /** `dataDir` undefined keeps the database in memory (tests). */
  | { kind: 'pglite'; dataDir?: string; onQuery?: (query: string) => void };

/**
 * A transaction's last statement, already sent, whose result is wanted only once the transaction
 * has committed: returned from the work, it travels with COMMIT in one round trip where the driver
 * pipelines (postgres.js here), and is awaited before COMMIT elsewhere (PGlite). The transaction
 * then resolves to the statement's result; if the statement failed, nothing is committed.
 */
export class CommittedWith<T> {
  constructor(readonly statement: Promise<T>) {
    // Its failure is the transaction's, reported there.
    statement.catch(() => {});
  }
}

/** Runs `work` in a transaction whose last statement goes with COMMIT; resolves to that statement's result once committed. */
export async function transactionCommittedWith<T>(db: AppDatabase, work: (tx: AppTransaction) => Promise<CommittedWith<T>>): Promise<T> {
  // Both transaction paths below unwrap CommittedWith: pipelinedTransaction, and awaitingCommittedWith for the others.
  return (await db.transaction(work)) as unknown as T;
}

/** For drivers that run a transaction's statements one at a time: the last statement is awaited before COMMIT. */
function awaitingCommittedWith(db: AppDatabase): AppDatabase {
  return new Proxy(db, {
    get(object, property, receiver) {
      if (property === 'transaction') {
        return (work: (tx: AppTransaction) => Promise<unknown>, config?: unknown) =>
          object.transaction(async (tx) => {
            const result = await work(tx);
            return result instanceof CommittedWith ? await result.statement : result;
          }, config as never);
      }
      return Reflect.get(object, property, receiver);
    },
  });
}

/** Errors after which postgres.js has already moved the connection to its closed queue. */
const LOST_CONNECTION = /^(CONNECTION_|ECONN|EPIPE|ETIMEDOUT)/;

interface TransactionScope {
  /** The first statement of the scope that failed, even if the caller caught it. */
  failed?: unknown;
}

/**
 * Runs `callback` in a transaction on a reserved connection, with BEGIN sent together with the
 * first statement instead of waiting for it alone (postgres.js's `begin` does): one round trip
 * less per transaction. As in postgres.js, a statement that failed fails the transaction even if
 * the caller caught the error (the server has aborted it; COMMIT would roll back silently).
 */
async function pipelinedTransaction(client: postgres.Sql, wrap: <T extends object>(target: T) => T, callback: (tx: object) => unknown): Promise<unknown> {
  const connection = wrap(await client.reserve());
  const scope: TransactionScope = {};
  let lost = false;
  const track = <Q extends Promise<unknown>>(query: Q, into: TransactionScope): Q => {
    query.catch((error: unknown) => {
      into.failed ??= error;
      if (LOST_CONNECTION.test(String((error as { code?: unknown }).code ?? ''))) lost = true;
    });
    return query;
  };
  let savepoints = 0;
  const scoped = (into: TransactionScope): object =>
    new Proxy(connection, {
      get(object, property, receiver) {
        if (property === 'unsafe') {
          return (...args: unknown[]) => track((object.unsafe as (...a: unknown[]) => Promise<unknown>)(...args), into);
        }
        if (property === 'savepoint') {
          return async (...savepointArgs: unknown[]) => {
            const inner = savepointArgs.pop() as (tx: object) => unknown;
            const name = `s${savepoints++}`;
            const nested: TransactionScope = {};
            await track(connection.unsafe(`savepoint ${name}`), into);
            try {
              const result = await inner(scoped(nested));
              if (nested.failed !== undefined) throw nested.failed;
              await track(connection.unsafe(`release savepoint ${name}`), into);
              return result;
            } catch (error) {
              await track(connection.unsafe(`rollback to savepoint ${name}`), into);
              throw error;
            }
          };
        }
        return Reflect.get(object, property, receiver);
      },
    });
  try {
    const begun = track(connection.unsafe('begin'), scope);
    try {
      const result = await callback(scoped(scope));
      await begun;
      if (scope.failed !== undefined) throw scope.failed;
      if (result instanceof CommittedWith) {
        // Already sent, so COMMIT follows it in the same round trip. After a failed statement the
        // server ends the transaction at COMMIT with a rollback, and the statement's error is thrown.
        const [statement] = await Promise.allSettled([result.statement, track(connection.unsafe('commit'), scope)]);
        if (scope.failed !== undefined) throw scope.failed;
        if (statement.status === 'rejected') throw statement.reason;
        return statement.value;
      }
      await connection.unsafe('commit');
      // A statement sent unawaited may have failed meanwhile: the server then rolled back at COMMIT.
      if (scope.failed !== undefined) throw scope.failed;
      return result;
    } catch (error) {
      if (!lost) await connection.unsafe('rollback').catch(() => {});
      throw error;
    }
  } finally {
    // A lost connection is already back in postgres.js's pool (to be reconnected); only a live one is handed back.
    if (!lost) connection.release();
  }
}

/**
 * The postgres.js client with every parameterised statement prepared: drizzle sends its queries
 * through `unsafe()` unprepared, so the server would parse and plan each one again on every call.
 * Prepared, a connection parses a statement once and then only binds and executes it.
 * Transactions run through pipelinedTransaction, their statements prepared too. `onQuery` is told
 * every statement here, without postgres.js's debug hook (which captures a stack trace per query).
 */
function preparingClient(client: postgres.Sql, onQuery?: (query: string) => void, onRoundTrip?: () => void): postgres.Sql {
  let awaited = 0;
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        if (property === 'unsafe') {
          return (query: string, args?: unknown[], options?: Record<string, unknown>) => {
            onQuery?.(query);
            const sent = (object as unknown as postgres.Sql).unsafe(query, args as never, args && args.length > 0 ? { ...options, prepare: true } : options);
            if (onRoundTrip) {
              if (awaited === 0) onRoundTrip();
              awaited += 1;
              // Sends the query now, as drizzle would a moment later.
              sent.then(
                () => (awaited -= 1),
                () => (awaited -= 1),
              );
            }
            return sent;
          };
        }
        return Reflect.get(object, property, receiver);
      },
    });
  return new Proxy(wrap(client), {
    get(object, property, receiver) {
      if (property === 'begin') {
        return (...beginArgs: unknown[]) => pipelinedTransaction(client, wrap, beginArgs.pop() as (tx: object) => unknown);
      }
      return Reflect.get(object, property, receiver);
    },
  });
}

/** Opens the database and applies the committed migrations; the same migrations serve both drivers. */
export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgres') {
    // Migrations run on a single connection, as the drizzle migrator expects.
    const migrationClient = postgres(target.url, { max: 1, onnotice: () => {} });
    try {
      await migratePostgres(drizzlePostgres(migrationClient), { migrationsFolder: MIGRATIONS_DIR });
    } finally {
      await migrationClient.end();
    }
    const onQuery = target.onQuery;
    const client = postgres(target.url, {
      max: target.maxConnections ?? 10,
      onnotice: () => {},
      ...(onQuery && target.prepare === false ? { debug: (_connection: number, query: string) => onQuery(query) } : {}),
    });
    const db =
      target.prepare === false
        ? awaitingCommittedWith(drizzlePostgres(client) as unknown as AppDatabase)
        : (drizzlePostgres(preparingClient(client, onQuery, target.onRoundTrip)) as unknown as AppDatabase);
    return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  // Loaded only when used: the embedded database costs some 40 MB of memory a PostgreSQL deployment does not need.
  const [{ PGlite }, { drizzle: drizzlePglite }, { migrate: migratePglite }] = await Promise.all([
    import('@electric-sql/pglite'),
    import('drizzle-orm/pglite'),
    import('drizzle-orm/pglite/migrator'),
  ]);
  const client = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
  try {
    await migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_DIR });
    const onQuery = target.onQuery;
    // Told through drizzle's logger: every statement drizzle sends (PGlite runs transactions itself).
    const db = drizzlePglite(client, { ...(onQuery ? { logger: { logQuery: (query: string) => onQuery(query) } } : {}) });
    return { db: awaitingCommittedWith(db as unknown as AppDatabase), kind: 'pglite', close: () => client.close() };
  } catch (error) {
    await client.close();
    throw error;
  }
}
