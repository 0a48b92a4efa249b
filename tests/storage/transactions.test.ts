import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

describe(`transactions (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  const stored = async (id: number) => (await database.db.select().from(users).where(eq(users.id, id))).length;

  it('commits what the work wrote, statements sent without waiting included', async () => {
    await database.db.transaction(async (tx) => {
      const first = tx.insert(users).values({ id: 8101, language: 'ru' });
      const second = tx.insert(users).values({ id: 8102, language: 'ru' });
      await Promise.all([first, second]);
    });
    expect(await stored(8101)).toBe(1);
    expect(await stored(8102)).toBe(1);
  });

  it('rolls back when a statement failed, even if the work caught the error', async () => {
    const attempt = database.db.transaction(async (tx) => {
      await tx.insert(users).values({ id: 8103, language: 'ru' });
      await tx.execute(sql`select 1 / 0`).catch(() => {});
    });
    await expect(attempt).rejects.toThrow();
    expect(await stored(8103)).toBe(0);
  });

  it('undoes a failed nested transaction only, and commits the rest', async () => {
    await database.db.transaction(async (tx) => {
      await tx.insert(users).values({ id: 8104, language: 'ru' });
      await expect(
        tx.transaction(async (inner) => {
          await inner.insert(users).values({ id: 8105, language: 'ru' });
          await inner.execute(sql`select 1 / 0`);
        }),
      ).rejects.toThrow();
    });
    expect(await stored(8104)).toBe(1);
    expect(await stored(8105)).toBe(0);
  });
});
