import { randomBytes } from 'node:crypto';
import type { InviteRole } from './group.ts';

/**
 * Invite links are Telegram deep links, `https://t.me/<bot>?start=<payload>`. Telegram allows
 * 64 characters of `A-Za-z0-9_-` there. The payload is a short role prefix and 24 random bytes
 * in base64url (192 bits): nobody finds a group by guessing, and the whole payload is the stored
 * token, so revoking or renewing a link is a database change only.
 */
const PREFIXES: Record<InviteRole, string> = { student: 'j', co_coach: 'c' };
const TOKEN_BYTES = 24;
/** 24 bytes are 32 base64url characters; with the prefix and `_`, 34 of Telegram's 64. */
const PAYLOAD_PATTERN = /^([jc])_([A-Za-z0-9_-]{32})$/;

export interface InvitePayload {
  role: InviteRole;
  /** The whole payload, as stored in `group_invites.token`. */
  token: string;
}

/** A new unguessable payload for an invite of this role. `random` is replaceable for tests only. */
export function createInvitePayload(role: InviteRole, random: (size: number) => Buffer = randomBytes): string {
  return `${PREFIXES[role]}_${random(TOKEN_BYTES).toString('base64url')}`;
}

/** Reads a `/start` payload; null when it is not an invite (an old link, a typo, another deep link). */
export function parseInvitePayload(payload: string): InvitePayload | null {
  const match = PAYLOAD_PATTERN.exec(payload.trim());
  if (!match) return null;
  return { role: match[1] === 'c' ? 'co_coach' : 'student', token: match[0] };
}

/** The deep link a coach shares. */
export function inviteLink(botUsername: string, payload: string): string {
  return `https://t.me/${botUsername}?start=${payload}`;
}
