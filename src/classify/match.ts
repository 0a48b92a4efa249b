/** Finds where lexicon patterns occur in a tokenised answer. */
import { startsWithOneTypo } from './fuzzy.ts';
import { MIN_PREFIX_LENGTH, type CompiledLexicon, type CompiledPattern } from './lexicon.ts';
import type { Token } from './normalize.ts';
import { stem } from './stem.ts';

export interface PatternMatch {
  readonly pattern: CompiledPattern;
  /** Indexes of the tokens the match covers, from its first word to its last, gaps included. */
  readonly tokens: readonly number[];
}

function excluded(key: string, exclude: readonly string[]): boolean {
  for (const prefix of exclude) if (key.startsWith(prefix)) return true;
  return false;
}

/** The ids of the pattern words that one token satisfies. */
export function specsOfWord(lexicon: CompiledLexicon, key: string): number[] {
  const specs: number[] = [];
  const take = (atomIds: readonly number[] | undefined, test?: (atomKey: string) => boolean): void => {
    if (!atomIds) return;
    for (const atomId of atomIds) {
      const atom = lexicon.atoms[atomId];
      if (!atom || excluded(key, atom.exclude) || (test && !test(atom.key))) continue;
      for (const spec of atom.specs) if (!specs.includes(spec)) specs.push(spec);
    }
  };
  for (let length = lexicon.shortestPrefix; length <= key.length; length++) take(lexicon.prefixIndex.get(key.slice(0, length)));
  // Genitive plurals drop a vowel before the final к: "подписок", "сделок", "звонок" → "подписк".
  const fleeting = key.length >= 5 && (key.endsWith('ок') || key.endsWith('ек')) ? `${key.slice(0, -2)}к` : '';
  for (let length = MIN_PREFIX_LENGTH; length <= fleeting.length; length++) take(lexicon.prefixIndex.get(fleeting.slice(0, length)));
  take(lexicon.formIndex.get(key));
  take(lexicon.stemIndex.get(key));
  const stemmed = stem(key);
  if (stemmed !== key) take(lexicon.stemIndex.get(stemmed));
  if (specs.length === 0 && key.length >= 5) {
    take(lexicon.fuzzyIndex.get(key.slice(0, 2)), (atomKey) => startsWithOneTypo(key, atomKey));
  }
  return specs;
}

const MEMO_LIMIT = 50_000;

export interface WordMatcher {
  (key: string): readonly number[];
  clear(): void;
}

/** Memoises `specsOfWord` per lexicon: the same words recur across answers. */
export function createWordMatcher(lexicon: CompiledLexicon): WordMatcher {
  const memo = new Map<string, number[]>();
  const matcher = (key: string): readonly number[] => {
    let specs = memo.get(key);
    if (!specs) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      specs = specsOfWord(lexicon, key);
      memo.set(key, specs);
    }
    return specs;
  };
  return Object.assign(matcher, { clear: () => memo.clear() });
}

/**
 * Tries to match the pattern from `element` on, at token `position`, the previous word having matched
 * `previous`. Gaps try the longest skip first, so a match covers as much of the phrase as it can.
 */
function extend(
  pattern: CompiledPattern,
  element: number,
  position: number,
  previous: Token,
  crossClause: boolean,
  tokens: readonly Token[],
  specs: readonly (readonly number[])[],
): number | null {
  const current = pattern.elements[element];
  if (!current) return position - 1;
  if ('gap' in current) {
    for (let skip = current.gap; skip >= 0; skip--) {
      const end = extend(pattern, element + 1, position + skip, previous, current.crossClause, tokens, specs);
      if (end !== null) {
        const within = tokens.slice(position, position + skip);
        const sameSpan = within.every((token) => (current.crossClause ? token.sentence === previous.sentence : token.clause === previous.clause));
        if (sameSpan) return end;
      }
    }
    return null;
  }
  const token = tokens[position];
  if (!token || !specs[position]?.includes(current.spec)) return null;
  if (crossClause ? token.sentence !== previous.sentence : token.clause !== previous.clause) return null;
  return extend(pattern, element + 1, position + 1, token, false, tokens, specs);
}

function range(from: number, to: number): number[] {
  const indexes: number[] = [];
  for (let i = from; i <= to; i++) indexes.push(i);
  return indexes;
}

/** Every occurrence of every pattern, found from the words each token satisfies. */
export function findMatches(lexicon: CompiledLexicon, tokens: readonly Token[], wordSpecs: (key: string) => readonly number[]): PatternMatch[] {
  const specs = tokens.map((token) => wordSpecs(token.key));
  const matches: PatternMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const spec of specs[i] ?? []) {
      for (const pattern of lexicon.patternsByFirstSpec.get(spec) ?? []) {
        const end = extend(pattern, 1, i + 1, tokens[i] as Token, false, tokens, specs);
        if (end !== null) matches.push({ pattern, tokens: range(i, end) });
      }
    }
  }
  return matches;
}
