import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/runtime/logger.ts';
import { createPollingConsumer } from '../../src/runtime/polling.ts';
import { createWebhookInbox } from '../../src/runtime/webhook-inbox.ts';
import { type WebhookServer, startWebhookServer } from '../../src/runtime/webhook-server.ts';
import { type DatabaseHandle, openDatabase } from '../../src/storage/database.ts';
import { clusterUnavailableReason, createThrowawayCluster, type ThrowawayCluster } from '../helpers/fault-cluster.ts';
import { createFaultHarness, textUpdate } from '../helpers/fault-harness.ts';

const unavailable = clusterUnavailableReason();
if (unavailable) console.warn(`[outage log redaction] skipped: ${unavailable}`);

const SECRET = 'outage-secret_7';
const SECRET_NAME = 'Мирослава-Тайная';
const SECRET_USERNAME = 'miroslava_hidden_handle';
const SECRET_ANSWER = 'Сыроварня в Коломне для ресторанов Покровки';

/**
 * With the database server stopped, every path that logs a failed update (the webhook refusing
 * a post, polling handing an update back) logs the failure without a word the user wrote, their
 * name or their username. Runs on a cluster of its own, so stopping it disturbs nothing else.
 */
describe.skipIf(unavailable !== null)('no user text in the logs while PostgreSQL is stopped (throwaway cluster)', () => {
  let cluster: ThrowawayCluster;
  let database: DatabaseHandle;
  let server: WebhookServer;
  const lines: string[] = [];
  const person = { id: 3901, first_name: SECRET_NAME, username: SECRET_USERNAME, language_code: 'ru' };
  let harness: ReturnType<typeof createFaultHarness>;
  const logger = createLogger({
    level: 'debug',
    secrets: [],
    destination: new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    }),
  });

  beforeAll(async () => {
    cluster = await createThrowawayCluster();
    database = await openDatabase({ kind: 'postgres', url: cluster.url, maxConnections: 2 });
    harness = createFaultHarness(database.db);
    const inbox = createWebhookInbox(
      database.db,
      (update) => harness.bot.handleUpdate(update),
      () => {},
    );
    server = await startWebhookServer({ path: '/hook', secret: SECRET, inbox, checkDatabase: async () => false, logger }, { host: '127.0.0.1', port: 0 });
    // The chat exists before the outage, so the failing update is an ordinary answer.
    await harness.chat(person).text('/start');
    await cluster.stop('immediate');
  }, 120_000);
  afterAll(async () => {
    await server?.stop().catch(() => {});
    await database?.close().catch(() => {});
    await cluster?.destroy();
  });

  function expectNothingPrivate(log: string): void {
    expect(log).not.toContain(SECRET_ANSWER);
    expect(log).not.toContain(SECRET_NAME);
    expect(log).not.toContain(SECRET_USERNAME);
  }

  it('a webhook post refused for the outage logs the failure, not the update', async () => {
    const before = lines.length;
    const response = await fetch(`http://127.0.0.1:${server.port}/hook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-telegram-bot-api-secret-token': SECRET },
      body: JSON.stringify(textUpdate(person, SECRET_ANSWER)),
    });
    // Not acknowledged: Telegram posts it again once the database is back.
    expect(response.status).toBe(500);
    const log = lines.slice(before).join('');
    expect(log).toContain('webhook request failed');
    expectNothingPrivate(log);
  }, 60_000);

  it('a polled update that meets the stopped server is handed back and logged without its text', async () => {
    const before = lines.length;
    const finished: { updateId: number; retry: boolean }[] = [];
    const consume = createPollingConsumer(
      (update) => harness.bot.handleUpdate(update),
      { finish: (updateId, retry) => finished.push({ updateId, retry }) },
      logger,
    );
    const update = textUpdate(person, SECRET_ANSWER);
    const failure = await consume(update).then(
      () => null,
      (error: unknown) => error,
    );
    expect(failure).not.toBeNull();
    // What the runner's sink does with a failed update, as startPolling wires it.
    logger.error({ err: failure }, 'update failed');
    expect(finished).toEqual([{ updateId: update.update_id, retry: true }]);
    const log = lines.slice(before).join('');
    expect(log).toContain('update not applied');
    expectNothingPrivate(log);
  }, 60_000);
});
