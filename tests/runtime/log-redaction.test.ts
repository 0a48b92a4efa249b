import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot } from '../../src/bot/create-bot.ts';
import { LOCAL_BOT_INFO, createLocalApi } from '../../src/bot/local-api.ts';
import { ChatSession } from '../../src/cli/chat-session.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { createWebhookInbox } from '../../src/runtime/webhook-inbox.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { textUpdate } from '../helpers/fault-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const SECRET_NAME = 'Злата-Особая';
const SECRET_USERNAME = 'zlata_private_handle';
const SECRET_ANSWER = 'Пекарня на Малой Садовой для соседей';

function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  return { lines, logger: createLogger({ level: 'debug', secrets: [], destination }) };
}

/** A database write fails while a user's words are its parameters: the log keeps the failure, not the words. */
describe(`no user text in the logs when a database write fails (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
    await database.db.execute(
      sql.raw(`create function refuse_write() returns trigger language plpgsql as $$ begin raise exception 'refused by a test trigger'; end $$`),
    );
    for (const table of ['canvases', 'webhook_inbox']) {
      await database.db.execute(sql.raw(`create trigger refuse_${table} before insert on ${table} for each row execute function refuse_write()`));
    }
  });
  afterAll(async () => {
    await database?.close();
  });

  it('an update whose write fails is logged without the answer, the name or the username', async () => {
    const { lines, logger } = capturingLogger();
    const bot = createBot({
      token: '123456:TEST-token-for-local-api-only',
      db: database.db,
      botInfo: LOCAL_BOT_INFO,
      apiTransformers: [createLocalApi({ onCall: () => {} })],
      onError: (error) => logger.error({ err: error }, 'update failed'),
    });
    const session = new ChatSession(bot, { id: 3701, first_name: SECRET_NAME, username: SECRET_USERNAME, language_code: 'ru' });
    await session.text('/start');
    await session.text(SECRET_ANSWER);
    const log = lines.join('');
    expect(log).toContain('update failed');
    expect(log).toContain('refused by a test trigger');
    expect(log).not.toContain(SECRET_ANSWER);
    expect(log).not.toContain(SECRET_NAME);
    expect(log).not.toContain(SECRET_USERNAME);
  });

  it('an update a webhook could not store is logged without its content', async () => {
    const { lines, logger } = capturingLogger();
    const inbox = createWebhookInbox(
      database.db,
      async () => {},
      () => {},
    );
    const update = textUpdate({ id: 3702, first_name: SECRET_NAME, username: SECRET_USERNAME, language_code: 'ru' }, SECRET_ANSWER);
    await inbox.accept(update).catch((error: unknown) => logger.error({ err: error }, 'webhook request failed'));
    const log = lines.join('');
    expect(log).toContain('webhook request failed');
    expect(log).not.toContain(SECRET_ANSWER);
    expect(log).not.toContain(SECRET_NAME);
  });
});
