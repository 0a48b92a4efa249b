import type { BlockId } from './blocks.ts';
import {
  EVERYONE_PHRASES,
  EVERYONE_WORDS,
  EVERYONE_FILLER,
  PRIORITY_WORDS,
  SEVERAL_SEGMENTS_MARKERS,
  PEOPLE_BEFORE_AGES,
  NEED_WORDS,
  SALE_WORDS,
  AWARENESS_WORDS,
  DELIVERY_WORDS,
  AFTER_SALES_WORDS,
  CHANNEL_MEDIA_WORDS,
  CHANNEL_ONLY_WORDS,
  RELATIONSHIP_WORDS,
  COST_WORDS,
  FREQUENCY_WORDS,
  PRICE_WORDS,
  PHYSICAL_RESOURCE_WORDS,
  INTELLECTUAL_RESOURCE_WORDS,
  HUMAN_RESOURCE_WORDS,
  FINANCIAL_RESOURCE_WORDS,
  OWNERSHIP_WORDS,
  CONTRIBUTION_WORDS,
  SUPPLIER_NOUNS,
  CONJUNCTIONS,
  NO_PARTNERS_PHRASES,
  RISK_WORDS,
  COST_SPLIT_WORDS,
  PER_PERIOD_COST_MARKERS,
  PER_UNIT_COST_MARKERS,
  ALL_RESOURCES_WORDS,
  COSTLY_RESOURCES,
  OWNED_MARKERS,
  FINANCED_MARKERS,
  NOT_NEEDED_MARKERS,
  NONE_ANSWER_WORDS,
  VAGUE_RESOURCE_WORDS,
  SUPPLIER_QUALIFIERS,
  type Vocabulary,
} from './coaching-vocabulary.ts';
import type { CanvasSnapshot } from './snapshot.ts';

/** One piece of advice on a block's answers; `key` lives in the `coaching` namespace. */
export interface CoachingNote {
  key: string;
  params?: Record<string, string | number>;
}

/** Advice is read between two questions: more than two notes stop being read. */
export const MAX_NOTES = 2;

/** Fewer words than this per answer, on average, reads as a placeholder rather than an answer. */
const MIN_WORDS_PER_ANSWER = 3;

/** Ages further apart than this describe more than one kind of customer (the seeds say 10–15 years). */
const MAX_AGE_SPAN = 15;

/** Most resources worth naming in one note; a longer list reads as a lecture. */
const MAX_NAMED_RESOURCES = 3;

/**
 * "от 18 до 60 лет", "18-60", "20…45", "от 20 лет до 45 лет", "aged 18 to 60": an optional lead word, the
 * first number with an optional unit of its own, the second number, the word after them.
 */
const AGE_RANGE_PATTERN =
  /(?<![\p{L}\p{N}])(?:(от|from|с|c|aged|age)\s*)?(\d{1,2})(?:\s*(лет|года?|years?))?\s*(?:-|–|—|…|\.{2,3}|до|to)\s*(\d{1,2})(?![\p{N}])\s*(\p{L}*)/gu;
/** Matching vocabulary: units after a number range that make it an age ("л" is phone shorthand for "лет"). */
const AGE_UNIT_PATTERN = /^(лет|год|года|г|л|years?|yrs|yo)$/u;
/** Matching vocabulary: words shortly before a number range that make it an age. */
const AGE_CONTEXT: Vocabulary = ['возраст', 'age', 'aged'];
/** Matching vocabulary: lead words of a time span ("с 8 до 23"), not of an age. */
const TIME_SPAN_LEADS = new Set(['с', 'c']);

/** Matching vocabulary: negations that cancel the phrase right after them ("не все, кто…"). */
const NEGATIONS = new Set(['не', 'not', 'no']);

// ---------------------------------------------------------------- text preparation and matching

interface Word {
  /** Lower-cased, ё read as е. */
  text: string;
  /** Where the word (or the hyphenated word it is part of) starts in the text. */
  start: number;
}

interface PreparedText {
  /** As the user wrote it. */
  original: string;
  /** Lower-cased, ё read as е; same positions as the original. */
  normalized: string;
  /** Every word, and after a hyphenated word also its parts ("телеграм-канал" is also "канал"). */
  words: Word[];
  /** How many words the user wrote; a hyphenated word counts once. */
  wordCount: number;
}

const WORD_PATTERN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** Lower-cases character by character, so positions stay put, and reads ё as е. */
function normalize(text: string): string {
  let result = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    const kept = [...lower].length === 1 ? lower : char;
    result += kept === 'ё' ? 'е' : kept;
  }
  return result;
}

function prepare(text: string): PreparedText {
  const normalized = normalize(text);
  const words: Word[] = [];
  let wordCount = 0;
  for (const match of normalized.matchAll(WORD_PATTERN)) {
    wordCount += 1;
    words.push({ text: match[0], start: match.index });
    if (match[0].includes('-')) {
      for (const part of match[0].split('-')) words.push({ text: part, start: match.index });
    }
  }
  return { original: text, normalized, words, wordCount };
}

function tokenMatches(word: string, token: string): boolean {
  return token.endsWith('=') ? word === token.slice(0, -1) : word.startsWith(token);
}

function matchesAt(words: readonly Word[], index: number, tokens: readonly string[]): boolean {
  return tokens.every((token, offset) => {
    const word = words[index + offset];
    return word !== undefined && tokenMatches(word.text, token);
  });
}

/** Index of the first word where some vocabulary entry matches, or -1. */
function findTerm(words: readonly Word[], vocabulary: Vocabulary): number {
  const entries = vocabulary.map((entry) => entry.split(' '));
  return words.findIndex((_, index) => entries.some((tokens) => matchesAt(words, index, tokens)));
}

function mentions(text: PreparedText, vocabulary: Vocabulary): boolean {
  return findTerm(text.words, vocabulary) >= 0;
}

/** How many places in the text some vocabulary entry matches. */
function countTerms(text: PreparedText, vocabulary: Vocabulary): number {
  const entries = vocabulary.map((entry) => entry.split(' '));
  return text.words.filter((_, index) => entries.some((tokens) => matchesAt(text.words, index, tokens))).length;
}

/** Whether every word of the text is in the vocabulary (and there is at least one word). */
function consistsOf(text: PreparedText, vocabulary: Vocabulary): boolean {
  return text.words.length > 0 && text.words.every((word) => vocabulary.some((token) => tokenMatches(word.text, token)));
}

/** Where the clause holding `position` starts: after a full stop, semicolon, colon, dash or line break. */
function clauseStart(text: string, position: number): number {
  let start = position;
  while (start > 0 && !/[.;:!?\n—–]/u.test(text.charAt(start - 1)) && text.slice(start - 3, start) !== ' - ') start -= 1;
  return start;
}

/**
 * Like `mentions`, but only a phrase that opens its clause, after nothing but filler words, counts
 * ("Все, кто…", "Наши клиенты — все, кто…"): after a named group ("ИП на упрощёнке, все, кто…") it
 * narrows that group down. A phrase right after a negation does not count.
 */
function mentionsAsSubject(text: PreparedText, vocabulary: Vocabulary, filler: Vocabulary): boolean {
  const entries = vocabulary.map((entry) => entry.split(' '));
  return text.words.some((word, index) => {
    if (NEGATIONS.has(text.words[index - 1]?.text ?? '')) return false;
    if (!entries.some((tokens) => matchesAt(text.words, index, tokens))) return false;
    const start = clauseStart(text.normalized, word.start);
    const before = text.words.slice(0, index).filter((earlier) => earlier.start >= start);
    return before.every((earlier) => filler.some((token) => tokenMatches(earlier.text, token)));
  });
}

/** A sum of money or a share: "650 ₽", "2 тыс", "40к", "15%", "$8", or a number of three digits and more. */
// Not `\b`: in JavaScript it only knows Latin letters, so "7 р/мин" would not end a word there.
const MONEY_PATTERN = /\d{3,}|\d\s*(?:₽|%|р(?!\p{L})|руб|тыс|т\.р|к(?!\p{L})|k(?!\p{L})|млн|\$|€|£|dollar|euro|pound|usd|eur)|[$€£]\s*\d/u;

function hasMoney(text: PreparedText): boolean {
  return MONEY_PATTERN.test(text.normalized);
}

/** A sum of money, or a share of revenue ("5% выручки"); a discount of 5% is not a sum the business spends. */
const SHARE_OF_REVENUE_PATTERN = /%\s*(?:от\s*|of\s*)?(?:выручк|оборот|продаж|sales|revenue)/u;

function hasSum(text: PreparedText): boolean {
  const withoutShares = text.normalized.replace(/\d+\s*%/gu, '');
  return MONEY_PATTERN.test(withoutShares) || SHARE_OF_REVENUE_PATTERN.test(text.normalized);
}

// ---------------------------------------------------------------- the block under review

interface BlockAnswers {
  /** Non-empty answers, each prepared. */
  answers: PreparedText[];
  /** All answers together. */
  all: PreparedText;
  /** Whether a later guiding question than the first was answered. */
  answeredFollowUp: boolean;
}

function blockAnswers(canvas: CanvasSnapshot, blockId: BlockId): BlockAnswers | null {
  const block = canvas.blocks.find((candidate) => candidate.id === blockId);
  const given = (block?.answers ?? []).filter((answer) => answer.text.trim().length > 0);
  if (given.length === 0) return null;
  return {
    answers: given.map((answer) => prepare(answer.text)),
    all: prepare(given.map((answer) => answer.text).join('\n')),
    answeredFollowUp: given.some((answer) => (answer.questionIndex ?? 0) > 0),
  };
}

// ---------------------------------------------------------------- checks, block by block

function isWholeAnswerEveryone(answer: PreparedText): boolean {
  const meaningful = answer.words.filter((word) => !EVERYONE_FILLER.some((token) => tokenMatches(word.text, token)));
  return meaningful.length > 0 && meaningful.every((word) => EVERYONE_WORDS.some((token) => tokenMatches(word.text, token)));
}

function endsWithWordOf(text: PreparedText, vocabulary: Vocabulary): boolean {
  const last = text.words[text.words.length - 1];
  return (
    last !== undefined && /^\s*$/u.test(text.normalized.slice(last.start + last.text.length)) && vocabulary.some((token) => tokenMatches(last.text, token))
  );
}

/** The first number range in the text that clearly is an age range wider than a focused segment's. */
function wideAgeRange(text: PreparedText): { from: number; to: number } | null {
  for (const match of text.normalized.matchAll(AGE_RANGE_PATTERN)) {
    const [, lead = '', fromText = '', innerUnit = '', toText = '', unit = ''] = match;
    const from = Number(fromText);
    const to = Number(toText);
    if (!(to > from)) continue;
    const before = prepare(text.normalized.slice(Math.max(0, match.index - 30), match.index));
    const isAge =
      innerUnit !== '' ||
      AGE_UNIT_PATTERN.test(unit) ||
      lead === 'aged' ||
      lead === 'age' ||
      mentions(before, AGE_CONTEXT) ||
      endsWithWordOf(before, PEOPLE_BEFORE_AGES) ||
      // "женщины 25-65," is a bare range with no word after it; "с 8 до 23" is opening hours.
      (unit === '' && !TIME_SPAN_LEADS.has(lead));
    // "дети 7–12 лет и их родители 25–50 лет": the second range is the wide one.
    if (isAge && to - from > MAX_AGE_SPAN) return { from, to };
  }
  return null;
}

const LIST_ITEM_PATTERN = /(?:^|\s)(\d)[.)]\s/g;
const BULLET_PATTERN = /^\s*[-•*—–]\s*\S/gm;

function listsSeveralSegments(text: PreparedText): boolean {
  const numbers = new Set([...text.normalized.matchAll(LIST_ITEM_PATTERN)].map((match) => match[1]));
  if (numbers.size >= 2) return true;
  if ((text.normalized.match(BULLET_PATTERN) ?? []).length >= 2) return true;
  if (text.words.filter((word) => word.text.startsWith('сегмент') || word.text.startsWith('segment')).length >= 2) return true;
  return mentions(text, SEVERAL_SEGMENTS_MARKERS);
}

function reviewSegments(answers: BlockAnswers): CoachingNote[] {
  const notes: CoachingNote[] = [];
  if (answers.answers.some(isWholeAnswerEveryone) || mentionsAsSubject(answers.all, EVERYONE_PHRASES, EVERYONE_FILLER)) {
    notes.push({ key: 'segments_everyone' });
  }
  const ages = wideAgeRange(answers.all);
  if (ages) {
    notes.push({ key: 'segments_age_too_wide', params: { from: ages.from, to: ages.to } });
  }
  // Only when the follow-up question about the main segment went unanswered: a one-word reply
  // to it ("Кофейни") names the main segment without any priority word. Shares ("70%") rank too.
  if (!answers.answeredFollowUp && listsSeveralSegments(answers.all) && !mentions(answers.all, PRIORITY_WORDS) && !answers.all.normalized.includes('%')) {
    notes.push({ key: 'segments_no_priority' });
  }
  return notes;
}

/**
 * A value answer this long explains more than the product in words no list can hold ("не таская сумки
 * к родителям"); only shorter ones, which read as a description of the goods, are asked for the problem.
 */
const MAX_PRODUCT_ONLY_WORDS = 18;
/** "не таская", "не покупая": a hassle the customer is spared. */
const SPARED_HASSLE = /(?<!\p{L})не\s+\p{L}{3,}(?:ая|яя|уя|ея)(?!\p{L})/u;

function reviewValue(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const namesGain = mentions(text, NEED_WORDS) || SPARED_HASSLE.test(text.normalized);
  return namesGain || text.wordCount > MAX_PRODUCT_ONLY_WORDS ? [] : [{ key: 'value_no_problem' }];
}

function reviewChannels(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const afterSales = mentions(text, AFTER_SALES_WORDS);
  const sale = mentions(text, SALE_WORDS);
  const earlierPhases = mentions(text, AWARENESS_WORDS) || mentions(text, DELIVERY_WORDS);
  if (sale && !afterSales && !earlierPhases) return [{ key: 'channels_only_sale' }];
  // With no phase recognised at all ("Столовая в главном корпусе") it is unclear which part is
  // missing; saying nothing beats naming the wrong one.
  if (!afterSales && (sale || earlierPhases || mentions(text, CHANNEL_MEDIA_WORDS))) return [{ key: 'channels_no_after_sales' }];
  return [];
}

function reviewRelationships(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  // "Нет": there is nothing to cost or to tell from a channel; only the length check speaks.
  if (consistsOf(text, NONE_ANSWER_WORDS)) return [];
  const notes: CoachingNote[] = [];
  if (mentions(text, CHANNEL_ONLY_WORDS) && !mentions(text, RELATIONSHIP_WORDS)) {
    notes.push({ key: 'relationships_look_like_channel' });
  }
  // "напоминаем за 3 дня", "гарантия 3 месяца" hold numbers but no cost; a sum of money or a share of revenue does.
  if (!mentions(text, COST_WORDS) && !hasSum(text)) notes.push({ key: 'relationships_no_cost' });
  return notes;
}

function reviewRevenue(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const notes: CoachingNote[] = [];
  if (!mentions(text, FREQUENCY_WORDS)) notes.push({ key: 'revenue_no_frequency' });
  // "Абонементы на 1, 3, 6 и 12 месяцев" has numbers but no price.
  if (!mentions(text, PRICE_WORDS) && !hasMoney(text)) notes.push({ key: 'revenue_no_pricing' });
  return notes;
}

function reviewResources(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const categories = [PHYSICAL_RESOURCE_WORDS, INTELLECTUAL_RESOURCE_WORDS, HUMAN_RESOURCE_WORDS, FINANCIAL_RESOURCE_WORDS];
  const notes: CoachingNote[] = [];
  // Any concrete thing ("40 велосипедов", "камера и дрон") is a resource of some kind; only an answer
  // that names nothing ("всё необходимое есть") needs the four kinds spelled out.
  if (!categories.some((category) => mentions(text, category)) && mentions(text, VAGUE_RESOURCE_WORDS)) {
    notes.push({ key: 'resources_no_category' });
  }
  if (!mentions(text, OWNERSHIP_WORDS)) notes.push({ key: 'resources_no_ownership' });
  return notes;
}

/**
 * "поставщик зерна", "an oil supplier": a supplier noun followed by what is supplied (not by the next
 * partner), or in English preceded by it (not by an article or a qualifier).
 */
function namesWhatIsSupplied(text: PreparedText): boolean {
  return text.words.some((word, index) => {
    if (!SUPPLIER_NOUNS.some((token) => tokenMatches(word.text, token))) return false;
    const next = text.words[index + 1];
    // "поставщик зерна" names the grain; in "магазины, банки" the comma starts the next partner.
    const joined = (left: Word, right: Word) => /^\s+$/u.test(text.normalized.slice(left.start + left.text.length, right.start));
    if (next !== undefined && joined(word, next) && !CONJUNCTIONS.some((token) => tokenMatches(next.text, token))) return true;
    const previous = text.words[index - 1];
    return (
      /^[a-z]/u.test(word.text) && previous !== undefined && joined(previous, word) && !SUPPLIER_QUALIFIERS.some((token) => tokenMatches(previous.text, token))
    );
  });
}

/** Russian present-tense endings no common noun has: "убирает", "проверяет", "ремонтируют", "дают". */
const PRESENT_TENSE_VERB = /^[\p{L}]{2,}(?:ает|яет|ует|еет|ают|яют|уют|еют|ют)$/u;

/** Most words of an answer that only says there are no partners ("Пока партнёров нет, всё делаем сами"). */
const MAX_NO_PARTNERS_WORDS = 6;

function saysNoPartners(text: PreparedText): boolean {
  return text.wordCount <= MAX_NO_PARTNERS_WORDS && mentions(text, NO_PARTNERS_PHRASES);
}

function reviewPartners(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  if (saysNoPartners(text)) return [];
  const notes: CoachingNote[] = [];
  // A dash or a colon after a name usually introduces what the partner does; so does a verb in the
  // present tense ("убирает", "продают", "доставляют").
  const describesRoles =
    mentions(text, CONTRIBUTION_WORDS) ||
    namesWhatIsSupplied(text) ||
    /[—–:]|\s-\s/.test(text.normalized) ||
    text.words.some((word) => PRESENT_TENSE_VERB.test(word.text));
  if (!describesRoles) notes.push({ key: 'partners_no_contribution' });
  if (!mentions(text, RISK_WORDS)) notes.push({ key: 'partners_no_risk' });
  return notes;
}

/** List items in a resources answer are separated by these; the quoted item is the user's own phrase. */
const ITEM_SEPARATORS = /[,;.:!?()\n—–]/u;
/** Only letters, digits, spaces and hyphens go back to the user: the note is Telegram HTML. */
const SAFE_ITEM = /^[\p{L}\p{N}\s-]+$/u;
const MAX_ITEM_LENGTH = 40;

/** The list item around `position` as the user wrote it ("арендованное помещение"), lower-cased. */
function itemAround(text: string, position: number): string {
  let start = position;
  while (start > 0 && !ITEM_SEPARATORS.test(text.charAt(start - 1))) start -= 1;
  let end = position;
  while (end < text.length && !ITEM_SEPARATORS.test(text.charAt(end))) end += 1;
  const item = text.slice(start, end).trim().replace(/\s+/gu, ' ');
  return item.length <= MAX_ITEM_LENGTH && SAFE_ITEM.test(item) ? item.toLowerCase() : '';
}

/** The whole list item around `position`, remarks in brackets included ("4 кресла (свои)"). */
function listItemAround(text: string, position: number): string {
  const isSeparator = (char: string) => /[,;.\n]/u.test(char);
  let start = position;
  while (start > 0 && !isSeparator(text.charAt(start - 1))) start -= 1;
  let end = position;
  while (end < text.length && !isSeparator(text.charAt(end))) end += 1;
  return text.slice(start, end);
}

/** Shortest stem that still tells words apart; longer words lose up to two letters of ending. */
const MIN_STEM = 4;
const MAX_STEM = 6;

/**
 * Whether the costs name the resource item again in any form: "лизинг ростера" for "ростер в лизинге",
 * "equipment lease" for "a leased kitchen equipment set".
 */
function namesItemAgain(costs: PreparedText, item: PreparedText): boolean {
  return item.words.some((word) => {
    if (word.text.length < MIN_STEM || /\d/u.test(word.text)) return false;
    const stem = word.text.slice(0, Math.min(MAX_STEM, Math.max(MIN_STEM, word.text.length - 2)));
    return costs.words.some((costWord) => costWord.text.startsWith(stem));
  });
}

/** Costly resources named in key_resources that the cost structure leaves out, in the user's own words. */
function resourcesMissingFromCosts(costs: PreparedText, resources: PreparedText): string[] {
  if (mentions(costs, ALL_RESOURCES_WORDS)) return [];
  const missing: Array<{ position: number; item: string }> = [];
  for (const { resource, cost, ownedCostsNothing } of COSTLY_RESOURCES) {
    const word = resources.words[findTerm(resources.words, resource)];
    if (!word || mentions(costs, cost)) continue;
    const item = itemAround(resources.original, word.start) || resources.normalized.slice(word.start).split(/[^\p{L}\p{N}-]/u)[0];
    if (!item) continue;
    const listItem = prepare(listItemAround(resources.original, word.start));
    // "офис не нужен" names no cost; "свой ростер", "4 кресла (свои)", bought already, have no running cost to ask for.
    const ownedOutright = mentions(listItem, OWNED_MARKERS) && !mentions(listItem, FINANCED_MARKERS);
    if (mentions(listItem, NOT_NEEDED_MARKERS) || (ownedCostsNothing && ownedOutright)) continue;
    if (namesItemAgain(costs, listItem)) continue;
    missing.push({ position: word.start, item });
  }
  const items = missing.sort((a, b) => a.position - b.position).map(({ item }) => item);
  return [...new Set(items)].slice(0, MAX_NAMED_RESOURCES);
}

/** "45 тыс./мес.", "8 ₽ на бутыль", "300k/month": a sum, then what it is paid for or per. */
const SUM_PER_PATTERN = /(?:\d\s*(?:₽|р\.?|руб\p{L}*\.?|тыс\.?|т\.р\.?|к|k|\$|€)|\d{3,})\s*(?:за|на|per|a|\/)\s*(\p{L}+)/gu;
/** A sum per one of these is paid every period; per anything else it grows with what is sold. */
const PERIOD_PATTERN = /^(?:мес|год|недел|день|дня|сутк|квартал|month|mo|year|yr|week|day|quarter)/u;

function sumsPer(text: PreparedText): { perUnit: number; perPeriod: number } {
  let perUnit = 0;
  let perPeriod = 0;
  for (const [, what = ''] of text.normalized.matchAll(SUM_PER_PATTERN)) {
    if (PERIOD_PATTERN.test(what)) perPeriod += 1;
    else perUnit += 1;
  }
  return { perUnit, perPeriod };
}

function reviewCosts(answers: BlockAnswers, canvas: CanvasSnapshot): CoachingNote[] {
  const text = answers.all;
  const notes: CoachingNote[] = [];
  const resources = blockAnswers(canvas, 'key_resources');
  const missing = resources ? resourcesMissingFromCosts(text, resources.all) : [];
  if (missing.length > 0) notes.push({ key: 'costs_miss_resources', params: { items: missing.join('; ') } });
  // A list of rent, salaries and a commission does not split anything by itself; sums per month next
  // to costs per unit or share of revenue do, and so do two costs said to grow with sales.
  const sums = sumsPer(text);
  const perUnitCosts = countTerms(text, PER_UNIT_COST_MARKERS) + sums.perUnit;
  const perShare = perUnitCosts + (text.normalized.includes('%') ? 1 : 0);
  const perPeriod = sums.perPeriod > 0 || mentions(text, PER_PERIOD_COST_MARKERS);
  const splitsCosts = mentions(text, COST_SPLIT_WORDS) || perUnitCosts >= 2 || (perShare >= 1 && perPeriod);
  if (!splitsCosts) notes.push({ key: 'costs_no_fixed_variable' });
  return notes;
}

const BLOCK_REVIEWS: Record<BlockId, (answers: BlockAnswers, canvas: CanvasSnapshot) => CoachingNote[]> = {
  customer_segments: reviewSegments,
  value_propositions: reviewValue,
  channels: reviewChannels,
  customer_relationships: reviewRelationships,
  revenue_streams: reviewRevenue,
  key_resources: reviewResources,
  // Activities are told in too many ways ("печём хлеб", "стрижём", "ведём уроки") to tell reliably
  // that none of production, problem solving or platform work is there; only the length check applies.
  key_activities: () => [],
  key_partners: reviewPartners,
  cost_structure: reviewCosts,
};

function isTooShort(answers: BlockAnswers): boolean {
  const words = answers.answers.reduce((sum, answer) => sum + answer.wordCount, 0);
  return words < MIN_WORDS_PER_ANSWER * answers.answers.length;
}

/** Every weak spot the checks find in one block's answers, most important first (what `npm run coach` measures). */
export function findWeakSpots(blockId: BlockId, canvas: CanvasSnapshot): CoachingNote[] {
  const answers = blockAnswers(canvas, blockId);
  if (!answers) return [];
  const notes = BLOCK_REVIEWS[blockId](answers, canvas);
  // "Нет" is a full answer about partners (many start alone), not a placeholder.
  const completeAsIs = blockId === 'key_partners' && saysNoPartners(answers.all);
  if (isTooShort(answers) && !completeAsIs) notes.push({ key: 'too_short' });
  return notes;
}

/** Weak spots of one block's answers, given the whole canvas so far (for cross-block checks). At most 2 notes, most important first. */
export function reviewBlock(blockId: BlockId, canvas: CanvasSnapshot): CoachingNote[] {
  return findWeakSpots(blockId, canvas).slice(0, MAX_NOTES);
}
