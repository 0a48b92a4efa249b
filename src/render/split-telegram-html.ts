/** Telegram's limit for one text message, in UTF-16 code units. */
export const TELEGRAM_MESSAGE_LIMIT = 4096;
/** Telegram's limit for a photo or document caption. */
export const TELEGRAM_CAPTION_LIMIT = 1024;

type TokenKind = 'open' | 'close' | 'atom' | 'newline' | 'space' | 'char';

interface Token {
  raw: string;
  kind: TokenKind;
  /** Tag name for open and close tags. */
  name?: string;
}

const TAG_OR_ENTITY = /<\/?([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);/g;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function pushText(tokens: Token[], text: string): void {
  for (const { segment } of graphemes.segment(text)) {
    if (segment === '\n') tokens.push({ raw: segment, kind: 'newline' });
    else if (/^\s+$/.test(segment)) tokens.push({ raw: segment, kind: 'space' });
    else tokens.push({ raw: segment, kind: 'char' });
  }
}

function tokenize(html: string): Token[] {
  const tokens: Token[] = [];
  let last = 0;
  for (const match of html.matchAll(TAG_OR_ENTITY)) {
    pushText(tokens, html.slice(last, match.index));
    const raw = match[0];
    const name = match[1]?.toLowerCase();
    if (name === undefined) tokens.push({ raw, kind: 'atom' });
    else if (raw.startsWith('</')) tokens.push({ raw, kind: 'close', name });
    else if (raw.endsWith('/>')) tokens.push({ raw, kind: 'atom' });
    else tokens.push({ raw, kind: 'open', name });
    last = match.index + raw.length;
  }
  pushText(tokens, html.slice(last));
  return tokens;
}

interface OpenTag {
  raw: string;
  name: string;
}

function applyToken(stack: OpenTag[], token: Token): void {
  if (token.kind === 'open' && token.name) stack.push({ raw: token.raw, name: token.name });
  if (token.kind === 'close') {
    const at = stack.map((tag) => tag.name).lastIndexOf(token.name ?? '');
    if (at >= 0) stack.splice(at, 1);
  }
}

const closers = (stack: OpenTag[]): string =>
  [...stack]
    .reverse()
    .map((tag) => `</${tag.name}>`)
    .join('');

/** Cut preference: paragraph break, line break, space, any place between two characters. */
const RANK = { para: 3, line: 2, space: 1, any: 0 } as const;
type CutRank = keyof typeof RANK;

function cutRankBefore(tokens: Token[], j: number): CutRank {
  const token = tokens[j];
  if (token?.kind === 'newline') return tokens[j + 1]?.kind === 'newline' ? 'para' : 'line';
  if (token?.kind === 'space') return 'space';
  return 'any';
}

const hasVisibleText = (parts: Token[]): boolean => parts.some((t) => t.kind === 'char' || t.kind === 'atom');

/**
 * Splits Telegram HTML into messages of at most `limit` characters, preferring paragraph, then line,
 * then word boundaries; never cuts inside a tag, an entity or a character, and closes and reopens
 * formatting tags that are open at a cut.
 */
export function splitTelegramHtml(html: string, limit: number = TELEGRAM_MESSAGE_LIMIT): string[] {
  const tokens = tokenize(html);
  const chunks: string[] = [];
  let stack: OpenTag[] = [];
  let i = 0;
  while (i < tokens.length) {
    while (i < tokens.length && (tokens[i]?.kind === 'space' || tokens[i]?.kind === 'newline')) i += 1;
    if (i >= tokens.length) break;
    const prefix = stack.map((tag) => tag.raw).join('');
    const running = [...stack];
    let length = prefix.length;
    // best[rank] = cut position (exclusive token index) and the tags open there
    const best: Partial<Record<CutRank, { at: number; stack: OpenTag[] }>> = {};
    let j = i;
    let end: { at: number; stack: OpenTag[] } | undefined;
    for (; j < tokens.length; j += 1) {
      const token = tokens[j] as Token;
      if (j > i && length + closers(running).length <= limit) {
        best[cutRankBefore(tokens, j)] = { at: j, stack: [...running] };
      }
      length += token.raw.length;
      applyToken(running, token);
      if (length + closers(running).length > limit) break;
    }
    if (j >= tokens.length) {
      end = { at: tokens.length, stack: running };
    } else {
      const minimum = limit / 3;
      const sizeOf = (cut: { at: number }): number => tokens.slice(i, cut.at).reduce((sum, token) => sum + token.raw.length, prefix.length);
      const ranked = (['para', 'line', 'space'] as const).map((rank) => best[rank]).find((cut) => cut && sizeOf(cut) >= minimum);
      // A single tag longer than the limit cannot be split; take it whole rather than loop forever.
      end = ranked ?? best.para ?? best.line ?? best.space ?? best.any ?? { at: i + 1, stack: running };
    }
    const body = tokens.slice(i, end.at);
    if (hasVisibleText(body)) {
      chunks.push((prefix + body.map((token) => token.raw).join('')).replace(/\s+$/u, '') + closers(end.stack));
    }
    stack = end.stack;
    i = end.at;
  }
  return chunks;
}
