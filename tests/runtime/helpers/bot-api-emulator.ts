import { once } from 'node:events';
import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TelegramServer } from 'telegram-test-api/lib/telegramServer.js';

/** One call the bot made, as the emulator received it. */
export interface EmulatorCall {
  method: string;
  payload: Record<string, unknown>;
}

/** A message the bot sent, as the user's client shows it. */
export interface BotMessage {
  messageId: number;
  chatId: number;
  text: string;
  buttons: { text: string; data: string }[];
}

interface StoredBotMessage {
  messageId: number;
  message: { chat_id?: unknown; text?: unknown; caption?: unknown; reply_markup?: { inline_keyboard?: { text: string; callback_data?: string }[][] } };
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, '127.0.0.1');
  await once(probe, 'listening');
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

async function readBody(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Parameters of a Bot API request in any of its encodings (JSON, form, multipart, query). */
async function readPayload(request: IncomingMessage, url: URL): Promise<Record<string, unknown>> {
  const body = await readBody(request);
  const type = request.headers['content-type'] ?? '';
  const payload: Record<string, unknown> = Object.fromEntries(url.searchParams);
  if (body.length === 0) return payload;
  if (type.includes('application/json')) return { ...payload, ...(JSON.parse(body.toString('utf8')) as Record<string, unknown>) };
  // grammY writes part headers tersely (`content-disposition:form-data;name="photo";filename=canvas.png`),
  // which Telegram takes but Node 20's FormData parser refuses: spelled out here before parsing.
  const quoted = Buffer.from(
    body
      .toString('latin1')
      .replace(
        /content-disposition:\s*form-data;\s*name="([^"]*)"(?:;\s*filename="?([^"\r\n;]+)"?)?/gi,
        (_match, name: string, file?: string) => `Content-Disposition: form-data; name="${name}"${file ? `; filename="${file}"` : ''}`,
      ),
    'latin1',
  );
  const form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': type }, body: quoted }).formData();
  for (const [key, value] of form.entries()) {
    if (typeof value !== 'string') {
      payload[key] = `[file ${value.name}]`;
      continue;
    }
    payload[key] = /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return payload;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/**
 * A local Bot API for a bot process: telegram-test-api keeps the chats, and a thin front adds what
 * it lacks — getUpdates that honours `offset` and waits (long polling), sendPhoto/sendDocument/sendMediaGroup,
 * the command menu — and lets a test hold a method's answer (to kill the bot meanwhile) or fail it.
 */
export class BotApiEmulator {
  readonly calls: EmulatorCall[] = [];
  readonly commandMenus: { languageCode: string | undefined; commands: { command: string; description: string }[] }[] = [];
  private front: Server | undefined;
  private telegram: TelegramServer | undefined;
  private pending: Record<string, unknown>[] = [];
  private holds = new Map<string, { reached: () => void; release: Promise<'deliver' | 'drop'> }>();
  private failures = new Map<string, number[]>();
  private waiters = new Set<() => void>();
  apiRoot = '';
  private backendUrl = '';

  constructor(readonly token: string) {}

  async start(): Promise<void> {
    const backendPort = await freePort();
    this.telegram = new TelegramServer({ port: backendPort, host: '127.0.0.1', storeTimeout: 600 });
    await this.telegram.start();
    this.backendUrl = `http://127.0.0.1:${backendPort}`;
    for (const event of ['AddedUserMessage', 'AddedUserCommand', 'AddedUserCallbackQuery']) {
      this.telegram.on(event, () => this.wake());
    }
    this.front = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => sendJson(response, 500, { ok: false, error_code: 500, description: String(error) }));
    });
    this.front.listen(0, '127.0.0.1');
    await once(this.front, 'listening');
    this.apiRoot = `http://127.0.0.1:${(this.front.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.holds.clear();
    this.wake();
    this.front?.closeAllConnections();
    await new Promise((resolve) => this.front?.close(resolve));
    await this.telegram?.stop();
  }

  private wake(): void {
    for (const waiter of this.waiters) waiter();
    this.waiters.clear();
  }

  /**
   * The next call of `method` waits until `release` resolves (the returned promise tells the test
   * it came); then it is carried out ('deliver') or lost on the way with the connection ('drop').
   */
  hold(method: string, release: Promise<'deliver' | 'drop'>): Promise<void> {
    return new Promise((reached) => this.holds.set(method, { reached, release }));
  }

  /** The next calls of `method` fail with these Telegram error codes (429 carries retry_after 1). */
  failNext(method: string, ...codes: number[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...codes]);
  }

  client(userId: number, firstName = 'Анна') {
    if (!this.telegram) throw new Error('emulator not started');
    return this.telegram.getClient(this.token, { userId, chatId: userId, firstName, userName: `user${userId}`, type: 'private' });
  }

  /** Every message the bot has sent to a chat, oldest first (edits applied). */
  botMessages(chatId: number): BotMessage[] {
    const stored = (this.telegram?.storage.botMessages ?? []) as unknown as StoredBotMessage[];
    return stored
      .filter((entry) => Number(entry.message.chat_id) === chatId)
      .map((entry) => ({
        messageId: entry.messageId,
        chatId,
        text: String(entry.message.text ?? entry.message.caption ?? ''),
        buttons: (entry.message.reply_markup?.inline_keyboard ?? []).flat().map((button) => ({ text: button.text, data: button.callback_data ?? '' })),
      }));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://local');
    const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!match || match[1] !== this.token) return sendJson(response, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const method = match[2] as string;
    const payload = await readPayload(request, url);
    this.calls.push({ method, payload });

    const hold = this.holds.get(method);
    if (hold) {
      this.holds.delete(method);
      hold.reached();
      if ((await hold.release) === 'drop') {
        response.destroy();
        return;
      }
    }
    const failure = this.failures.get(method)?.shift();
    if (failure !== undefined) {
      return sendJson(response, failure, {
        ok: false,
        error_code: failure,
        description: failure === 429 ? 'Too Many Requests: retry after 1' : 'Internal Server Error',
        ...(failure === 429 ? { parameters: { retry_after: 1 } } : {}),
      });
    }
    switch (method) {
      case 'getUpdates':
        return sendJson(response, 200, { ok: true, result: await this.getUpdates(payload, response) });
      case 'setMyCommands':
        this.commandMenus.push({ languageCode: payload.language_code as string | undefined, commands: payload.commands as never });
        return sendJson(response, 200, { ok: true, result: true });
      case 'sendPhoto':
      case 'sendDocument': {
        const text = `[${method === 'sendPhoto' ? 'photo' : 'document'}] ${String(payload.caption ?? '')}`.trim();
        const result = this.telegram?.addBotMessage({ chat_id: payload.chat_id, text } as never, this.token);
        return sendJson(response, 200, { ok: true, result });
      }
      case 'sendMediaGroup': {
        // Telegram answers an album with one message per item, sharing a media_group_id.
        const media = Array.isArray(payload.media) ? (payload.media as Array<{ type?: string; caption?: string }>) : [];
        if (media.length < 2 || media.length > 10) {
          return sendJson(response, 400, { ok: false, error_code: 400, description: 'Bad Request: wrong number of media specified' });
        }
        const groupId = String(Date.now());
        const result = media.map((item) => {
          const text = `[${item.type ?? 'photo'}] ${item.caption ?? ''}`.trim();
          const message = this.telegram?.addBotMessage({ chat_id: payload.chat_id, text } as never, this.token) as Record<string, unknown> | undefined;
          return { ...message, media_group_id: groupId };
        });
        return sendJson(response, 200, { ok: true, result });
      }
      default:
        return this.forward(method, payload, response);
    }
  }

  /** Long polling as Telegram does it: `offset` confirms earlier updates, an empty queue waits up to `timeout`. */
  private async getUpdates(payload: Record<string, unknown>, response: ServerResponse): Promise<Record<string, unknown>[]> {
    const offset = Number(payload.offset ?? 0);
    const deadline = Date.now() + Math.min(Number(payload.timeout ?? 0), 30) * 1000;
    for (;;) {
      this.pending.push(...(this.telegram?.getUpdates(this.token) ?? []));
      this.pending = this.pending.filter((update) => Number(update.update_id) >= offset);
      if (this.pending.length > 0 || Date.now() >= deadline || response.socket?.destroyed !== false) return this.pending.slice(0, 100);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, Math.min(deadline - Date.now(), 500)));
        this.waiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  private async forward(method: string, payload: Record<string, unknown>, response: ServerResponse): Promise<void> {
    const result = await fetch(`${this.backendUrl}/bot${this.token}/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    });
    response.writeHead(result.status, { 'content-type': 'application/json' });
    response.end(await result.text());
  }
}
