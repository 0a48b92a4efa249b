/**
 * Which words of an answer are negated ("мы не продаём рекламу", "рекламы не будет", "без комиссии")
 * and which are told as the past that was replaced ("раньше был менеджер, теперь бот").
 */
import type { Token } from './normalize.ts';

/** Negators and how many words after them they reach (within the clause). */
const FORWARD_SCOPE: Readonly<Record<string, number>> = {
  не: 4, нет: 3, нету: 3, ни: 2, без: 3, никаких: 3, никакой: 3, никакого: 3, никакие: 3, никакую: 3,
  вместо: 2, отказались: 4, отказался: 4, отказалась: 4, перестали: 4, перестал: 4, перестала: 4,
  прекратили: 4, убрали: 4, отменили: 4, закрыли: 3, свернули: 3, нельзя: 3, отсутствует: 3, отсутствуют: 3, бросили: 4,
  // Typed in English: "no community yet"; "don't" is read as "don" and "t", so its reach is one word longer.
  no: 2, not: 3, without: 2, never: 3, don: 5, doesn: 5, didn: 5, haven: 5, hasn: 5, isn: 4, aren: 4, wasn: 4, weren: 4,
};

/** Others' belief that an answer goes on to set right ("на самом деле"). */
const OTHERS_BELIEVE = new Set(['думают', 'думает', 'считают', 'считает', 'полагают', 'кажется', 'казалось', 'уверены', 'уверен']);

/** Verbs that end what was there, and the pronouns by which they point back to it. */
const ENDED = new Set([
  'закрыли', 'свернули', 'убрали', 'отменили', 'прекратили', 'забросили', 'удалили', 'распустили', 'отказались', 'отказаться', 'отказался',
  'бросили', 'бросил', 'бросила',
]);
const POINTING_PRONOUNS = new Set(['его', 'ее', 'её', 'их', 'него', 'нее', 'неё', 'них']);
/** Verbs of something tried or run once, which a verb of ending in the next clause closes. */
const TRIED = new Set([
  'пробовали', 'попробовали', 'пытались', 'запускали', 'делали', 'вели', 'держали',
  // Something that was there, or was sold, before it was ended: "чат был, закрыли", "мерч продавали, но бросили".
  'был', 'была', 'было', 'были', 'продавали', 'сдавали', 'брали',
]);

const ANSWER_NO = new Set(['нет', 'неа', 'нету', 'никак', 'no']);

/** Negators that also reach back to the words before them: "рекламы нет", "комиссию не берём". */
const BACKWARD = new Set([
  'не', 'нет', 'нету', 'отсутствует', 'отсутствуют', 'убрали', 'отменили', 'закрыли', 'свернули', 'прекратили', 'отказались',
]);
const BACKWARD_SCOPE = 3;
const BACKWARD_FILLERS = new Set([
  'у', 'нас', 'меня', 'них', 'пока', 'еще', 'ещё', 'тоже', 'вообще', 'совсем', 'как', 'такого', 'такой', 'такие', 'тут', 'здесь',
]);

/** Prepositions and possessives between the object and its denied verb do not use up the reach: "рекламу в нашей группе не продаём". */
const BACKWARD_FUNCTION_WORDS = new Set([
  'в', 'во', 'на', 'по', 'для', 'из', 'от', 'с', 'со', 'к', 'за', 'наш', 'наша', 'наше', 'наши', 'нашей', 'нашем', 'нашу', 'нашего', 'наших',
  'свой', 'своей', 'своем', 'свою', 'своих', 'своего', 'мы', 'я',
]);

/** After "не" these words make it a hedge or a comparison, not a denial: "не только", "не дорого". */
const NOT_A_DENIAL = [
  'только', 'просто', 'столько', 'всегда', 'обязательн', 'очень', 'слишк', 'дорог', 'дешев', 'больш', 'менее',
  'более', 'меньш', '=раз', 'сразу', 'знаю', 'знаем', 'уверен', 'помню', 'основн', 'главн', 'единствен', 'самы',
  'самая', 'самое', 'плох', 'высок', 'низк', 'сложн', 'совсем', 'каждый', 'важн', 'ограничен',
];

/** A finite verb after "и" starts a new predicate that the negation before it does not cover. */
const VERB_ENDING = /(?:ем|им|ют|ут|ят|ат|ет|ит|ешь|ишь|ть|ла|ли|ло|ся|сь)$/u;
const COORDINATORS = new Set(['и', 'или']);
/** A finite verb in the first or third person: "сдаём", "сдают", "берут". */
const FINITE_VERB = /(?:ем|им|ют|ут|ят|ат)$/u;
const FORWARD_STOP = new Set(['мы', 'я', 'а', 'но', 'зато', 'просто', 'только', 'лишь', 'всё', 'все']);

function isDenial(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || FORWARD_SCOPE[token.norm] === undefined) return false;
  if (token.norm !== 'не') return true;
  const next = tokens[index + 1];
  if (!next || next.clause !== token.clause) return true;
  // `=word` is the whole word: "не раз" hedges, "не размещаем" denies.
  return !NOT_A_DENIAL.some((word) => (word.startsWith('=') ? next.norm === word.slice(1) : next.norm.startsWith(word)));
}

/** Words with which "и" joins a new predicate rather than one more item of a list. */
const PREDICATE_WORDS = new Set(['есть', 'будет', 'будут', 'был', 'была', 'было', 'были', 'да']);

/** Whether the words before `and` (up to 2, same clause) are a bare item: no verb and no "есть". */
function bareListBefore(tokens: readonly Token[], and: number): boolean {
  const clause = (tokens[and] as Token).clause;
  let items = 0;
  for (let j = and - 1; j >= 0 && j >= and - 2; j--) {
    const token = tokens[j] as Token;
    if (token.clause !== clause) break;
    if (PREDICATE_WORDS.has(token.norm) || (token.norm.length >= 5 && /(?:ем|им|ют|ут|ят|ат|ет|ит)$/u.test(token.norm))) return false;
    items++;
  }
  return items > 0;
}

/** A clause of these words only ("но пока нет", "а вот нет") denies the clause before it. */
const BARE_NO_FILLERS = new Set(['но', 'а', 'пока', 'еще', 'ещё', 'уже', 'тоже', 'вот', 'ну', 'это', 'что']);

/** Whether a word other than a filler stands before the negator in its clause: "рекламы у нас нет". */
function deniesBefore(tokens: readonly Token[], index: number): boolean {
  const clause = (tokens[index] as Token).clause;
  for (let j = index - 1; j >= 0 && (tokens[j] as Token).clause === clause; j--) {
    const norm = (tokens[j] as Token).norm;
    // "нет сообщества и нет подписки": after "и" the "нет" starts an item of its own.
    if (!BACKWARD_FILLERS.has(norm)) return !COORDINATORS.has(norm) && norm !== 'а';
  }
  return false;
}

/** Marks every word that lies in the scope of a negation. */
export function negatedWords(tokens: readonly Token[]): boolean[] {
  const negated = new Array<boolean>(tokens.length).fill(false);
  // A bare "Нет." answers the sentence before it: "Реклама? Нет.", "подписки? нет, у нас просто продажи".
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const first = tokens[i - 1]?.sentence !== token.sentence;
    const alone = first && tokens[i + 1]?.sentence !== token.sentence;
    const leading = first && tokens[i + 1]?.clause !== token.clause && tokens.filter((other) => other.sentence === token.sentence - 1).length <= 3;
    if (!(alone || leading) || !ANSWER_NO.has(token.norm)) continue;
    for (let j = i - 1; j >= 0 && (tokens[j] as Token).sentence === token.sentence - 1; j--) negated[j] = true;
  }
  // "хотим франшизу, но пока нет": a clause that is only a "нет" denies the clause before it.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!ANSWER_NO.has(token.norm)) continue;
    let start = i;
    while (start > 0 && (tokens[start - 1] as Token).clause === token.clause) start--;
    let end = i;
    while (end + 1 < tokens.length && (tokens[end + 1] as Token).clause === token.clause) end++;
    if (start === 0 || end > i) continue;
    let bare = true;
    for (let j = start; j < i; j++) if (!BARE_NO_FILLERS.has((tokens[j] as Token).norm)) bare = false;
    const previous = tokens[start - 1] as Token;
    if (!bare || previous.sentence !== token.sentence) continue;
    for (let j = start - 1; j >= 0 && (tokens[j] as Token).clause === previous.clause; j--) negated[j] = true;
  }
  // "рекламы не будет, подписки тоже": a short clause ending in "тоже" repeats the denial before it.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.norm !== 'тоже' || tokens[i + 1]?.clause === token.clause) continue;
    let start = i;
    while (start > 0 && (tokens[start - 1] as Token).clause === token.clause) start--;
    if (start === 0 || i - start > 3) continue;
    const previous = tokens[start - 1] as Token;
    let denied = false;
    for (let j = start - 1; j >= 0 && (tokens[j] as Token).clause === previous.clause; j--) if (isDenial(tokens, j)) denied = true;
    if (denied && previous.sentence === token.sentence) for (let j = start; j < i; j++) negated[j] = true;
  }
  // "сообществ у нас нет и менеджеров тоже": "и" with a word or two and "тоже" at the end of a denied clause adds to what is missing.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.norm !== 'тоже' || tokens[i + 1]?.clause === token.clause) continue;
    const and = [i - 1, i - 2, i - 3].find((j) => tokens[j]?.norm === 'и' && tokens[j]?.clause === token.clause);
    if (and === undefined) continue;
    let denied = false;
    for (let j = and - 1; j >= 0 && (tokens[j] as Token).clause === token.clause; j--) if (isDenial(tokens, j)) denied = true;
    if (denied) for (let j = and + 1; j < i; j++) negated[j] = true;
  }
  // "многие думают, что отвечает робот. На самом деле …": what others believe, then set right, is not so.
  const setsRight = (j: number): boolean => tokens[j]?.norm === 'на' && tokens[j + 1]?.norm === 'самом' && tokens[j + 2]?.norm === 'деле';
  const corrected = tokens.some((_, j) => setsRight(j));
  for (let i = 0; i < tokens.length && corrected; i++) {
    const token = tokens[i] as Token;
    if (!OTHERS_BELIEVE.has(token.norm)) continue;
    for (let j = i + 1; j < tokens.length && (tokens[j] as Token).sentence === token.sentence && !setsRight(j); j++) negated[j] = true;
  }
  // "поддерживали форум, однако его закрыли": a pronoun beside a verb of ending points back to what the clause before named.
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!ENDED.has(token.norm)) continue;
    const pointsBack = [i - 3, i - 2, i - 1, i + 1].some((j) => POINTING_PRONOUNS.has(tokens[j]?.norm ?? '') && tokens[j]?.clause === token.clause);
    let start = i;
    while (start > 0 && (tokens[start - 1] as Token).clause === token.clause) start--;
    const previous = tokens[start - 1];
    // "подписку пробовали, закрыли": tried in the clause before, then ended, with no pronoun.
    const triedBefore = previous !== undefined && tokens.some((other) => other.clause === previous.clause && TRIED.has(other.norm));
    if (!(pointsBack || triedBefore) || !previous || previous.sentence !== token.sentence) continue;
    for (let j = start - 1; j >= 0 && (tokens[j] as Token).clause === previous.clause; j--) negated[j] = true;
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!isDenial(tokens, i)) continue;
    const negator = tokens[i] as Token;
    // "абонементов у нас нет просто бот напоминает": a "нет" that follows what is missing does not reach on.
    const after = (negator.norm === 'нет' || negator.norm === 'нету') && deniesBefore(tokens, i);
    // "магазин а не сетевой маркетинг продавцы помогают": "а не" sets off a short noun phrase.
    const contrast = negator.norm === 'не' && tokens[i - 1]?.norm === 'а' && tokens[i - 1]?.clause === negator.clause;
    const reach = after ? 0 : contrast ? 2 : (FORWARD_SCOPE[negator.norm] ?? 0);
    for (let j = i + 1; j <= i + reach && j < tokens.length; j++) {
      const token = tokens[j] as Token;
      if (token.clause !== negator.clause) break;
      const next = tokens[j + 1];
      if (COORDINATORS.has(token.norm) && next && next.norm.length >= 4 && VERB_ENDING.test(next.norm)) break;
      // Typed without commas, a new subject or a contrast starts what is affirmed: "комиссию не берём мы продаём торты".
      if (j > i + 1 && FORWARD_STOP.has(token.norm)) break;
      // "без капитана сдаём посуточно": "без" takes a noun, the verb after it is affirmed.
      if (negator.norm === 'без' && j > i + 1 && token.norm.length >= 4 && FINITE_VERB.test(token.norm)) break;
      negated[j] = true;
    }
    if (!BACKWARD.has(negator.norm)) continue;
    let reached = 0;
    for (let j = i - 1; j >= 0; j--) {
      const token = tokens[j] as Token;
      // "сообщества у нас пока нет": fillers do not use up the reach.
      if (!BACKWARD_FILLERS.has(token.norm) && !BACKWARD_FUNCTION_WORDS.has(token.norm) && ++reached > BACKWARD_SCOPE) break;
      // "чата или группы нет" and "патентов и лицензий нет" list what is missing; "подписка есть и
      // рекламы нет" and "продаём товары и рекламы нет" do not: there "и" joins a clause with its own verb.
      const barrier =
        (token.norm === 'и' && !bareListBefore(tokens, j)) || (token.norm === 'или' && negator.norm === 'не');
      if (token.clause !== negator.clause || barrier || FORWARD_SCOPE[token.norm] !== undefined) break;
      negated[j] = true;
    }
  }
  return negated;
}

const PAST_MARKERS = new Set(['раньше', 'ранее', 'прежде', 'изначально']);
const PAST_VERBS = new Set([
  'был', 'была', 'было', 'были', 'делали', 'продавали', 'брали', 'работали', 'сначала', 'поначалу', 'пробовали', 'пытались',
  // "We used to run ads, now readers pay".
  'used',
]);
const PRESENT_MARKERS = new Set(['теперь', 'сейчас', 'ныне', 'отныне', 'нынче', 'now', 'switched', 'перешли']);

function isPastMarker(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (PAST_MARKERS.has(token.norm)) return true;
  const next = tokens[index + 1];
  // "когда-то", "в прошлом", "до этого"
  if (token.norm === 'когда' && next?.norm === 'то' && next.hyphenated) return true;
  if (token.norm === 'в' && next?.norm === 'прошлом') return true;
  return token.norm === 'до' && next?.norm === 'этого';
}

/**
 * Marks the words describing a past that was replaced. "Раньше … теперь …" drops everything from the
 * clause of the past marker up to "теперь"; a past tense verb ("был менеджер, теперь бот") does the same
 * when a present marker follows; a lone "раньше" drops its own clause.
 */
export function supersededWords(tokens: readonly Token[]): boolean[] {
  const dropped = new Array<boolean>(tokens.length).fill(false);
  const clauseStart = (index: number): number => {
    let start = index;
    const clause = (tokens[index] as Token).clause;
    while (start > 0 && (tokens[start - 1] as Token).clause === clause) start--;
    return start;
  };
  let handledUpTo = 0;
  for (let p = 0; p < tokens.length; p++) {
    const present = tokens[p] as Token;
    if (!PRESENT_MARKERS.has(present.norm)) continue;
    let from = -1;
    for (let q = handledUpTo; q < p; q++) {
      const token = tokens[q] as Token;
      if (token.sentence < present.sentence - 1) continue;
      if (isPastMarker(tokens, q) || PAST_VERBS.has(token.norm)) {
        from = isPastMarker(tokens, q) ? q : clauseStart(q);
        break;
      }
    }
    if (from >= 0) for (let j = from; j < p; j++) dropped[j] = true;
    handledUpTo = p + 1;
  }
  // "колл-центр раньше был": the marker drops its whole clause, the words before it as well.
  for (let q = 0; q < tokens.length; q++) {
    if (dropped[q] || !isPastMarker(tokens, q)) continue;
    const clause = (tokens[q] as Token).clause;
    for (let j = clauseStart(q); j < tokens.length && (tokens[j] as Token).clause === clause; j++) dropped[j] = true;
  }
  return dropped;
}

/** Intentions: what the answer plans or wishes, as opposed to what is done now. */
const PLAN_WORDS = new Set([
  'планируем', 'планирую', 'планируется', 'планируются', 'хотим', 'хочу', 'хотелось', 'мечтаем', 'мечтаю', 'идея',
  // A wish not yet carried out: "хотела сделать онлайн-запись, но пока руки не дошли".
  'хотела', 'хотели', 'хотел',
  // The future tense plans as firmly: "пока только продаём, с весны запустим подписку".
  'будем', 'запустим', 'добавим', 'откроем', 'введем', 'начнем',
  // What is still to come: "приложение появится к зиме".
  'появится', 'появятся', 'заработает', 'откроется', 'запустится',
]);
/**
 * Hedges that are never a fact, wherever they stand: "возможно, будем сдавать", "рассматривается возможность чат-бота",
 * "модель пока не определена: рассматриваются варианты комиссии".
 */
const DOUBT_WORDS = new Set([
  'возможно', 'рассматриваем', 'рассматривается', 'рассматриваются', 'рассмотрим', 'рассмотрена', 'рассмотрено',
  'прорабатываем', 'прорабатывается', 'дальнейшем', 'maybe', 'eventually', 'someday',
]);
/**
 * Choices not made yet ("ещё не решили, брать ли за вход", "не определились с моделью", "то ли продавать, то ли сдавать")
 * and a project still an idea ("проект на стадии идеи"): nothing told after them in the sentence holds now.
 */
const UNDECIDED = new Set(['решили', 'решил', 'решила', 'решено', 'определились', 'определился', 'определилась', 'определена', 'определено']);
function isUndecided(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1]?.norm ?? '';
  if (token.norm === 'то' && next === 'ли') return true;
  return (token.norm === 'не' && UNDECIDED.has(next)) || (token.norm === 'стадии' && (next === 'идеи' || next.startsWith('разработк')));
}

/** Hedges that plan only before an infinitive or "о/над": "думаем брать комиссию", not "собираемся на выезды". */
const HEDGE_WORDS = new Set(['думаем', 'думаю', 'подумываем', 'собираемся', 'собираюсь', 'рассматриваем', 'задумываемся', 'thinking']);
const INFINITIVE = /(?:ть|ти|чь|ться|тись)$/u;
const ABOUT = new Set(['о', 'об', 'обо', 'над', 'про', 'насчет', 'about', 'of']);
/** Markers of what holds now: "пока", "сейчас", "на данный момент". */
const NOW_WORDS = new Set(['пока', 'сейчас', 'теперь', 'сегодня', 'текущий', 'текущем', 'данный', 'настоящее']);

/** A verb of the present, ours or the customers': "продаём", "сдаём", "покупают", "платят" (not "будем", nor "объём"). */
const PRESENT_VERB = /(?:ем|ют|ят)$/u;
const NOT_PRESENT = new Set(['объем', 'прием', 'подъем', 'наем', 'заем', 'проем', 'валют']);
function isPresentVerb(word: string): boolean {
  return word.length >= 5 && PRESENT_VERB.test(word) && !NOT_PRESENT.has(word) && !PLAN_WORDS.has(word) && !HEDGE_WORDS.has(word) && !DOUBT_WORDS.has(word);
}

/** How many words the plan marker at `index` takes ("в следующем году": 3), or 0 where there is none. */
function planMarkerLength(tokens: readonly Token[], index: number): number {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  // "в следующем году", "со следующего сезона": a period still to come ("на следующем занятии" is a step of the service).
  if (['в', 'во', 'с', 'со'].includes(token.norm) && next?.norm.startsWith('следующ')) {
    return PERIODS.some((period) => tokens[index + 2]?.norm.startsWith(period) === true) ? 3 : 0;
  }
  return isPlanMarker(tokens, index) ? 1 : 0;
}
/** "может" opening its clause before a word that is no verb: "может рекламу", "может, подписку". */
function isMaybe(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  const opensClause = tokens[index - 1]?.clause !== token.clause;
  return token.norm === 'может' && opensClause && next !== undefined && !INFINITIVE.test(next.norm) && !/(?:ся|сь)$/u.test(next.norm);
}
/**
 * Markers that are never a fact, whatever else the answer says: "думаем", "возможно", "может быть", "может рекламу", "в
 * разработке". A firm plan ("планируем") drops only when the answer also says what holds now.
 */
function isHedge(tokens: readonly Token[], index: number): boolean {
  const { norm } = tokens[index] as Token;
  const next = tokens[index + 1]?.norm;
  if (HEDGE_WORDS.has(norm) || DOUBT_WORDS.has(norm)) return true;
  if (norm === 'может') return next === 'быть' || isMaybe(tokens, index);
  return norm === 'в' && next === 'разработке';
}
const PURPOSE = new Set(['чтобы', 'чтоб']);
const ENGLISH_INTENT = new Set(['plan', 'plans', 'planning', 'intend', 'intends', 'hope', 'hoping', 'aim', 'aiming']);
const PERIODS = ['год', 'месяц', 'сезон', 'квартал', 'полугоди'];

function isPlanMarker(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  if (PLAN_WORDS.has(token.norm) || DOUBT_WORDS.has(token.norm)) return true;
  if (HEDGE_WORDS.has(token.norm)) {
    if (!next || next.clause !== token.clause) return token.norm.startsWith('дума');
    if (ABOUT.has(next.norm)) return true;
    // "думаем в следующем году запустить клуб": the infinitive may follow a word or three of time or place.
    return tokens.slice(index + 1, index + 5).some((word) => word.clause === token.clause && word.norm.length >= 4 && INFINITIVE.test(word.norm));
  }
  // "в будущем", "в планах", "в перспективе", "когда-нибудь"
  if (token.norm === 'в' && next && ['будущем', 'планах', 'перспективе', 'разработке'].includes(next.norm)) return true;
  // "We plan to launch a community next quarter": an English intention, read as "планируем".
  if (ENGLISH_INTENT.has(token.norm) && next?.norm === 'to') return true;
  // "может быть, …", "может" set off by commas ("когда-нибудь, может, будет реклама"), and "может" opening its clause before
  // anything but a verb ("монетизацию потом придумаем. может рекламу"): a maybe. With a subject ("любой может бесплатно
  // выйти") or before an infinitive ("может оплатить") it says what one can do.
  if (token.norm === 'может' && (next?.norm === 'быть' || next?.clause !== token.clause)) return true;
  if (isMaybe(tokens, index)) return true;
  return token.norm === 'когда' && next?.norm === 'нибудь' && next.hyphenated;
}

/**
 * Marks the words of a plan that the answer sets against what holds now ("думаем брать комиссию, но пока
 * всё бесплатно", "продаём сувениры, в будущем хотим подписку"): the plan is not a present type. A hedge
 * ("думаем", "подумываем") is never a fact; a firm plan ("планируем", "хотим") drops only when the answer
 * also says what holds now, since otherwise the plan is the model being described. The scope is the
 * clause of the marker, back to its start or to an "и" that joins another predicate.
 */
export function plannedWords(tokens: readonly Token[]): boolean[] {
  const dropped = new Array<boolean>(tokens.length).fill(false);
  const markers: number[] = [];
  const lengths = new Map<number, number>();
  for (let i = 0; i < tokens.length; i++) {
    const length = planMarkerLength(tokens, i);
    if (length > 0) {
      markers.push(i);
      lengths.set(i, length);
    }
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!isUndecided(tokens, i)) continue;
    const sentence = (tokens[i] as Token).sentence;
    for (let j = i; j < tokens.length && (tokens[j] as Token).sentence === sentence; j++) dropped[j] = true;
  }
  if (markers.length === 0) return dropped;
  for (const m of markers) {
    const marker = tokens[m] as Token;
    const hedge = isHedge(tokens, m);
    // A plan told after what is done ("продаём обеды. В перспективе планируем абонементы", "продаём рассаду,
    // со следующего сезона будем сдавать теплицы") is set against the present as surely as one with "пока".
    const later =
      (m > 0 && (tokens[0] as Token).sentence < marker.sentence) ||
      tokens.some((token) => token.sentence === marker.sentence && token.clause < marker.clause && isPresentVerb(token.norm));
    const now = later || tokens.some((token, i) => NOW_WORDS.has(token.norm) && (token.clause !== marker.clause || i < m));
    if (!hedge && !now) continue;
    // "Может быть, будем брать процент", "Идея — брать комиссию", "в следующем году — подписка": a marker alone
    // in its clause plans the next.
    let end = m;
    while (end + 1 < tokens.length && (tokens[end + 1] as Token).clause === marker.clause) end++;
    const alone = end - m <= (lengths.get(m) ?? 1) && tokens[end + 1]?.sentence === marker.sentence;
    let last = alone ? (tokens[end + 1] as Token).clause : marker.clause;
    // "хотела сделать запись, чтоб сами выбирали время": the purpose of a plan is planned with it.
    for (let next = tokens.findIndex((token) => token.clause > last); next >= 0 && PURPOSE.has((tokens[next] as Token).norm); ) {
      last = (tokens[next] as Token).clause;
      next = tokens.findIndex((token) => token.clause > last);
    }
    for (let j = m; j < tokens.length && (tokens[j] as Token).clause <= last; j++) dropped[j] = true;
    // "а клуб с взносами — это только в планах": "это" points the plan back over the clause before it.
    let first = marker.clause;
    for (let j = m - 1; j >= 0 && (tokens[j] as Token).clause === marker.clause; j--) if ((tokens[j] as Token).norm === 'это') first = marker.clause - 1;
    if (tokens[m - 1]?.norm === 'это' || (tokens[m - 2]?.norm === 'это' && tokens[m - 1]?.clause === marker.clause)) first = marker.clause - 1;
    for (let j = m - 1; j >= 0; j--) {
      const token = tokens[j] as Token;
      // "это пока в планах", "кабинет пока в разработке": a "пока" beside the marker is part of it.
      const nowWord = NOW_WORDS.has(token.norm) && !(first < marker.clause && token.clause === marker.clause) && !(j === m - 1 && token.norm === 'пока');
      if (token.clause < first || token.norm === 'и' || nowWord) break;
      dropped[j] = true;
    }
  }
  return dropped;
}
