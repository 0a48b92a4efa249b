const VOWELS = 'аеиоуыэюя';

/** The phone keyboards, row by row; each row is shifted right by its offset in key widths. */
const KEYBOARDS: ReadonlyArray<ReadonlyArray<readonly [string, number]>> = [
  [
    ['йцукенгшщзхъ', 0],
    ['фывапролджэ', 0.5],
    ['ячсмитьбю', 1.5],
  ],
  [
    ['qwertyuiop', 0],
    ['asdfghjkl', 0.5],
    ['zxcvbnm', 1.5],
  ],
];

/** Letters a speller confuses by sound: voiced and voiceless pairs, the two signs. */
const SOUND_ALIKE: readonly string[] = ['бп', 'вф', 'гк', 'дт', 'жш', 'зс', 'шщ', 'ьъ'];

const KEY_POSITIONS: ReadonlyMap<string, { keyboard: number; row: number; x: number }> = new Map(
  KEYBOARDS.flatMap((rows, keyboard) =>
    rows.flatMap(([letters, offset], row) => [...letters].map((letter, index) => [letter, { keyboard, row, x: index + offset }] as const)),
  ),
);

/**
 * Whether one letter typed for another is a slip: a neighbouring key, a vowel for a vowel (unstressed vowels are
 * spelt by ear) or a letter of the same sound. Any other pair makes another word ("сборник" is no "сборщик").
 */
function isLikelySlip(typed: string, meant: string): boolean {
  if (VOWELS.includes(typed) && VOWELS.includes(meant)) return true;
  if (SOUND_ALIKE.some((pair) => pair.includes(typed) && pair.includes(meant))) return true;
  const a = KEY_POSITIONS.get(typed);
  const b = KEY_POSITIONS.get(meant);
  if (!a || !b || a.keyboard !== b.keyboard) return false;
  return Math.abs(a.row - b.row) <= 1 && Math.abs(a.x - b.x) <= 1;
}

/**
 * Typo tolerance: does `word` start with `stem` give or take one edit (a likely substitution, insertion,
 * deletion or swap of neighbours)? The first two letters and the last letter of the stem must be
 * right: phone typos fall in the middle of a word, while a different last letter of a stem is usually
 * a different word ("подписк" vs "подписал").
 */
export function startsWithOneTypo(word: string, stem: string): boolean {
  const m = stem.length;
  let c = 0;
  while (c < m && c < word.length && word.charCodeAt(c) === stem.charCodeAt(c)) c++;
  if (c >= m) return true;
  if (c < 2 || c >= m - 1) return false;
  // One vowel for another just before the stem's last letter is another word's ending, not a typo:
  // "практиками" is "практика", not "практикум".
  if (c === m - 2 && VOWELS.includes(stem[c] ?? '') && VOWELS.includes(word[c] ?? '')) return false;
  const rest = stem.slice(c + 1);
  return (
    (word.startsWith(rest, c + 1) && isLikelySlip(word[c] ?? '', stem[c] ?? '')) || // substitution
    word.startsWith(stem.slice(c), c + 1) || // an extra letter in the word
    word.startsWith(rest, c) || // a letter missing from the word
    (word.charCodeAt(c) === stem.charCodeAt(c + 1) && word.charCodeAt(c + 1) === stem.charCodeAt(c) && word.startsWith(stem.slice(c + 2), c + 2)) // two letters swapped
  );
}
