/**
 * A seeded generator of updates the bot must survive without acting on them: malformed ones
 * (missing or mistyped fields, oversized texts and payloads, replays), updates from groups and
 * channels, kinds the bot does not handle, and — the only well-formed part — button presses in
 * private chats whose payload is forged (someone else's canvas, or garbage).
 */

/** mulberry32: tiny, fast and good enough to make a run reproducible from its seed. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const chance = (probability: number) => next() < probability;
  return { next, int, pick, chance };
}

export type Random = ReturnType<typeof createRandom>;

const PIECES = [
  'a',
  'Z',
  '0',
  ' ',
  '/',
  ':',
  '<b>',
  '&amp;',
  '"',
  "'",
  '\\',
  '\n',
  '\t',
  'ж',
  'Привет',
  'ё',
  'Ω',
  'ß',
  'ǅ',
  '😀',
  '👩‍👩‍👧‍👦',
  '🏳️‍🌈',
  '🇷🇺',
  '❤️',
  'שלום',
  'مرحبا',
  '\u202e',
  '\u202d',
  '\u200f',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  'é',
  'e\u0301',
  'Z\u0351\u0316\u0353',
  '\ud800',
  '\udfff',
  '\u0000',
  '\u0007',
  '𝓗𝓮𝓵𝓵𝓸',
  '🧑🏽‍💻',
];

/** A string built from awkward pieces: emoji, RTL and bidi marks, zero-width, combining, lone surrogates, NUL. */
export function awkwardString(random: Random, maxPieces = 12): string {
  let text = '';
  const count = random.int(0, maxPieces);
  for (let index = 0; index < count; index += 1) text += random.pick(PIECES);
  return text;
}

/** Any JSON value, nested a little: the shape of a field is never to be trusted. */
export function junk(random: Random, depth = 0): unknown {
  const kind = random.int(0, depth > 2 ? 5 : 7);
  switch (kind) {
    case 0:
      return null;
    case 1:
      return random.pick([0, -1, 1.5, -0, 2 ** 53, -(2 ** 63), 1e308, 4_294_967_297, 7]);
    case 2:
      return awkwardString(random);
    case 3:
      return random.chance(0.5);
    case 4:
      return '';
    case 5:
      return random.pick(['private', 'group', 'message', '/start', 'nav:skip:1:1', '{}']);
    case 6:
      return Array.from({ length: random.int(0, 4) }, () => junk(random, depth + 1));
    default: {
      const object: Record<string, unknown> = {};
      for (let index = random.int(0, 4); index > 0; index -= 1) {
        object[random.pick(['id', 'chat', 'from', 'text', 'data', 'type', 'date', 'message', 'is_bot', '__proto__', 'constructor'])] = junk(random, depth + 1);
      }
      return object;
    }
  }
}

// An edited message is handled (it may correct a stored answer), so it is not among these.
const UPDATE_KINDS_NOT_HANDLED = [
  'channel_post',
  'edited_channel_post',
  'business_connection',
  'business_message',
  'edited_business_message',
  'message_reaction',
  'message_reaction_count',
  'inline_query',
  'chosen_inline_result',
  'shipping_query',
  'pre_checkout_query',
  'purchased_paid_media',
  'poll',
  'poll_answer',
  'my_chat_member',
  'chat_member',
  'chat_join_request',
  'chat_boost',
  'removed_chat_boost',
] as const;

export interface GeneratorContext {
  /** Ids of canvases that belong to someone else; forged presses aim at them. */
  foreignCanvasIds: number[];
  /** First id of the private chats forged presses come from (kept apart from real users). */
  forgerIdBase: number;
}

export interface GeneratedUpdate {
  update: Record<string, unknown>;
  /** True only for the well-formed forged presses; everything else must be left alone. */
  wellFormed: boolean;
  category: string;
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

function person(random: Random, id: number): Record<string, unknown> {
  return {
    id,
    is_bot: false,
    first_name: random.chance(0.7) ? random.pick(['Анна', 'Ivan', 'محمد', '李', 'Zoë']) : awkwardString(random, 6).replaceAll('\u0000', '') || 'X',
    ...(random.chance(0.5) ? { username: random.pick(['anna', 'ivan_k', 'user123']) } : {}),
    ...(random.chance(0.7) ? { language_code: random.pick(['ru', 'en', 'uk', 'de', 'ar', 'he']) } : {}),
  };
}

function privateMessage(random: Random, id: number, text: string): Record<string, unknown> {
  return {
    message_id: random.int(1, 1_000_000),
    date: nowSeconds() - random.int(0, 600),
    chat: { id, type: 'private', first_name: 'Анна' },
    from: person(random, id),
    text,
  };
}

function privatePress(random: Random, id: number, data: string): Record<string, unknown> {
  return {
    id: `fuzz-${random.int(1, 1e9)}`,
    from: person(random, id),
    chat_instance: `ci${id}`,
    data,
    message: {
      message_id: random.int(1, 1_000_000),
      date: nowSeconds() - random.int(0, 90 * 86_400),
      chat: { id, type: 'private', first_name: 'Анна' },
      text: '…',
    },
  };
}

function randomText(random: Random): string {
  return random.pick(['/start', '/new', '/edit', '/export', '/cancel', 'Ответ', 'Кофейня', '']) + awkwardString(random, 8);
}

/** The object under `key`, made one if a previous mutation replaced or removed it. */
function objectAt(parent: Record<string, unknown>, key: string): Record<string, unknown> {
  const value = parent[key];
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  const made: Record<string, unknown> = {};
  parent[key] = made;
  return made;
}

const mutateMessage: Array<(random: Random, message: Record<string, unknown>, update: Record<string, unknown>) => void> = [
  (_random, message) => delete message.from,
  (_random, message) => delete message.chat,
  (random, message) => (objectAt(message, 'chat').id = random.pick(['42', 42.5, -42, 2 ** 60, null, 0])),
  (random, message) => (objectAt(message, 'from').id = random.int(1, 1e6) + 2_000_000_000),
  (random, message) => (objectAt(message, 'from').is_bot = random.pick([true, 'false', 0, null])),
  (random, message) => (message.text = random.pick([12_345, 0, -1.5, { text: 'x' }, ['a'], null, true])),
  (random, message) => (message.text = 'Б'.repeat(random.int(4_097, 200_000))),
  (random, message) => (message.text = '😀'.repeat(random.int(2_049, 30_000))),
  (random, message) => (message.date = nowSeconds() - random.int(3, 400) * 86_400),
  (random, message) => (message.date = random.pick(['2024-01-01', null, -5, 0, 1.5])),
  (random, message) => (message.message_id = random.pick(['7', -7, null, 7.25])),
  (random, message) => (message.entities = random.pick(['bot_command', 5, [{ type: 'bot_command', offset: -1, length: 6 }], [null], [{ type: 7 }]])),
  (random, message) => (objectAt(message, 'from').first_name = random.pick([5, null, ['Анна'], { name: 'Анна' }])),
  (random, message) => (objectAt(message, 'from').language_code = random.pick([5, { ru: true }, ['ru']])),
  (random, message) => (objectAt(message, 'chat').type = random.pick(['group', 'supergroup', 'channel', 'Private', '', 7])),
  (random, _message, update) => (update.update_id = random.pick(['1', -1, 1.5, null, 2 ** 60])),
  (random, message, update) => (update[random.pick(UPDATE_KINDS_NOT_HANDLED)] = structuredClone(message)),
];

const mutatePress: Array<(random: Random, query: Record<string, unknown>) => void> = [
  (_random, query) => delete query.data,
  (random, query) => (query.data = `nav:skip:${random.int(1, 9)}:${'9'.repeat(random.int(60, 300))}`),
  // 22 Cyrillic letters are 44 bytes... 33 are 66: under 64 characters, over 64 bytes.
  (random, query) => (query.data = 'ж'.repeat(random.int(33, 63))),
  (random, query) => (query.data = random.pick([42, null, { action: 'skip' }, ['nav', 'skip'], true])),
  (_random, query) => delete query.message,
  (random, query) => (query.message = random.pick([null, 'message', 5, { message_id: 1 }])),
  (random, query) => (objectAt(query, 'message').chat = { id: -random.int(1, 1e9), type: random.pick(['group', 'supergroup', 'channel']) }),
  (random, query) => (objectAt(query, 'from').id = random.int(1, 1e6) + 2_000_000_000),
  (_random, query) => delete query.from,
  (random, query) => (query.id = random.pick([5, null, ''])),
  (random, query) => (objectAt(query, 'from').first_name = `Ан\u0000на${awkwardString(random, 3)}`),
  (random, query) => (objectAt(query, 'from').is_bot = random.pick([true, 'no'])),
];

/**
 * The next generated update, as the runtime gets it (through JSON, as Telegram sends it); about
 * 3 % are well-formed forged presses, the rest must be ignored.
 */
export function generateUpdate(random: Random, updateId: number, context: GeneratorContext): GeneratedUpdate {
  const generated = generateObject(random, updateId, context);
  return { ...generated, update: JSON.parse(JSON.stringify(generated.update)) as Record<string, unknown> };
}

function generateObject(random: Random, updateId: number, context: GeneratorContext): GeneratedUpdate {
  const roll = random.next();
  const update: Record<string, unknown> = { update_id: updateId };
  const userId = random.int(1, 5_000_000) + 10_000_000;

  if (roll < 0.03) {
    const forger = context.forgerIdBase + random.int(0, 99);
    const target = context.foreignCanvasIds.length > 0 ? random.pick(context.foreignCanvasIds) : random.int(1, 1000);
    const data = random.pick([
      `nav:skip:${target}:${random.int(0, 50)}`,
      `nav:back:${target}:${random.int(0, 50)}`,
      `ty:ok:${target}:${random.int(0, 50)}`,
      `ty:${random.int(0, 9)}:${target}:${random.int(0, 50)}`,
      `resume:${target}`,
      `open:${target}`,
      `del:${target}`,
      `delok:${target}`,
      `edit:${target}:${random.int(1, 9)}`,
      `editmode:replace:${target}:${random.int(1, 9)}`,
      `editmode:add:${target}:${random.int(1, 9)}`,
      `nav:skip:${target}:99999999999`,
      `edit:${target}:0`,
      awkwardString(random, 6),
    ]);
    const bounded = Buffer.byteLength(data, 'utf8') <= 64 ? data : 'x';
    update.callback_query = privatePress(random, forger, bounded);
    return { update, wellFormed: true, category: 'forged press' };
  }
  if (roll < 0.2) {
    const type = random.pick(['group', 'supergroup', 'channel']);
    const chatId = -random.int(1, 1e12);
    update.message = {
      message_id: random.int(1, 1e6),
      date: nowSeconds(),
      chat: { id: chatId, type, title: awkwardString(random, 5) },
      ...(type === 'channel' ? {} : { from: person(random, userId) }),
      text: randomText(random),
    };
    return { update, wellFormed: false, category: 'group or channel message' };
  }
  if (roll < 0.35) {
    const kind = random.pick(UPDATE_KINDS_NOT_HANDLED);
    update[kind] = random.chance(0.5) ? privateMessage(random, userId, randomText(random)) : junk(random);
    return { update, wellFormed: false, category: 'kind not handled' };
  }
  if (roll < 0.62) {
    const message = privateMessage(random, userId, randomText(random));
    update.message = message;
    const mutations = random.int(1, 3);
    for (let index = 0; index < mutations; index += 1) random.pick(mutateMessage)(random, message, update);
    return { update, wellFormed: false, category: 'malformed private message' };
  }
  if (roll < 0.85) {
    const query = privatePress(random, userId, random.pick(['menu:new', 'nav:skip:1:1', 'lang:en']));
    update.callback_query = query;
    const mutations = random.int(1, 3);
    for (let index = 0; index < mutations; index += 1) random.pick(mutatePress)(random, query);
    return { update, wellFormed: false, category: 'malformed button press' };
  }
  if (roll < 0.95) {
    update.update_id = random.chance(0.5) ? updateId : junk(random);
    const kind = random.pick(['message', 'callback_query', ...UPDATE_KINDS_NOT_HANDLED]);
    update[kind] = random.chance(0.2) ? undefined : junk(random);
    if (random.chance(0.3)) update[random.pick(['message', 'callback_query'])] = junk(random);
    if (isWellFormedByAccident(update)) update.message = 'not a message';
    return { update, wellFormed: false, category: 'junk' };
  }
  // Two kinds in one update, or none at all.
  if (random.chance(0.5)) {
    update.message = privateMessage(random, userId, randomText(random));
    update.callback_query = privatePress(random, userId, 'menu:new');
  }
  return { update, wellFormed: false, category: 'two kinds or none' };
}

/** Junk could in principle form a valid message; it never does in practice, but the generator guarantees it. */
function isWellFormedByAccident(update: Record<string, unknown>): boolean {
  const message = update.message as { chat?: { type?: unknown } } | undefined;
  const query = update.callback_query as { message?: { chat?: { type?: unknown } } } | undefined;
  return message?.chat?.type === 'private' || query?.message?.chat?.type === 'private';
}
