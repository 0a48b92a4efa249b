/**
 * Turns a free-text answer into tokens that keep their place in the original text, so matches can be
 * reported in the user's own words. Phone typing is folded away here: case, ё, Latin look-alike letters,
 * stress marks, emoji, doubled letters, slang and abbreviations.
 */

export interface Token {
  /** The token as the user wrote it. */
  readonly text: string;
  /** Lower-cased, ё→е, look-alikes mapped, slang expanded: what the lexicon is written against. */
  readonly norm: string;
  /** `norm` folded further for spelling-tolerant comparison (see `foldKey`). */
  readonly key: string;
  readonly start: number;
  readonly end: number;
  /** Index of the clause (text between boundary punctuation or contrast words). */
  clause: number;
  /** Index of the sentence (text between . ! ? ; or line breaks). */
  readonly sentence: number;
  /** Joined to the previous token by a hyphen (`телеграм-бот`). */
  readonly hyphenated: boolean;
}

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
  '0': 'о',
};

/** Slang, abbreviations and common misspellings, mapped onto the word the lexicon knows. */
const SLANG: Readonly<Record<string, string>> = {
  тг: 'телеграм', tg: 'телеграм', телега: 'телеграм', телеги: 'телеграм', телеге: 'телеграм', телегу: 'телеграм',
  telegram: 'телеграм', телеграмм: 'телеграм', телеграме: 'телеграм', телеграмме: 'телеграм', телеграма: 'телеграм',
  вк: 'вконтакте', vk: 'вконтакте', вконтакт: 'вконтакте', вкшке: 'вконтакте',
  инст: 'инстаграм', инста: 'инстаграм', инсте: 'инстаграм', инсту: 'инстаграм', insta: 'инстаграм', instagram: 'инстаграм', инстаграме: 'инстаграм',
  ватсап: 'ватсап', вотсап: 'ватсап', вацап: 'ватсап', воцап: 'ватсап', whatsapp: 'ватсап', ватсапе: 'ватсап', вотсапе: 'ватсап',
  ватсапу: 'ватсап', вотсапу: 'ватсап', ватсапп: 'ватсап', вотсапп: 'ватсап', вацапе: 'ватсап',
  вб: 'вайлдберриз', wb: 'вайлдберриз', wildberries: 'вайлдберриз', валдберис: 'вайлдберриз', вайлдберис: 'вайлдберриз',
  ozon: 'озон', avito: 'авито', лс: 'личка', личку: 'личка', личке: 'личка', лички: 'личка', директ: 'директ', direct: 'директ',
  sms: 'смс', мес: 'месяц', руб: 'рубль', р: 'рубль', rub: 'рубль', рублей: 'рубль', рубля: 'рубль', рублях: 'рубль',
  доллар: 'валюта', доллара: 'валюта', долларов: 'валюта', usd: 'валюта', евро: 'валюта', eur: 'валюта',
  free: 'бесплатно', trial: 'триал', freemium: 'фримиум', faq: 'faq', чаво: 'faq',
  ai: 'нейросеть', ии: 'нейросеть', црм: 'crm', млм: 'mlm', саппорт: 'поддержка', сапорт: 'поддержка', support: 'поддержка', техподдержка: 'поддержка',
  манагер: 'менеджер', манагеры: 'менеджер', комса: 'комиссия', комсу: 'комиссия', рефка: 'реферал', рефералка: 'реферал',
  прилка: 'приложение', прила: 'приложение', приложуха: 'приложение', чатик: 'чат', чатике: 'чат', ботик: 'бот', ботом: 'бот',
  фидбэк: 'фидбек', feedback: 'фидбек', кешбэк: 'кешбек', кэшбэк: 'кешбек', кэшбек: 'кешбек', cashback: 'кешбек',
  мк: 'мастеркласс', email: 'емейл', имейл: 'емейл', имэйл: 'емейл', емэйл: 'емейл', мыло: 'емейл', мейл: 'емейл', mail: 'емейл',
  колво: 'количество', комьюнити: 'сообщество', коммьюнити: 'сообщество', комюнити: 'сообщество', коммюнити: 'сообщество',
  community: 'сообщество', бесплатна: 'бесплатно', безплатно: 'бесплатно', подпеска: 'подписка', youtube: 'ютуб', ютюб: 'ютуб',
  ютубе: 'ютуб', ютубчик: 'ютуб', patreon: 'патреон', boosty: 'бусти', saas: 'saas', lk: 'лк',
  абик: 'абонемент', абики: 'абонемент', абон: 'абонемент', абоны: 'абонемент', абоник: 'абонемент', абоники: 'абонемент', абоника: 'абонемент',
  абонику: 'абонемент', абоников: 'абонемент', абоником: 'абонемент', абонике: 'абонемент', абонементик: 'абонемент', абонементики: 'абонемент',
  // Typed with a hyphen to split the word ("подпис-ка"): joined again, it is the word.
  подписка: 'подписка',
  админ: 'администратор', админа: 'администратор', админу: 'администратор', админы: 'администратор', админом: 'администратор',
  тока: 'только', токо: 'только', тож: 'тоже', зп: 'зарплата', зпшка: 'зарплата', нормочасы: 'нормочас', нормочасам: 'нормочас',
};

const CYRILLIC = /[\u0400-\u04FF]/u;
const LATIN = /[a-z]/u;

/** Word-ish runs (letters, digits, hyphens inside words) and the punctuation that matters. */
const TOKEN_RE = /[\p{L}\p{N}]+(?:[.,][0-9]+)?|%|₽|\$|€|[.!?;:,()\n\u2013\u2014]|\s-\s|\+|\//gu;

const SENTENCE_END = new Set(['.', '!', '?', ';', '\n']);
const CLAUSE_END = new Set([',', ':', '(', ')', '\u2013', '\u2014', ' - ', '+']);
/** Words that open a new clause for negation and contrast purposes. */
export const CLAUSE_WORDS = new Set([
  'а', 'но', 'однако', 'зато', 'хотя', 'только', 'лишь', 'плюс', 'также', 'потом', 'затем', 'поэтому', 'теперь',
  'сейчас', 'кроме',
]);

function mapLookalikes(word: string): string {
  if (!CYRILLIC.test(word) || !(LATIN.test(word) || word.includes('0'))) return word;
  // A zero stands for "о" only inside a word ("п0дписка"), never in an amount ("300р").
  const zeroIsLetter = !/[0-9]/u.test(word[0] ?? '') && !/[1-9]/u.test(word);
  let out = '';
  for (const ch of word) out += ch === '0' && !zeroIsLetter ? ch : (LATIN_TO_CYRILLIC[ch] ?? ch);
  return out;
}

/**
 * A spelling-tolerant comparison key: сч/зч/жч → щ (how "подписчик" is often typed), ъ → ь, and any
 * run of the same letter collapsed ("коммиссия", "рекламма", "дааа").
 */
export function foldKey(norm: string): string {
  const s = norm.replace(/[сзж]ч/gu, 'щ').replace(/ъ/gu, 'ь');
  let out = '';
  let prev = '';
  for (const ch of s) {
    if (ch !== prev) out += ch;
    prev = ch;
  }
  return out;
}

/** Lower-case, ё→е, look-alikes mapped, stress marks dropped, slang expanded. */
export function normalizeWord(raw: string): string {
  const lower = raw.normalize('NFC').replace(/[\u0300\u0301]/gu, '').toLowerCase().replace(/ё/gu, 'е');
  const mapped = mapLookalikes(lower);
  return SLANG[mapped] ?? mapped;
}

/** Tokens after which a slash means "per". */
const PRICE_NORMS = new Set(['#num', '#amount', 'рубль', 'валюта']);

const NUMBER_RE = /^[0-9]+(?:[.,][0-9]+)?$/u;
const AMOUNT_RE = /^[0-9]+(?:[.,][0-9]+)?(к|k|т|тыс|тр|р|руб|rub|usd|евро)$/u;

/** Words shortened with a dot inside a sentence: "60 тыс. в месяц", "45 тыс., партнёрам 15%". */
const ABBREVIATED = new Set(['тыс', 'млн', 'млрд', 'коп', 'шт']);

/** Whether a dot only shortens the word before it: the text goes on in lower case or with a comma. */
function abbreviationDot(raw: string, tokens: readonly Token[], text: string, end: number): boolean {
  const previous = tokens[tokens.length - 1];
  if (raw !== '.' || previous === undefined || previous.end !== end - 1 || !ABBREVIATED.has(previous.text.toLowerCase())) return false;
  const next = /\S/u.exec(text.slice(end))?.[0];
  return next !== undefined && (next === ',' || (/\p{Ll}/u.test(next) && next !== next.toUpperCase()));
}

/** Splits text into tokens with offsets, sentence and clause indices. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let sentence = 0;
  let clause = 0;
  let pendingBoundary = false;
  let prevEnd = -1;
  for (const match of text.matchAll(TOKEN_RE)) {
    const raw = match[0];
    const start = match.index;
    const end = start + raw.length;
    if (abbreviationDot(raw, tokens, text, end)) {
      prevEnd = -1;
      continue;
    }
    if (SENTENCE_END.has(raw) && !(raw === '.' && /[0-9]/u.test(text[end] ?? ''))) {
      sentence += 1;
      pendingBoundary = true;
      prevEnd = -1;
      continue;
    }
    // A slash after a price reads "per": "1500 руб/час", "490 ₽/мес". Elsewhere it only separates.
    const previousToken = tokens[tokens.length - 1];
    const perUnit =
      raw === '/' && previousToken !== undefined && previousToken.end === start && PRICE_NORMS.has(previousToken.norm) && /\p{L}/u.test(text[end] ?? '');
    if (CLAUSE_END.has(raw) || (raw === '/' && !perUnit)) {
      if (raw !== '/') pendingBoundary = true;
      prevEnd = -1;
      continue;
    }
    let norm: string;
    if (perUnit) norm = '/';
    else if (raw === '%') norm = 'процент';
    else if (raw === '₽') norm = 'рубль';
    else if (raw === '$' || raw === '€') norm = 'валюта';
    else {
      norm = normalizeWord(raw);
      if (NUMBER_RE.test(norm) && norm !== '0') norm = '#num';
      else if (AMOUNT_RE.test(norm)) norm = '#amount';
    }
    if (pendingBoundary || CLAUSE_WORDS.has(norm)) {
      clause += 1;
      pendingBoundary = false;
    }
    const hyphenated = prevEnd >= 0 && text.slice(prevEnd, start) === '-';
    const previous = tokens[tokens.length - 1];
    // "10%" reads as one word: keep the number in the user's words for the percent sign.
    if (norm === 'процент' && raw === '%' && previous && previous.norm === '#num' && previous.end === start) {
      tokens[tokens.length - 1] = { ...previous, text: text.slice(previous.start, end), norm, key: norm, end };
      prevEnd = end;
      continue;
    }
    // Hyphenated abbreviations ("кол-во", "e-mail") join into the word they stand for.
    if (hyphenated && previous) {
      const joined = SLANG[mapLookalikes((previous.text + raw).toLowerCase().replace(/ё/gu, 'е'))];
      if (joined) {
        tokens[tokens.length - 1] = { ...previous, text: text.slice(previous.start, end), norm: joined, key: foldKey(joined), end };
        prevEnd = end;
        continue;
      }
    }
    tokens.push({ text: raw, norm, key: foldKey(norm), start, end, clause, sentence, hyphenated });
    prevEnd = end;
  }
  return tokens;
}
