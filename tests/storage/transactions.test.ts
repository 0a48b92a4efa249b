import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { users } from '../../db/schema.ts';
import { CommittedWith, type DatabaseHandle, transactionCommittedWith } from '../../src/storage/database.ts';
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

  it('commits the statement sent with COMMIT and what came before, and gives its result once committed', async () => {
    const ids = await transactionCommittedWith(database.db, async (tx) => {
      await tx.insert(users).values({ id: 8106, language: 'ru' });
      const last = tx
        .insert(users)
        .values({ id: 8107, language: 'ru' })
        .returning({ id: users.id })
        .then((rows) => rows.map((row) => row.id));
      return new CommittedWith(last);
    });
    expect(ids).toEqual([8107]);
    expect(await stored(8106)).toBe(1);
    expect(await stored(8107)).toBe(1);
  });

  it('rolls back everything when the statement sent with COMMIT fails', async () => {
    const attempt = transactionCommittedWith(database.db, async (tx) => {
      await tx.insert(users).values({ id: 8108, language: 'ru' });
      return new CommittedWith(tx.execute(sql`select 1 / 0`).then(() => 'never'));
    });
    await expect(attempt).rejects.toThrow();
    expect(await stored(8108)).toBe(0);
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
