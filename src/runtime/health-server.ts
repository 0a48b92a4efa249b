import type { HttpRequestHandler } from '../web/web-app-handler.ts';
import { once } from 'node:events';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from './logger.ts';

export interface HealthServer {
  readonly port: number;
  stop(): Promise<void>;
}

/** The /healthz answer: 200 when the database answers within two seconds and updates are taken. */
export async function healthStatus(checkDatabase: () => Promise<boolean>, accepting: boolean, startedAt: number) {
  const databaseOk = await Promise.race([
    checkDatabase().catch(() => false),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2_000).unref()),
  ]);
  const ok = databaseOk && accepting;
  return {
    status: ok ? 200 : 503,
    body: { status: ok ? 'ok' : 'unavailable', database: databaseOk ? 'ok' : 'error', accepting, uptimeSeconds: Math.round((Date.now() - startedAt) / 1000) },
  };
}

/** GET /healthz on its own small server, for polling mode (in webhook mode the webhook server answers it). */
export async function startHealthServer(
  deps: { checkDatabase: () => Promise<boolean>; isAccepting: () => boolean; logger: Logger; handlers?: HttpRequestHandler[] },
  listen: { host: string; port: number },
): Promise<HealthServer> {
  const startedAt = Date.now();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (request.method !== 'GET' || path !== '/healthz') {
      // The coach's dashboard, when configured, is served by the same server.
      if ((deps.handlers ?? []).some((handler) => handler(request, response))) return;
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"ok":false,"error":"not found"}');
      return;
    }
    void healthStatus(deps.checkDatabase, deps.isAccepting(), startedAt).then(({ status, body }) => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  server.listen(listen.port, listen.host);
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  deps.logger.info({ port }, 'health server listening');
  return {
    port,
    async stop() {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await closed;
    },
  };
}
