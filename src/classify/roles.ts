/**
 * Reads who does what to whom in each clause of an answer: whether money leaves us (we pay, it is a
 * cost, a partner keeps part of our sales), whether the clause finds customers rather than serves them,
 * whether it speaks of our own staff, and whether it is told in the future. The type rules use these
 * readings instead of one exception per phrase.
 */
import type { Token } from './normalize.ts';

export interface ClauseReading {
  /** Money in this clause goes from us to someone else: "платим …", "отчисляем …", "это наш расход". */
  readonly outgoing: boolean;
  /** The clause finds customers ("клиентов ищем звонками"): a channel, not a relationship. */
  readonly acquisition: boolean;
  /** The clause is about our own people ("учим новых сотрудников"), with no customer in it. */
  readonly ownStaff: boolean;
  /** Money in this clause comes to us, or we sell, let or charge: "продаём цветы", "нам платят". */
  readonly incoming: boolean;
  /** A customer gets the goods elsewhere: "материалы заказчик закупает сам". */
  readonly customerBuysElsewhere: boolean;
  /** A total of income over a period: "с рекламы набегает 200 тыс в месяц", "выручка 2 млн в месяц". */
  readonly incomeTotal: boolean;
  /** A person of ours acts and no system is named: "администратор обзванивает и напоминает". */
  readonly personActs: boolean;
  /** A perk rather than free use: "каждый шестой кофе бесплатно", "бесплатно заморозить абонемент". */
  readonly perk: boolean;
  /** Support is given in the clause ("чат поддержки", "отвечают специалисты"): a chat there is no community. */
  readonly support: boolean;
  /** Customers act among themselves: "общаются между собой", "помогают друг другу". */
  readonly membersInteract: boolean;
  /** Told as the future or a plan ("будем", "планируется", "запустим"). */
  readonly future: boolean;
}

/** First person plural verbs of paying out: the subject is us, the money leaves. */
const WE_PAY = [
  'платим', 'оплачиваем', 'доплачиваем', 'отчисляем', 'выплачиваем', 'перечисляем', 'тратим', 'потратим', 'тратимся',
  'закупаем', 'арендуем', 'покупаем', 'заплатили', 'оплатили', 'платили', 'отстегиваем',
];
/** "отдаём 5% выручки правообладателю" pays; "отдаём в аренду" lets. */
const LETTING = ['аренд', 'прокат', 'напрокат', 'пользовани'];
/** We are the side that holds a licence from someone else: "мы франчайзи", "как лицензиат". */
const LICENSEE = ['франчайзи', 'лицензиат'];
/** Nouns that name a cost. */
const COST_NOUNS = ['расход', 'издержк', 'затрат', 'зарплат', 'себестоимост'];
/** "обходится нам", "стоит нам": a cost told with us as the one who bears it. */
const COSTS_US = ['обходит', 'обойдет', 'стоит', 'стоят', 'съедает', 'съедают'];
/** A partner that keeps part of our money: "забирает себе 20%", "удерживает с нас комиссию". */
const KEEPS = ['забирает', 'забирают', 'оставляет', 'оставляют', 'удерживает', 'удерживают', 'берет', 'берут', 'списывает'];
/** Money that comes to us in the same clause makes the reading uncertain, so it is not a cost. */
const INCOMING = ['нам', 'получаем', 'зарабатываем', 'заработок', 'доход', 'выручк', 'прибыл'];
/** Our own selling, letting or charging in the clause: "закупаем вещи и перепродаём" still sells. */
const WE_EARN = ['продаем', 'перепродаем', 'сдаем', 'берем', 'платят', 'получаем', 'зарабатываем'];
const FIND = ['ищем', 'находим', 'привлекаем', 'обзваниваем', 'прозваниваем'];
const CUSTOMERS = ['клиент', 'покупател', 'заказчик', 'гост', 'пользовател', 'посетител', 'покупательниц', 'ученик', 'родител'];
const STAFF = ['сотрудник', 'персонал', 'продавц', 'кассир', 'официант', 'бариста', 'стажер', 'новичк', 'работник', 'менеджеров'];
const OWN = ['свой', 'своих', 'своим', 'свои', 'наш', 'наших', 'нашим', 'наши', 'новых', 'новым', 'новичков'];
const OWN_STAFF = ['сотрудник', 'персонал', 'работник', 'стажер'];
const SELF = ['сам', 'сами', 'сама', 'самостоятельно'];
const BUYS = ['закупа', 'покупа', 'приобрета', 'привозит', 'приносит', 'приносят'];
const TOTAL = ['набега', 'выходит', 'получается', 'выручк', 'оборот', 'доход', 'зарабатыва', 'приносит', 'приносят'];
const AMOUNT = ['#num', '#amount', 'тыс', 'тысяч', 'млн', 'миллион'];
const PERSONS = [
  'администратор', 'менеджер', 'сотрудник', 'оператор', 'консультант', 'продавц', 'продавец', 'куратор', 'врач', 'тренер',
  'секретар', 'ресепшн', 'диспетчер', 'мастер',
];
const SYSTEMS = [
  'бот', 'систем', 'приложени', 'сервис', 'программ', 'автомат', 'робот', 'алгоритм', 'нейросет', 'crm', 'црм', 'сайт',
  'смс', 'пуш', 'рассылк', 'автоответ',
];
const PERKS = ['лояльност', 'бонус', 'заморо', 'пауз', 'подарок', 'подарк', 'кешбек', 'кэшбэк', 'накопител'];
const ORDINAL = /^(?:#num|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)/u;
const SUPPORT = ['поддержк', 'техподдержк', 'саппорт'];
const ANSWERS = ['отвечают', 'отвечает', 'отвечаем', 'ответит', 'ответят'];
const AMONG = ['между', 'друг', 'общаются', 'делятся', 'обсужда', 'обменива', 'советуют', 'знакомят', 'перезнаком'];
const FUTURE = ['будем', 'будут', 'планируется', 'запустим', 'добавим', 'откроем', 'введем', 'начнем', 'появится', 'появятся'];

const starts = (word: string, stems: readonly string[]): boolean => stems.some((stem) => word.startsWith(stem));

function readClause(words: readonly Token[]): ClauseReading {
  const norms = words.map((token) => token.norm);
  const has = (stems: readonly string[]): boolean => norms.some((word) => starts(word, stems));
  const hasWord = (list: readonly string[]): boolean => norms.some((word) => list.includes(word));
  const costsUs = norms.some((word, i) => starts(word, COSTS_US) && norms.slice(i + 1, i + 3).includes('нам'));
  const keeps = norms.some((word, i) => KEEPS.includes(word) && (norms.includes('себе') || (norms[i + 1] === 'с' && norms[i + 2] === 'нас')));
  const incoming = !costsUs && (has(INCOMING) || hasWord(WE_EARN) || (norms.includes('себе') && !keeps));
  const givesAway = norms.includes('отдаем') && !has(LETTING);
  const licensee = norms.some((word, i) => LICENSEE.includes(word) && ['мы', 'как'].includes(norms[i - 1] ?? ''));
  const outgoing = costsUs || keeps || licensee || (!incoming && (hasWord(WE_PAY) || givesAway || has(COST_NOUNS)));
  return {
    outgoing,
    incoming: incoming && !outgoing,
    acquisition: hasWord(FIND) && has(CUSTOMERS),
    ownStaff: has(STAFF) && (hasWord(OWN) || has(OWN_STAFF)) && !has(CUSTOMERS) && !norms.includes('для'),
    customerBuysElsewhere: has(CUSTOMERS) && hasWord(SELF) && has(BUYS),
    incomeTotal: has(TOTAL) && norms.some((word) => AMOUNT.includes(word)),
    future: hasWord(FUTURE),
    personActs: has(PERSONS) && !has(SYSTEMS),
    perk: has(PERKS) || norms.some((word, i) => word.startsWith('кажд') && ORDINAL.test(norms[i + 1] ?? '')),
    support: has(SUPPORT) || (hasWord(ANSWERS) && (has(PERSONS) || has(['специалист', 'мастер', 'эксперт']))),
    membersInteract: has(AMONG),
  };
}

const CONTRAST = new Set(['а', 'но', 'зато', 'однако']);
const POINTING_BACK = new Set(['это', 'что', 'всё', 'все']);

const SALE = ['прода', 'реализ', 'перепрода'];
/** Whose goods: "туры других операторов", "чужие вещи". */
const OTHERS = ['других', 'чужих', 'чужие', 'чужой', 'сторонн', 'партнерск'];
const HELPED = ['помог', 'помога'];
const SHARE = ['процент', 'комисси', 'доля', 'долю'];
const BASE_PREPOSITIONS = new Set(['с', 'со', 'от']);
const BASE_FILLERS = new Set(['каждой', 'каждого', 'всех', 'всей', 'общей', 'их']);

/**
 * Whether the sale word at `index` is not our sale of goods: the goods are someone else's ("продаём
 * туры других операторов"), we helped to sell ("квартира, которую мы помогли продать"), or the sale is
 * the base of a share ("15% с каждой продажи").
 */
export function saleNotOurs(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !starts(token.norm, SALE)) return false;
  const clause = tokens.filter((other) => other.clause === token.clause).map((other) => other.norm);
  const after = tokens.slice(index + 1, index + 4).filter((other) => other.clause === token.clause);
  if (after.some((other) => starts(other.norm, OTHERS))) return true;
  if (tokens.slice(Math.max(0, index - 2), index).some((other) => other.clause === token.clause && starts(other.norm, HELPED))) {
    return true;
  }
  let back = index - 1;
  while (back >= 0 && BASE_FILLERS.has((tokens[back] as Token).norm)) back--;
  const base = back >= 0 && BASE_PREPOSITIONS.has((tokens[back] as Token).norm);
  return base && clause.some((word) => starts(word, SHARE));
}

/** A finite verb after "и" starts a predicate of its own: "арендуем кухню и готовим еду на доставку". */
const VERB_ENDING = /(?:ем|им|ют|ут|ят|ат|ет|ит)$/u;

/** Splits the answer into clauses, and a clause further at "и" before a verb of its own. */
function splitClauses(tokens: readonly Token[]): number[][] {
  const spans: number[][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const previous = tokens[i - 1];
    const next = tokens[i + 1];
    const newPredicate = token.norm === 'и' && next !== undefined && next.clause === token.clause && next.norm.length >= 4 && VERB_ENDING.test(next.norm);
    if (!previous || previous.clause !== token.clause || newPredicate) spans.push([]);
    spans[spans.length - 1]?.push(i);
  }
  return spans;
}

/** The reading of the clause each token belongs to, one per token. */
export function readClauses(tokens: readonly Token[]): ClauseReading[] {
  const spans = splitClauses(tokens);
  const readings = spans.map((span) => readClause(span.map((i) => tokens[i] as Token)));
  // "Подписка на конструктор — это наш расход": a cost clause that points back covers its sentence so far.
  for (let c = 0; c < spans.length; c++) {
    const first = tokens[spans[c]?.[0] ?? -1];
    if (!first || !readings[c]?.outgoing || !POINTING_BACK.has(first.norm)) continue;
    for (let back = c - 1; back >= 0; back--) {
      const earlier = tokens[spans[back]?.[0] ?? -1];
      if (!earlier || earlier.sentence !== first.sentence) break;
      readings[back] = { ...(readings[back] as ClauseReading), outgoing: true, incoming: false };
      if (CONTRAST.has(earlier.norm)) break;
    }
  }
  // "Чат, где клиенты помогают друг другу": customers among themselves anywhere in the sentence.
  const among = new Set<number>();
  spans.forEach((span, c) => {
    if (readings[c]?.membersInteract) among.add((tokens[span[0] ?? 0] as Token).sentence);
  });
  spans.forEach((span, c) => {
    const reading = readings[c] as ClauseReading;
    if (among.has((tokens[span[0] ?? 0] as Token).sentence)) readings[c] = { ...reading, membersInteract: true };
  });
  const byToken: ClauseReading[] = [];
  spans.forEach((span, c) => {
    for (const i of span) byToken[i] = readings[c] as ClauseReading;
  });
  return byToken;
}
