const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces what PostgreSQL cannot hold in text or jsonb: NUL and lone surrogates become U+FFFD. */
function storableText(text: string): string {
  return text.replace(/\u0000/g, '\ufffd').replace(LONE_SURROGATE, '\ufffd');
}

function storable(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return storableText(value);
  if (depth > 32 || typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => storable(item, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[storableText(key)] = storable(item, depth + 1);
  return copy;
}

/**
 * An incoming update as the database can store it: every string (keys too) without NUL or lone
 * surrogates. Such text can never be a valid answer (the bot refuses it when applying), but the
 * update must still be stored and acknowledged, or Telegram would post it again forever.
 */
export function storableUpdate<T>(update: T): T {
  return storable(update, 0) as T;
}
