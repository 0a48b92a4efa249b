import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { createWebhookInbox } from '../../src/runtime/webhook-inbox.ts';
import { type WebhookServer, startWebhookServer } from '../../src/runtime/webhook-server.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { translator } from '../../src/i18n.ts';
import { dashboardButton } from '../../src/web/dashboard-link.ts';
import { createFixtureDashboardService } from '../../src/web/fixture-dashboard-service.ts';
import { createWebAppHandler } from '../../src/web/web-app-handler.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { BOT_TOKEN, COACH, demoFixture, signedFor } from './dashboard-server.ts';

describe('WEB_APP_URL', () => {
  const base = { BOT_TOKEN };

  it('is optional, and gives the dashboard its public address and mount path', () => {
    expect(loadConfig(base).webApp).toBeUndefined();
    expect(loadConfig({ ...base, WEB_APP_URL: 'https://coach.example.com/app' }).webApp).toEqual({ url: 'https://coach.example.com/app', path: '/app/' });
    expect(loadConfig({ ...base, WEB_APP_URL: 'https://coach.example.com/' }).webApp?.path).toBe('/');
  });

  it('must be https, as Telegram opens Mini Apps over https only', () => {
    expect(() => loadConfig({ ...base, WEB_APP_URL: 'http://coach.example.com/app/' })).toThrow(/WEB_APP_URL must be an https:\/\/ URL/);
  });
});

describe(`the dashboard mounted on the webhook server (${databaseKind})`, () => {
  let database: DatabaseHandle;
  let server: WebhookServer;
  let origin = '';

  beforeAll(async () => {
    database = await createTestDatabase();
    const logger = createLogger({ level: 'silent', secrets: [BOT_TOKEN] });
    const inbox = createWebhookInbox(
      database.db,
      async () => {},
      () => {},
    );
    const dashboard = createWebAppHandler({ botToken: BOT_TOKEN, service: createFixtureDashboardService(demoFixture()), logger, basePath: '/coach/' });
    server = await startWebhookServer(
      { path: '/tg/hook', secret: 'secret', inbox, handlers: [dashboard], checkDatabase: async () => true, logger },
      { host: '127.0.0.1', port: 0 },
    );
    origin = `http://127.0.0.1:${server.port}`;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.close();
  });

  it('serves the page and its API under the mount path, next to the webhook and /healthz', async () => {
    const page = await fetch(`${origin}/coach/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const groups = await fetch(`${origin}/coach/api/groups`, { headers: { authorization: `tma ${signedFor(COACH)}` } });
    expect(await groups.json()).toMatchObject({ groups: [{ id: 1 }] });
    expect((await fetch(`${origin}/coach/api/groups`)).status).toBe(401);
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
    expect((await fetch(`${origin}/tg/hook`, { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await fetch(`${origin}/elsewhere`)).status).toBe(404);
  });

  it('answers 400 to a request target no URL parser accepts, and keeps serving', async () => {
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.end('GET // HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
      let text = '';
      socket.on('data', (chunk) => (text += chunk.toString()));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(raw.startsWith('HTTP/1.1 400')).toBe(true);
    expect((await fetch(`${origin}/healthz`)).status).toBe(200);
  });
});

describe('the dashboard button', () => {
  const t = translator('ru');

  it('opens the dashboard at a group as a web_app button when WEB_APP_URL is set', () => {
    const button = dashboardButton(t, { url: 'https://coach.example.com/app/', path: '/app/' }, { groupId: 1 });
    expect(button).toEqual({ text: '📊 Открыть кабинет тренера', web_app: { url: 'https://coach.example.com/app/?group=1' } });
  });

  it('is absent without WEB_APP_URL', () => {
    expect(dashboardButton(t, undefined, { groupId: 1 })).toBeNull();
  });
});
