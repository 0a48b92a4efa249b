import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { BLOCK_IDS, type BlockId, isBlockId } from '../canvas/blocks.ts';
import { RELATIONSHIP_TYPE_IDS, REVENUE_TYPE_IDS } from '../canvas/business-types.ts';
import { createFloodGate } from '../bot/middleware/rate-limit.ts';
import { LANGUAGES, type Language, type Translate, languageFromTelegram, loadLocaleResources, translator } from '../i18n.ts';
import { describeError, type Logger } from '../runtime/logger.ts';
import { requestPath } from '../runtime/http-request.ts';
import { projectPath } from '../project-files.ts';
import type { CoachDashboardService, DashboardGroupFiles, Outcome, SubmissionView } from './coach-dashboard-service.ts';
import { type WebAppUser, validateInitData } from './init-data.ts';

/** Answers a request it owns and returns true, or returns false and leaves the response alone. */
export type HttpRequestHandler = (request: IncomingMessage, response: ServerResponse) => boolean;

export interface WebAppHandlerOptions {
  botToken: string;
  service: CoachDashboardService;
  /** The group's CSV and chart; without it the grid offers neither. */
  files?: DashboardGroupFiles;
  logger: Logger;
  /** Where the page lives on the server, with slashes at both ends. */
  basePath?: string;
  /** API requests one user may make per window; the rest get 429. */
  rateLimit?: { requests: number; windowMs: number };
  maxInitDataAgeSeconds?: number;
  now?: () => number;
}

/** A review comment or an overall comment is read on a phone: a few paragraphs at most. */
const MAX_COMMENT_CHARS = 2000;
/** The largest JSON body an action needs, with room for escaping. */
const MAX_BODY_BYTES = 16 * 1024;
const ID_PATTERN = /^[1-9][0-9]{0,14}$/;
const TELEGRAM_SCRIPT = 'https://telegram.org/js/telegram-web-app.js';

/** Our files, Telegram's script, our API; nothing inline, nothing else. */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src 'self' ${TELEGRAM_SCRIPT}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self' https://web.telegram.org https://*.telegram.org",
].join('; ');

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-resource-policy': 'same-origin',
};

const STATIC_FILES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'view.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

function loadStaticFiles(): Map<string, { body: Buffer; type: string }> {
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const [name, type] of Object.entries(STATIC_FILES)) {
    files.set(name, { body: readFileSync(projectPath('src', 'web', 'public', name)), type });
  }
  return files;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(code);
  }
}

const verdictBody = z.object({
  verdict: z.enum(['accepted', 'returned']),
  comment: z.string().trim().max(MAX_COMMENT_CHARS).nullable().optional(),
});
const commentBody = z.object({ text: z.string().trim().min(1).max(MAX_COMMENT_CHARS) });
const finishBody = z.object({
  comment: z.string().trim().max(MAX_COMMENT_CHARS).nullable(),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)]).nullable(),
});

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  if (!(request.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(415, 'json_only');
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpError(413, 'too_large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new HttpError(413, 'too_large');
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new HttpError(400, 'not_json');
  }
}

function parseWith<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new HttpError(400, 'invalid');
  return parsed.data;
}

function unwrap<T>(outcome: Outcome<T>): T {
  if (outcome.ok) return outcome.value;
  throw new HttpError({ forbidden: 403, not_found: 404, conflict: 409 }[outcome.reason], outcome.reason);
}

function idFrom(value: string | undefined): number {
  if (value === undefined || !ID_PATTERN.test(value)) throw new HttpError(404, 'not_found');
  return Number(value);
}

function blockFrom(value: string | undefined): BlockId {
  if (value === undefined || !isBlockId(value)) throw new HttpError(404, 'not_found');
  return value;
}

/** Labels the page needs in the user's language, from the same locale files as the chat. */
function pageTexts(language: Language, webappTexts: Record<string, unknown>) {
  const t = translator(language);
  return {
    language,
    texts: webappTexts,
    blocks: Object.fromEntries(BLOCK_IDS.map((id) => [id, { title: t(`blocks:${id}.title`), short: t(`blocks:${id}.short`) }])),
    types: Object.fromEntries([...RELATIONSHIP_TYPE_IDS, ...REVENUE_TYPE_IDS].map((id) => [id, t(`types:${id}.label`)])),
  };
}

/** Coaching notes go out as sentences in the coach's language; the page shows them as text. */
function localizeSubmission(view: SubmissionView, t: Translate) {
  return {
    ...view,
    blocks: view.blocks.map((block) => ({
      ...block,
      notes: block.notes.map((note) => t(`coaching:${note.key}`, note.params ?? {})),
    })),
  };
}

/**
 * The coach's dashboard: the page's files, its JSON API and Telegram sign-in, under one path of
 * whichever HTTP server the bot runs. Every API request carries Telegram's initData in
 * `Authorization: tma <initData>`; no cookies, so no request can ride on a coach's session.
 */
export function createWebAppHandler(options: WebAppHandlerOptions): HttpRequestHandler {
  const basePath = options.basePath ?? '/app/';
  const apiPath = `${basePath}api/`;
  const files = loadStaticFiles();
  const locales = loadLocaleResources();
  // Not secret and the same for everyone: served without sign-in, so even a refusal is worded.
  const texts = new Map(
    LANGUAGES.map((language) => [`texts/${language}.json`, Buffer.from(JSON.stringify(pageTexts(language, locales[language].webapp ?? {})))]),
  );
  const now = options.now ?? Date.now;
  const rateLimit = options.rateLimit ?? { requests: 120, windowMs: 60_000 };
  const floodGate = createFloodGate({ updates: rateLimit.requests, windowMs: rateLimit.windowMs, now });
  const { service } = options;

  function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
    response
      .writeHead(status, {
        ...SECURITY_HEADERS,
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-store',
        ...headers,
      })
      .end(JSON.stringify(body));
  }

  function authenticate(request: IncomingMessage): WebAppUser {
    const header = request.headers.authorization ?? '';
    if (!header.startsWith('tma ')) throw new HttpError(401, 'no_init_data');
    const checked = validateInitData(header.slice(4), options.botToken, {
      nowSeconds: Math.floor(now() / 1000),
      ...(options.maxInitDataAgeSeconds !== undefined ? { maxAgeSeconds: options.maxInitDataAgeSeconds } : {}),
    });
    if (!checked.ok) throw new HttpError(401, checked.reason);
    if (floodGate.admit(checked.user.id) !== 'pass') {
      throw new HttpError(429, 'too_many_requests', { 'retry-after': String(Math.ceil(rateLimit.windowMs / 1000)) });
    }
    return checked.user;
  }

  async function api(request: IncomingMessage, response: ServerResponse, route: string[]): Promise<void> {
    const user = authenticate(request);
    const t = translator(languageFromTelegram(user.languageCode ?? undefined));
    const method = request.method ?? 'GET';
    const [head, id, sub, blockId, action] = route;

    if (method === 'GET' && route.length === 1 && head === 'groups') {
      return send(response, 200, { groups: await service.listGroups(user.id) });
    }
    if (method === 'GET' && route.length === 3 && head === 'groups' && sub === 'grid') {
      return send(response, 200, { ...unwrap(await service.groupGrid(user.id, idFrom(id))), files: options.files !== undefined });
    }
    if (method === 'GET' && route.length === 3 && head === 'groups' && options.files && (sub === 'export.csv' || sub === 'chart.png')) {
      const language = languageFromTelegram(user.languageCode ?? undefined);
      const groupId = idFrom(id);
      const file = unwrap(await (sub === 'export.csv' ? options.files.csv(user.id, groupId, language) : options.files.chart(user.id, groupId, language)));
      response
        .writeHead(200, {
          ...SECURITY_HEADERS,
          'content-type': file.contentType,
          'content-length': String(file.body.length),
          'content-disposition': `attachment; filename="${file.fileName}"`,
          'cache-control': 'no-store',
        })
        .end(file.body);
      return;
    }
    if (head === 'submissions' && method === 'GET' && route.length === 2) {
      return send(response, 200, localizeSubmission(unwrap(await service.submission(user.id, idFrom(id))), t));
    }
    if (head === 'submissions' && method === 'GET' && route.length === 3 && sub === 'diff') {
      return send(response, 200, unwrap(await service.diff(user.id, idFrom(id))));
    }
    if (head === 'submissions' && method === 'POST' && route.length === 5 && sub === 'blocks' && action === 'verdict') {
      const body = parseWith(verdictBody, await readJsonBody(request));
      const comment = body.comment ? body.comment : null;
      const view = unwrap(await service.setBlockVerdict(user.id, idFrom(id), blockFrom(blockId), body.verdict, comment));
      return send(response, 200, localizeSubmission(view, t));
    }
    if (head === 'submissions' && method === 'POST' && route.length === 5 && sub === 'blocks' && action === 'comment') {
      const body = parseWith(commentBody, await readJsonBody(request));
      return send(response, 200, localizeSubmission(unwrap(await service.comment(user.id, idFrom(id), blockFrom(blockId), body.text)), t));
    }
    if (head === 'submissions' && method === 'POST' && route.length === 3 && sub === 'finish') {
      const body = parseWith(finishBody, await readJsonBody(request));
      const review = { comment: body.comment ? body.comment : null, grade: body.grade };
      return send(response, 200, localizeSubmission(unwrap(await service.finishReview(user.id, idFrom(id), review)), t));
    }
    throw new HttpError(404, 'not_found');
  }

  function serveFile(request: IncomingMessage, response: ServerResponse, name: string): void {
    const text = texts.get(name);
    const file = text ? { body: text, type: 'application/json; charset=utf-8' } : files.get(name === '' ? 'index.html' : name);
    if (!file || (request.method !== 'GET' && request.method !== 'HEAD')) {
      send(response, 404, { error: 'not_found' });
      return;
    }
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'content-type': file.type,
      'content-length': String(file.body.length),
      // The page is small and changes with each release; revalidating costs little.
      'cache-control': 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  return (request, response) => {
    const path = requestPath(request);
    if (path === null) return false;
    if (path === basePath.slice(0, -1)) {
      response.writeHead(308, { location: basePath }).end();
      return true;
    }
    if (!path.startsWith(basePath)) return false;
    if (!path.startsWith(apiPath)) {
      serveFile(request, response, path.slice(basePath.length));
      return true;
    }
    const route = path.slice(apiPath.length).split('/');
    api(request, response, route).catch((error: unknown) => {
      if (response.headersSent) return;
      if (error instanceof HttpError) {
        send(response, error.status, { error: error.code }, error.headers);
        return;
      }
      options.logger.error({ err: describeError(error, [options.botToken]) }, 'dashboard request failed');
      send(response, 500, { error: 'internal' });
    });
    return true;
  };
}
