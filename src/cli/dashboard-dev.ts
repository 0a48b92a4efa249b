import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { projectPath } from '../project-files.ts';
import { createLogger } from '../runtime/logger.ts';
import { type DashboardFixture, createFixtureDashboardService } from '../web/fixture-dashboard-service.ts';
import { signInitData } from '../web/sign-init-data.ts';
import { createWebAppHandler } from '../web/web-app-handler.ts';

const USAGE = 'usage: npm run dashboard:dev -- [--port 8090] [--lang ru|en] [--coach 1001] [--data examples/dashboard-demo.json]';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8090' },
    lang: { type: 'string', default: 'ru' },
    coach: { type: 'string', default: '1001' },
    data: { type: 'string', default: projectPath('examples', 'dashboard-demo.json') },
    help: { type: 'boolean', default: false },
  },
});
const port = Number(values.port);
const coachId = Number(values.coach);
if (values.help || !Number.isInteger(port) || !Number.isSafeInteger(coachId) || !['ru', 'en'].includes(values.lang)) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const fixture = JSON.parse(readFileSync(values.data, 'utf8')) as DashboardFixture;
const coach = fixture.coaches.find((candidate) => candidate.id === coachId);
if (!coach) {
  console.error(`${values.data} has no coach with id ${coachId}`);
  process.exit(2);
}

// A token made up for this run: the signed data below opens this server and nothing else.
const botToken = `100000:${randomBytes(24).toString('base64url')}`;
const handler = createWebAppHandler({
  botToken,
  service: createFixtureDashboardService(fixture),
  logger: createLogger({ level: 'info', secrets: [botToken] }),
});
const server = createServer((request, response) => {
  if (!handler(request, response)) response.writeHead(404).end();
});
server.listen(port, '127.0.0.1');
await once(server, 'listening');

const initData = signInitData(botToken, {
  user: { id: coach.id, first_name: coach.name, language_code: values.lang },
  authDate: Math.floor(Date.now() / 1000),
});
const group = fixture.groups.find((candidate) => candidate.coachIds.includes(coach.id));
const address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/app/${group ? `?group=${group.id}` : ''}`;
// Telegram hands the page its data in the URL fragment; the page reads it from there too.
console.log(`${address}#tgWebAppData=${encodeURIComponent(initData)}&tgWebAppVersion=8.0&tgWebAppPlatform=unknown`);
console.error(`Demo coach ${coach.name} (${coach.id}); the link is valid for one hour. Ctrl+C stops.`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.closeAllConnections();
    server.close(() => process.exit(0));
  });
}
