/**
 * The outcome of a course action: the value, or why it did not happen. `not_yours` covers both a
 * record of someone else and one that does not exist, so a forged id learns nothing.
 */
export type CourseResult<T, E extends string = never> = { ok: true; value: T } | { ok: false; error: 'not_yours' | E };

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function fail<E extends string>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}
