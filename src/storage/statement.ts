import type { Queryable } from './database.ts';

/**
 * Runs a statement written once as SQL text with numbered parameters ($1, $2, …), on whichever
 * driver is behind `db` (postgres.js prepares it once per connection). For the statements every
 * update sends: drizzle's `sql` template builds the text and the parameter list again on each
 * call by walking its chunks, which was a good part of the bot's CPU per answer; here drizzle
 * only hands the text to the driver. The statement is sent before this returns, so one sent
 * after it (COMMIT) can follow in the same round trip.
 */
export function runStatement<Row>(db: Queryable, text: string, params: unknown[]): Promise<Row[]> {
  return db._.session
    .prepareQuery({ sql: text, params }, undefined, undefined, false)
    .execute()
    .then((result: unknown) => ((result as { rows?: Row[] }).rows ?? (result as Row[])) as Row[]);
}
