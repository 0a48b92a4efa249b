const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Cuts text to at most `max` visible characters, ending with "…"; never splits an emoji or a letter with its accent. */
export function shorten(text: string, max: number): string {
  const characters = Array.from(graphemes.segment(text), (part) => part.segment);
  return characters.length <= max
    ? text
    : `${characters
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}
