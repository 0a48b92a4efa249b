import { createHmac, timingSafeEqual } from 'node:crypto';

/** Telegram's own advice: initData older than this is not accepted. */
export const INIT_DATA_MAX_AGE_SECONDS = 3600;
/** Clocks differ a little; an auth_date from further in the future than this is forged. */
const FUTURE_SKEW_SECONDS = 60;

export interface WebAppUser {
  id: number;
  firstName: string;
  lastName: string | null;
  username: string | null;
  languageCode: string | null;
}

export type InitDataCheck =
  | { ok: true; user: WebAppUser; authDate: number; startParam: string | null }
  | { ok: false; reason: 'malformed' | 'bad_hash' | 'stale' };

/** The key Telegram derives from the bot token for Mini App data: HMAC_SHA256(key "WebAppData", token). */
export function webAppSecretKey(botToken: string): Buffer {
  return createHmac('sha256', 'WebAppData').update(botToken).digest();
}

/** Every field but `hash`, as `key=value` lines sorted by key: what Telegram signs. */
export function dataCheckString(params: URLSearchParams): string {
  return [...params.entries()]
    .filter(([key]) => key !== 'hash')
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join('\n');
}

function parseUser(raw: string | null): WebAppUser | null {
  if (raw === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const user = value as Record<string, unknown>;
  if (!Number.isSafeInteger(user.id) || (user.id as number) <= 0) return null;
  const text = (field: unknown) => (typeof field === 'string' && field !== '' ? field : null);
  return {
    id: user.id as number,
    firstName: text(user.first_name) ?? '',
    lastName: text(user.last_name),
    username: text(user.username),
    languageCode: text(user.language_code),
  };
}

/**
 * Checks a Mini App's `initData` the way Telegram documents it: the HMAC-SHA256 of the sorted
 * fields under the token-derived key, compared in constant time, then the age of `auth_date`.
 * The hash is checked before anything in the data is trusted.
 */
export function validateInitData(raw: string, botToken: string, options: { nowSeconds?: number; maxAgeSeconds?: number } = {}): InitDataCheck {
  if (raw.length === 0 || raw.length > 8192) return { ok: false, reason: 'malformed' };
  const params = new URLSearchParams(raw);
  const keys = [...params.keys()];
  // A repeated field would make "the" value ambiguous between us and whoever signed it.
  if (new Set(keys).size !== keys.length) return { ok: false, reason: 'malformed' };
  const hash = params.get('hash');
  if (hash === null || !/^[0-9a-f]{64}$/.test(hash)) return { ok: false, reason: 'malformed' };

  const expected = createHmac('sha256', webAppSecretKey(botToken)).update(dataCheckString(params)).digest();
  if (!timingSafeEqual(expected, Buffer.from(hash, 'hex'))) return { ok: false, reason: 'bad_hash' };

  const authDate = Number(params.get('auth_date'));
  if (!Number.isSafeInteger(authDate) || authDate <= 0) return { ok: false, reason: 'malformed' };
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const maxAge = options.maxAgeSeconds ?? INIT_DATA_MAX_AGE_SECONDS;
  if (now - authDate > maxAge || authDate - now > FUTURE_SKEW_SECONDS) return { ok: false, reason: 'stale' };

  const user = parseUser(params.get('user'));
  if (!user) return { ok: false, reason: 'malformed' };
  return { ok: true, user, authDate, startParam: params.get('start_param') };
}
