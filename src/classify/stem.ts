/**
 * A light Russian stemmer: strips one inflectional ending (and a reflexive -ся/-сь before it), keeping
 * at least three letters. It is used for short lexicon words that must match whole ("бот", "чат"),
 * where a bare prefix would also catch unrelated words ("ботинки", "часто"). Longer lexicon stems are
 * matched as prefixes instead, which already covers every inflection.
 */

const ENDINGS = [
  // adjective and participle endings
  'ыми', 'ими', 'ого', 'его', 'ому', 'ему', 'ая', 'яя', 'ое', 'ее', 'ые', 'ие', 'ый', 'ий', 'ой', 'ую', 'юю',
  'ым', 'им', 'ых', 'их',
  // noun endings
  'ами', 'ями', 'ах', 'ях', 'ов', 'ев', 'ей', 'ам', 'ям', 'ом', 'ем', 'ию', 'ия', 'ье', 'ья', 'ью',
  'а', 'я', 'у', 'ю', 'ы', 'и', 'е', 'о', 'ь',
  // verb endings
  'ешь', 'ете', 'ишь', 'ите', 'ет', 'ут', 'ют', 'ат', 'ят', 'ит', 'ть', 'ла', 'ли', 'ло', 'л',
].sort((a, b) => b.length - a.length);

const MIN_STEM = 3;

/** The word without its inflectional ending. */
export function stem(word: string): string {
  let w = word;
  if (w.length - 2 >= MIN_STEM && (w.endsWith('ся') || w.endsWith('сь'))) w = w.slice(0, -2);
  for (const ending of ENDINGS) {
    if (w.length - ending.length >= MIN_STEM && w.endsWith(ending)) return w.slice(0, -ending.length);
  }
  return w;
}
