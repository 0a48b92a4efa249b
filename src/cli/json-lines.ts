/** What the JSON Lines tools share: the id of an input line, recovered even from a broken line. */

export type LineId = string | number | null;

/** Best effort to keep the id of a line that is not valid JSON, so the error can be matched to it. */
export function idOfBrokenLine(line: string): LineId {
  const match = /"id"\s*:\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?))/u.exec(line);
  if (!match) return null;
  if (match[2] !== undefined) return Number(match[2]);
  try {
    return JSON.parse(`"${match[1] ?? ''}"`) as string;
  } catch {
    return match[1] ?? null;
  }
}
