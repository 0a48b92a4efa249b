/**
 * The terminal chat can play several people against one database: `--as NAME` picks who types,
 * and in a script a line `@NAME text` is said by NAME. Each name is a separate Telegram user,
 * with an id derived from the name, so the same name is the same person on every run.
 */

/** The ids of named people start here, well away from the default user (1) and from test ids. */
const NAMED_ID_BASE = 100_000;
const NAMED_ID_SPAN = 900_000;

/** A stable user id for a name (FNV-1a over the lowered name). */
export function userIdForName(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of name.trim().toLowerCase()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return NAMED_ID_BASE + (hash % NAMED_ID_SPAN);
}

/** A script line `@NAME text`: who says it and what; a line without a name is said by the current person. */
export function castLine(line: string): { name: string | null; text: string } {
  const match = /^@([\p{L}\p{N}_-]{1,32})(?:\s+([\s\S]*))?$/u.exec(line.trim());
  if (!match) return { name: null, text: line };
  return { name: match[1] ?? null, text: match[2] ?? '' };
}

/** The invite links the bot has given so far: the newest of each kind. */
export interface InviteMemory {
  student: string | null;
  coCoach: string | null;
}

const INVITE_LINK = /https:\/\/t\.me\/[A-Za-z0-9_]+\?start=([jc]_[A-Za-z0-9_-]{32})/g;

/** Remembers the invite links in a text the bot sent. */
export function rememberInvites(memory: InviteMemory, text: string): InviteMemory {
  let next = memory;
  for (const match of text.matchAll(INVITE_LINK)) {
    const link = match[0];
    next = match[1]?.startsWith('c_') ? { ...next, coCoach: link } : { ...next, student: link };
  }
  return next;
}

/**
 * Fills `{invite}` (the last student link) and `{coinvite}` (the last co-coach link) in a line; a
 * line that is only an invite link opens it as Telegram does, as `/start <payload>`.
 */
export function expandInvites(text: string, memory: InviteMemory): string {
  const filled = text.replaceAll('{invite}', memory.student ?? '{invite}').replaceAll('{coinvite}', memory.coCoach ?? '{coinvite}');
  const opened = /^\s*(?:\/start\s+)?https:\/\/t\.me\/[A-Za-z0-9_]+\?start=(\S+)\s*$/.exec(filled);
  return opened ? `/start ${opened[1]}` : filled;
}
