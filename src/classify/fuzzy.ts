const VOWELS = 'аеиоуыэюя';

/**
 * Typo tolerance: does `word` start with `stem` give or take one edit (substitution, insertion,
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
    word.startsWith(rest, c + 1) || // substitution
    word.startsWith(stem.slice(c), c + 1) || // an extra letter in the word
    word.startsWith(rest, c) || // a letter missing from the word
    (word.charCodeAt(c) === stem.charCodeAt(c + 1) && word.charCodeAt(c + 1) === stem.charCodeAt(c) && word.startsWith(stem.slice(c + 2), c + 2)) // two letters swapped
  );
}
