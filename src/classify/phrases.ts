/**
 * The lexicon pattern language (see lexicon.ts) for vocabularies other than the type lexicons, such as
 * the coaching checks: name each list of patterns by a key, then ask which keys a text mentions, with
 * the user's words and whether the mention is negated ("нет сообщества").
 */
import { compileLexicon, type LexiconGroup } from './lexicon.ts';
import { createWordMatcher, findMatches } from './match.ts';
import { negatedWords } from './negation.ts';
import { tokenize } from './normalize.ts';

export interface PhraseMatch<K extends string> {
  readonly key: K;
  /** The user's own words, as written. */
  readonly words: string;
  /** Where the words start in the text. */
  readonly start: number;
  /** The mention lies in the scope of a negation. */
  readonly negated: boolean;
}

export type PhraseFinder<K extends string> = (text: string) => PhraseMatch<K>[];

/** Compiles named lists of patterns once; the finder returns every mention in the order of the text. */
export function createPhraseFinder<K extends string>(vocabulary: Readonly<Record<K, readonly string[]>>): PhraseFinder<K> {
  const keyOfGroup = new Map<LexiconGroup, K>();
  const groups = (Object.keys(vocabulary) as K[]).map((key) => {
    const group: LexiconGroup = { type: null, patterns: vocabulary[key] };
    keyOfGroup.set(group, key);
    return group;
  });
  const lexicon = compileLexicon(groups);
  const matcher = createWordMatcher(lexicon);
  return (text) => {
    const tokens = tokenize(text);
    const negated = negatedWords(tokens);
    return findMatches(lexicon, tokens, matcher)
      .sort((a, b) => (a.tokens[0] ?? 0) - (b.tokens[0] ?? 0))
      .map((match) => {
        const first = tokens[match.tokens[0] ?? 0];
        const last = tokens[match.tokens[match.tokens.length - 1] ?? 0];
        return {
          key: keyOfGroup.get(match.pattern.group) as K,
          words: first && last ? text.slice(first.start, last.end) : '',
          start: first?.start ?? 0,
          negated: match.tokens.some((index) => negated[index]),
        };
      });
  };
}
