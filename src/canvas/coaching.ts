import { createPhraseFinder, type PhraseMatch } from '../classify/index.ts';
import type { BlockId } from './blocks.ts';
import { COACHING_PHRASES, COSTLY_RESOURCES, type CostlyResourceId, type Patterns } from './coaching-vocabulary.ts';
import type { CanvasSnapshot } from './snapshot.ts';

/** One piece of advice on a block's answers; `key` lives in the `coaching` namespace. */
export interface CoachingNote {
  key: string;
  params?: Record<string, string | number>;
}

/** Advice is read between two questions: more than two notes stop being read. */
export const MAX_NOTES = 2;

/** Fewer words than this in every answer reads as a placeholder rather than an answer. */
const MIN_WORDS_PER_ANSWER = 3;

/** Ages further apart than this describe more than one kind of customer (the seeds say 10–15 years). */
const MAX_AGE_SPAN = 15;

/** Most resources worth naming in one note; a longer list reads as a lecture. */
const MAX_NAMED_RESOURCES = 3;

/*
 * Words and phrases are found by the classifier's phrase finder, in the vocabulary's pattern language.
 * The regular expressions here read what that language does not describe: numbers and sums with the few
 * words that join them ("от 18 до 60", "8 ₽ на бутыль"), punctuation, and two Russian word endings.
 */

/**
 * "от 18 до 60 лет", "18-60", "20…45", "от 20 лет до 45 лет", "aged 18 to 60": an optional lead word, the
 * first number with an optional unit of its own, the second number, the word after them.
 */
// Not a sum or a share: "$20–50", "20–50 ₽", "20-40%" count money.
const AGE_RANGE_PATTERN =
  /(?<![\p{L}\p{N}])(?<![$€£₽]\s*)(?:(от|from|с|c|aged|age)\s*)?(\d{1,2})(?:\s*(лет|года?|years?))?\s*(?:-|–|—|…|\.{2,3}|до|to)\s*(\d{1,2})(?![\p{N}])(?![.,]?\d|\s*[%₽$€£])\s*(\p{L}*)/gu;
/** Youngest first age of a bare range read as ages with nothing around it ("25-65,"). */
const MIN_BARE_AGE = 12;
/** Lead words of a time span ("с 8 до 23"), not of an age. */
const TIME_SPAN_LEADS = new Set(['с', 'c']);

// ---------------------------------------------------------------- text preparation and matching

type ResourceKey = `${'resource' | 'cost' | 'lookalike' | 'upkeep'}_${CostlyResourceId}`;
type PhraseKey = keyof typeof COACHING_PHRASES | ResourceKey;

const COSTLY_RESOURCE_IDS = Object.keys(COSTLY_RESOURCES) as CostlyResourceId[];

const findPhrases = createPhraseFinder<PhraseKey>({
  ...COACHING_PHRASES,
  ...(Object.fromEntries(
    COSTLY_RESOURCE_IDS.flatMap((id) => [
      [`resource_${id}`, COSTLY_RESOURCES[id].resource],
      [`cost_${id}`, COSTLY_RESOURCES[id].cost],
      [`lookalike_${id}`, COSTLY_RESOURCES[id].lookalikes ?? []],
      [`upkeep_${id}`, COSTLY_RESOURCES[id].upkeep ?? []],
    ]),
  ) as Record<ResourceKey, Patterns>),
});

interface Word {
  /** Lower-cased, ё read as е. */
  text: string;
  /** Where the word starts in the text. */
  start: number;
}

interface PreparedText {
  /** As the user wrote it. */
  original: string;
  /** Lower-cased, ё read as е; same positions as the original. */
  normalized: string;
  /** Every word; a hyphenated word in its parts ("телеграм-канал" is "телеграм" and "канал"). */
  words: Word[];
  /** How many words the user wrote; a hyphenated word counts once. */
  wordCount: number;
  /** Every phrase of the vocabulary the text holds, in the order of the text. */
  phrases: PhraseMatch<PhraseKey>[];
}

const WORD_PATTERN = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;
const WORD_PART_PATTERN = /[\p{L}\p{N}]+/gu;

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

/** A dot between two letters joins the parts of a name ("Яндекс.Маркет", "vc.ru"); it ends no sentence. */
const DOT_IN_NAME = /(?<=\p{L})\.(?=\p{L})/gu;

/** Every phrase of the vocabulary in the text, a name with a dot read as one name; the words as the user wrote them. */
function phrasesOf(text: string): PhraseMatch<PhraseKey>[] {
  return findPhrases(text.replace(DOT_IN_NAME, ' ')).map((phrase) => ({ ...phrase, words: text.slice(phrase.start, phrase.start + phrase.words.length) }));
}

function prepare(text: string): PreparedText {
  const normalized = normalize(text);
  return {
    original: text,
    normalized,
    words: [...normalized.matchAll(WORD_PART_PATTERN)].map((match) => ({ text: match[0], start: match.index })),
    wordCount: (text.match(WORD_PATTERN) ?? []).length,
    phrases: phrasesOf(text),
  };
}

function mentions(text: PreparedText, key: PhraseKey): boolean {
  return text.phrases.some((phrase) => phrase.key === key);
}

/** How many places in the text a phrase of the list stands. */
function countMentions(text: PreparedText, key: PhraseKey): number {
  return text.phrases.filter((phrase) => phrase.key === key).length;
}

const keysOfWords = new Map<string, ReadonlySet<PhraseKey>>();
const MAX_REMEMBERED_WORDS = 10_000;

/** Whether one word, on its own, is a phrase of the list ("все", "поставщик", "лет"). */
function wordIs(word: string, key: PhraseKey): boolean {
  let keys = keysOfWords.get(word);
  if (!keys) {
    if (keysOfWords.size >= MAX_REMEMBERED_WORDS) keysOfWords.clear();
    keys = new Set(findPhrases(word).map((phrase) => phrase.key));
    keysOfWords.set(word, keys);
  }
  return keys.has(key);
}

/** Whether every word of the text is in the list (and there is at least one word). */
function consistsOf(text: PreparedText, key: PhraseKey): boolean {
  return text.words.length > 0 && text.words.every((word) => wordIs(word.text, key));
}

/** Clauses end at a full stop, semicolon, colon, dash or line break. */
const CLAUSE_BREAK = /[.;:!?\n—–]| - /u;

/**
 * Like `mentions`, but only a phrase that opens its clause, after nothing but filler words or right after a link verb,
 * counts ("Все, кто…", "Наши клиенты — все, кто…", "Сегментом являются все, кому…"): after a named group ("ИП на
 * упрощёнке, все, кто…") it narrows that group down, and after "the rest" ("основные — курьеры; ост. — все подряд") it
 * is a remark on the groups named first. A negated phrase ("не все, кто…") does not count.
 */
function mentionsAsSubject(text: PreparedText, key: PhraseKey, filler: PhraseKey, remarkLead: PhraseKey): boolean {
  const clauses = text.original.split(CLAUSE_BREAK);
  const clauseBefore = (index: number) => prepare(clauses.slice(0, index).findLast((clause) => clause.trim().length > 0) ?? '');
  return clauses.some((clause, index) =>
    findPhrases(clause).some((phrase) => {
      if (phrase.key !== key || phrase.negated) return false;
      const lead = prepare(clause.slice(0, clause.indexOf(phrase.words)));
      const opensClause = lead.words.every((word) => wordIs(word.text, filler)) || endsWithWordOf(lead, 'link_verb');
      const before = clauseBefore(index);
      // "В целом" sums up only a group named before it; opening the answer, it leads to the segment itself.
      const sumsUp = before.phrases.some((found) => found.key === 'summing_up' && /^[\s,]*$/u.test(before.normalized.slice(found.start + found.words.length)));
      const summingUp = sumsUp && before.wordCount < prepare(clauses.slice(0, index).join(' ')).wordCount;
      // "Taxi drivers. Basically everyone who drives at night": a hedge inside the clause, after a group, is a remark too.
      const hedgesAfterGroup = before.wordCount > 0 && lead.phrases.some((found) => found.key === 'summing_up');
      return opensClause && !endsWithWordOf(before, remarkLead) && !summingUp && !hedgesAfterGroup;
    }),
  );
}

/**
 * A sum of money or a share: "650 ₽", "2 тыс", "40к", "4-6т" (thousands), "15%", "$8", or a number of three digits and more;
 * the thousands' "т" only written against the number, as "5 т" more often weighs tonnes.
 */
// Not `\b`: in JavaScript it only knows Latin letters, so "7 р/мин" would not end a word there.
const MONEY_PATTERN = /\d{3,}|\dт(?!\p{L})|\d\s*(?:₽|%|р(?!\p{L})|руб|тыс|т\.р|к(?!\p{L})|k(?!\p{L})|млн|\$|€|£|dollar|euro|pound|usd|eur)|[$€£]\s*\d/u;

function hasMoney(text: PreparedText): boolean {
  return MONEY_PATTERN.test(text.normalized);
}

/** A sum of money, or a share of revenue ("5% выручки"); a discount of 5% is not a sum the business spends. */
function hasSum(text: PreparedText): boolean {
  const withoutShares = text.normalized.replace(/\d+\s*%/gu, '');
  return MONEY_PATTERN.test(withoutShares) || mentions(text, 'share_of_revenue');
}

// ---------------------------------------------------------------- the block under review

interface BlockAnswers {
  /** Non-empty answers, each prepared. */
  answers: PreparedText[];
  /** The guiding question each answer replies to (null for text added outside the questions). */
  questionIndexes: Array<number | null>;
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
    questionIndexes: given.map((answer) => answer.questionIndex ?? null),
    all: prepare(given.map((answer) => answer.text).join('\n')),
    answeredFollowUp: given.some((answer) => (answer.questionIndex ?? 0) > 0),
  };
}

/**
 * Whether the guiding question that asks for exactly what a check looks for was answered with something
 * other than "нет": the answer covers it in words no list may hold.
 */
function answeredQuestion(answers: BlockAnswers, questionIndex: number): boolean {
  return answers.answers.some((answer, index) => (answers.questionIndexes[index] ?? -1) >= questionIndex && !consistsOf(answer, 'none_answer'));
}

// ---------------------------------------------------------------- checks, block by block

function isWholeAnswerEveryone(answer: PreparedText): boolean {
  const meaningful = answer.words.filter((word) => !wordIs(word.text, 'everyone_filler'));
  return meaningful.length > 0 && meaningful.every((word) => wordIs(word.text, 'everyone_word'));
}

/** The answer, or its first sentence, is everybody alone ("Все.", "Все. Машина есть почти у каждого…"). */
function opensWithEveryone(answer: PreparedText): boolean {
  const firstSentence = answer.original.split(/[.!?\n]/u)[0] ?? '';
  return isWholeAnswerEveryone(answer) || isWholeAnswerEveryone(prepare(firstSentence));
}

function endsWithWordOf(text: PreparedText, key: PhraseKey): boolean {
  const last = text.words[text.words.length - 1];
  return last !== undefined && /^\s*$/u.test(text.normalized.slice(last.start + last.text.length)) && wordIs(last.text, key);
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
      (unit !== '' && (wordIs(unit, 'age_unit') || wordIs(unit, 'people_after_ages'))) ||
      lead === 'aged' ||
      lead === 'age' ||
      mentions(before, 'age_context') ||
      // "люди 18-60 у кого…", but not "владельцы 1-30 точек": a counted noun after the range says what it counts.
      (endsWithWordOf(before, 'people_before_ages') && (unit === '' || wordIs(unit, 'function_word'))) ||
      // "женщины 25-65," is a bare range with no word after it; "с 8 до 23" is opening hours; "компании 5–50,"
      // counts something else: a bare range of adults' ages starts at a teenager's.
      (unit === '' && !TIME_SPAN_LEADS.has(lead) && from >= MIN_BARE_AGE);
    // "дети 7–12 лет и их родители 25–50 лет": the second range is the wide one.
    if (isAge && to - from > MAX_AGE_SPAN) return { from, to };
  }
  return null;
}

const LIST_ITEM_PATTERN = /(?:^|\s)(\d)[.)]\s/g;
const BULLET_PATTERN = /^\s*[-•*—–]\s*\S/gm;

/**
 * "…, а также пенсионеры", "…, as well as small offices": a further group; "которые также работают", "a desk as well as
 * a community" add nothing to a list.
 */
const ALSO_PATTERN = /(?:,|(?<!\p{L})а)\s+также(?!\p{L})|,\s*as\s+well\s+as(?!\p{L})/u;

/** Most words of one group in a list of groups ("частные мастера маникюра"); a longer part describes rather than names. */
const MAX_GROUP_WORDS = 5;
/** Groups comma after comma that make a list of segments by themselves. */
const MIN_LISTED_GROUPS = 3;
/** The first sentence of an answer, up to a full stop, a colon, a dash or a bracket. */
const FIRST_SENTENCE_END = /[.;:!?\n—–(]/u;

/**
 * Three groups or more named comma after comma at the opening of the answer ("Фрилансеры, удалёнщики, небольшие
 * команды", "Homeowners, property managers, landlords, builders"): a list with none marked main. The list ends at a
 * part with a number, a long one, or one that opens a clause or a remark ("…, которые бьют телефоны"); "Мамы с
 * детьми, 25–35 лет, живут рядом" describes one group.
 */
function opensWithListOfGroups(text: PreparedText): boolean {
  const firstSentence = text.original.split(FIRST_SENTENCE_END)[0] ?? '';
  const parts = firstSentence.split(',');
  let groups = 0;
  for (const [index, part] of parts.entries()) {
    const item = prepare(part);
    const first = item.words[0];
    if (!first || /\d/u.test(part) || item.wordCount > MAX_GROUP_WORDS || wordIs(first.text, 'not_a_group_opener')) break;
    groups += 1;
    // "Владельцы салонов красоты, кафе и фитнес-студий, малый бизнес": a part joined by "и" in the middle may finish what
    // the first part began; closing the sentence ("Магазины, бухгалтерские фирмы и частные клиники") it adds the last group.
    if (/(?<!\p{L})(?:и|and)(?!\p{L})/u.test(item.normalized)) {
      if (index === parts.length - 1 && index > 0) groups += 1;
      break;
    }
  }
  return groups >= MIN_LISTED_GROUPS;
}

function listsSeveralSegments(text: PreparedText): boolean {
  const numbers = new Set([...text.normalized.matchAll(LIST_ITEM_PATTERN)].map((match) => match[1]));
  if (numbers.size >= 2) return true;
  if ((text.normalized.match(BULLET_PATTERN) ?? []).length >= 2) return true;
  // "Сегмент 1: …, сегмент 2: …".
  if (countMentions(text, 'segment') >= 2) return true;
  return mentions(text, 'several_segments') || ALSO_PATTERN.test(text.normalized) || opensWithListOfGroups(text);
}

function reviewSegments(answers: BlockAnswers): CoachingNote[] {
  const notes: CoachingNote[] = [];
  if (answers.answers.some(opensWithEveryone) || mentionsAsSubject(answers.all, 'everyone', 'everyone_filler', 'the_rest')) {
    notes.push({ key: 'segments_everyone' });
  }
  const ages = wideAgeRange(answers.all);
  if (ages) {
    notes.push({ key: 'segments_age_too_wide', params: { from: ages.from, to: ages.to } });
  }
  // Only when the follow-up question about the main segment went unanswered: a one-word reply
  // to it ("Кофейни") names the main segment without any priority word. Shares ("70%") rank too.
  if (!answers.answeredFollowUp && listsSeveralSegments(answers.all) && !mentions(answers.all, 'priority') && !answers.all.normalized.includes('%')) {
    notes.push({ key: 'segments_no_priority' });
  }
  return notes;
}

/**
 * A value answer this long explains more than the product in words no list can hold ("не таская сумки
 * к родителям"); only shorter ones, which read as a description of the goods, are asked for the problem.
 */
const MAX_PRODUCT_ONLY_WORDS = 18;
/**
 * "не таская", "не ищет", "не нужно контролировать": something the customer no longer has to do or put up with.
 * Only "не только" lists more of the product.
 */
const SPARED_HASSLE = /(?<!\p{L})не\s+(?!только(?!\p{L}))\p{L}{2,}/u;

/**
 * Done within a few days ("заменить молнию за 1–2 дня", "за пару дней", "in 2 days") is the quick turnaround a customer
 * gains, as work done within a day already is; "за 14 дней" or "за 3 часа" only says how long the work takes.
 */
const QUICK_TURNAROUND =
  /(?<!\p{L})(?:за|in|within)\s+(?:[1-3](?:\s*[–-]\s*[1-3])?|пару|два|три|two|three|a\s+couple\s+of)\s+(?:дн\p{L}*|день|суток|days?)(?!\p{L})/u;

/** Within minutes or hours: "за 30 минут", "через час", "в течение 2 ч", "within an hour", "in 40 mins". */
const WITHIN_MINUTES_OR_HOURS = String.raw`(?<!\p{L})(?:за|через|в\s+течение|within|in)\s+(?:(?:~|≈|около|примерно|about|around)\s+)?(?:\d+(?:[.,]\d+)?(?:\s*[–-]\s*\d+)?\s*|полтора\s+|пару\s+|an?\s+|half\s+an\s+)?(?:пол)?(?:мин(?:ут\p{L}*)?|час\p{L}*|ч|minutes?|mins?|hours?|hrs?)(?!\p{L})`;
/** We come, or bring what was bought, to the customer: "приедем", "выезжаем", "подача", "доставим", "arrive", "be there". */
const COMING_TO_CUSTOMER = String.raw`(?<!\p{L})(?:приед|приезж|подъед|подъезж|выед|выезж|прибуд|прибыв|подач|достав|привез|привоз|arriv|deliver|be\s+there|get\s+to\s+you|come\s+to\s+you)\p{L}*`;
/**
 * Coming to the customer within minutes or hours, in either order ("приедем за 30 минут", "за час привезём", "доставка
 * по центру за 40–60 минут"): the wait of someone who needs us now is cut short, a gain. Work done in minutes ("мойка
 * за 20 минут", "квест на 60 минут") only says how long the work takes and stays no gain.
 */
const QUICK_ARRIVAL = new RegExp(
  String.raw`${COMING_TO_CUSTOMER}(?:\s+[\p{L}\p{N}-]+){0,3}?\s+${WITHIN_MINUTES_OR_HOURS}|${WITHIN_MINUTES_OR_HOURS}(?:\s+[\p{L}-]+){0,2}?\s+${COMING_TO_CUSTOMER}`,
  'u',
);

/** Mending or replacing what the customer has: "замена экрана", "меняем", "чиним", "залатаем", "repair", "fix". */
const MENDING = String.raw`(?<!\p{L})(?:замен|меня[юе]|поменя|ремонт|отремонт|чин[июя]|почин|залат|восстанов|repair|fix|replac|mend)\p{L}*`;
/**
 * Mending within minutes or hours, in either order ("замена экрана за 30 минут", "за час починим"): the customer is not
 * left without the thing they need, as with a quick arrival. Other work done in minutes ("мойка за 20 минут", "уборка за
 * 3 часа") only says how long it takes.
 */
const QUICK_MENDING = new RegExp(
  String.raw`${MENDING}(?:\s+[\p{L}\p{N}-]+){0,3}?\s+${WITHIN_MINUTES_OR_HOURS}|${WITHIN_MINUTES_OR_HOURS}(?:\s+[\p{L}-]+){0,2}?\s+${MENDING}`,
  'u',
);

/**
 * A share of customers who reach the result ("80% сдают с первого раза", "92% of our students pass"): an outcome the
 * customer gains. Only the share before the verb: "сдаём в аренду со скидкой 10%" is no result.
 */
const SHARE_WHO_SUCCEED = /\d\s*%\s+(?:[\p{L}-]+\s+){0,3}?(?:сда|поступ|проход|выздоравл|pass|land|recover|finish|complet)\p{L}*/u;

/** "24/7", "24 на 7": always open, as "круглосуточно" is, spares the customer a wait (the phrase finder reads numbers only as such). */
const ALWAYS_OPEN = /(?<![\p{N}.,])24\s*(?:\/|на|x|х)\s*7(?![\p{N}]|[.,]\d)/u;

function reviewValue(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const namesGain =
    mentions(text, 'need') ||
    SPARED_HASSLE.test(text.normalized) ||
    QUICK_TURNAROUND.test(text.normalized) ||
    QUICK_ARRIVAL.test(text.normalized) ||
    QUICK_MENDING.test(text.normalized) ||
    SHARE_WHO_SUCCEED.test(text.normalized) ||
    ALWAYS_OPEN.test(text.normalized);
  return namesGain || text.wordCount > MAX_PRODUCT_ONLY_WORDS ? [] : [{ key: 'value_no_problem' }];
}

/** The channels' question about what happens after the purchase. */
const AFTER_SALES_QUESTION = 2;

/** "Каналы: …", "Channels: …": the block's name as a heading. */
const CHANNEL_HEADING_COLON = /^(?:канал\p{L}*|channels?)\s*:/u;

/** Where the clause holding a position starts: a comma parts "Продаём на Озоне, ведём Инстаграм". */
function clauseStart(text: PreparedText, position: number): number {
  const before = text.normalized.slice(0, position);
  const breaks = [...before.matchAll(/[.,;:!?\n—–()]| - /gu)];
  const last = breaks[breaks.length - 1];
  return last ? last.index + last[0].length : 0;
}

/**
 * Whether a phrase of awareness names where customers hear of us: not inside a store's name ("Яндекс.Маркет",
 * "партнёрские магазины"), which is a place to buy, nor in the block's own name ("Каналы сбыта: …"), nor seeing joined to
 * buying ("видят и покупают"), nor a social network after a sale in its clause ("Продаю на ярмарке и в ВК", "заказывают через
 * Instagram").
 */
function heardOf(text: PreparedText): boolean {
  const spans = text.phrases.filter((phrase) => phrase.key === 'store_name' || phrase.key === 'channel_heading' || phrase.key === 'seen_where_bought');
  const media = new Set(text.phrases.filter((phrase) => phrase.key === 'social_medium').map((phrase) => phrase.start));
  const soldThere = (start: number) =>
    media.has(start) && text.phrases.some((phrase) => phrase.key === 'sale' && clauseStart(text, start) <= phrase.start && phrase.start < start);
  return text.phrases.some(
    (phrase) =>
      phrase.key === 'awareness' &&
      !soldThere(phrase.start) &&
      !CHANNEL_HEADING_COLON.test(text.normalized.slice(phrase.start)) &&
      !spans.some((span) => span.start <= phrase.start && phrase.start < span.start + span.words.length),
  );
}

/**
 * A word of place right before a delivery word, or one word before it ("магазин напротив почты", "рядом с пунктом
 * выдачи", "opposite the courier depot"): the delivery word only says where the place stands.
 */
const LANDMARK_BEFORE =
  /(?:^|[^\p{L}])(?:напротив|возле|около|вблизи|рядом\s+с|рядом\s+со|недалеко\s+от|неподал[её]ку\s+от|opposite|next\s+to|near|beside|across\s+from)\s+(?:\p{L}+\s+)?$/u;

/** Whether a phrase of the list spans a position of the text. */
function mentionsAt(text: PreparedText, key: PhraseKey, position: number): boolean {
  return text.phrases.some((phrase) => phrase.key === key && phrase.start <= position && position < phrase.start + phrase.words.length);
}

/**
 * Whether the text names a delivery; "на месте" closing a payment ("оплата на месте") says where one pays, while
 * anything else said there ("оплата и получение на месте") is still handed over, a delivery word after a word of
 * place is a landmark, the customer collecting the goods ("забрать со склада", "самовывоз") does it where they buy, and an
 * order sent "на почту" goes to a mailbox.
 */
function delivers(text: PreparedText): boolean {
  const endOf = (phrase: PhraseMatch<PhraseKey>) => phrase.start + phrase.words.length;
  const paidOnTheSpot = text.phrases.filter((phrase) => phrase.key === 'paid_on_the_spot');
  return text.phrases.some(
    (phrase) =>
      phrase.key === 'delivery' &&
      !paidOnTheSpot.some((span) => endOf(span) === endOf(phrase)) &&
      !mentionsAt(text, 'customer_pickup', phrase.start) &&
      !mentionsAt(text, 'email_order', phrase.start) &&
      !LANDMARK_BEFORE.test(text.normalized.slice(Math.max(0, phrase.start - 30), phrase.start)),
  );
}

const CHANNEL_PHASES: readonly PhraseKey[] = ['sale', 'awareness', 'delivery', 'channel_media', 'store_name', 'after_sales', 'advertising_venue'];

const SENTENCE_BREAK = /[.;!?\n]/u;
const CLAUSE_OR_SENTENCE_BREAK = /[.,;!?\n]/u;

/**
 * Whether each sentence (or each clause) of a channels answer names a phase in known words; a dot inside a name ("Профи.ру")
 * ends none.
 */
function everyPartNamesAPhase(text: PreparedText, breaks: RegExp): boolean {
  return text.original
    .replace(DOT_IN_NAME, ' ')
    .split(breaks)
    .map(prepare)
    .every((part) => part.words.length === 0 || part.phrases.some((phrase) => CHANNEL_PHASES.includes(phrase.key)));
}

function reviewChannels(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  // A chat of the neighbourhood ("чат жильцов") is where people hear of us, not where customers come back to; reviews read
  // before booking ("читают отзывы") or a free trial the purchase follows ("после бесплатного урока") weigh us up, while
  // reviews asked for after the purchase are after-sales.
  const afterSales =
    mentionsOutside(text, 'after_sales', 'advertising_venue', 'reviews_read', 'trial_before_purchase') || answeredQuestion(answers, AFTER_SALES_QUESTION);
  // "Our website." alone is where people buy; "наш сайт и приложение" names media that serve every phase. So is a phone or a
  // messenger with no other medium ("По телефону", "Заявки в WhatsApp") when every clause names a phase: it is where people
  // call or write to order, while a clause in words no list holds ("звонок, выкладываем дорожку бригадой") may be another phase.
  const onlyMedium = (key: PhraseKey) => mentions(text, key) && !mentionsOutside(text, 'channel_media', key);
  const orderedByPhone = onlyMedium('phone_or_messenger') && everyPartNamesAPhase(text, CLAUSE_OR_SENTENCE_BREAK);
  const sale = mentions(text, 'sale') || onlyMedium('own_site') || orderedByPhone;
  const earlierPhases = heardOf(text) || delivers(text) || mentions(text, 'advertising_venue');
  // "Only where people buy" asks for the other phases, so it is said only when every sentence names some phase: one that
  // names none ("Люди знают, мы тут уже 10 лет") may tell how people hear of us or what follows the purchase.
  if (sale && !afterSales && !earlierPhases) return everyPartNamesAPhase(text, SENTENCE_BREAK) ? [{ key: 'channels_only_sale' }] : [];
  // With no phase recognised at all ("Столовая в главном корпусе") it is unclear which part is
  // missing; saying nothing beats naming the wrong one.
  // A long answer that walks through the phases is asked too: what follows the purchase is read in as many words there as in
  // a short one.
  if (!afterSales && (sale || earlierPhases || mentions(text, 'channel_media'))) {
    return [{ key: 'channels_no_after_sales' }];
  }
  return [];
}

/** Clauses of a relationships answer; a comma parts "Продаём по телефону, доставляем технику". */
const RELATIONSHIP_CLAUSE_BREAK = /[.,;:!?\n—–()]| - /u;

/**
 * Whether the answer only sells, delivers or advertises: every clause that is not about what it costs
 * names a channel, and nothing names a relationship or a contact with the customer as a person.
 */
function describesOnlyChannel(text: PreparedText): boolean {
  const advertises = (part: PreparedText) => mentions(part, 'channel_only') || mentions(part, 'advertising_venue');
  if (!advertises(text) || mentionsOutside(text, 'relationship', 'advertising_venue') || mentions(text, 'customer_contact')) return false;
  return text.original
    .split(RELATIONSHIP_CLAUSE_BREAK)
    .map(prepare)
    .filter((clause) => clause.words.length > 0 && !mentions(clause, 'cost') && !hasSum(clause))
    .every(advertises);
}

/** Whether a phrase of the list stands in the text outside every phrase of others ("чат" outside "в чат района"). */
function mentionsOutside(text: PreparedText, key: PhraseKey, ...spanKeys: PhraseKey[]): boolean {
  const spans = text.phrases.filter((phrase) => spanKeys.includes(phrase.key));
  return text.phrases.some(
    (phrase) => phrase.key === key && !spans.some((outer) => outer.start <= phrase.start && phrase.start < outer.start + outer.words.length),
  );
}

/**
 * How many clients one of our people carries ("один менеджер ведёт 8 ресторанов", "ведёт не более 4 пар", "each CSM
 * handles 30 accounts"): the relationship costs that person's time, a cost in people. Not a number of times or hours
 * ("ведёт занятия 2 раза в неделю", "обслуживает 24/7").
 */
const CLIENTS_CARRIED =
  /(?<!\p{L})(?:ведет|ведут|обслуживает|обслуживают|курирует|курируют|handles|manages|serves|looks\s+after)\s+(?:[\p{L}-]+\s+){0,3}?\d+(?:\s*[–-]\s*\d+)?\s+(?!раз|час|мин|сут|дн|ден|недел|месяц|лет|год|time|hour|minute|day|week|month|year)\p{L}/u;
/** The same load counted the other way round: "20 семей на одного куратора", "30 accounts per manager". */
const CLIENTS_PER_ONE = /\d+\s+\p{L}+\s+(?:на\s+одного|на\s+одну|per\s+(?:manager|person|head|employee|rep))(?!\p{L})/u;

/** Where one of our people stands in a text read for their load, so the forms below need not list them. */
const PERSON = '\u0001';
/** A number of something other than times, hours or money: "15 клиентов", "~10 агентств", "не больше 30 таких пациентов". */
const COUNTED = String.raw`[~≈]?\s*\d+(?:\s*[–-]\s*\d+)?\s+(?!раз|час|мин|сут|дн|ден|недел|месяц|лет|год|руб|тыс|time|hour|minute|day|week|month|year)\p{L}`;
/** "до", "не больше", "около", "примерно" before the number. */
const ABOUT = String.raw`(?:(?:до|не\s+более|не\s+больше|около|примерно|порядка|up\s+to|about|around)\s+)?`;
/**
 * Our people counted or given their load in any order of the words: "4 администратора посменно", "на одного менеджера
 * 15 клиентов", "один нутрициолог на 50 клиентов", "у менеджера ~10 агентств", "врач, у которого не больше 30 пациентов",
 * "each rep has 40 stores". One person alone ("один и тот же клинер") or a number of times is no load.
 */
const PEOPLE_LOAD = [
  new RegExp(
    String.raw`(?<![\p{L}\p{N}/.,])(?:[2-9]|\d{2,}|два|две|двое|три|трое|четыре|четверо|пять|пятеро|two|three|four|five)\s+${PERSON}(?![-\p{L}])`,
    'u',
  ),
  new RegExp(String.raw`(?<!\p{L})(?:на|per|for)\s+(?:одного|одну|каждого|каждую|one|each|every)\s+${PERSON}[^.;\n]{0,40}?${COUNTED}`, 'u'),
  new RegExp(String.raw`(?<!\p{L})(?:один|одна|одного|one|each)\s+${PERSON}\s+(?:на|per|for|to)\s+${ABOUT}${COUNTED}`, 'u'),
  new RegExp(String.raw`(?<!\p{L})у\s+(?:[\p{L}-]+\s+)?${PERSON}\s+(?:[\p{L}-]+\s+)?${ABOUT}${COUNTED}`, 'u'),
  new RegExp(String.raw`${PERSON}[^.;\n]{0,30}?(?:у\s+котор\p{L}+|у\s+каждого\s+из\s+них|who\s+(?:has|have))\s+(?:[\p{L}-]+\s+){0,3}?${COUNTED}`, 'u'),
  new RegExp(String.raw`${PERSON}\s+(?:has|have|carries|covers)\s+${ABOUT}${COUNTED}`, 'u'),
];

/** The text with each of our people replaced by one mark, as `PEOPLE_LOAD` reads it. */
function withPeopleMarked(text: PreparedText): string {
  let marked = '';
  let from = 0;
  for (const phrase of text.phrases) {
    if (phrase.key !== 'our_people' || phrase.start < from) continue;
    marked += text.normalized.slice(from, phrase.start) + PERSON;
    from = phrase.start + phrase.words.length;
  }
  return marked + text.normalized.slice(from);
}

function carriesClients(text: PreparedText): boolean {
  if (CLIENTS_CARRIED.test(text.normalized) || CLIENTS_PER_ONE.test(text.normalized)) return true;
  const marked = withPeopleMarked(text);
  return PEOPLE_LOAD.some((load) => load.test(marked));
}

/** Hours or minutes in a short form per period: "~2 ч/нед", "3 ч в неделю", "20 мин/день", "2 h a week" is time spent. */
const TIME_PER_PERIOD = /\d\s*(?:ч|час\p{L}*|мин\p{L}*|h|hrs?|hours?|mins?|minutes?)\.?\s*(?:\/|в|за|per|a)\s*(?:нед|мес|день|дня|сут|week|wk|month|mo|day)/u;

function reviewRelationships(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  // "Нет": there is nothing to cost or to tell from a channel; only the length check speaks.
  if (consistsOf(text, 'none_answer')) return [];
  const notes: CoachingNote[] = [];
  if (describesOnlyChannel(text)) notes.push({ key: 'relationships_look_like_channel' });
  // "напоминаем за 3 дня", "гарантия 3 месяца" hold numbers but no cost; a sum of money or a share of revenue does.
  const costs = mentions(text, 'cost') || hasSum(text) || carriesClients(text) || TIME_PER_PERIOD.test(text.normalized);
  if (!costs) notes.push({ key: 'relationships_no_cost' });
  return notes;
}

/**
 * Rent at a sum per hour, cut short ("аренда доски 800 руб./час", "прокат 300 ₽/ч"), names the period paid for as
 * "аренда 2000 в час" does; the dot of "руб." would otherwise end the clause before the hour.
 */
const RENT_PER_HOUR = /(?:аренд|прокат|rent|hire)[^;\n]{0,40}?\d[^;\n\d]{0,12}?\/\s*(?:час|ч|hour|hr|h)(?!\p{L})/u;

function reviewRevenue(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const notes: CoachingNote[] = [];
  if (!mentions(text, 'frequency') && !RENT_PER_HOUR.test(text.normalized)) notes.push({ key: 'revenue_no_frequency' });
  // "Абонементы на 1, 3, 6 и 12 месяцев" has numbers but no price; "Пончик 90" names one.
  if (!mentions(text, 'price') && !hasMoney(text) && !BARE_PRICE.test(text.normalized)) notes.push({ key: 'revenue_no_pricing' });
  return notes;
}

/**
 * A number of two digits or more right after what is sold that closes its clause ("Пончик 90", "кофе — 150, чай 80"): its
 * price, as people write on a price board. A number with a word after it counts something ("на 12 занятий").
 */
const BARE_PRICE = /\p{L}{3,}\s*[-—:–]?\s*\d{2,}\s*(?:[,.;!)\n]|$)/u;

/** A number of something other than times or money: "60 ульев", "3 лодки". */
const COUNTED_THING = new RegExp(COUNTED, 'u');

/** A number in words before a thing ("сто ульев", "три лодки") counts it as digits do. */
const COUNTED_IN_WORDS =
  /(?<!\p{L})(?:два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|двадцать|тридцать|сорок|пятьдесят|сто|двести|триста|пятьсот)\s+(?!раз|час|мин|сут|дн|ден|недел|месяц|лет|год|руб|тыс|процент)\p{L}/u;

/**
 * Items of a list that name things ("Лампа, фрезер, сухожар — всё моё"): two or more items of one or two words, none of
 * them vague. A clause ("что потребуется для масштабирования") is no item.
 */
const MIN_LISTED_THINGS = 2;
const MAX_THING_WORDS = 2;
const MIN_THING_WORD = 4;

/** Whether the answer lists things a vocabulary may not know: each such item is concrete, whatever it is called. */
function listsThings(text: PreparedText): boolean {
  const things = listItemsOf(text).filter(
    (item) =>
      item.words.length > 0 &&
      item.words.length <= MAX_THING_WORDS &&
      !mentions(item, 'vague_resource') &&
      item.words.some((word) => word.text.length >= MIN_THING_WORD && !/\d/u.test(word.text)),
  );
  return things.length >= MIN_LISTED_THINGS;
}

function reviewResources(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const categories: PhraseKey[] = ['physical_resource', 'intellectual_resource', 'human_resource', 'financial_resource'];
  const notes: CoachingNote[] = [];
  // Any concrete thing ("40 велосипедов", "камера и дрон") is a resource of some kind; only an answer
  // that names nothing ("всё необходимое есть") needs the four kinds spelled out. Things counted ("пасека 60 ульев")
  // are concrete whether or not a list knows them, and "всё" beside them says whose they are.
  const namesSomething =
    categories.some((category) => mentions(text, category)) ||
    COUNTED_THING.test(text.normalized) ||
    COUNTED_IN_WORDS.test(text.normalized) ||
    listsThings(text);
  if (!namesSomething && mentions(text, 'vague_resource')) {
    notes.push({ key: 'resources_no_category' });
  }
  if (!mentions(text, 'ownership')) notes.push({ key: 'resources_no_ownership' });
  return notes;
}

/**
 * "поставщик зерна", "an oil supplier": a supplier noun followed by what is supplied (not by the next
 * partner), or in English preceded by it (not by an article or a qualifier).
 */
function namesWhatIsSupplied(text: PreparedText): boolean {
  return text.words.some((word, index) => {
    if (!wordIs(word.text, 'supplier')) return false;
    const next = text.words[index + 1];
    // "поставщик зерна" names the grain; in "магазины, банки" the comma starts the next partner.
    const joined = (left: Word, right: Word) => /^\s+$/u.test(text.normalized.slice(left.start + left.text.length, right.start));
    if (next !== undefined && joined(word, next) && !wordIs(next.text, 'conjunction')) return true;
    const previous = text.words[index - 1];
    return /^[a-z]/u.test(word.text) && previous !== undefined && joined(previous, word) && !wordIs(previous.text, 'supplier_qualifier');
  });
}

/**
 * Russian verb endings few nouns a partner is named by have: "убирает", "ремонтируют", "дают", "готовит", "возят" ("кредит"
 * read as a verb only keeps the check quiet).
 */
const PRESENT_TENSE_VERB = /^[\p{L}]{2,}(?:ает|яет|ует|еет|ают|яют|уют|еют|ют|ит|ят)$/u;
/**
 * Russian past-tense endings: "заключил с нами договор", "помогли с ремонтом", "дала помещение". Nouns of the same ending
 * ("канал", "персонал") only keep the check quiet.
 */
const PAST_TENSE_VERB = /^[а-я]{2,}(?:ил|ила|или|ал|ала|али|ял|яла|яли|ел|ела|ели)$/u;
/** An English verb in -s before what it acts on: "sends us", "certifies the translations", "lends our team". */
const ENGLISH_VERB_BEFORE_OBJECT =
  /(?<![\p{L}])[a-z]{2,}[^su\s]s\s+(?:us|our|the|a|an|their|them|its|his|her|all|every|each|some|any|most|new|local|free)(?!\p{L})/u;

/**
 * What we take and from whom: "комбикорм у соседа-фермера", "мука у местного мельника" name what the partner supplies
 * before "у" and a person after it; "типография у метро" or "у нас" name a place or no one.
 */
const GOODS_FROM_SOMEONE = /(?<!\p{L})(\p{L}{3,})\s+у\s+(?:\p{L}+\s+)?\p{L}*(?:ник|щик|чик|ер|ор|ист|тел|ц|ар|ант|ент|сед|ак|ик)(?:а|я|ов|ей|ев)(?![\p{L}])/gu;

function namesGoodsTakenFrom(text: PreparedText): boolean {
  return [...text.normalized.matchAll(GOODS_FROM_SOMEONE)].some(([, what = '']) => !wordIs(what, 'supplier') && !what.startsWith('партн'));
}

/**
 * Endings of nouns of an occupation or a trade: "грузчики", "копирайтер", "флорист", "фотограф", "косметолог", "врач",
 * "курьерская служба", "типография"; "a copywriter", "a florist", "a consultant", "a bakery", "a laundromat".
 */
const OCCUPATION_ENDING =
  /^(?:\p{L}{2,}(?:щик|чик|ист|тель|ер|ор|ант|ач|граф|олог)(?:ы|и|а|у|ом|ов|ам|ами|ей|ем|ю|я)?|\p{L}{2,}(?:ерск|графи)\p{L}*|[a-z]{3,}(?:er|or|ist|ant|ry|mat)s?)$/u;

/** Brands and names in quotes ("ООО «Вектор»", "«Мастер»") name no trade, whatever their ending. */
const QUOTED_NAME = /[«"“„][^»"”“]*[»"”]/gu;

/** Where an item of a list or a sentence begins, so a capital letter after it is no name ("Грузчики, Флористы"). */
const ITEM_START = /(?:^|[.,;:!?\n()•·*—–-])\s*$/u;
/** One capitalised word opening an item, right before the word being read ("Грузчики, Сбербанк Лизинг", "и Тинькофф Эквайринг"). */
const ONE_BRAND_WORD_BEFORE = /(?:^|[.,;:!?\n()•·*—–-]|\s(?:и|или|and|or))\s*\p{Lu}[\p{L}\p{N}-]*\s+$/u;
/** A legal form right before the word ("ИП Кузнецов", "ООО Вектор"): what follows is the name of a firm or a person. */
const LEGAL_FORM_BEFORE = /(?<!\p{L})(?:ИП|ООО|ОАО|ЗАО|АО|ПАО|LLC|Ltd|Inc|GmbH)\.?\s+$/u;

/**
 * Where one partner ends and the next begins in a list: a comma, a semicolon, a new line, "и", "а также", "ещё", "and", "&";
 * "Банки и нотариусы" are two partners, one of them named by no trade.
 */
const PARTNER_BREAK = /[,;\n•/+&]|\s(?:и|а\s+также|также|ещ[её]|and|plus)\s/gu;

/**
 * Every partner named by its occupation or trade ("A freelance copywriter", "грузчики знакомые", "Local laundromat", "типография
 * и курьерская служба") says what it does; one named only by a name, a brand or a word of no role ("банки", "друзья", "ООО
 * «…»") does not. A capital letter inside an item, or before another one, makes the word part of a name ("Spin City
 * Laundromat", "Schneider Electric", "Туроператоры Anex"), which says no trade.
 */
function namesEveryPartnerByTrade(text: PreparedText): boolean {
  const original = text.original.replace(QUOTED_NAME, (quoted) => ' '.repeat(quoted.length));
  const capitalised = (start: number) => {
    const first = original[start] ?? '';
    return first !== first.toLowerCase();
  };
  const plain = (start: number, end: number, kindOfBusiness: boolean) => {
    if (original[start] === ' ') return false;
    if (!capitalised(start)) return true;
    const next = /\p{L}/u.exec(original.slice(end));
    const nextStart = next === null ? -1 : end + next.index;
    // "Грузчики Саня и Рома", "Швея Галя": a person's name after the trade says who does it, not the name of a firm.
    const nextCapitalised = next !== null && /^\s*$/u.test(original.slice(end, nextStart)) && capitalised(nextStart) && !personalNameAt(text, nextStart);
    // "Сбербанк Лизинг", "Альфа Страхование": one brand word, then the line of business it names; a longer name ("Spin City
    // Laundromat") is the name of one shop, and a word that only ends like an occupation ("ООО Вектор") names none.
    const before = original.slice(0, start);
    return (ITEM_START.test(before) || (kindOfBusiness && ONE_BRAND_WORD_BEFORE.test(before))) && !nextCapitalised && !LEGAL_FORM_BEFORE.test(before);
  };
  const trades = [
    ...text.phrases
      .filter((phrase) => phrase.key === 'trade')
      .map((phrase) => ({ start: phrase.start, end: phrase.start + phrase.words.length, kindOfBusiness: true })),
    ...text.words
      .filter((word) => OCCUPATION_ENDING.test(word.text) && !wordIs(word.text, 'no_role_noun'))
      .map((word) => ({ start: word.start, end: word.start + word.text.length, kindOfBusiness: false })),
  ].filter(({ start, end, kindOfBusiness }) => plain(start, end, kindOfBusiness));
  if (trades.length === 0) return false;
  const breaks = [...text.normalized.matchAll(PARTNER_BREAK)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const items = [...breaks, { start: text.normalized.length, end: text.normalized.length }].map((item, index) => ({
    start: breaks[index - 1]?.end ?? 0,
    end: item.start,
  }));
  const named = items.filter((item) => /\p{L}/u.test(text.normalized.slice(item.start, item.end)));
  const covered = named.map((item) => trades.some((trade) => trade.start >= item.start && trade.start < item.end));
  // "Грузчики Саня и Рома": a name alone after a trade followed by a name is one more person of the same trade.
  const endsWithName = (item: { start: number; end: number }) => {
    const last = wordsWithin(text, item).at(-1);
    return last !== undefined && personalNameAt(text, last.start);
  };
  return named.every((item, index) => {
    if (covered[index]) return true;
    const previous = named[index - 1];
    const onlyNames = wordsWithin(text, item).every((word) => personalNameAt(text, word.start));
    return onlyNames && previous !== undefined && covered[index - 1] === true && endsWithName(previous);
  });
}

/** A patronymic ("Петрович", "Ивановна"): the rest of a person's name. */
const PATRONYMIC = /^\p{L}{2,}(?:ович|евич|овна|евна|ична|инична)$/u;

/** Whether the word starting at a position is a person's first name or patronymic ("Саня", "Галя", "Петрович", "Mike"). */
function personalNameAt(text: PreparedText, start: number): boolean {
  const word = text.words.find((candidate) => candidate.start === start);
  return word !== undefined && (wordIs(word.text, 'first_name') || PATRONYMIC.test(word.text));
}

function wordsWithin(text: PreparedText, span: { start: number; end: number }): Word[] {
  return text.words.filter((word) => word.start >= span.start && word.start < span.end);
}

/** Most words of an answer that only says there are no partners ("Пока партнёров нет, всё делаем сами"). */
const MAX_NO_PARTNERS_WORDS = 6;

/** A short answer opening with a negation ("Не знаю пока", "Never needed any") names no partner to coach. */
const OPENS_WITH_NEGATION = /^[^\p{L}]*(?:не|нет|ни|никого|ничего|никаких|никогда|no|not|none|nobody|nothing|never)(?!\p{L})/u;

function saysNoPartners(text: PreparedText): boolean {
  const short = text.wordCount <= MAX_NO_PARTNERS_WORDS;
  return (short && (mentions(text, 'no_partners') || OPENS_WITH_NEGATION.test(text.normalized))) || mentions(text, 'no_partners_statement');
}

/** The partners' question about the risks they reduce. */
const RISK_QUESTION = 1;

/** The block's name opening the answer ("Ключевые партнёры — …", "Partners: …"): its dash or colon introduces the list, not a role. */
const PARTNERS_HEADING = /^\s*(?:(?:наши|ключевые|основные|главные|our|key|main)\s+)?(?:партнер\p{L}*|partners?)\s*(?:[—–:]|-\s)/u;

function reviewPartners(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  if (saysNoPartners(text)) return [];
  const notes: CoachingNote[] = [];
  // A dash, a colon or a bracket after a name usually introduces what the partner does; so does a verb in the
  // present tense ("убирает", "продают", "доставляют").
  const describesRoles =
    mentions(text, 'contribution') ||
    namesWhatIsSupplied(text) ||
    namesGoodsTakenFrom(text) ||
    namesEveryPartnerByTrade(text) ||
    /[—–:(]|\s-\s/.test(text.normalized.replace(PARTNERS_HEADING, '')) ||
    text.words.some((word) => PRESENT_TENSE_VERB.test(word.text) || PAST_TENSE_VERB.test(word.text)) ||
    ENGLISH_VERB_BEFORE_OBJECT.test(text.normalized);
  if (!describesRoles) notes.push({ key: 'partners_no_contribution' });
  // At any length: a formal paragraph on what each partner supplies may still name no risk it carries.
  if (!mentions(text, 'risk') && !answeredQuestion(answers, RISK_QUESTION)) {
    notes.push({ key: 'partners_no_risk' });
  }
  return notes;
}

/** List items in a resources answer are separated by these; the quoted item is the user's own phrase. */
const ITEM_SEPARATORS = /[,;.:!?()\n—–]/u;
/** Only letters, digits, spaces and hyphens go back to the user: the note is Telegram HTML. */
const SAFE_ITEM = /^[\p{L}\p{N}\s-]+$/u;
const MAX_ITEM_LENGTH = 40;

/**
 * The item as it reads inside a sentence: the first word lower-cased, as a capital there only opens the answer
 * ("Арендованное помещение"), unless it is an abbreviation or a first name ("CRM", "Коля"); names and abbreviations
 * further on keep their capitals ("помощник Коля", "станок ЧПУ").
 */
function inSentenceCase(item: string): string {
  const first = /^\p{L}+/u.exec(item)?.[0] ?? '';
  if (first === '' || ABBREVIATION.test(first) || wordIs(first.toLowerCase(), 'first_name')) return item;
  return first.toLowerCase() + item.slice(first.length);
}

/** The part of a list item holding `phrase`, as the user wrote it ("арендованное помещение"), in sentence case. */
function itemAround(listItem: string, phrase: string): string {
  const position = Math.max(0, listItem.indexOf(phrase));
  let start = position;
  while (start > 0 && !ITEM_SEPARATORS.test(listItem.charAt(start - 1))) start -= 1;
  let end = position;
  while (end < listItem.length && !ITEM_SEPARATORS.test(listItem.charAt(end))) end += 1;
  const item = listItem.slice(start, end).trim().replace(/\s+/gu, ' ');
  return item.length <= MAX_ITEM_LENGTH && SAFE_ITEM.test(item) ? inSentenceCase(item) : '';
}

/**
 * The items of a list, remarks in brackets included ("4 кресла (свои)", "оборудование (мойка, таймграфер)"): a
 * separator inside brackets ends no item.
 */
const LIST_ITEM_SEPARATORS = /[,;.\n](?![^()]*\))/u;

/**
 * A remark that names nothing and only says whose the item before it is ("инструмент, приобретённый в собственность",
 * "станки, купленные в 2020"): read with that item.
 */
const OWNERSHIP_REMARK = /^\s*(?:приобретен|приобретён|куплен|выкуплен|принадлежащ|находящ\p{L}*\s+в\s+собственност)/u;

function listItemsOf(resources: PreparedText): PreparedText[] {
  const parts = resources.original.replace(ABBREVIATION_DOT, ' ').split(LIST_ITEM_SEPARATORS);
  const items: string[] = [];
  for (const part of parts) {
    const previous = items.length - 1;
    if (previous >= 0 && OWNERSHIP_REMARK.test(part.toLowerCase())) items[previous] += `, ${part.trim()}`;
    else items.push(part);
  }
  return items.map(prepare);
}
/**
 * The dot of a unit or an abbreviation with the sentence going on in lower case ("Цех 150 кв. м и камера находятся в
 * собственности", "40 тыс. резюме"): it ends no item, so what is said of the item after it is still read with it.
 */
const ABBREVIATION_DOT =
  /(?<=(?<!\p{L})(?:кв|м|км|см|мм|кг|г|гг|т|тыс|млн|млрд|руб|р|коп|шт|ед|ул|д|пр|ок|др|мин|мес|sq|ft|approx|incl))\.(?=\s+[\p{Ll}\p{N}])/gu;

/** A word of two or three capitals: an abbreviation too short to stem. */
const ABBREVIATION = /^\p{Lu}{2,3}$/u;

/** Letters a first name loses or changes in its cases ("Коля", "Коле", "Колю"). */
const NAME_ENDING = 1;

/** Shortest stem that still tells words apart; longer words lose up to two letters of ending. */
const MIN_STEM = 4;
const MAX_STEM = 6;

/**
 * Whether the costs name the resource item again in any form: "лизинг ростера" for "ростер в лизинге",
 * "equipment lease" for "a leased kitchen equipment set".
 */
function namesItemAgain(costs: PreparedText, item: PreparedText, id: CostlyResourceId): boolean {
  return item.words.some((word) => {
    // An abbreviation ("станок ЧПУ", "МФУ") is named again only as itself ("платёж за ЧПУ").
    const written = item.original.slice(word.start, word.start + word.text.length);
    if (ABBREVIATION.test(written)) return costs.words.some((costWord) => costWord.text === word.text);
    // A first name ("Помощник Коля") is named again in any of its cases ("Коле 35т в мес"): it changes only its last letter.
    // So is any name inside a staff item ("работник Петрович"): a capital after the first word names the person.
    const nameInside = id === 'staff' && word.start > 0 && written.charAt(0) !== written.charAt(0).toLowerCase();
    if ((wordIs(word.text, 'first_name') || nameInside) && word.text.length > NAME_ENDING + 2) {
      const name = word.text.slice(0, -NAME_ENDING);
      return costs.words.some((costWord) => costWord.text.startsWith(name) && costWord.text.length <= word.text.length + 1);
    }
    if (word.text.length < MIN_STEM || /\d/u.test(word.text)) return false;
    const stem = word.text.slice(0, Math.min(MAX_STEM, Math.max(MIN_STEM, word.text.length - 2)));
    return costs.words.some(
      (costWord) => costWord.text.startsWith(stem) && (id !== 'staff' || PERSON_NOUN.test(costWord.text) || PAID_PLURAL.test(costWord.text)),
    );
  });
}

/**
 * A noun of a person by its ending ("упаковщице", "сборщикам", "технологу", "студентам"): people are named again only so, as the work
 * or the goods of the same stem ("упаковка" for "упаковщица", "монтаж" for "монтажник") are another cost.
 */
const PERSON_NOUN = /(?:щик|щиц|чик|чиц|ник|ниц|тел|ист|ер|ор|ог|ар|ант|ент|ец|ц|er|or|ist|ian|ant|ent)\p{L}{0,3}$/u;

/** A noun in the dative plural ("сиделкам", "няням"): the people of the resources named again as those the money goes to. */
const PAID_PLURAL = /\p{L}{3,}(?:ам|ям)$/u;

/**
 * A dative noun of a person right next to a sum or a share ("7% дизайнеру", "монтажнику 1500 за окно", "мастерам 40%"):
 * someone is paid. Agent-noun endings only, so "аренду 50 тыс" or "доставку 300 ₽" are not read so.
 */
const PAID_PERSON_NEXT_TO_SUM =
  /(?<!\p{L})\p{L}{2,}(?:ник|щик|чик|ер|ор|ист|тел|ец|ц|ар|ант|ент|ач|ог|граф)(?:у|ю|ам|ям)\s+(?:по\s+|около\s+|примерно\s+)?\d|\d\s*(?:%|₽|р\.?|руб\p{L}*\.?|тыс\.?|к)?\s+\p{L}{2,}(?:ник|щик|чик|ер|ор|ист|тел|ец|ц|ар|ант|ент|ач|ог|граф)(?:у|ю|ам|ям)(?!\p{L})/u;

/**
 * People paid by the piece of work ("курьеры по 150 руб. за доставку", "грузчики по 500 за выход", "drivers at £3 per drop"):
 * a noun of a person, a rate, and what it is paid for.
 */
const PAID_PER_PIECE =
  /(?<!\p{L})\p{L}{2,}(?:ник|щик|чик|ер|ор|ист|тел|ец|ц|ар|ант|ент|ач|ог|граф)(?:ы|и|ам|ям)?\s+(?:по|от|at|on)\s+[~≈£$€]?\s*\d[^.;\n]{0,20}?(?:за|per|a)\s+\p{L}/u;

/**
 * A sum per a visit, a shift or a trip ("уборка 1500 за выезд", "£90 per shift"): the pay of whoever goes, whatever the
 * work is called.
 */
const PAID_PER_TURN_OF_WORK =
  /\d\s*(?:₽|р\.?|руб\p{L}*\.?|тыс\.?|к|k|\$|€|£)?\s*(?:за|per|a|an)\s+(?:выезд|выход|смен|рейс|визит|вызов|shift|visit|call-out|callout|trip)/u;

/** Words that may stand before a share in a clause that names nothing else it is paid for ("Переменные: около 40% от работ"). */
const SHARE_LEAD_FILLER =
  /^(?:около|примерно|порядка|где|то|до|ещ[её]|плюс|и|а|также|переменные|постоянные|расходы|затраты|издержки|variable|fixed|about|around|plus|and)$/u;

/**
 * Clauses of a costs answer; a bracket stays with the words before it, so "комиссия маркетплейса (19% от продажи)"
 * is a share paid to the marketplace, not to people.
 */
const COST_CLAUSE_BREAK = /[.,;:!?\n—–]| - /u;

/**
 * Whether the costs pay people in a form no list of nouns holds: a dative person next to a sum or a share, or a share
 * of the takings in a clause that names nothing else it goes to ("40% от работ", not "расходники 10% от выручки").
 */
/** A share given to people in the dative, with or without a figure ("процент бригадам", "долю мастерам", "10% курьерам"). */
const SHARE_TO_PEOPLE = /(?:процент\p{L}*|дол[юия]|%)\s+(?:\p{L}+\s+)?\p{L}{3,}(?:ам|ям)(?!\p{L})/u;

function paysSomeone(costs: PreparedText): boolean {
  if ([PAID_PERSON_NEXT_TO_SUM, PAID_PER_PIECE, PAID_PER_TURN_OF_WORK, SHARE_TO_PEOPLE].some((pattern) => pattern.test(costs.normalized))) return true;
  return costs.original.split(COST_CLAUSE_BREAK).some((part) => {
    const clause = prepare(part);
    const share = clause.phrases.find((phrase) => phrase.key === 'share_of_revenue');
    if (!share) return false;
    const before = prepare(part.slice(0, share.start));
    return before.words.every((word) => /\d/u.test(word.text) || SHARE_LEAD_FILLER.test(word.text));
  });
}

/** An item that ends by saying it is as the one before ("фритюр и кофемашина тоже", "the van too"). */
const OWNED_TOO = /(?:тоже|также|too|as well)\s*$/u;

/** "всё моё", "всё своё, купленное", "…, зеркало — всё своё", "it's all ours": everything named is owned. */
const EVERYTHING_OWNED =
  /(?:^|[—–:]\s*|\s-\s*)(?:и\s+)?(?:вс[её]|все\s+это|вс[её]\s+это|(?:it'?s\s+)?all(?:\s+of\s+it)?)\s+(?:мо[её]|сво[её]|наше|собственное|mine|ours|my\s+own|our\s+own)(?!\p{L})/u;

/** A part of a resources answer up to a semicolon, a full stop or a line break: items inside it are listed with commas. */
const RUN_BREAK = /[;.\n]/u;
/**
 * A plural owning word opening a run ("собственные вальцы, горелка и станок", "свои ножи, миксер"): a plural spans the
 * list, while a singular one ("свой кабинет, 3 кресла") owns its own noun only.
 */
const RUN_OWNED_OPENING = /^\s*(?:собственные|свои|мои|наши|our\s+own|my\s+own)\s/u;

/**
 * Items said to be owned by what stands around them rather than in them: every item when the answer says all is owned
 * ("Кресло, зеркало. Всё моё", "кресло, зеркало — всё своё"), and the items of a run opened by a plural owning word
 * ("Мастерская дома; собственные вальцы, горелка и полировальный станок; запас серебра"), as the comma lists them under it.
 */
function ownedByContext(resources: PreparedText, listItems: readonly PreparedText[]): (item: PreparedText) => boolean {
  if (listItems.some((item) => EVERYTHING_OWNED.test(item.normalized.trim()))) return () => true;
  const owned = new Set<string>();
  for (const run of resources.normalized.split(RUN_BREAK)) {
    if (!RUN_OWNED_OPENING.test(run)) continue;
    for (const item of run.split(',')) owned.add(item.trim());
  }
  return (item) => owned.has(item.normalized.trim());
}

/** Most words between a quantifier of everything and the resource it spans ("весь инструмент и оборудование"). */
const MAX_WORDS_AFTER_QUANTIFIER = 3;

/** Costly resources named in key_resources that the cost structure leaves out, in the user's own words. */
function resourcesMissingFromCosts(costs: PreparedText, resources: PreparedText): string[] {
  if (mentions(costs, 'all_resources')) return [];
  const listItems = listItemsOf(resources);
  const ownedAround = ownedByContext(resources, listItems);
  const missing: Array<{ item: string; listIndex: number; position: number }> = [];
  for (const id of COSTLY_RESOURCE_IDS) {
    if (mentions(costs, `cost_${id}`) || (id === 'staff' && paysSomeone(costs))) continue;
    // The first item naming a resource of this kind.
    // "швейные машины" are equipment, not vehicles; "техника продаж" is a skill, "офис-менеджер" a person, "диплом повара" a
    // document: the first item naming the resource itself is the one asked about ("диплом повара, два повара").
    const listIndex = listItems.findIndex((candidate) => mentions(candidate, `resource_${id}`) && !mentions(candidate, `lookalike_${id}`));
    const listItem = listItems[listIndex];
    const phrase = listItem?.phrases.find((candidate) => candidate.key === `resource_${id}`);
    if (!listItem || !phrase) continue;
    // "всё оборудование, которое понадобится", "весь инструмент и оборудование": no particular machine is named.
    const wordsBefore = prepare(listItem.original.slice(0, phrase.start)).words.slice(-MAX_WORDS_AFTER_QUANTIFIER);
    if (wordsBefore.some((word) => wordIs(word.text, 'all_of_a_kind'))) continue;
    // Light and heating cover a place whose rent is not said to be paid ("комната в аренде" asks for the rent).
    if (mentions(costs, `upkeep_${id}`) && !mentions(listItem, 'rented')) continue;
    // "я сама — единственный мастер": the founder's own work, not a wage bill the costs forgot.
    if (id === 'staff' && mentions(listItem, 'founder_himself')) continue;
    const item = itemAround(listItem.original, phrase.words) || inSentenceCase(phrase.words);
    // "офис не нужен" names no cost; "свой ростер", "4 кресла (свои)", bought already or paid off ("печь (кредит
    // выплачен)"), have no running cost to ask for.
    const paidOff = mentions(listItem, 'paid_off');
    // "Ларёк наш, фритюр и кофемашина тоже": "тоже" says the item is owned as the one before it.
    const ownedLikeBefore = OWNED_TOO.test(listItem.normalized) && listIndex > 0 && mentions(listItems[listIndex - 1] as PreparedText, 'owned');
    // "в моей арендованной студии": a place of mine that is rented still has its rent to pay.
    const ownedAsSaid = mentions(listItem, 'owned') || ownedAround(listItem);
    const ownedOutright = ownedLikeBefore || paidOff || (ownedAsSaid && !mentions(listItem, 'financed') && !mentions(listItem, 'rented'));
    if (mentions(listItem, 'not_needed') || (COSTLY_RESOURCES[id].ownedCostsNothing && ownedOutright)) continue;
    if (namesItemAgain(costs, listItem, id)) continue;
    missing.push({ item, listIndex, position: listItem.original.indexOf(phrase.words) });
  }
  // In the order the resources were named.
  const items = missing.sort((a, b) => a.listIndex - b.listIndex || a.position - b.position).map(({ item }) => item);
  return [...new Set(items)].slice(0, MAX_NAMED_RESOURCES);
}

/**
 * "45 тыс./мес.", "8 ₽ на бутыль", "200 ₽ с изделия", "300k/month", "$30/mo", "4p per message": a sum, the sign before or
 * after the number, then what it is paid for or per ("с НДС", "с доставкой" say what the sum holds, not what it is per). The unit and the word between end where a word does ("300 apples" is no "a").
 */
const SUM_PER_PATTERN =
  /(?:[$€£]\s*\d[\d.,]*\s*(?:k|к|тыс\.?)?|\d\s*(?:₽|р\.?|руб\p{L}*\.?|тыс\.?|т\.р\.?|к|k|\$|€|£|p|c|коп\p{L}*|cents?|pence|rub\p{L}*|roubl\p{L}*|dollar\p{L}*|usd|eur\p{L}*|pounds?|gbp)(?!\p{L})|\d{3,})\s*(?:(?:за|на|с|со|per|an?)(?!\p{L})(?!\s*(?:ндс|уч[её]том|доставк|налог|скидк))|\/)\s*(\p{L}+)/gu;

/** "coffee per member", "flowers per arrangement": a cost per something with no sum before it. */
const BARE_PER_PATTERN = /(?<!\p{L})per\s+(\p{L}+)/gu;

function sumsPer(text: PreparedText): { perUnit: number; perPeriod: number } {
  let perUnit = 0;
  let perPeriod = 0;
  const counted = (what: string) => {
    // A sum per month is paid every period; per anything else it grows with what is sold.
    if (wordIs(what, 'period')) perPeriod += 1;
    else perUnit += 1;
  };
  const withSums = [...text.normalized.matchAll(SUM_PER_PATTERN)];
  for (const [, what = ''] of withSums) counted(what);
  // Each "per" counts once: not again after a sum, nor where the vocabulary already reads it ("per order").
  const markers = new Set(text.phrases.filter((phrase) => phrase.key === 'per_unit_cost').map((phrase) => phrase.start));
  for (const match of text.normalized.matchAll(BARE_PER_PATTERN)) {
    const afterSum = withSums.some((sum) => sum.index <= match.index && match.index < sum.index + sum[0].length);
    if (!afterSum && !markers.has(match.index)) counted(match[1] ?? '');
  }
  return { perUnit, perPeriod };
}

/** "30% от мойки", "10% с заказа", "20% of each job": a share of something, which grows as it does. */
const SHARE_OF_SOMETHING = /\d\s*%\s*(?:от|с|со|of|from)\s+(?=\p{L})/gu;

/** Shares of something other than what the vocabulary already reads as growing with sales ("5% от выручки" counts once). */
function sharesOfWork(costs: PreparedText): number {
  const markers = costs.phrases.filter((phrase) => phrase.key === 'per_unit_cost').map((phrase) => phrase.start);
  return [...costs.normalized.matchAll(SHARE_OF_SOMETHING)].filter(
    (match) => !markers.some((start) => match.index <= start && start <= match.index + match[0].length),
  ).length;
}

/** "пост.: аренда…; перем.: запчасти…": fixed and variable named in their short forms, with a dot or a colon after them. */
const COST_SPLIT_ABBREVIATION = /(?<!\p{L})(?:пост|перем)(?:\.\s*:?|\s*:)/u;

/**
 * A sum of money that is no share ("аренда бокса 40к") beside a share of something ("мастерам 40% от работы", "роялти 5% от
 * продаж"): the sum is paid whatever the work, as a sum per month is, and the share grows with it. Beside a bare
 * commission ("комиссия Яндекса 25%") a sum still splits nothing: the share does not say what it is taken from.
 */
function hasSumBesideShareOfSomething(costs: PreparedText): boolean {
  const sharesOfSomething = costs.normalized.search(SHARE_OF_SOMETHING) >= 0 || mentions(costs, 'share_of_revenue');
  return sharesOfSomething && namesMoneyWithout(costs);
}

/** Whether a sum of money is left once shares, and any `alsoWithout` (sums per item), are taken out of the costs. */
function namesMoneyWithout(costs: PreparedText, alsoWithout?: RegExp): boolean {
  const rest = alsoWithout ? costs.normalized.replace(alsoWithout, ' ') : costs.normalized;
  return MONEY_PATTERN.test(rest.replace(/\d+\s*%/gu, ''));
}

/**
 * A cost per item beside a sum paid for no item ("мясо ~60р на одну шаурму" beside "аренда 45т"): the sum is paid whatever
 * is sold, as a sum per month is, and the cost per item grows with sales.
 */
function hasSumBesideCostPerUnit(costs: PreparedText, perUnit: number): boolean {
  return perUnit > 0 && namesMoneyWithout(costs, SUM_PER_PATTERN);
}

function reviewCosts(answers: BlockAnswers, canvas: CanvasSnapshot): CoachingNote[] {
  const text = answers.all;
  const notes: CoachingNote[] = [];
  const resources = blockAnswers(canvas, 'key_resources');
  // A long list of fixed and variable costs is checked as a short one is: each resource is looked for by its own cost words.
  const missing = resources ? resourcesMissingFromCosts(text, resources.all) : [];
  if (missing.length > 0) notes.push({ key: 'costs_miss_resources', params: { items: missing.join('; ') } });
  // A list of rent, salaries and a commission does not split anything by itself; sums per month next
  // to costs per unit or share of revenue do, and so do two costs said to grow with sales.
  const sums = sumsPer(text);
  const perUnitCosts = countMentions(text, 'per_unit_cost') + sums.perUnit + sharesOfWork(text);
  const perShare = perUnitCosts + (text.normalized.includes('%') ? 1 : 0);
  const perPeriod =
    sums.perPeriod > 0 || mentions(text, 'per_period_cost') || hasSumBesideShareOfSomething(text) || hasSumBesideCostPerUnit(text, sums.perUnit);
  const namesSplit = mentions(text, 'cost_split') || COST_SPLIT_ABBREVIATION.test(text.normalized);
  const splitsCosts = namesSplit || perUnitCosts >= 2 || (perShare >= 1 && perPeriod);
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

/** Every answer a bare label: one long answer beside a short one is no placeholder. */
function isTooShort(answers: BlockAnswers): boolean {
  return answers.answers.every((answer) => answer.wordCount < MIN_WORDS_PER_ANSWER);
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
