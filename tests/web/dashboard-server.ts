import { readFileSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/runtime/logger.ts';
import { type DashboardFixture, createFixtureDashboardService } from '../../src/web/fixture-dashboard-service.ts';
import { signInitData } from '../../src/web/sign-init-data.ts';
import { type HttpRequestHandler, type WebAppHandlerOptions, createWebAppHandler } from '../../src/web/web-app-handler.ts';

export const BOT_TOKEN = '123456:TEST-token-abcdefghijklmnopqrstuvwxyz';
export const COACH = { id: 1001, first_name: 'Anna', language_code: 'ru' };
export const OTHER_COACH = { id: 2002, first_name: 'Boris', language_code: 'en' };
export const STUDENT = { id: 3001, first_name: 'Maria', language_code: 'ru' };

/** The demo course from examples/, a fresh copy per server so actions in one test stay there. */
export function demoFixture(): DashboardFixture {
  return JSON.parse(readFileSync(new URL('../../examples/dashboard-demo.json', import.meta.url), 'utf8')) as DashboardFixture;
}

export function signedFor(user: { id: number; first_name: string; language_code?: string }, authDate = Math.floor(Date.now() / 1000)): string {
  return signInitData(BOT_TOKEN, { user, authDate });
}

/** A real HTTP server whose only handler is the dashboard's, as the bot mounts it. */
export async function startDashboardServer(fixture: DashboardFixture = demoFixture(), options: Partial<WebAppHandlerOptions> = {}) {
  const handler = createWebAppHandler({
    botToken: BOT_TOKEN,
    service: createFixtureDashboardService(fixture),
    logger: createLogger({ level: 'silent', secrets: [BOT_TOKEN] }),
    ...options,
  });
  return { ...(await startHttpServer([handler])), fixture };
}

/** A real HTTP server that asks these handlers in order, then answers 404. */
export async function startHttpServer(handlers: HttpRequestHandler[]) {
  const server = createServer((request, response) => {
    if (!handlers.some((handler) => handler(request, response))) response.writeHead(404).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
