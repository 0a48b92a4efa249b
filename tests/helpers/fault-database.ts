import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { type DatabaseHandle, openDatabase } from '../../src/storage/database.ts';

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
 * A fresh, migrated database like createTestDatabase, which can also be opened a second time:
 * PGlite in memory, or a new database on TEST_DATABASE_URL, dropped on close.
 */
export async function createSharedDatabase(): Promise<SharedDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const handle = await openDatabase({ kind: 'pglite' });
    return { handle, openAnother: async () => ({ ...handle, close: async () => {} }), close: () => handle.close() };
  }
  const name = `canvas_fault_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgres', url: url.toString() });
  const others: DatabaseHandle[] = [];
  return {
    handle,
    async openAnother() {
      const other = await openDatabase({ kind: 'postgres', url: url.toString() });
      others.push(other);
      return other;
    },
    async close() {
      for (const other of others) await other.close();
      await handle.close();
      const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await cleanup.unsafe(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
