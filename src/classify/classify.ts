/** Classifies an answer of the relationships or revenue block into the standard types, with evidence. */
import type { TypedBlockId } from '../canvas/blocks.ts';
import { TYPE_IDS_BY_BLOCK, type BusinessTypeId } from '../canvas/business-types.ts';
import { pricesPerServiceUnit } from './amounts.ts';
import { compileLexicon, type CompiledLexicon, type CompiledPattern, type LexiconGroup, type Tag } from './lexicon.ts';
import { ENGLISH_RELATIONSHIP_LEXICON, ENGLISH_REVENUE_LEXICON } from './lexicon-english.ts';
import { RELATIONSHIP_LEXICON } from './lexicon-relationships.ts';
import { REVENUE_LEXICON } from './lexicon-revenue.ts';
import { createWordMatcher, findMatches, type PatternMatch, type WordMatcher } from './match.ts';
import { negatedWords, plannedWords, supersededWords } from './negation.ts';
import {
  baseOfShare,
  consignment,
  lessonsHowTo,
  ROYALTY,
  readClauses,
  saleNotOurs,
  handedToUs,
  saleOfOurs,
  taughtPerson,
  WE_POST,
  workOnSupplied,
  type ClauseReading,
} from './roles.ts';
import { foldKey, tokenize, type Token } from './normalize.ts';
import { wordsNamedInQuotes } from './quoted-names.ts';
import { pricingOf, recurrenceOf, REVENUE_TAGS, type Pricing, type Recurrence } from './recurrence.ts';

export interface TypeEvidence {
  type: BusinessTypeId;
  /** The user's own words, as written, that triggered the type. */
  words: string[];
  /** How sure the classifier is, 0..1; only types at or above PRETICK_CONFIDENCE are pre-ticked. */
  confidence: number;
}

/** Types below this confidence are offered unticked, as "maybe", with the words that suggested them. */
export const PRETICK_CONFIDENCE = 0.6;

export interface Classification {
  /** In the order of the type lists in business-types.ts. */
  types: BusinessTypeId[];
  /** One entry per type in `types`. */
  evidence: TypeEvidence[];
  /** Revenue only; null for relationships or when the text says nothing. */
  recurrence: Recurrence | null;
  /** Revenue only. */
  pricing: Pricing | null;
}

interface BlockClassifier {
  readonly typeIds: readonly BusinessTypeId[];
  readonly lexicon: CompiledLexicon;
  readonly wordSpecs: WordMatcher;
}

function createBlockClassifier(blockId: TypedBlockId, groups: readonly LexiconGroup[]): BlockClassifier {
  const lexicon = compileLexicon(groups);
  return { typeIds: TYPE_IDS_BY_BLOCK[blockId], lexicon, wordSpecs: createWordMatcher(lexicon) };
}

const CLASSIFIERS: Record<TypedBlockId, BlockClassifier> = {
  customer_relationships: createBlockClassifier('customer_relationships', [...RELATIONSHIP_LEXICON, ...ENGLISH_RELATIONSHIP_LEXICON]),
  revenue_streams: createBlockClassifier('revenue_streams', [...REVENUE_LEXICON, ...ENGLISH_REVENUE_LEXICON, ...REVENUE_TAGS]),
};

/**
 * English words typed among Russian ones ("subs 300р/мес, plus ads"), read as the type vocabulary they borrow. Kept here
 * rather than in the shared slang of `normalize.ts`: the coaching checks read English words of their own ("monthly",
 * "app store", "sell").
 */
const BORROWED: Readonly<Record<string, string>> = {
  ads: 'реклама',
  ad: 'реклама',
  advertising: 'реклама',
  adverts: 'реклама',
  banner: 'баннер',
  banners: 'баннер',
  sponsor: 'спонсор',
  sponsors: 'спонсор',
  sponsorship: 'спонсорство',
  subs: 'подписка',
  sub: 'подписка',
  subscription: 'подписка',
  subscriptions: 'подписка',
  commission: 'комиссия',
  commissions: 'комиссия',
  rent: 'аренда',
  rental: 'аренда',
  rentals: 'аренда',
  lease: 'лизинг',
  sell: 'продаем',
  sells: 'продаем',
  selling: 'продажа',
  sales: 'продажи',
  license: 'лицензия',
  licence: 'лицензия',
  licenses: 'лицензия',
  royalty: 'роялти',
  royalties: 'роялти',
  mo: 'месяц',
  month: 'месяц',
  monthly: 'ежемесячно',
  yearly: 'ежегодно',
  annual: 'ежегодно',
  annually: 'ежегодно',
  premium: 'премиум',
  pro: 'премиум',
  income: 'доход',
  revenue: 'выручка',
  app: 'приложение',
  picks: 'подбирает',
  recommends: 'рекомендует',
  reminds: 'напоминает',
};

/** The tokens with borrowed English words read as the Russian words of the lexicons. */
function withBorrowed(tokens: Token[]): Token[] {
  return tokens.map((token) => {
    const norm = BORROWED[token.norm];
    return norm === undefined ? token : { ...token, norm, key: foldKey(norm) };
  });
}

/** Empties the per-word memo of every block (for benchmarks that must not start warm). */
export function clearWordMemo(): void {
  for (const classifier of Object.values(CLASSIFIERS)) classifier.wordSpecs.clear();
}

/**
 * A price per unit of a service found by its shape ("час юриста — 6 тыс"), read as a usage fee: offered,
 * not ticked, and silent beside a subscription, a rent, a licence, a commission or advertising that the price
 * may be of ("интеграция 30к за выпуск").
 */
const PRICE_PER_UNIT: CompiledPattern = {
  group: {
    type: 'usage_fee',
    confidence: 0.55,
    suppressedBy: ['subscription', 'rent_lease', 'licensing', 'brokerage', 'advertising'],
    patterns: [],
  },
  id: -1,
  elements: [],
  // Loses every overlap: a lexicon pattern over the same words knows better.
  size: 0,
};

/**
 * The price of a person's time ("час инструктора — 2500", "фотограф +3000 в час"): a service whoever else is let or
 * subscribed to beside it, so only a licence, a commission or advertising may have it as their price.
 */
const PRICE_OF_PERSON: CompiledPattern = {
  ...PRICE_PER_UNIT,
  group: { ...PRICE_PER_UNIT.group, suppressedBy: ['licensing', 'brokerage', 'advertising'] },
};
/** People whose time is sold by the unit. */
const PAID_PEOPLE = [
  'инструктор',
  'тренер',
  'юрист',
  'адвокат',
  'фотограф',
  'видеограф',
  'репетитор',
  'преподавател',
  'гид',
  'егер',
  'мастер^мастерск',
  'врач',
  'специалист',
  'дизайнер',
  'няня',
  'няни',
  'водител',
  'грузчик',
  'сантехник',
  'электрик',
  'психолог',
  'консультант',
  'аниматор',
  'ведущ',
];
const namesPaidPerson = (norm: string): boolean =>
  PAID_PEOPLE.some((entry) => {
    const [stem = '', ...exclusions] = entry.split('^');
    return norm.startsWith(stem) && !exclusions.some((exclusion) => norm.startsWith(exclusion));
  });

/**
 * Our work on material the customer supplied ("клиент приносит свою ткань, мы шьём платье"), read as a usage
 * fee for the work: offered, not ticked, and silent beside a rent, a licence, a commission or a subscription.
 */
const WORK_ON_SUPPLIED: CompiledPattern = {
  group: { type: 'usage_fee', confidence: 0.55, suppressedBy: ['subscription', 'rent_lease', 'licensing', 'brokerage'], patterns: [] },
  id: -2,
  elements: [],
  // Loses every overlap: a lexicon pattern over the same words knows better.
  size: 0,
};

/**
 * Goods named as what brings the money ("выручка — кальяны и чай", "зарабатываем на кофе") are sold, whatever
 * else the answer names: a single goods word of the sale's backoff, read as firm evidence there. It stays
 * silent beside a rent, a licence, a commission or a subscription told before it that the goods may be the object
 * of ("доход — аренда мебели", "доход от подписок на коробку с косметикой").
 */
function soldAsIncome(match: PatternMatch, reading: ClauseReading | undefined): boolean {
  return reading?.namesIncome === true && match.pattern.group.type === 'asset_sale' && match.pattern.group.backoff === true && match.pattern.size === 1;
}
const incomePatterns = new Map<CompiledPattern, CompiledPattern>();
function asIncome(pattern: CompiledPattern): CompiledPattern {
  let income = incomePatterns.get(pattern);
  if (!income) {
    const suppressedBy: BusinessTypeId[] = ['rent_lease', 'licensing', 'brokerage', 'subscription'];
    const group: LexiconGroup = { ...pattern.group, backoff: false, weight: 1, suppressedBy, suppressedNearby: true };
    income = { ...pattern, group };
    incomePatterns.set(pattern, income);
  }
  return income;
}

/**
 * A lesson in how to do something ("мастер показывает, как регулировать фасады"), read as training by its shape.
 * A person who explains how to order is help: the errands are left out (`lessonsHowTo`).
 */
const LESSON_HOW_TO: CompiledPattern = {
  group: { type: 'training', patterns: [] },
  id: -3,
  elements: [],
  // Loses every overlap: a lexicon pattern over the same words knows better.
  size: 0,
};
/** The showing word of such a lesson ("показываем, как заправить нитку"): no person helping on its own. */
const SHOWN_IN_LESSON: CompiledPattern = { group: { type: null, patterns: [] }, id: -4, elements: [], size: 1 };

/** What a person of ours may do that a system does too: remind, call, write, greet. */
const PERSON_ACTIONS = ['напомина', 'напомн', 'звон', 'обзвани', 'прозвани', 'присыла', 'отправля', 'пиш', 'уведомля', 'поздравля', 'рассыла'];

/**
 * Relationship evidence that the clause's roles deny: anything told of teaching our own staff, training our own staff, a reminder a person gives,
 * calls and mailings that find customers, a perk called free, a support chat or followers as a community.
 */
function notForCustomers(match: PatternMatch, reading: ClauseReading, tokens: readonly Token[]): boolean {
  const norms = match.tokens.map((index) => (tokens[index] as Token).norm);
  if (reading.teachesStaff) return true;
  switch (match.pattern.group.type) {
    case 'training':
      return reading.ownStaff;
    case 'automated_service':
      // A person who reminds or writes is no automation; a personal account beside a manager still is.
      if (reading.acquisition) return true;
      if (!norms.some((word) => PERSON_ACTIONS.some((stem) => word.startsWith(stem)))) return false;
      // "звоним напомнить — это не робот, это Светлана": a reminder the answer says no machine gives.
      return reading.personActs || deniesMachine(tokens);
    case 'personal_assistance':
      // "зарплата админу 40 тыс": a person we pay is a cost, not a contact with customers.
      if (reading.outgoing) return true;
      // "дистрибьюторы сами консультируют знакомых": the sellers of a network advise, no staff of ours.
      if (sentenceOf(match, tokens).some((token) => NETWORK_SELLERS.some((stem) => token.norm.startsWith(stem)))) return true;
      if (match.tokens.length === 1 && taughtPerson(tokens, match.tokens[0] ?? 0)) return true;
      // "в поддержке только бот": support a system gives; customers who explain to each other are the community.
      if (reading.systemServes && norms.some((word) => word.startsWith('поддержк'))) return true;
      if (reading.acquisition || reading.amongThemselves) return true;
      // "покупатели знакомятся и сами объясняют новичкам правила": customers themselves, no person of ours.
      return reading.membersInteract && !reading.namesPerson && clauseOf(match, tokens).some((token) => token.norm === 'сами');
    case 'dedicated_assistance':
      // "чат, где ребята помогают друг другу, куратор модерирует": a curator who keeps order among members moderates the
      // community, and is nobody's own manager.
      return reading.amongThemselves && clauseOf(match, tokens).some((token) => token.norm.startsWith('модер'));
    case 'self_service':
      // "сами ищут друг друга": customers on their own among themselves are a community; consultants who find buyers on
      // their own are a network.
      return reading.amongThemselves || reading.acquisition;
    case 'free_use':
      return reading.perk || reading.includedInPrice;
    case 'subscription_membership':
      // "за CRM платим 15к в месяц", "платим членские взносы ассоциации", "затраты: модератор 20 тыс в месяц": our cost.
      return reading.channel || reading.outgoing;
    case 'co_creation': {
      // "выкладываем свои работы", "выкладываем работы мастеров и отзывы": what we post ourselves is a channel.
      if (reading.ownContent && (norms.some((word) => WE_POST.has(word)) || clauseOf(match, tokens).some((token) => WE_PUBLISH.has(token.norm)))) return true;
      // Customers sharing among themselves ("делятся рецептами и общаются между собой") is a community, not co-creation;
      // so is sharing told to no one ("делятся маршрутами"), unless it is with us or shares ideas for the product.
      if (!norms.some((word) => SHARING.some((stem) => word.startsWith(stem)))) return false;
      const inSentence = sentenceOf(match, tokens);
      if (reading.membersInteract && inSentence.some((token) => AMONG_THEMSELVES.some((stem) => token.norm.startsWith(stem)))) return true;
      const clause = (tokens[match.tokens[0] ?? 0] as Token).clause;
      // "делятся рецептами, мы их репостим": what we take up and post is shared with us.
      const withUs = inSentence.some(
        (token) => (token.clause === clause && WITH_US.has(token.norm)) || WE_POST.has(token.norm) || token.norm.startsWith('репост'),
      );
      return !withUs && !norms.some((word) => FOR_THE_PRODUCT.some((stem) => word.startsWith(stem)));
    }
    case 'community': {
      if (reading.membersInteract || norms.some((word) => word.startsWith('поддержк'))) return false;
      if (reading.channel || reading.membersApart || reading.partnersOnly) return true;
      // "клиентский клуб: 2 000 в год, скидка 15%": a club that sells a discount is a membership, not members who meet.
      if (norms.some((word) => word.startsWith('клуб')) && sentenceOf(match, tokens).some((token) => token.norm.startsWith('скидк'))) return true;
      // "группа в ВК, где мы публикуем новинки": a group we post to is our channel, unless more than its name
      // tells of a community.
      const weak = (match.pattern.group.weight ?? 1) < 1;
      if (weak && sentenceOf(match, tokens).some((token) => WE_POST.has(token.norm))) return true;
      // A channel we post to ("ведём телеграм-канал с новостями") is read, not talked in.
      if ((match.pattern.group.weight ?? 1) < 1 && norms.some((word) => word.startsWith('канал'))) return true;
      // Followers of a channel read what we post; they are no community unless they talk among themselves.
      const clause = (tokens[match.tokens[0] ?? 0] as Token).clause;
      return reading.support || tokens.some((token) => token.clause === clause && token.norm.startsWith('подписчик'));
    }
    default:
      return false;
  }
}

const MACHINES = ['бот', 'робот', 'автомат', 'автоответ'];
/** The sellers of a network: "дистрибьюторы", "независимые консультантки", "распространители". */
const NETWORK_SELLERS = ['дистриб', 'консультантк', 'независим', 'распространител'];

/** "это не робот", "живые ребята, не бот": the answer denies that a machine does it. */
const deniesMachine = (tokens: readonly Token[]): boolean =>
  tokens.some((token, i) => token.norm === 'не' && MACHINES.some((stem) => tokens[i + 1]?.norm.startsWith(stem) === true));

/** The words of the sentence a match starts in. */
function sentenceOf(match: PatternMatch, tokens: readonly Token[]): Token[] {
  const sentence = (tokens[match.tokens[0] ?? 0] as Token).sentence;
  return tokens.filter((token) => token.sentence === sentence);
}

/** The words of the clause a match starts in. */
function clauseOf(match: PatternMatch, tokens: readonly Token[]): Token[] {
  const clause = (tokens[match.tokens[0] ?? 0] as Token).clause;
  return tokens.filter((token) => token.clause === clause);
}

/** Verbs of putting up what is already there, ours or others' ("выкладываем отзывы"): what is posted so is our channel. */
const WE_PUBLISH = new Set(['публикуем', 'выкладываем', 'постим', 'публикую', 'выкладываю', 'пощу', 'размещаем']);

/** Sharing ("делятся", "делимся", "поделились"), not doing ("делать"). */
const SHARING = ['делят', 'делим', 'делил', 'подел'];

/** Sharing told to us: "делятся с нами", "присылают нам". */
const WITH_US = new Set(['нами', 'нам', 'нас', 'мне']);
/** What customers share for the product itself: ideas and designs. */
const FOR_THE_PRODUCT = ['иде', 'эскиз', 'дизайн', 'макет', 'задумк', 'предложени', 'пожелани'];

/** Customers among themselves, besides sharing: "между собой", "друг другу", "общаются". */
const AMONG_THEMSELVES = ['между', 'друг', 'общаются', 'советуют', 'обсужда', 'обменива'];

/** Words that name paid access itself, so a period beside a total of income still reads as a subscription. */
const ACCESS_WORDS = ['подпис', 'абонем', 'абонент', 'членск', 'членств', 'клуб', 'доступ'];

/** Revenue types whose single word may only name what a share is taken from: "50% от первого месяца аренды". */
const SHARE_BASED = new Set<string>(['rent_lease', 'subscription', 'usage_fee', 'advertising']);

const TAGS = new Set<string>(['one_time', 'recurring', 'fixed', 'dynamic']);
const THRESHOLD = 0.999;

function isTag(type: LexiconGroup['type']): type is Tag {
  return type !== null && TAGS.has(type);
}

/**
 * Longer patterns win words claimed by shorter ones ("персональный менеджер" over "менеджер"); on a tie a
 * sense rule wins, since it exists to take words away from a type. Matches `held` keep their words first.
 */
function claimWords(matches: readonly PatternMatch[], held: ReadonlySet<PatternMatch> = new Set()): PatternMatch[] {
  const senseRuleFirst = (match: PatternMatch): number => (match.pattern.group.type === null ? 0 : 1);
  const heldFirst = (match: PatternMatch): number => (held.has(match) ? 0 : 1);
  const ordered = [...matches].sort(
    (a, b) =>
      heldFirst(a) - heldFirst(b) ||
      b.pattern.size - a.pattern.size ||
      senseRuleFirst(a) - senseRuleFirst(b) ||
      (a.tokens[0] ?? 0) - (b.tokens[0] ?? 0) ||
      a.pattern.id - b.pattern.id,
  );
  const claimed = new Set<number>();
  const accepted: PatternMatch[] = [];
  for (const match of ordered) {
    if (match.tokens.some((index) => claimed.has(index))) continue;
    for (const index of match.tokens) claimed.add(index);
    accepted.push(match);
  }
  return accepted;
}

/** Sums evidence per type, each pattern counted once. */
function scores(matches: readonly PatternMatch[]): Map<string, number> {
  const seen = new Set<number>();
  const total = new Map<string, number>();
  for (const { pattern } of matches) {
    const type = pattern.group.type;
    if (type === null || seen.has(pattern.id)) continue;
    seen.add(pattern.id);
    total.set(type, (total.get(type) ?? 0) + (pattern.group.weight ?? 1));
  }
  return total;
}

function found(total: ReadonlyMap<string, number>): Set<string> {
  return new Set([...total].filter(([, score]) => score >= THRESHOLD).map(([type]) => type));
}

function wordsOf(text: string, tokens: readonly Token[], match: PatternMatch): string {
  const first = tokens[match.tokens[0] ?? 0] as Token;
  const last = tokens[match.tokens[match.tokens.length - 1] ?? 0] as Token;
  return text.slice(first.start, last.end);
}

const CONTRAST = new Set(['а', 'но', 'зато']);

/** Numbers the parts of an answer: a new part starts with each contrast clause ("а", "но", "зато"). */
function partsOf(tokens: readonly Token[]): number[] {
  const parts: number[] = [];
  let part = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    if (previous && previous.clause !== token.clause && CONTRAST.has(token.norm)) part++;
    parts.push(part);
  }
  return parts;
}

/** Types that a sale word or a chat often stands beside without being meant: the pairs read less surely. */
const DOUBTED_BESIDE: Partial<Record<BusinessTypeId, readonly BusinessTypeId[]>> = {
  asset_sale: ['brokerage', 'licensing'],
  advertising: ['asset_sale'],
  subscription: ['advertising', 'asset_sale', 'usage_fee', 'rent_lease'],
  rent_lease: ['usage_fee', 'asset_sale'],
  community: ['personal_assistance', 'co_creation'],
  co_creation: ['community', 'automated_service'],
  free_use: ['subscription_membership'],
  self_service: ['automated_service'],
  subscription_membership: ['community'],
  automated_service: ['personal_assistance', 'self_service'],
  training: ['personal_assistance'],
};

/**
 * How sure a type is, 0..1, from the features of its evidence: the strongest single pattern (weak cues
 * that only add up read less surely), backoff evidence, the pattern's own confidence, a clause that
 * finds customers or is told in the future, money leaving us elsewhere in the same sentence, and a
 * type that often stands beside it by mistake found in the same sentence.
 */
function confidenceOf(
  type: BusinessTypeId,
  found: ReadonlySet<string>,
  matches: readonly PatternMatch[],
  tokens: readonly Token[],
  clauses: readonly ClauseReading[],
): number {
  const own = matches.filter((match) => match.pattern.group.type === type);
  const sentences = new Set(own.map((match) => (tokens[match.tokens[0] ?? 0] as Token).sentence));
  const paidIn = new Set(tokens.filter((_, i) => clauses[i]?.outgoing === true).map((token) => token.sentence));
  let best = 0;
  for (const match of own) {
    const group = match.pattern.group;
    const token = tokens[match.tokens[0] ?? 0] as Token;
    const reading = clauses[match.tokens[0] ?? 0];
    let value = Math.min(1, group.weight ?? 1) * (group.confidence ?? 1);
    if (group.backoff === true) value *= 0.55;
    if (reading?.acquisition === true || reading?.future === true) value *= 0.45;
    if (reading?.incoming !== true && paidIn.has(token.sentence)) value *= 0.55;
    best = Math.max(best, value);
  }
  const doubted = DOUBTED_BESIDE[type] ?? [];
  const rival = matches.some((match) => {
    const other = match.pattern.group.type;
    if (other === null || !found.has(other) || !doubted.includes(other as BusinessTypeId)) return false;
    return sentences.has((tokens[match.tokens[0] ?? 0] as Token).sentence);
  });
  if (rival) best *= 0.55;
  return Math.round(best * 100) / 100;
}

/**
 * How far the kind of evidence is to be trusted, from the rules' first runs on blind sets 9–15 (the types
 * they found on text they had not been tuned on; `npm run classify:calibrate`). A type told by two or more
 * separate cues was right 95% of the time. A single cue beside another type was right 71% of the time; a
 * single cue as the only type 94%, but only 50–67% for personal assistance, self-service and training,
 * whose lone word is often a staff noun, "сам" or teaching our own people. A community beside another type
 * was wrong whenever customers were not said to talk among themselves or share it (a support chat, a channel). These are
 * offered as "maybe".
 */
const LONE_CUE = 0.55;
const DOUBTFUL_ALONE: ReadonlySet<BusinessTypeId> = new Set(['personal_assistance', 'self_service', 'training']);
function cueFactor(type: BusinessTypeId, words: readonly string[], typeCount: number, membersInteract: boolean): number {
  if (type === 'community' && typeCount > 1 && !membersInteract) return LONE_CUE;
  if (words.length >= 2) return 1;
  return typeCount === 1 && !DOUBTFUL_ALONE.has(type) ? 1 : LONE_CUE;
}

/** Why a type's words were set aside by the rules, or how they were found: features for the learned layer. */
export type RuleFlag = 'raw' | 'role' | 'plan' | 'negated' | 'suppressed' | 'backoff' | 'shape' | 'weak';

/** What the rules read in an answer: their classification, the tokens and clause roles, and per type the rule flags. */
export interface RuleReading {
  readonly classification: Classification;
  readonly tokens: readonly Token[];
  readonly clauses: readonly ClauseReading[];
  readonly flags: ReadonlyMap<BusinessTypeId, ReadonlySet<RuleFlag>>;
  /** Revenue only: the recurrence and pricing tags the answer states. */
  readonly tags: ReadonlySet<Tag>;
}

/** Classifies one answer of a typed block. */
export function classifyAnswer(blockId: TypedBlockId, text: string): Classification {
  return readByRules(blockId, text).classification;
}

/** Reads one answer of a typed block by the rules, keeping what each rule did. */
export function readByRules(blockId: TypedBlockId, text: string): RuleReading {
  const flags = new Map<BusinessTypeId, Set<RuleFlag>>();
  const flag = (match: PatternMatch, what: RuleFlag): void => {
    const type = match.pattern.group.type;
    if (type === null || isTag(type)) return;
    let set = flags.get(type);
    if (!set) {
      set = new Set();
      flags.set(type, set);
    }
    set.add(what);
  };
  const classifier = CLASSIFIERS[blockId];
  const tokens = withBorrowed(tokenize(typeof text === 'string' ? text : ''));
  const negated = negatedWords(tokens);
  const superseded = supersededWords(tokens);
  const planned = plannedWords(tokens);
  // A word in quotes said to be only a name ("«Подпиской» мы зовём рассылку") is dropped as a plan is: it names no type.
  const namedOnly = wordsNamedInQuotes(typeof text === 'string' ? text : '', tokens);
  for (let i = 0; i < planned.length; i++) if (planned[i] || namedOnly[i]) superseded[i] = true;
  const clauses = readClauses(tokens, negated);
  const namesAccess = (match: PatternMatch): boolean =>
    match.tokens.some((index) => ACCESS_WORDS.some((stem) => (tokens[index] as Token).norm.startsWith(stem)));
  const readingOf = (match: PatternMatch): ClauseReading | undefined => clauses[match.tokens[0] ?? 0];
  const found0 = findMatches(classifier.lexicon, tokens, classifier.wordSpecs);
  const sentenceNumberOf = (match: PatternMatch): number => (tokens[match.tokens[0] ?? 0] as Token).sentence;
  // "Студия работает по франшизе, роялти 6% отдаём франчайзеру": a type paid out in a sentence is the same
  // money wherever else that sentence names it, unless a clause there earns.
  const paidOut = new Set(
    blockId === 'revenue_streams'
      ? [
          ...found0.filter((match) => readingOf(match)?.paysOut === true).map((match) => `${sentenceNumberOf(match)}:${match.pattern.group.type}`),
          // "снимаем офис в центре, аренда 60 тыс в месяц": the rent of premises we take is the same money.
          ...tokens.flatMap((token, i) => (clauses[i]?.rentsPremises === true ? [`${token.sentence}:rent_lease`] : [])),
        ]
      : [],
  );
  // Money we pay is no revenue of ours; teaching our own staff is no customer training.
  const ownRole = (match: PatternMatch): boolean => {
    const reading = readingOf(match);
    if (blockId === 'revenue_streams') {
      const type = match.pattern.group.type;
      if (type === 'asset_sale' && (reading?.customerBuysElsewhere === true || reading?.customerMaterials === true)) return false;
      if (type === 'asset_sale' && match.tokens.length === 1 && saleOfOurs(tokens, match.tokens[0] ?? 0)) return true;
      if (type === 'asset_sale' && match.tokens.length === 1 && saleNotOurs(tokens, match.tokens[0] ?? 0)) return false;
      if (type === 'asset_sale' && match.tokens.length === 1 && consignment(tokens)) return false;
      if (type === 'asset_sale' && match.tokens.length === 1 && baseOfShare(tokens, match.tokens[0] ?? 0, ROYALTY)) return false;
      if (type === 'rent_lease' && match.tokens.length === 1 && handedToUs(tokens, match.tokens[0] ?? 0)) return false;
      if (type === 'subscription' && reading?.incomeTotal === true && !namesAccess(match)) return false;
      if (type !== null && SHARE_BASED.has(type) && match.tokens.length === 1 && baseOfShare(tokens, match.tokens[0] ?? 0)) return false;
      if (reading?.incoming !== true && paidOut.has(`${sentenceNumberOf(match)}:${type}`)) return false;
      return reading?.outgoing !== true;
    }
    return reading === undefined || !notForCustomers(match, reading, tokens);
  };
  const shaped: PatternMatch[] =
    blockId === 'revenue_streams'
      ? [
          ...pricesPerServiceUnit(tokens).map(([first, last]) => {
            const span = Array.from({ length: last - first + 1 }, (_, k) => first + k);
            const clause = (tokens[first] as Token).clause;
            const near = tokens.slice(Math.max(0, first - 2), last + 1).filter((token) => token.clause === clause);
            return { pattern: near.some((token) => namesPaidPerson(token.norm)) ? PRICE_OF_PERSON : PRICE_PER_UNIT, tokens: span };
          }),
          ...workOnSupplied(tokens, clauses).map((index) => ({ pattern: WORK_ON_SUPPLIED, tokens: [index] })),
        ]
      : lessonsHowTo(tokens).flatMap(([shows, how, last]) => [
          { pattern: LESSON_HOW_TO, tokens: Array.from({ length: last - how + 1 }, (_, k) => how + k) },
          { pattern: SHOWN_IN_LESSON, tokens: [shows] },
        ]);
  const live = [...found0.map((match) => (soldAsIncome(match, readingOf(match)) ? { ...match, pattern: asIncome(match.pattern) } : match)), ...shaped].filter(
    (match) => {
      flag(match, match.pattern.id < 0 ? 'shape' : 'raw');
      if ((match.pattern.group.weight ?? 1) < 1) flag(match, 'weak');
      if (match.tokens.some((index) => superseded[index])) {
        flag(match, 'plan');
        return false;
      }
      if (!ownRole(match)) {
        flag(match, 'role');
        return false;
      }
      return true;
    },
  );
  const affirmed = (match: PatternMatch): boolean => match.pattern.group.negative === true || !match.tokens.some((index) => negated[index]);

  const tagMatches = live.filter((match) => isTag(match.pattern.group.type) && affirmed(match));
  const candidates = live.filter((match) => !isTag(match.pattern.group.type));
  const part = partsOf(tokens);
  const resolveOnce = (from: readonly PatternMatch[], held?: ReadonlySet<PatternMatch>): { kept: PatternMatch[]; keeps: (match: PatternMatch) => boolean } => {
    const claimed = claimWords(from, held).filter((match) => {
      if (affirmed(match)) return true;
      flag(match, 'negated');
      return false;
    });
    // A type suppresses another only by evidence that the other does not suppress in turn: "тарифицируем
    // посуточно" keeps both rather than neither.
    const firm = new Map<string, Set<string>>();
    const presentFor = (type: string): Set<string> => {
      let known = firm.get(type);
      if (!known) {
        known = found(scores(claimed.filter((other) => !(other.pattern.group.suppressedBy ?? []).includes(type as BusinessTypeId))));
        firm.set(type, known);
      }
      return known;
    };
    const kept = (match: PatternMatch): boolean => {
      const { suppressedBy = [], suppressedNearby } = match.pattern.group;
      const present = presentFor(match.pattern.group.type ?? '');
      if (!suppressedNearby) return !suppressedBy.some((type) => present.has(type));
      // A later part that only adds a price ("сдаём лодки, а оплата почасовая") still speaks of the earlier one.
      const here = part[match.tokens[0] ?? 0] ?? 0;
      const nearby = claimed.filter((other) => (part[other.tokens[0] ?? 0] ?? 0) <= here);
      const local = found(scores(nearby));
      return !suppressedBy.some((type) => present.has(type) && local.has(type));
    };
    const survivors = claimed.filter((match) => {
      if (kept(match)) return true;
      flag(match, 'suppressed');
      return false;
    });
    return { kept: survivors, keeps: kept };
  };
  // A suppressed match holds no words that evidence read in any case needs: "ответы на частые вопросы" beside a
  // phone line yields to personal help, but "частые вопросы" inside it is still self-service. Matches the first
  // reading suppresses are set aside, with the conditional evidence of their own type inside them ("оплата за
  // каждый час" beside a rental takes "за каждый" with it), and the words are claimed again, what the first
  // reading kept going first.
  const resolve = (from: readonly PatternMatch[]): PatternMatch[] => {
    const first = resolveOnce(from);
    const dropped = from.filter((match) => (match.pattern.group.suppressedBy ?? []).length > 0 && !first.keeps(match));
    if (dropped.length === 0) return first.kept;
    const held = new Set(first.kept);
    const heldBack = (match: PatternMatch): boolean =>
      (match.pattern.group.suppressedBy ?? []).length > 0 &&
      dropped.some((other) => other.pattern.group.type === match.pattern.group.type && match.tokens.some((index) => other.tokens.includes(index)));
    return resolveOnce(
      from.filter((match) => held.has(match) || !heldBack(match)),
      held,
    ).kept;
  };
  let typeMatches = resolve(candidates.filter((match) => match.pattern.group.backoff !== true));
  let final = found(scores(typeMatches));
  if (final.size === 0 && candidates.some((match) => match.pattern.group.backoff === true)) {
    typeMatches = resolve(candidates);
    final = found(scores(typeMatches));
    for (const match of typeMatches) if (match.pattern.group.backoff === true) flag(match, 'backoff');
  }

  const types = classifier.typeIds.filter((type) => final.has(type));
  const evidence = types.map((type) => {
    const words: string[] = [];
    for (const match of [...typeMatches].sort((a, b) => (a.tokens[0] ?? 0) - (b.tokens[0] ?? 0))) {
      if (match.pattern.group.type !== type) continue;
      const phrase = wordsOf(text, tokens, match);
      if (!words.includes(phrase)) words.push(phrase);
    }
    // Customers among themselves, or a chat they share ("общий чат"): no support chat or channel of ours.
    const among = typeMatches.some(
      (match) =>
        match.pattern.group.type === type &&
        (clauses[match.tokens[0] ?? 0]?.membersInteract === true || match.tokens.some((index) => (tokens[index] as Token).norm.startsWith('общ'))),
    );
    const confidence = confidenceOf(type, final, typeMatches, tokens, clauses) * cueFactor(type, words, types.length, among);
    return { type, words, confidence: Math.round(confidence * 100) / 100 };
  });

  if (blockId !== 'revenue_streams') return { classification: { types, evidence, recurrence: null, pricing: null }, tokens, clauses, flags, tags: new Set() };
  const tags = found(scores(tagMatches)) as Set<Tag>;
  const classification = { types, evidence, recurrence: recurrenceOf(types, tags), pricing: pricingOf(tags) };
  return { classification, tokens, clauses, flags, tags };
}
