/**
 * The lexicon format and its compiler.
 *
 * A pattern is a sequence of words separated by spaces; all of them must follow each other within one
 * clause. A word lists alternatives separated by `|`. An alternative is
 * - `stem`   a prefix of the (folded) word; stems of 4+ letters; stems of 6+ letters also match with one
 *            typo (see `fuzzy.ts`);
 * - `stem-`  a prefix however short (`общ-` for "общаемся", "общение");
 * - `=word`  the same word in any inflection (compared by `stem()`), for short words like `=бот`; words of
 *            up to 3 letters are always taken so (`чат` matches "чате", `за` does not match "заказ");
 * - `"word`  exactly this form;
 * - `stem^x^y` as `stem`, but not for words starting with `x` or `y` (`прода^продавц`);
 * - `#num` / `#amount` a bare number / an amount with a unit ("5к", "300р").
 * A word `~N` skips up to N arbitrary words of the same clause, `*N` up to N words of the same sentence
 * ("реклама у блогеров — это расходы"). A pattern of plain words also matches them written as one
 * word ("чат бот" matches "чатбот").
 */
import type { BusinessTypeId } from '../canvas/business-types.ts';
import { foldKey, normalizeWord } from './normalize.ts';
import { stem } from './stem.ts';

export type Tag = 'one_time' | 'recurring' | 'fixed' | 'dynamic';

export interface LexiconGroup {
  /** What the patterns are evidence for; `null` for a sense rule that only absorbs words. */
  readonly type: BusinessTypeId | Tag | null;
  /** Evidence needed is 1 in total per type; weak cues weigh 0.5 and need company. Default 1. */
  readonly weight?: number;
  /** Evidence that does not count once one of these types is found by other words. */
  readonly suppressedBy?: readonly BusinessTypeId[];
  /**
   * `suppressedBy` only by evidence in the same part of the answer or an earlier one, parts being split by
   * a contrast ("берём плату за каждый час парковки, а постоянным сдаём места в аренду" keeps both).
   */
  readonly suppressedNearby?: boolean;
  /**
   * Backoff evidence: read only when the rest of the lexicon finds no type in the answer. It states a type
   * by its mechanism rather than its name ("капучино 250р, круассан 180р" is selling goods).
   */
  readonly backoff?: boolean;
  /** How surely the words mean the type, 0..1, where they often mean something else. Default 1. */
  readonly confidence?: number;
  /** The pattern carries its own negation ("без продавцов", "не платят"): outer negation is ignored. */
  readonly negative?: boolean;
  readonly patterns: readonly string[];
}

type AtomMode = 'prefix' | 'stem' | 'form';

interface Atom {
  readonly key: string;
  readonly mode: AtomMode;
  readonly exclude: readonly string[];
  readonly specs: number[];
}

export type PatternElement = { readonly spec: number } | { readonly gap: number; readonly crossClause: boolean };

export interface CompiledPattern {
  readonly group: LexiconGroup;
  readonly id: number;
  readonly elements: readonly PatternElement[];
  /** Number of words the pattern itself names (gaps not counted): longer patterns win overlaps. */
  readonly size: number;
}

export interface CompiledLexicon {
  readonly atoms: readonly Atom[];
  readonly prefixIndex: ReadonlyMap<string, readonly number[]>;
  readonly stemIndex: ReadonlyMap<string, readonly number[]>;
  readonly formIndex: ReadonlyMap<string, readonly number[]>;
  /** Prefix atoms long enough for typo tolerance, by their first two letters. */
  readonly fuzzyIndex: ReadonlyMap<string, readonly number[]>;
  readonly specCount: number;
  /** Length of the shortest prefix atom (`stem-` ones may be shorter than MIN_PREFIX_LENGTH). */
  readonly shortestPrefix: number;
  /** Patterns by the spec of their first word. */
  readonly patternsByFirstSpec: ReadonlyMap<number, readonly CompiledPattern[]>;
}

export const FUZZY_MIN_LENGTH = 6;
export const MIN_PREFIX_LENGTH = 4;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function parseAtom(source: string): { key: string; mode: AtomMode; exclude: string[] } {
  const [head = '', ...exclusions] = source.split('^');
  const exclude = exclusions.map((x) => foldKey(normalizeWord(x)));
  if (head.startsWith('#')) return { key: head, mode: 'form', exclude };
  if (head.startsWith('=')) return { key: foldKey(normalizeWord(head.slice(1))), mode: 'stem', exclude };
  if (head.startsWith('"')) return { key: foldKey(normalizeWord(head.slice(1))), mode: 'form', exclude };
  if (head.length > 1 && head.endsWith('-')) return { key: foldKey(normalizeWord(head.slice(0, -1))), mode: 'prefix', exclude };
  const key = foldKey(normalizeWord(head));
  return { key, mode: key.length >= MIN_PREFIX_LENGTH ? 'prefix' : 'stem', exclude };
}

/** Compiles lexicon groups into indexes for fast per-word lookup. */
export function compileLexicon(groups: readonly LexiconGroup[]): CompiledLexicon {
  const atoms: Atom[] = [];
  const atomIds = new Map<string, number>();
  const specIds = new Map<string, number>();
  const prefixIndex = new Map<string, number[]>();
  const stemIndex = new Map<string, number[]>();
  const formIndex = new Map<string, number[]>();
  const fuzzyIndex = new Map<string, number[]>();
  const patternsByFirstSpec = new Map<number, CompiledPattern[]>();

  const specOf = (word: string): number => {
    const known = specIds.get(word);
    if (known !== undefined) return known;
    const id = specIds.size;
    specIds.set(word, id);
    for (const alternative of word.split('|')) {
      const atom = parseAtom(alternative);
      const atomKey = `${atom.mode}:${atom.key}:${atom.exclude.join('^')}`;
      let atomId = atomIds.get(atomKey);
      if (atomId === undefined) {
        atomId = atoms.length;
        atomIds.set(atomKey, atomId);
        atoms.push({ ...atom, specs: [] });
        const index = atom.mode === 'prefix' ? prefixIndex : atom.mode === 'stem' ? stemIndex : formIndex;
        push(index, atom.key, atomId);
        // A whole word is found by its own form or by its stem, whichever the token's stem equals.
        if (atom.mode === 'stem' && stem(atom.key) !== atom.key) push(stemIndex, stem(atom.key), atomId);
        if (atom.mode === 'prefix' && atom.key.length >= FUZZY_MIN_LENGTH) push(fuzzyIndex, atom.key.slice(0, 2), atomId);
      }
      atoms[atomId]?.specs.push(id);
    }
    return id;
  };

  let patternId = 0;
  const addPattern = (group: LexiconGroup, words: string[]): void => {
    const elements: PatternElement[] = words.map((word) =>
      /^[~*]\d$/u.test(word) ? { gap: Number(word.slice(1)), crossClause: word.startsWith('*') } : { spec: specOf(word) },
    );
    const first = elements[0];
    if (!first || !('spec' in first)) throw new Error(`pattern must start with a word: ${words.join(' ')}`);
    const size = elements.filter((element) => 'spec' in element).length;
    push(patternsByFirstSpec, first.spec, { group, id: patternId++, elements, size });
  };

  for (const group of groups) {
    for (const pattern of group.patterns) {
      const words = pattern.trim().split(/\s+/u);
      addPattern(group, words);
      const plain =
        words.length > 1 && words.length <= 3 && words.every((word) => word.length >= 3 && /^[^|^~*#="]+$/u.test(word));
      if (plain) addPattern(group, [words.join('')]);
    }
  }

  const prefixLengths = [...prefixIndex.keys()].map((key) => key.length);
  const shortestPrefix = Math.max(1, Math.min(MIN_PREFIX_LENGTH, ...prefixLengths));
  return { atoms, prefixIndex, stemIndex, formIndex, fuzzyIndex, specCount: specIds.size, shortestPrefix, patternsByFirstSpec };
}
