import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import { schema } from '../../db/schema.ts';

type Schema = typeof schema;
/** The drizzle database, whichever driver is behind it. */
export type AppDatabase = PgDatabase<PgQueryResultHKT, Schema>;
export type AppTransaction = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Queryable = AppDatabase | AppTransaction;

export const MIGRATIONS_DIR = fileURLToPath(new URL('../../db/migrations', import.meta.url));

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
    }
  /** `dataDir` undefined keeps the database in memory (tests). */
  | { kind: 'pglite'; dataDir?: string; onQuery?: (query: string) => void };

/**
 * The postgres.js client with every parameterised statement prepared: drizzle sends its queries
 * through `unsafe()` unprepared, so the server would parse and plan each one again on every call.
 * Prepared, a connection parses a statement once and then only binds and executes it. Statements
 * inside transactions go through the transaction's own client, so that one is wrapped too.
 */
function preparingClient(client: postgres.Sql): postgres.Sql {
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property, receiver) {
        if (property === 'unsafe') {
          return (query: string, args?: unknown[], options?: Record<string, unknown>) =>
            (object as unknown as postgres.Sql).unsafe(query, args as never, args && args.length > 0 ? { ...options, prepare: true } : options);
        }
        if (property === 'begin') {
          return (...beginArgs: unknown[]) => {
            const callback = beginArgs.pop() as (tx: object) => unknown;
            return (object as unknown as postgres.Sql).begin(...(beginArgs as [string]), (tx: postgres.TransactionSql) => callback(wrap(tx)));
          };
        }
        if (property === 'savepoint') {
          return (...savepointArgs: unknown[]) => {
            const callback = savepointArgs.pop() as (tx: object) => unknown;
            return (object as unknown as postgres.TransactionSql).savepoint(...(savepointArgs as [string]), (tx: postgres.TransactionSql) =>
              callback(wrap(tx)),
            );
          };
        }
        return Reflect.get(object, property, receiver);
      },
    });
  return wrap(client);
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
      ...(onQuery ? { debug: (_connection: number, query: string) => onQuery(query) } : {}),
    });
    const db = drizzlePostgres(target.prepare === false ? client : preparingClient(client), { schema }) as unknown as AppDatabase;
    return { db, kind: 'postgres', close: () => client.end({ timeout: 5 }) };
  }
  if (target.dataDir) mkdirSync(target.dataDir, { recursive: true });
  const client = target.dataDir ? new PGlite(target.dataDir) : new PGlite();
  try {
    await migratePglite(drizzlePglite(client, { schema }), { migrationsFolder: MIGRATIONS_DIR });
    const onQuery = target.onQuery;
    // Told through drizzle's logger: every statement drizzle sends (PGlite runs transactions itself).
    const db = drizzlePglite(client, { schema, ...(onQuery ? { logger: { logQuery: (query: string) => onQuery(query) } } : {}) });
    return { db: db as unknown as AppDatabase, kind: 'pglite', close: () => client.close() };
  } catch (error) {
    await client.close();
    throw error;
  }
}
