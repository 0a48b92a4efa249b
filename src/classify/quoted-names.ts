/**
 * Words in quotes that the sentence says are only a name ("«Подпиской» мы называем рассылку", "слово «сообщество» есть
 * в названии серии", "«по подписке» — так менеджеры зовут годовой договор"): the word is mentioned, not used, and names
 * no type. Quotes alone say nothing: a programme called «Здоровый питомец» or a card «Свои» may still be what it says.
 */
import type { Token } from './normalize.ts';

/** Opening and closing quotation marks, paired: «», “”, „“ and straight double quotes. */
const QUOTED_SPAN = /«[^»]{1,80}»|“[^”]{1,80}”|„[^“”]{1,80}[“”]|"[^"]{1,80}"/gu;

/** Words saying that something is called so: a name, a word, a way of calling. */
const NAMING_STEMS = ['называ', 'назвал', 'названи', 'зовут', 'зовем', 'зовет', 'слово', 'слова', 'словом', 'термин', 'call', 'word', 'term'];
const NAMING_EXCLUDED = new Set(['calls', 'callback', 'calling']);

const isNaming = (norm: string): boolean => NAMING_STEMS.some((stem) => norm.startsWith(stem)) && !NAMING_EXCLUDED.has(norm);

/** For each token, whether it stands inside quotes in a sentence that says the quoted words are a name. */
export function wordsNamedInQuotes(text: string, tokens: readonly Token[]): boolean[] {
  const named = tokens.map(() => false);
  for (const span of text.matchAll(QUOTED_SPAN)) {
    const start = span.index;
    const end = start + span[0].length;
    const inside = tokens.flatMap((token, index) => (token.start >= start && token.end <= end ? [index] : []));
    const first = inside[0];
    if (first === undefined) continue;
    const sentence = (tokens[first] as Token).sentence;
    const namingOutside = tokens.some((token, index) => token.sentence === sentence && !inside.includes(index) && isNaming(token.norm));
    if (namingOutside) for (const index of inside) named[index] = true;
  }
  return named;
}
