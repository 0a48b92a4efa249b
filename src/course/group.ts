/** Roles in a course group. The owner is the one `coach`; co-coaches review too but do not manage. */
export const GROUP_ROLES = ['coach', 'co_coach', 'student'] as const;
export type GroupRole = (typeof GROUP_ROLES)[number];

/** Roles an invite link can grant: the coach role belongs to the group's creator alone. */
export const INVITE_ROLES = ['student', 'co_coach'] as const;
export type InviteRole = (typeof INVITE_ROLES)[number];

export function isGroupRole(value: string): value is GroupRole {
  return (GROUP_ROLES as readonly string[]).includes(value);
}

export function isInviteRole(value: string): value is InviteRole {
  return (INVITE_ROLES as readonly string[]).includes(value);
}

/** Coaches and co-coaches see and review the submissions of their group. */
export function canReview(role: GroupRole | null): boolean {
  return role === 'coach' || role === 'co_coach';
}

/** Renaming, archiving, deleting, invite links and removing students are the owner's. */
export function canManage(role: GroupRole | null): boolean {
  return role === 'coach';
}

/** Long enough for a course title with its cohort, short enough for a button label. */
export const MAX_GROUP_NAME_LENGTH = 80;
/** An assignment is read in one Telegram message together with the group's name. */
export const MAX_ASSIGNMENT_LENGTH = 2000;
/** A comment is shown under a block's answer in one message. */
export const MAX_COMMENT_LENGTH = 1500;

export type TextCheck = { ok: true; value: string } | { ok: false; error: 'empty' | 'too_long' };

/** Trims and checks a text the coach typed (name, assignment, comment) against its limit. */
export function checkText(text: string, maxLength: number): TextCheck {
  const value = text.trim();
  if (value.length === 0) return { ok: false, error: 'empty' };
  if (value.length > maxLength) return { ok: false, error: 'too_long' };
  return { ok: true, value };
}

/** Whether a string names a time zone this runtime knows (`Europe/Moscow`, `Asia/Almaty`, `UTC`). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone a coach is offered first: the course audience is mostly in Moscow time. */
export const DEFAULT_COURSE_TIME_ZONE = 'Europe/Moscow';
