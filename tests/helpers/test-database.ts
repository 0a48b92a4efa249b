import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type DatabaseHandle, openDatabase } from '../../src/storage/database.ts';

export const databaseKind = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite';

/** A new, empty database on the server of `serverUrl`, and the way to drop it again. */
export async function createServerDatabase(serverUrl: string, prefix: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      try {
        await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await cleanup.end();
      }
    },
  };
}

export interface SharedDatabase {
  handle: DatabaseHandle;
  /**
   * A second connection to the same database, as another instance of the bot would hold: on
   * PostgreSQL its own pool; on embedded PGlite (one process only) the same handle.
   */
  openAnother(): Promise<DatabaseHandle>;
  close(): Promise<void>;
}

/**
 * A fresh, migrated database that can also be opened a second time: embedded PGlite in memory,
 * or — when TEST_DATABASE_URL is set — a new database on that server, dropped on close.
 */
export async function createSharedDatabase(): Promise<SharedDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ kind: 'pglite' });
    return { handle, openAnother: async () => ({ ...handle, close: async () => {} }), close: () => handle.close() };
  }
  const database = await createServerDatabase(serverUrl, 'canvas_test');
  const handle = await openDatabase({ kind: 'postgres', url: database.url });
  const others: DatabaseHandle[] = [];
  return {
    handle,
    async openAnother() {
      const other = await openDatabase({ kind: 'postgres', url: database.url });
      others.push(other);
      return other;
    },
    async close() {
      for (const other of others) await other.close();
      await handle.close();
      await database.drop();
    },
  };
}

/** A fresh, migrated database of its own for a test file, so test files never share state. */
export async function createTestDatabase(): Promise<DatabaseHandle> {
  const shared = await createSharedDatabase();
  return { ...shared.handle, close: () => shared.close() };
}
