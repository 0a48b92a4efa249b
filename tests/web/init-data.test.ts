import { describe, expect, it } from 'vitest';
import { validateInitData } from '../../src/web/init-data.ts';
import { signInitData } from '../../src/web/sign-init-data.ts';

const TOKEN = '123456:TEST-token-abcdefghijklmnopqrstuvwxyz';
const NOW = 1_800_000_000;
const user = { id: 42, first_name: 'Anna', language_code: 'ru' };

describe('validateInitData', () => {
  it('accepts data signed with the bot token and reads the user from it', () => {
    const checked = validateInitData(signInitData(TOKEN, { user, authDate: NOW - 10, startParam: 'spring' }), TOKEN, { nowSeconds: NOW });
    expect(checked).toEqual({
      ok: true,
      user: { id: 42, firstName: 'Anna', lastName: null, username: null, languageCode: 'ru' },
      authDate: NOW - 10,
      startParam: 'spring',
    });
  });

  it("agrees with Telegram's documented algorithm written out step by step", async () => {
    // The same check written out step by step, to guard the shared helpers against a silent change.
    const { createHmac } = await import('node:crypto');
    const fields = { auth_date: String(NOW), query_id: 'Q', user: JSON.stringify(user) };
    const dataCheck = Object.entries(fields)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `${k}=${v}`)
      .join('\n');
    const secret = createHmac('sha256', 'WebAppData').update(TOKEN).digest();
    const hash = createHmac('sha256', secret).update(dataCheck).digest('hex');
    const raw = new URLSearchParams({ ...fields, hash }).toString();
    expect(validateInitData(raw, TOKEN, { nowSeconds: NOW }).ok).toBe(true);
  });

  it('refuses data signed with another token', () => {
    const raw = signInitData('654321:another-token-abcdefghijklmnopqrstuvwx', { user, authDate: NOW });
    expect(validateInitData(raw, TOKEN, { nowSeconds: NOW })).toEqual({ ok: false, reason: 'bad_hash' });
  });

  it('refuses data whose user was edited after signing', () => {
    const params = new URLSearchParams(signInitData(TOKEN, { user, authDate: NOW }));
    params.set('user', JSON.stringify({ ...user, id: 43 }));
    expect(validateInitData(params.toString(), TOKEN, { nowSeconds: NOW })).toEqual({ ok: false, reason: 'bad_hash' });
  });

  it('refuses a field added after signing', () => {
    const raw = `${signInitData(TOKEN, { user, authDate: NOW })}&start_param=other`;
    expect(validateInitData(raw, TOKEN, { nowSeconds: NOW })).toEqual({ ok: false, reason: 'bad_hash' });
  });

  it('refuses data older than an hour, and accepts it just within the hour', () => {
    expect(validateInitData(signInitData(TOKEN, { user, authDate: NOW - 3601 }), TOKEN, { nowSeconds: NOW })).toEqual({ ok: false, reason: 'stale' });
    expect(validateInitData(signInitData(TOKEN, { user, authDate: NOW - 3600 }), TOKEN, { nowSeconds: NOW }).ok).toBe(true);
  });

  it('refuses an auth_date from the future', () => {
    expect(validateInitData(signInitData(TOKEN, { user, authDate: NOW + 600 }), TOKEN, { nowSeconds: NOW })).toEqual({ ok: false, reason: 'stale' });
  });

  it('refuses missing, malformed or repeated fields', () => {
    const valid = signInitData(TOKEN, { user, authDate: NOW });
    expect(validateInitData('', TOKEN, { nowSeconds: NOW }).ok).toBe(false);
    expect(validateInitData(valid.replace(/hash=[0-9a-f]+/, 'hash=xyz'), TOKEN, { nowSeconds: NOW })).toEqual({ ok: false, reason: 'malformed' });
    expect(validateInitData(valid.replace(/&?hash=[0-9a-f]+/, ''), TOKEN, { nowSeconds: NOW })).toEqual({ ok: false, reason: 'malformed' });
    expect(validateInitData(`${valid}&auth_date=${NOW}`, TOKEN, { nowSeconds: NOW })).toEqual({ ok: false, reason: 'malformed' });
    const noUser = signInitData(TOKEN, { user: { id: 0, first_name: 'x' }, authDate: NOW });
    expect(validateInitData(noUser, TOKEN, { nowSeconds: NOW })).toEqual({ ok: false, reason: 'malformed' });
  });
});
