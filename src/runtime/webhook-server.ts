import { timingSafeEqual } from 'node:crypto';
import { once } from 'node:events';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update } from 'grammy/types';
import type { FloodGate } from '../bot/middleware/rate-limit.ts';
import type { HttpRequestHandler } from '../web/web-app-handler.ts';
import { requestPath } from './http-request.ts';
import { isTransientDatabaseError } from '../storage/update-journal.ts';
import { healthStatus } from './health-server.ts';
import type { Logger } from './logger.ts';
import { storableUpdate } from './storable-update.ts';
import { type WebhookInbox, chatIdOf } from './webhook-inbox.ts';

/** Telegram's updates are small; anything bigger is not from Telegram. */
const MAX_BODY_BYTES = 1_000_000;
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';

export interface WebhookServerDeps {
  path: string;
  secret: string;
  inbox: WebhookInbox;
  /** Flooding chats are dropped before their updates are stored. */
  floodGate?: FloodGate | undefined;
  onFlood?: ((chatId: number, update: Update, verdict: 'warn' | 'drop') => void) | undefined;
  /** Other pages the server carries (the coach's dashboard), asked in order before a 404. */
  handlers?: HttpRequestHandler[] | undefined;
  /** True when the database answers; for /healthz. */
  checkDatabase: () => Promise<boolean>;
  logger: Logger;
}

export interface WebhookServer {
  readonly port: number;
  /** Stops accepting requests and waits for the updates in hand to be applied. */
  stop(): Promise<void>;
}

function secretMatches(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function reply(response: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    response.writeHead(status).end();
    return;
  }
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

async function readBody(request: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function isUpdate(value: unknown): value is Update {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const id = (value as { update_id?: unknown }).update_id;
  return Number.isSafeInteger(id) && (id as number) >= 0;
}

/** How often at most a refused request (wrong secret) is logged; a scan must not flood the log. */
const REFUSAL_LOG_INTERVAL_MS = 60_000;

/** Logs the first refusal, then at most one line a minute with how many were refused meanwhile. */
function createRefusalLog(logger: Logger, now: () => number = Date.now) {
  let lastLoggedAt = -Infinity;
  let suppressed = 0;
  return {
    note(remote: string | undefined): void {
      const time = now();
      if (time - lastLoggedAt < REFUSAL_LOG_INTERVAL_MS) {
        suppressed += 1;
        return;
      }
      logger.warn({ remote, refusedSinceLastLine: suppressed }, 'webhook request without the right secret refused');
      lastLoggedAt = time;
      suppressed = 0;
    },
  };
}

/**
 * The webhook endpoint and /healthz. An update is checked (secret header, size, shape), stored
 * in the inbox and answered with 200 at once; it is applied after the answer, so rendering,
 * sending and Telegram's rate limits never count against the webhook's time limit.
 */
export async function startWebhookServer(deps: WebhookServerDeps, listen: { host: string; port: number }): Promise<WebhookServer> {
  const startedAt = Date.now();
  let accepting = true;
  const refusals = createRefusalLog(deps.logger);

  async function onUpdate(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!secretMatches(request.headers[SECRET_HEADER], deps.secret)) {
      refusals.note(request.socket.remoteAddress);
      return reply(response, 401, { ok: false, error: 'unauthorized' });
    }
    if (!accepting) return reply(response, 503, { ok: false, error: 'stopping' });
    const body = await readBody(request);
    if (body === null) return reply(response, 413, { ok: false, error: 'too large' });
    let update: unknown;
    try {
      update = JSON.parse(body.toString('utf8'));
    } catch {
      return reply(response, 400, { ok: false, error: 'not JSON' });
    }
    if (!isUpdate(update)) return reply(response, 400, { ok: false, error: 'not an update' });

    const chatId = chatIdOf(update);
    const verdict = chatId !== null && deps.floodGate ? deps.floodGate.admit(chatId, update.update_id) : 'pass';
    if (verdict !== 'pass' && chatId !== null) {
      deps.onFlood?.(chatId, update, verdict);
      return reply(response, 200);
    }
    // Stored before Telegram hears "OK": from here on a crash cannot lose the update.
    try {
      await deps.inbox.accept(storableUpdate(update));
    } catch (error) {
      // The database is away: Telegram posts the update again later. Anything else can never be
      // stored, so it is acknowledged (or Telegram would post it forever) and logged once.
      if (isTransientDatabaseError(error)) throw error;
      deps.logger.warn({ updateId: update.update_id, err: error }, 'update that cannot be stored acknowledged and dropped');
      return reply(response, 200);
    }
    reply(response, 200);
    void deps.inbox.drain(chatId, update.update_id);
  }

  async function onHealth(response: ServerResponse): Promise<void> {
    const { status, body } = await healthStatus(deps.checkDatabase, accepting, startedAt);
    reply(response, status, body);
  }

  const server: Server = createServer((request, response) => {
    const path = requestPath(request);
    if (path === null) return reply(response, 400, { ok: false, error: 'bad request' });
    const handled =
      request.method === 'POST' && path === deps.path
        ? onUpdate(request, response)
        : request.method === 'GET' && path === '/healthz'
          ? onHealth(response)
          : (deps.handlers ?? []).some((handler) => handler(request, response))
            ? Promise.resolve()
            : Promise.resolve(reply(response, 404, { ok: false, error: 'not found' }));
    handled.catch((error: unknown) => {
      deps.logger.error({ err: error }, 'webhook request failed');
      // Telegram sends the update again after a failure; the inbox and the journal make that safe.
      if (!response.headersSent) reply(response, 500, { ok: false, error: 'internal' });
    });
  });
  server.listen(listen.port, listen.host);
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  deps.logger.info({ port, path: deps.path }, 'webhook server listening');

  return {
    port,
    async stop() {
      accepting = false;
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeIdleConnections();
      await deps.inbox.idle();
      server.closeAllConnections();
      await closed;
    },
  };
}
