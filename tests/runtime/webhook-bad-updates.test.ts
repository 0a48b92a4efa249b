import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webhookInbox } from '../../db/schema.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { createWebhookInbox } from '../../src/runtime/webhook-inbox.ts';
import { type WebhookServer, startWebhookServer } from '../../src/runtime/webhook-server.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createFaultHarness, textUpdate } from '../helpers/fault-harness.ts';
import { answerTexts } from '../helpers/fault-state.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const SECRET = 'webhook-secret_42';

/** Updates PostgreSQL cannot hold or the bot cannot read are acknowledged once, never refused forever. */
describe(`webhook and updates that can never be applied (${databaseKind})`, () => {
  let database: DatabaseHandle;
  let server: WebhookServer;
  const lines: string[] = [];
  const person = { id: 3801, first_name: 'Анна', language_code: 'ru' };
  let harness: ReturnType<typeof createFaultHarness>;

  beforeAll(async () => {
    database = await createTestDatabase();
    harness = createFaultHarness(database.db);
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = createLogger({ level: 'info', secrets: [], destination });
    const inbox = createWebhookInbox(
      database.db,
      (update) => harness.bot.handleUpdate(update),
      () => {},
    );
    server = await startWebhookServer({ path: '/hook', secret: SECRET, inbox, checkDatabase: async () => true, logger }, { host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  const post = (body: string) =>
    fetch(`http://127.0.0.1:${server.port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body,
    });

  it.each([
    ['text with NUL', JSON.stringify(textUpdate(person, 'кофе\u0000чай')).replace('\\u0000', '\\u0000')],
    ['text with a lone surrogate', JSON.stringify(textUpdate(person, 'кофе')).replace('кофе', 'кофе\\ud800')],
    ['a message that is {}', JSON.stringify({ update_id: 0, message: {} })],
    ['a message that is a string', JSON.stringify({ update_id: 0, message: 'hello' })],
  ])('%s: answered 200, and again 200 when posted a second time', async (_name, raw) => {
    const body = raw.replace(/"update_id":\s*\d+/, `"update_id":${Math.floor(Math.random() * 1e9)}`);
    expect((await post(body)).status).toBe(200);
    expect((await post(body)).status).toBe(200);
  });

  it('a scan with wrong secrets is refused every time and logged once', async () => {
    const before = lines.length;
    const statuses = [];
    for (let index = 0; index < 30; index++) {
      const response = await fetch(`http://127.0.0.1:${server.port}/hook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': `wrong-${index}` },
        body: '{}',
      });
      statuses.push(response.status);
    }
    expect(new Set(statuses)).toEqual(new Set([401]));
    expect(lines.slice(before).filter((line) => line.includes('without the right secret'))).toHaveLength(1);
  });

  it('the chat still works afterwards and nothing is left waiting', async () => {
    expect((await post(JSON.stringify(textUpdate(person, '/start')))).status).toBe(200);
    expect((await post(JSON.stringify(textUpdate(person, 'Кофейня у парка')))).status).toBe(200);
    await server.stop();
    expect(harness.textsTo(3801).join('\n')).toContain('Вопрос 1 из');
    expect(await database.db.select().from(webhookInbox)).toEqual([]);
    expect(await answerTexts(database.db, 3801)).toEqual([]);
    expect(lines.join('')).not.toContain('кофе');
  });
});
