/**
 * Reads who does what to whom in each clause of an answer: whether money leaves us (we pay, it is a
 * cost, a partner keeps part of our sales), whether the clause finds customers rather than serves them,
 * whether it speaks of our own staff, and whether it is told in the future. The type rules use these
 * readings instead of one exception per phrase.
 *
 * Person and tense come from word lists and endings with our own stemmer rather than a morphological
 * analyser: the roles turn on a few dozen verbs ("платим", "отчисляем", "сдаём"), while a full analyser
 * (az, with its OpenCorpora dictionaries) parses about 4,000 words a second, some 200 answers, far below
 * the 5,000 answers a second the bot needs, and misreads the slang people type ("абик", "франчайзи").
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
  /**
   * A perk rather than free use: "каждый шестой кофе бесплатно", "бесплатно заморозить абонемент", a favour for
   * regulars ("постоянным клиентам бесплатно точим коньки"), a drink offered while one waits, a free workshop.
   */
  readonly perk: boolean;
  /** Support is given in the clause ("чат поддержки", "отвечают специалисты"): a chat there is no community. */
  readonly support: boolean;
  /** Customers act among themselves: "общаются между собой", "помогают друг другу". Holds for the whole sentence. */
  readonly membersInteract: boolean;
  /** Customers are said not to act among themselves ("люди там между собой не общаются"). Holds for the whole sentence. */
  readonly membersApart: boolean;
  /** "бесплатно, ну как бесплатно, входит в цену станка": what the price covers is not free. Holds for the whole sentence. */
  readonly includedInPrice: boolean;
  /**
   * Only our suppliers, contractors or staff are named, no customer ("с поставщиками и монтажниками общаемся в общем
   * чате"): a chat of theirs is no community of customers. Holds for the whole sentence.
   */
  readonly partnersOnly: boolean;
  /**
   * Customers act on each other in this very clause ("советуют друг другу", "общаются между собой"), or a
   * moderator of theirs acts ("модератор следит за порядком и отвечает на вопросы"): whoever helps there
   * is the community, not a person who serves.
   */
  readonly amongThemselves: boolean;
  /** Told as the future or a plan ("будем", "планируется", "запустим"). */
  readonly future: boolean;
  /** We teach or assess our own people: "обучаем своих кассиров", "инструкторов аттестуем сами". */
  readonly teachesStaff: boolean;
  /**
   * The customer supplies what we work on ("клиника присылает свои слепки и свой цирконий", "из материала
   * заказчика"): our work on it is a service, not a sale of goods. Holds for the whole sentence.
   */
  readonly customerMaterials: boolean;
  /**
   * A call to follow a channel of ours ("подписывайтесь на наш канал", "следите за акциями в нашей группе"):
   * a channel to reach customers, neither a paid membership nor a community.
   */
  readonly channel: boolean;
  /**
   * We post content of our own ("выкладываем свои работы", "снимаем видео о продукте") and no customer or
   * follower is named as its author: a channel, not co-creation.
   */
  readonly ownContent: boolean;
  /** A person of ours is named: "администратор", "менеджер", "мастер". */
  readonly namesPerson: boolean;
  /** A system, not a person, is named as the one who serves: "в поддержке только бот". */
  readonly systemServes: boolean;
  /** We hand money over in this clause ("платим", "отдаём франчайзеру"), not only name a cost. */
  readonly paysOut: boolean;
  /** We rent premises in this clause ("снимаем офис"): a rent named elsewhere in the sentence is ours to pay. */
  readonly rentsPremises: boolean;
  /** The clause names a cost or a payment of ours ("расходы —", "платим сервису"): bare items after it are costs too. */
  readonly namesCost: boolean;
  /**
   * Staff are named with no customer and no recipient of theirs ("тренинги для персонала"): whose staff is told
   * by the clause before, so after one about our own staff they are ours too.
   */
  readonly namesStaff: boolean;
  /**
   * The clause names what brings our money ("выручка — кальяны и чай", "зарабатываем на кофе и выпечке"), from
   * an income word on to the end of its sentence or a contrast: goods named there are sold.
   */
  readonly namesIncome: boolean;
}

/** First person plural verbs of paying out: the subject is us, the money leaves. */
const WE_PAY = [
  'платим', 'оплачиваем', 'доплачиваем', 'отчисляем', 'выплачиваем', 'перечисляем', 'тратим', 'потратим', 'тратимся',
  'закупаем', 'арендуем', 'покупаем', 'заплатили', 'оплатили', 'платили', 'отстегиваем', 'закупили', 'арендовали', 'потратили', 'вложили',
  // One owner speaking of herself: "сама плачу за подписку на сервис".
  'выплатили', 'перечислили', 'внесли', 'вносим',
  'плачу', 'оплачиваю', 'доплачиваю', 'отчисляю', 'выплачиваю', 'трачу', 'закупаю', 'арендую', 'покупаю', 'заплатила', 'заплатил',
  // "из этих денег покрываем аренду и зарплату": what our income pays for.
  'покрываем', 'покрываю',
];
/**
 * Paying verbs of the past tense, which do not say who paid: "заплатили за рекламу" is ours, "спонсор заплатил за лого"
 * and "клиент оплатил на сайте" are not.
 */
const PAST_PAY = new Set([
  'заплатили', 'оплатили', 'платили', 'закупили', 'арендовали', 'потратили', 'вложили', 'выплатили', 'перечислили', 'внесли', 'заплатила',
  'заплатил', 'оплатил', 'оплатила',
]);
/** Who pays us, named before a paying verb of the past tense. */
const PAYERS = ['спонсор', 'рекламодател', 'партнер', 'бренд', 'инвестор', 'компани', 'арендатор', 'франчайзи', 'жилец', 'жильц'];
/** "отдаём 5% выручки правообладателю" pays; "отдаём в аренду" lets. */
const LETTING = ['аренд', 'прокат', 'напрокат', 'пользовани'];
/** We are the side that holds a licence from someone else: "мы франчайзи", "как лицензиат", "мы франшиза кофейни". */
const LICENSEE = ['франчайзи', 'лицензиат', 'франшиза'];
/** Nouns that name a cost. */
const COST_NOUNS = ['расход^расходник', 'издержк', 'затрат', 'трат^тратят^тратит', 'зарплат', 'заработн', 'себестоимост', 'налог', 'коммуналк', 'коммунальн'];
/** Money that flows to something: "уходит на аренду", "выручка направляется на закупку сырья". */
const FLOWS = ['уходит', 'уходят', 'направляется', 'направляются', 'тратится', 'тратятся', 'расходуется'];
/** Our business told in the third person paying out: "клиника выплачивает агрегатору комиссию". */
const THEY_PAY = ['платит', 'оплачивает', 'выплачивает', 'перечисляет', 'отчисляет', 'доплачивает', 'тратит', 'закупает', 'арендует'];
/** Who we pay: "правообладателю", "франчайзеру", "банку за эквайринг", "вендору". */
const PAYEES = [
  'правообладател', 'франчайзер', 'агрегатор', 'банк^банкет', 'арендодател', 'лизингодател', 'поставщик', 'вендор', 'маркетплейс', 'подрядчик',
];
/**
 * Platforms that sell for us and keep a share: "маркетплейс забирает 25%", "30% с покупок забирает стор". Not "платформа" or
 * "площадка": told in the third person, that is as often our own ("платформа удерживает 12% с каждой брони").
 */
const PLATFORMS = [
  'маркетплейс', 'агрегатор', 'вайлдберриз', 'озон', 'авито', 'стор', 'банк^банкет', 'эквайр',
  // Booking sites that sell our rooms and tables: "букинг забирает 15%".
  'букинг', 'booking', 'airbnb', 'эирбиэнби', 'островок', 'суточно', 'яндекс', 'ozon', 'wildberries',
];
/** Sellers whose deals a platform takes its share of: then the platform is ours ("берёт 10% с продавцов"). */
const THEIR_DEALS = [
  'продавц', 'селлер', 'ресторан', 'фермер', 'исполнител', 'мастер', 'репетитор', 'автор', 'перевозчик', 'арендодател', 'владельц', 'сделк',
];
/** "обходится нам", "стоит нам": a cost told with us as the one who bears it. */
const COSTS_US = ['обходит', 'обойдет', 'стоит', 'стоят', 'съедает', 'съедают'];
/** "свои 30%", "свою долю" right after a keeping verb: the keeper's own share of our money. */
const THEIR_OWN_SHARE = new Set(['свои', 'свою', 'свой']);
/** A partner that keeps part of our money: "забирает себе 20%", "удерживает с нас комиссию". */
const KEEPS = ['забирает', 'забирают', 'оставляет', 'оставляют', 'удерживает', 'удерживают', 'берет', 'берут', 'списывает'];
/** Money that comes to us in the same clause makes the reading uncertain, so it is not a cost. */
const RENTS = new Set(['снимаем', 'снимаю', 'сняли', 'сняла', 'снял']);
const PREMISES = ['помещени', 'офис', 'цех', 'склад', 'квартир', 'площад', 'зал^залог', 'угол', 'студи', 'точк', 'павильон', 'ангар', 'подвал', 'комнат', 'дом'];

const INCOMING = ['нам', 'получаем', 'зарабатываем', 'заработок', 'доход', 'выручк', 'прибыл', 'перепрод'];
/** Our own selling, letting or charging in the clause: "закупаем вещи и перепродаём" still sells. */
const WE_EARN = [
  // Our business in the third person: "компания получает вознаграждение".
  'получает', 'зарабатывает',
  'продаем', 'перепродаем', 'сдаем', 'пересдаем', 'сдаю', 'пересдаю', 'берем', 'платят', 'получаем', 'зарабатываем', 'приносит', 'приносят', 'покупают', 'оплачивают',
  // "а живём с кофе и десертов": what we live on is what we earn from.
  'живем', 'живу',
];
/** Teaching or assessing people: with our own staff it is no relationship with customers. */
const TEACH = ['обуча', 'обуче', 'учим', 'учат', 'аттесту', 'инструктиру', 'тренируем', 'натаскива'];
/** A customer bringing their own things: "клиника присылает свои слепки", "гости привозят свою рыбу". */
const BRINGS = ['присылает', 'присылают', 'приносит', 'приносят', 'привозит', 'привозят', 'предоставляет', 'предоставляют', 'дает', 'дают'];
const THEIR_OWN = ['свои', 'свой', 'свое', 'своих', 'своим', 'свою', 'своя'];
/** Material supplied by the customer: "давальческое сырьё", "из материала заказчика". */
const SUPPLIED = ['давальческ'];
const FIND = ['ищем', 'находим', 'привлекаем', 'обзваниваем', 'прозваниваем'];
/** We make or post content ourselves. */
export const WE_POST: ReadonlySet<string> = new Set([
  'публикуем', 'выкладываем', 'снимаем', 'записываем', 'создаем', 'загружаем', 'пишем', 'рисуем', 'постим',
  // One owner speaking of herself: "выкладываю туда расписание".
  'публикую', 'выкладываю', 'снимаю', 'записываю', 'загружаю', 'пишу', 'рисую', 'пощу',
]);
/** Contact that seeks buyers rather than serves them: cold calls, a commercial offer ("КП"), a call list. */
const COLD = ['холодн', 'кп'];
const CUSTOMERS = ['клиент', 'покупател', 'заказчик', 'гост', 'пользовател', 'посетител', 'покупательниц', 'ученик', 'родител'];
// "Новички" are as often beginners among the customers ("новичков учим кататься"): they name staff only beside a staff noun.
const STAFF = ['сотрудник', 'персонал^персональн', 'продавц', 'кассир', 'официант', 'бариста', 'стажер', 'работник', 'менеджеров'];
const OWN = ['свой', 'своих', 'своим', 'свои', 'наш', 'наших', 'нашим', 'наши', 'новых', 'новым', 'новичков'];
const OWN_STAFF = ['сотрудник', 'персонал^персональн', 'работник', 'стажер', 'стажировк', 'новеньк'];
/** "своих клинеров", "наших мастеров": a possessive before people who are not customers names our own staff, whatever the trade. */
const OWN_PEOPLE = new Set(['своих', 'наших', 'своего', 'нашего', 'своими', 'нашими']);
/** The case endings of people after such a possessive: "своих курьеров", "нашего мастера" (not "своего лого"). */
const PEOPLE_FORM = /(?:ов|ев|ей|а|я|ами|ями)$/u;
/** Prepositions that make our people the ones who teach or serve: "у наших преподавателей", "с нашими тренерами". */
/** Verbs of holding a lesson or a briefing, said of the one who holds it. */
const HOLDS = new Set(['проводит', 'проводят', 'ведет', 'ведут', 'читает', 'читают', 'дает', 'дают']);
const BY_WHOM = new Set(['у', 'с', 'со', 'от', 'при', 'под']);
/** Imperatives that call to follow a channel: "подписывайтесь", "следите", "вступайте", "присоединяйтесь". */
const FOLLOW = /^(?:подпис|подпиш|след|вступ|заход|присоедин)\S*(?:тесь|итесь|ите|айте|яйте)$/u;
const CHANNELS = ['канал', 'паблик', 'групп^группов', 'страниц', 'инст', 'телег', 'вк', 'соцсет'];
const NEWS = ['новост', 'скидк', 'акци', 'анонс', 'розыгрыш', 'обновлен', 'афиш'];
const SELF = ['сам', 'сами', 'сама', 'самостоятельно'];
const BUYS = ['закупа', 'покупа', 'приобрета', 'привозит', 'приносит', 'приносят'];
const TOTAL = ['набега', 'выходит', 'получается', 'выручк', 'оборот', 'доход', 'зарабатыва', 'приносит', 'приносят'];
const AMOUNT = ['#num', '#amount', 'тыс', 'тысяч', 'млн', 'миллион'];
const PERSONS = [
  'админ', 'менеджер', 'сотрудник', 'оператор', 'консультант', 'продавц', 'продавец', 'куратор', 'врач', 'тренер',
  'секретар', 'ресепшн', 'диспетчер', 'мастер',
];
const SYSTEMS = [
  'бот', 'систем', 'приложени', 'сервис', 'программ', 'автомат', 'робот', 'алгоритм', 'нейросет', 'crm', 'црм', 'сайт',
  'смс', 'пуш', 'рассылк', 'автоответ',
];
/** A perk of buying or of a membership ("бонусная карта бесплатно"); a gift or a bonus may as well be a free first lesson. */
const PERKS = ['лояльност', 'заморо', 'пауз', 'кешбек', 'кэшбэк', 'накопител', 'бонусн', 'скидочн', 'дисконтн'];
/** What a place offers beside its service, free or not: "пока ждёт — бесплатный кофе", "бесплатно чай и печать". */
const AMENITIES = [
  'кофе', 'чай', 'чая', 'чаем', 'вода', 'воду', 'водой', 'печенье', 'печеньки', 'снеки', 'снэки', 'напитки', 'вайфай', 'wifi', 'парковка', 'парковку',
  // Small services for anyone passing by: "подкачка колёс бесплатно для всех".
  'подкачка', 'подкачку', 'заточка', 'заточку', 'зарядка', 'зарядку', 'подзарядка', 'подзарядку', 'упаковка', 'упаковку', 'туалет',
];
/** "входит в цену станка", "включено в стоимость": a price that covers it, so it is not free. */
const INCLUDED = ['входит', 'входят', 'включен', 'включён', 'заложен'];
const PRICE_WORDS = ['цен', 'стоимост', 'чек', 'прайс'];
/** An event that teaches, offered free: the free word names its price, not a free tier of the product. */
const FREE_EVENTS = ['мастеркласс', 'семинар', 'вебинар', 'лекци', 'воркшоп', 'экскурси'];
/** A trial of the product itself stays free use: "первое занятие бесплатно", "пробный урок". */
const TRIAL = ['перв', 'пробн', 'тестов', 'ознакомит'];
const ORDINAL = /^(?:#num|\d|втор|трет|четверт|пят|шест|седьм|восьм|девят|десят)/u;
const SUPPORT = ['поддержк', 'техподдержк', 'саппорт'];
const ANSWERS = ['отвечают', 'отвечает', 'отвечаем', 'ответит', 'ответят'];
const WE_ANSWER = new Set(['отвечаем', 'отвечаю', 'ответим', 'отвечу']);
const WE = new Set(['мы', 'я', 'сами', 'сама', 'сам']);
/** Those we work with who are not customers. */
const PARTNERS = ['поставщик', 'подрядчик', 'субподрядчик', 'монтажник', 'контрагент', 'дистрибьютор', 'производител'];
const AMONG = ['между', 'друг', 'общаются', 'делятся', 'обсужда', 'обменива', 'советуют', 'знакомят', 'перезнаком'];
const FUTURE = ['будем', 'будут', 'планируется', 'запустим', 'добавим', 'откроем', 'введем', 'начнем', 'появится', 'появятся'];

/** Whether a word starts with one of the stems; `stem^x` excludes words starting with `x`, as in the lexicons. */
const starts = (word: string, stems: readonly string[]): boolean =>
  stems.some((entry) => {
    const [stem = '', ...exclusions] = entry.split('^');
    return word.startsWith(stem) && !exclusions.some((exclusion) => word.startsWith(exclusion));
  });

/** A test of whether a word starts with one of `stems`, remembered per word: it runs on every word of every answer. */
function stemTest(stems: readonly string[]): (word: string) => boolean {
  const known = new Map<string, boolean>();
  return (word) => {
    let result = known.get(word);
    if (result === undefined) {
      result = starts(word, stems);
      if (known.size >= 50_000) known.clear();
      known.set(word, result);
    }
    return result;
  };
}

/** The word lists a clause is read by: `stems` match the start of a word, `words` the whole word. */
const LISTS = {
  wePay: { words: WE_PAY },
  costNouns: { stems: COST_NOUNS },
  costsUs: { stems: COSTS_US },
  keeps: { words: KEEPS },
  flows: { words: FLOWS },
  theyPay: { words: THEY_PAY },
  payees: { stems: PAYEES },
  platforms: { stems: PLATFORMS },
  theirDeals: { stems: THEIR_DEALS },
  incoming: { stems: INCOMING },
  weEarn: { words: WE_EARN },
  letting: { stems: LETTING },
  licensee: { words: LICENSEE },
  find: { words: FIND },
  wePost: { words: [...WE_POST] },
  audience: { stems: ['подписчик', 'участник', 'читател', 'зрител', 'слушател', 'автор', 'фанат', 'друз'] },
  cold: { stems: COLD },
  customers: { stems: CUSTOMERS },
  staff: { stems: STAFF },
  own: { words: OWN },
  ownStaff: { stems: OWN_STAFF },
  self: { words: SELF },
  buys: { stems: BUYS },
  total: { stems: TOTAL },
  income: { stems: ['выручк', 'доход', 'заработ', 'зарабатыва'] },
  amount: { words: AMOUNT },
  future: { words: FUTURE },
  persons: { stems: PERSONS },
  systems: { stems: SYSTEMS },
  perks: { stems: PERKS },
  grants: { words: ['дает', 'дают', 'включает', 'включают', 'входит', 'входят'] },
  membership: { stems: ['членств', 'абонемент', 'карт^картин', 'подписк', 'клуб^клубник'] },
  support: { stems: SUPPORT },
  answers: { words: ANSWERS },
  experts: { stems: ['специалист', 'мастер', 'эксперт'] },
  among: { stems: AMONG },
  partners: { stems: PARTNERS },
  moderator: { stems: ['модер'] },
  watches: { words: ['следит', 'следят', 'направляет', 'направляют'] },
  order: { stems: ['порядк', 'порядок', 'соблюдени', 'правил', 'бесед', 'дискусс'] },
  regular: { stems: ['постоянн', 'регулярн'] },
  amenities: { words: AMENITIES },
  free: { stems: ['бесплатн'] },
  freeEvents: { stems: FREE_EVENTS },
  trial: { stems: TRIAL },
  bots: { stems: ['бот', 'робот^робототехн^роботостро', 'автоответ', 'нейросет', 'алгоритм', 'чатбот'] },
  contact: { words: ['пишут', 'пишет', 'обращаются', 'обращается', 'звонят', 'звонит'] },
  teach: { stems: TEACH },
  brings: { words: BRINGS },
  theirOwn: { words: THEIR_OWN },
  supplied: { stems: SUPPLIED },
  material: { stems: ['материал', 'сырь', 'сырье'] },
  channels: { stems: CHANNELS },
  news: { stems: NEWS },
} satisfies Record<string, { stems?: readonly string[]; words?: readonly string[] }>;
type ListName = keyof typeof LISTS;
const LIST_NAMES = Object.keys(LISTS) as ListName[];
/** A list's bit: 30 lists to a number, so that more lists than one number holds still fit (in `Bits`). */
const PER_WORD = 30;
const BIT = Object.fromEntries(
  LIST_NAMES.map((name, i): [ListName, readonly [number, number]] => [name, [Math.floor(i / PER_WORD), 1 << i % PER_WORD]]),
) as Record<ListName, readonly [number, number]>;
type Bits = number[];
const WORDS_OF_BITS = Math.ceil(LIST_NAMES.length / PER_WORD);
const inBits = (bits: Bits, name: ListName): boolean => ((bits[BIT[name][0]] ?? 0) & BIT[name][1]) !== 0;

/** Which lists a word belongs to, as bits; remembered, since the same words recur across answers. */
const wordBits = new Map<string, Bits>();
function bitsOf(word: string): Bits {
  let bits = wordBits.get(word);
  if (bits !== undefined) return bits;
  bits = new Array<number>(WORDS_OF_BITS).fill(0);
  for (const name of LIST_NAMES) {
    const list: { stems?: readonly string[]; words?: readonly string[] } = LISTS[name];
    const [at, bit] = BIT[name];
    if ((list.stems && starts(word, list.stems)) || list.words?.includes(word)) bits[at] = (bits[at] ?? 0) | bit;
  }
  if (wordBits.size >= 50_000) wordBits.clear();
  wordBits.set(word, bits);
  return bits;
}

/**
 * A noun in the dative plural after the verb's object ("новым клиникам проводим обучение персонала"): the
 * people taught belong to that recipient, a customer, not to us.
 */
const RECIPIENT = /(?:ам|ям)$/u;
const NOT_RECIPIENTS = new Set(['нам', 'вам', 'сам', 'сами', 'самим', 'им', 'ним', 'своим', 'нашим', 'новым', 'всем', 'по']);

/** "холодные звонки", "отправляем КП", "коммерческое предложение", "звоним по базе": contact that seeks buyers. */
function coldContact(norms: readonly string[]): boolean {
  return norms.some((word, i) => {
    if (starts(word, COLD)) return word !== 'кп' || i > 0;
    const next = norms[i + 1] ?? '';
    if (word.startsWith('коммерческ')) return next.startsWith('предложени');
    // "по базе застройщиков", "по холодной базе", not "по базе знаний".
    return word === 'по' && next.startsWith('баз') && !(norms[i + 2] ?? '').startsWith('знани');
  });
}

/** "с нас", "у нас" at `i`: whom a keeper takes the money from ("забирает у нас 19%", "с нас берут роялти"). */
function fromUs(norms: readonly string[], i: number): boolean {
  return (norms[i] === 'с' || norms[i] === 'у') && norms[i + 1] === 'нас';
}

/** "друг другу", "друг с другом", "между собой": people acting on each other. */
function reciprocal(norms: readonly string[], i: number): boolean {
  const word = norms[i];
  if (word === 'между') return norms[i + 1] === 'собой';
  if (word !== 'друг') return false;
  const next = norms[i + 1] ?? '';
  return next.startsWith('друг') || (next.length <= 3 && (norms[i + 2] ?? '').startsWith('друг'));
}

function readClause(words: readonly Token[], denied: readonly boolean[] = []): ClauseReading {
  const norms = words.map((token) => token.norm);
  const all: Bits = new Array<number>(WORDS_OF_BITS).fill(0);
  for (const word of norms) {
    const bits = bitsOf(word);
    for (let k = 0; k < WORDS_OF_BITS; k++) all[k] = (all[k] ?? 0) | (bits[k] ?? 0);
  }
  const has = (name: ListName): boolean => inBits(all, name);
  const is = (word: string | undefined, name: ListName): boolean => word !== undefined && inBits(bitsOf(word), name);
  // "обходится нам в 50к", "аренда нам обходится в 50к".
  const costsUs =
    has('costsUs') && norms.some((word, i) => is(word, 'costsUs') && [...norms.slice(i + 1, i + 3), ...norms.slice(Math.max(0, i - 2), i)].includes('нам'));
  // "оставляет себе 5% от каждой сделки между ними": a share of a deal between others is our commission.
  // "платья, которые она себе забирает": a buyer taking goods away keeps no money of ours; a keeper takes a share or a sum.
  const namesMoney = has('amount') || norms.some((word) => word === '%' || starts(word, SHARE) || starts(word, MONEY_KEPT));
  const keeps =
    has('keeps') &&
    namesMoney &&
    !norms.includes('между') &&
    // "Стим забирает свои 30%": a keeper's own share is not ours.
    norms.some(
      (word, i) => is(word, 'keeps') && (norms.includes('себе') || fromUs(norms, i + 1) || fromUs(norms, i - 2) || THEIR_OWN_SHARE.has(norms[i + 1] ?? '')),
    ) &&
    // "20% мы оставляем себе": we are the keeper, so the share comes to us.
    !(norms.includes('мы') && norms.includes('себе'));
  // "40% от выручки" names the base of a share, not money that comes to us.
  // "перечисляем франчайзеру 4% выручки" too: a share of the income, paid out.
  const earns = norms.some(
    (word, i) => is(word, 'weEarn') || (is(word, 'incoming') && !SHARE_BASE.has(norms[i - 1] ?? '') && !starts(norms[i - 1] ?? '', SHARE)),
  );
  const incoming = !costsUs && (earns || (norms.includes('себе') && !keeps));
  // "отдаём в аренду" lets; "прокатчикам отдаём процент" pays whoever the letting word names.
  const givesAway = norms.some((word, i) => word === 'отдаем' && !norms.slice(i + 1).some((after) => is(after, 'letting')));
  // A past paying verb after its payer ("спонсор заплатил за лого") is the payer's, unless we are named.
  const wePay = norms.some(
    (word, i) =>
      is(word, 'wePay') &&
      !(PAST_PAY.has(word) && !norms.includes('мы') && !norms.includes('я') && norms.slice(0, i).some((before) => is(before, 'customers') || starts(before, PAYERS))),
  );
  // "ТЦ забирает процент с нашего оборота": a share of our own takings goes to someone else.
  const shareOfOurs = norms.some(
    (word, i) => (word === '%' || word === 'процент' || starts(word, SHARE)) && SHARE_BASE.has(norms[i + 1] ?? '') && starts(norms[i + 2] ?? '', OUR),
  );
  const licensee = has('licensee') && norms.some((word, i) => is(word, 'licensee') && ['мы', 'как'].includes(norms[i - 1] ?? ''));
  // "уходит на аренду", "направляется на закупку сырья": what our money is spent on.
  const flowsOut = has('flows') && norms.includes('на');
  // "компания перечисляет роялти правообладателю": our business in the third person pays someone we name as payee.
  const theyPayOut = has('theyPay') && has('payees') && !norms.includes('нам') && !norms.includes('мы');
  // "маркетплейс забирает 25% комиссии", "30% с покупок забирает стор": a platform not ours keeps a share of our sales.
  const platformKeeps =
    has('keeps') &&
    !has('theirDeals') &&
    !norms.includes('мы') &&
    norms.some((word, i) => is(word, 'platforms') && !starts(norms[i - 1] ?? '', OUR)) &&
    norms.some((word) => word === 'процент' || starts(word, SHARE));
  // "процент от первой заработной платы выпускника": a cost noun after "от"/"с" names the base of a share.
  // "связаны с расходами на аренду": without a share named, "с" is no base of one.
  const namesShare = norms.some((word) => word === 'процент' || starts(word, SHARE));
  const namesCostNoun = norms.some(
    (word, i) => is(word, 'costNouns') && !(namesShare && norms.slice(Math.max(0, i - 2), i).some((before) => SHARE_BASE.has(before))),
  );
  // "снимаем помещение под студию": premises we rent are a cost ("снимаем свадьбы" films).
  const rentsPremises = norms.some(
    (word, i) => RENTS.has(word) && norms.slice(i + 1, i + 3).some((next) => starts(next, PREMISES)),
  );
  const outgoing =
    costsUs ||
    keeps ||
    licensee ||
    flowsOut ||
    theyPayOut ||
    platformKeeps ||
    shareOfOurs ||
    (!incoming && (wePay || rentsPremises || givesAway || namesCostNoun));
  const recipient = norms.some(
    (word, i) => word.length >= 6 && RECIPIENT.test(word) && !NOT_RECIPIENTS.has(word) && norms[i - 1] !== 'по' && !is(word, 'staff'),
  );
  // "своих клинеров", "наших мастеров": people of ours, named by the possessive rather than by the trade. After a
  // preposition they are the ones who serve ("учатся у наших преподавателей", "занятия с нашими тренерами").
  const ownPerson = (i: number): boolean => {
    const next = norms[i + 1];
    return OWN_PEOPLE.has(norms[i] ?? '') && next !== undefined && PEOPLE_FORM.test(next) && !is(next, 'customers') && !BY_WHOM.has(norms[i - 1] ?? '');
  };
  const ownPeople = norms.some((_, i) => ownPerson(i));
  // "инструктаж проводит сотрудник пункта выдачи": staff named right after the verb of holding are the ones who teach.
  const staffHold = norms.some((word, i) => is(word, 'ownStaff') && HOLDS.has(norms[i - 1] ?? '')) && !ownPeople;
  const staffNamed = !staffHold && ((has('staff') && (has('own') || has('ownStaff'))) || ownPeople || has('ownStaff'));
  // "наших администраторов учим общаться с гостями": our people next to a verb of teaching are the ones taught,
  // even where customers are what they learn about.
  const taughtOwn =
    has('teach') &&
    norms.some((_, i) => ownPerson(i) && norms.slice(Math.max(0, i - 2), i + 4).some((near) => is(near, 'teach')));
  const follow = norms.some((word) => FOLLOW.test(word));
  // "бесплатный мастер-класс для покупателей": an event that teaches, its price named.
  const freeEvent = has('freeEvents') || norms.some((word, i) => word.startsWith('мастер') && (norms[i + 1] ?? '').startsWith('класс'));
  const ourChannel = has('channels') && has('own') && has('news');
  return {
    outgoing,
    incoming: incoming && !outgoing,
    // An offer a bot sends ("бот присылает коммерческое предложение") is automated service, not finding customers.
    acquisition: (has('find') && has('customers')) || (coldContact(norms) && !has('systems')),
    // "для персонала" may be the customer's staff; "для наших агрономов" is ours.
    ownStaff: taughtOwn || (staffNamed && !has('customers') && (ownPeople || (!recipient && !norms.includes('для')))),
    customerBuysElsewhere: has('customers') && has('self') && has('buys'),
    // "за 500 в месяц" prices a thing; only an amount told bare is a total.
    incomeTotal:
      has('total') && norms.some((word, i) => is(word, 'amount') && !is(norms[i - 1], 'amount') && !['за', 'по'].includes(norms[i - 1] ?? '')),
    future: has('future'),
    personActs: has('persons') && !has('systems'),
    // "годовое членство даёт бесплатную парковку": what a membership grants is a perk of it.
    perk:
      has('perks') ||
      (has('grants') && has('membership')) ||
      norms.some((word, i) => word.startsWith('кажд') && ORDINAL.test(norms[i + 1] ?? '')) ||
      (has('free') && !has('trial') && ((has('regular') && has('customers')) || has('amenities') || (freeEvent && has('customers')))),
    // "туда пишут только нашим операторам": customers write to our people, so the chat is for support.
    support:
      has('support') ||
      ((has('answers') || has('contact')) && (has('persons') || has('experts'))) ||
      // "туда пишут только вопросы, отвечаем мы": we answer there ourselves, told with the pronoun ("где отвечаем на
      // вопросы и устраиваем розыгрыши" may still be a community).
      norms.some((word, i) => WE_ANSWER.has(word) && (WE.has(norms[i - 1] ?? '') || WE.has(norms[i + 1] ?? ''))),
    namesPerson: has('persons') || has('experts'),
    systemServes: has('bots'),
    // "клиенты друг друга не видят": customers who do not meet are no community.
    membersInteract: norms.some((word, i) => is(word, 'among') && denied[i] !== true),
    membersApart: norms.some((word, i) => is(word, 'among') && denied[i] === true),
    includedInPrice: norms.some((word, i) => starts(word, INCLUDED) && norms[i + 1] === 'в' && starts(norms[i + 2] ?? '', PRICE_WORDS)),
    partnersOnly: has('partners') && !has('customers'),
    // "сомелье направляет беседу и следит за соблюдением правил": one who keeps order among members moderates.
    amongThemselves:
      norms.some((word, i) => (reciprocal(norms, i) && denied[i] !== true) || is(word, 'moderator')) || (has('watches') && has('order')),
    teachesStaff: taughtOwn || (has('teach') && staffNamed && !has('customers') && (ownPeople || !recipient)),
    customerMaterials:
      (has('brings') && has('theirOwn') && !norms.includes('мы')) ||
      has('supplied') ||
      // "шьём из ткани клиента", "собираем из деталей заказчика".
      norms.some((word, i) => word === 'из' && (is(norms[i + 1], 'customers') || is(norms[i + 2], 'customers'))) ||
      norms.some((word, i) => is(word, 'material') && is(norms[i + 1], 'customers')),
    channel: (follow && (has('channels') || norms.includes('нас'))) || ourChannel,
    paysOut: outgoing && (wePay || givesAway),
    rentsPremises,
    namesCost: outgoing && (wePay || namesCostNoun || flowsOut || theyPayOut || shareOfOurs),
    ownContent: has('wePost') && !has('customers') && !has('audience'),
    namesStaff: staffNamed && !has('customers') && !recipient,
    // "40% от выручки" names the base of a share, not what brings the money.
    namesIncome: norms.some((word, i) => is(word, 'income') && !SHARE_BASE.has(norms[i - 1] ?? '')),
  };
}

const CONTRAST = new Set(['а', 'но', 'зато', 'однако']);
/** Reaching out: calls, letters, mailings. */
const CONTACT = ['звон', 'обзван', 'прозван', 'пиш', 'рассыла', 'отправля', 'высыла', 'шлем', 'шлют'];
/** Words that open the next step of a customer's way: what follows is no longer finding them. */
const NEXT_STEP = new Set(['потом', 'затем', 'дальше', 'далее', 'после', 'когда']);
/** Prepositions before the base of a share: "30% от выручки", "с оборота". */
const SHARE_BASE = new Set(['от', 'с', 'со']);
/** A finite verb or an infinitive: a clause without one is a bare item of a list ("аренда 50к"). */
const ANY_VERB = /(?:ем|им|ют|ут|ят|ат|ет|ит|ть|ла|ли|ло|ся|сь)$/u;
const POINTING_BACK = new Set(['это', 'что', 'всё', 'все']);
const POINTING_THERE = new Set(['туда', 'там']);
/** What may follow a paying verb that has no object after it: "платим сами", "закупили тоже". */
const AFTER_PAYING = new Set(['сами', 'сам', 'сама', 'мы', 'я', 'тоже', 'также', 'отдельно', 'заранее']);
/** Words that add one more item to a list: "а также", "плюс". */
const ADDING = new Set(['также', 'плюс']);

/** Selling, or buying told from the buyer's side ("рекламодатели покупают показы"). */
const SALE = ['прода', 'реализ', 'перепрода', 'покупа^покупател', 'купи', 'купя', 'приобрет', 'приобрета'];
/** What is sold to advertisers is their reach, not goods: "продаём эфирное время рекламодателям". */
const ADVERTISERS = ['рекламодател', 'эфирн'];
/** What a sale may sell that is no goods of ours: reach, or a right to use what is ours. */
const NOT_GOODS = [
  'продвижени', 'реклам', 'баннер', 'спонсор', 'лицензи^лицензион', 'франшиз',
  // A service sold: "продаём внедрение и настройку", "продаём обслуживание".
  'услуг', 'внедрени', 'настройк', 'обслуживани', 'сопровождени', 'консультаци', 'ремонт^ремонтн', 'монтаж^монтажн',
  // An outing is taken part in, not owned: "продаём экскурсии местного гида".
  'экскурси',
];
const RIGHTS = ['права', 'право', 'прав'];
const TERMS = ['год', 'лет', 'месяц', 'мес'];
/** Whose goods: "туры других операторов", "чужие вещи". */
const OTHERS = ['других', 'чужих', 'чужие', 'чужой', 'сторонн', 'партнерск'];
/**
 * Those whose goods or events we sell for a share: "туры крупных туроператоров", "туры операторов", "билеты организаторов
 * концертов". Only read after the sale word, with a fee in the sentence: our own operators never stand there.
 */
const OWNERS = ['туроператор', 'оператор', 'организатор', 'производител', 'застройщик', 'правообладател', 'собственник', 'владельц', 'поставщик'];
/** A fee for selling someone else's goods: "агентское вознаграждение 10%", "сервисный сбор 8%". */
const FEE = ['процент', 'комисси', 'вознагражд', 'агентск', 'сбор^сборк^сборн'];
const isOthers = stemTest(OTHERS);
const isOwner = stemTest(OWNERS);
const isFee = stemTest(FEE);
const HELPED = ['помог', 'помога'];
const SHARE = ['процент', 'комисси', 'доля', 'долю'];
const MONEY_KEPT = ['деньг', 'выручк', 'доход', 'оплат', 'платеж', 'плату', 'платы', 'сумм', 'част', 'маржу', 'наценк', 'сбор'];
const BASE_PREPOSITIONS = new Set(['с', 'со', 'от']);
const COORDINATING = new Set(['и', 'или', 'а', 'плюс']);
const BASE_FILLERS = new Set(['каждой', 'каждого', 'каждую', 'каждый', 'всех', 'всей', 'общей', 'их']);

const OUR = ['наш'];

/**
 * Whether the sale word at `index` sells goods of ours ("продажи нашей игры", "продажи наших книг"): our
 * sale even where a platform keeps a share of it ("платформа берёт 30% с каждой продажи нашей игры").
 */
export function saleOfOurs(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !starts(token.norm, SALE)) return false;
  // "с каждой продажи через нашу ссылку": after a preposition "наш" belongs to something else.
  const next = tokens.slice(index + 1, index + 3).filter((other) => other.clause === token.clause);
  const our = next.findIndex((other) => starts(other.norm, OUR));
  return our >= 0 && !next.slice(0, our).some((other) => PREPOSITIONS.has(other.norm));
}
const PREPOSITIONS = new Set(['через', 'в', 'во', 'на', 'по', 'с', 'со', 'из', 'от', 'для', 'у', 'за', 'под']);

/**
 * Whether the sale word at `index` is not our sale of goods: the goods are someone else's ("продаём
 * туры других операторов"), advertisers buy reach ("продаём эфирное время рекламодателям"), we helped to sell ("квартира, которую мы помогли продать"), or the sale is
 * the base of a share ("15% с каждой продажи").
 */
export function saleNotOurs(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !starts(token.norm, SALE)) return false;
  const clause = tokens.filter((other) => other.clause === token.clause).map((other) => other.norm);
  const after = tokens.slice(index + 1, index + 4).filter((other) => other.clause === token.clause);
  // "продаём билеты на концерты других организаторов": whose goods may be told at the end of the clause.
  const rest = tokens.slice(index + 1).filter((other) => other.clause === token.clause);
  if (rest.some((other) => isOthers(other.norm))) return true;
  // "продаём стримингам на 3 года": what is sold for a term is a right to use it, and goes back when the term ends.
  if (rest.some((other, k) => other.norm === 'на' && /^(?:#num|\d)/u.test(rest[k + 1]?.norm ?? '') && starts(rest[k + 2]?.norm ?? '', TERMS))) return true;
  // "продаём туры крупных туроператоров … получаем агентское вознаграждение", "квартиры не наши — берём 3%": the owner is
  // someone else and our money is a fee for the sale.
  const sentence = tokens.filter((other) => other.sentence === token.sentence);
  const fee = sentence.some((other) => isFee(other.norm));
  const notOurs = sentence.some((other, k) => other.norm === 'не' && starts(sentence[k + 1]?.norm ?? '', OUR));
  if (fee && (notOurs || rest.some((other) => isOwner(other.norm)))) return true;
  // "продажу их изделий": their goods ("продаём их на ярмарке" sells ours).
  if (after[0]?.norm === 'их' && after[1] !== undefined && !PREPOSITIONS.has(after[1].norm)) return true;
  if (clause.some((word) => starts(word, ADVERTISERS))) return true;
  // "продаём продвижение в выдаче", "реализация бессрочных лицензий": reach or a right, not goods. The object
  // ends at "и": in "продажа оборудования и ремонт" the repair is an item of its own.
  const and = after.findIndex((other) => COORDINATING.has(other.norm));
  const object = and < 0 ? after : after.slice(0, and);
  if (object.some((other) => starts(other.norm, NOT_GOODS) || RIGHTS.includes(other.norm))) return true;
  const before = tokens.slice(Math.max(0, index - 5), index).filter((other) => other.clause === token.clause);
  if (before.some((other) => RIGHTS.includes(other.norm))) return true;
  // "баннеры на фасаде продаём": the object told before the verb.
  const objectBefore = before.findLastIndex((other) => starts(other.norm, NOT_GOODS));
  if (objectBefore >= 0 && !before.slice(objectBefore).some((other) => COORDINATING.has(other.norm))) return true;
  if (tokens.slice(Math.max(0, index - 2), index).some((other) => other.clause === token.clause && starts(other.norm, HELPED))) {
    return true;
  }
  let back = index - 1;
  while (back >= 0 && BASE_FILLERS.has((tokens[back] as Token).norm)) back--;
  // "12% за каждую продажу" as much as "15% с каждой продажи".
  const base = back >= 0 && (BASE_PREPOSITIONS.has((tokens[back] as Token).norm) || (tokens[back] as Token).norm === 'за');
  return base && clause.some((word) => starts(word, SHARE));
}

const TEACHING_NOUNS = ['обучени', 'обучаем', 'обучает', 'обучают', 'инструктаж', 'тренинг', 'аттестаци', 'переподготовк'];

/**
 * Whether the person named at `index` is the one taught ("проводит обучение операторов заказчика", "обучение для
 * наших операторов"): a trade right after a word of teaching names who learns, not who serves the customers.
 */
export function taughtPerson(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token) return false;
  // "учим поваров и официантов": back over the other people taught with it, to the word of teaching.
  for (let back = index - 1; back >= 0 && back >= index - 4; back--) {
    const before = tokens[back] as Token;
    if (before.clause !== token.clause) return false;
    if (starts(before.norm, TEACHING_NOUNS) || TEACHING_VERBS.has(before.norm)) return true;
    if (!TAUGHT_LIST.has(before.norm) && !(back < index - 1 && PEOPLE_FORM.test(before.norm))) return false;
  }
  return false;
}
const TEACHING_VERBS = new Set(['учим', 'учат', 'учу', 'научим', 'научат', 'обучим', 'обучаю', 'учит']);
/** Words between a verb of teaching and the people it teaches: "обучение для наших поваров и официантов". */
const TAUGHT_LIST = new Set(['и', 'для', 'наших', 'своих', 'их', 'его', 'ее', 'всех', 'новых']);

const CONSIGNMENT_SHOPS = ['магазин', 'отдел', 'лавк'];
const HANDED_IN = ['сда', 'принос', 'привоз', 'отда', 'бер', 'принима'];

/**
 * Whether the answer tells of a consignment trade ("комиссионка", "комиссионный магазин", "люди сдают вещи на
 * реализацию"): the goods are their owners', and what we keep of the price is a commission, not a sale of ours.
 */
export function consignment(tokens: readonly Token[]): boolean {
  return tokens.some((token, i) => {
    const next = tokens[i + 1];
    if (token.norm.startsWith('комиссионк')) return true;
    if (token.norm.startsWith('комиссионн') && next !== undefined && starts(next.norm, CONSIGNMENT_SHOPS)) return true;
    if (token.norm !== 'на' || next === undefined || !next.norm.startsWith('реализаци')) return false;
    return tokens.slice(Math.max(0, i - 4), i).some((before) => before.clause === token.clause && starts(before.norm, HANDED_IN));
  });
}

/** A verb of ours: "мы шьём", "мы их строгаем". */
const OUR_VERB = /(?:ем|им)$/u;

/**
 * Our work on what the customer supplied ("клиент приносит свою ткань, мы шьём платье"): the token index of each
 * verb of ours in a sentence where the customer brings the material. Such work is paid as a service.
 */
export function workOnSupplied(tokens: readonly Token[], clauses: readonly ClauseReading[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (clauses[i]?.customerMaterials !== true || token.norm.length < 4 || !OUR_VERB.test(token.norm) || WE_PAY.includes(token.norm)) continue;
    const before = tokens.slice(Math.max(0, i - 3), i).filter((other) => other.clause === token.clause);
    // "мы шьём", or a verb of ours that opens its clause with no subject: "шьём из ткани клиента".
    if (before.some((other) => other.norm === 'мы') || tokens[i - 1]?.clause !== token.clause) found.push(i);
  }
  return found;
}

/** Whether a letting word hands something to us ("население сдаёт нам бутылки", "сдают мне квартиру"): no rent of ours. */
export function handedToUs(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const next = tokens[index + 1];
  return token !== undefined && token.norm.startsWith('сда') && next !== undefined && next.clause === token.clause && TO_US.has(next.norm);
}
const TO_US = new Set(['нам', 'мне']);

/** A royalty or a deduction, whose base ("роялти с тиража", "отчисления от продаж") is no sale of ours. */
export const ROYALTY = ['роялти', 'royalt', 'отчислени'];

/**
 * Whether the word at `index` names only what a share is taken from: "берём 50% от первого месяца аренды",
 * "10% с подписок": "от"/"с" at most four words before it, and a share named in its clause (by default a percentage or
 * a commission; `shareWords` names another, such as a royalty: "роялти с тиража").
 */
export function baseOfShare(tokens: readonly Token[], index: number, shareWords: readonly string[] = SHARE): boolean {
  const token = tokens[index];
  if (!token) return false;
  const before = tokens.slice(Math.max(0, index - 4), index).filter((other) => other.clause === token.clause);
  const from = before.findLastIndex((other) => BASE_PREPOSITIONS.has(other.norm));
  // "комиссия с продаж и аренда мест": after "и" the word is an item of its own.
  if (from < 0 || before.slice(from).some((other) => COORDINATING.has(other.norm))) return false;
  const clause = tokens.filter((other) => other.clause === token.clause);
  // "скидка 10% с абонемента" discounts the stream rather than sharing it.
  return clause.some((other) => starts(other.norm, shareWords)) && !clause.some((other) => other.norm.startsWith('скидк'));
}

/** A finite verb after "и" starts a predicate of its own: "арендуем кухню и готовим еду на доставку". */
const VERB_ENDING = /(?:ем|им|ют|ут|ят|ат|ет|ит)$/u;

/** Words that show or teach, or name a lesson: "объясняет", "показываем", "урок", "занятие", "лекцию". */
const SHOWS = ['объясня', 'объясн', 'показыва', 'покаж', 'рассказыва', 'расскаж', 'учи', 'учим', 'научи', 'урок', 'заняти', 'лекци', 'инструктаж'];
/** An infinitive: "стоять", "регулировать", "заправить", "беречься". */
const INFINITIVE = /(?:ть|ти|чь|ться|тись)$/u;
/** What a person helps a buyer do, rather than teaches them to do with the product: that is help, not training. */
const ERRANDS = ['оформ', 'заказ', 'оплат', 'доехат', 'добрат', 'найти', 'записат', 'выбрат', 'подобрат', 'вернут', 'купит', 'забрат'];

/**
 * A lesson in how to do something ("инструктор объясняет, как стоять на доске", "даёт урок: как тормозить и падать",
 * "лекцию о том, как чистить зубы детям"): the showing word, "как" within five words after it in the sentence,
 * and an infinitive right after: the index of the showing word, of "как" and of the infinitive.
 */
const isShowing = stemTest(SHOWS);
export function lessonsHowTo(tokens: readonly Token[]): [number, number, number][] {
  const spans: [number, number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!isShowing(token.norm)) continue;
    for (let k = i + 1; k <= i + 6 && k < tokens.length; k++) {
      const how = tokens[k] as Token;
      if (how.sentence !== token.sentence) break;
      if (how.norm !== 'как') continue;
      const verb = tokens.slice(k + 1, k + 3).findIndex((word) => word.sentence === token.sentence && word.norm.length >= 4 && INFINITIVE.test(word.norm));
      const infinitive = tokens[k + 1 + verb] as Token | undefined;
      if (verb >= 0 && infinitive && !starts(infinitive.norm, ERRANDS)) spans.push([i, k, k + 1 + verb]);
      break;
    }
  }
  return spans;
}

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
export function readClauses(tokens: readonly Token[], negated: readonly boolean[] = []): ClauseReading[] {
  const spans = splitClauses(tokens);
  const spanNorms = (c: number): string[] => (spans[c] ?? []).map((i) => (tokens[i] as Token).norm);
  const readings = spans.map((span) =>
    readClause(
      span.map((i) => tokens[i] as Token),
      span.map((i) => negated[i] === true),
    ),
  );
  // "Администратор обзванивает клиентов и напоминает о записи": a predicate joined by "и" keeps the
  // subject of the one before, unless it names a system of its own.
  for (let c = 1; c < spans.length; c++) {
    const first = tokens[spans[c]?.[0] ?? -1];
    const previous = readings[c - 1] as ClauseReading;
    const words = spanNorms(c);
    const joined = first?.norm === 'и' && tokens[(spans[c]?.[0] ?? 0) - 1]?.clause === first.clause;
    if (joined && previous.personActs && !words.some((word) => inBits(bitsOf(word), 'systems'))) {
      readings[c] = { ...(readings[c] as ClauseReading), personActs: true };
    }
    if (joined && previous.amongThemselves) readings[c] = { ...(readings[c] as ClauseReading), amongThemselves: true };
    // "Сомелье направляет беседу и следит за порядком": the one who moderates in the later predicate is the subject of both.
    if (joined && readings[c]?.amongThemselves) readings[c - 1] = { ...previous, amongThemselves: true };
  }
  // "Есть чат в телеграме, но туда пишут только нашим операторам": support told anywhere in a sentence makes its chat a support chat.
  // A contrast sets a part of its own ("менеджер отвечает в чате, а ещё есть сообщество клиентов").
  const partOf: string[] = [];
  let part = 0;
  spans.forEach((span, c) => {
    const first = tokens[span[0] ?? 0] as Token;
    // "есть чат, но туда пишут только вопросы": "туда", "там" after the contrast speak of the same thing.
    if (CONTRAST.has(first.norm) && !POINTING_THERE.has(tokens[(span[0] ?? 0) + 1]?.norm ?? '')) part++;
    partOf[c] = `${first.sentence}:${part}`;
  });
  const supportIn = new Set(spans.flatMap((_, c) => (readings[c]?.support ? [partOf[c]] : [])));
  // "в поддержке только бот": a bot in a part that names no person of ours is the one who serves there.
  const botIn = new Set(spans.flatMap((_, c) => (readings[c]?.systemServes ? [partOf[c]] : [])));
  const personIn = new Set(spans.flatMap((_, c) => (readings[c]?.namesPerson ? [partOf[c]] : [])));
  spans.forEach((_, c) => {
    const reading = readings[c] as ClauseReading;
    const systemServes = botIn.has(partOf[c]) && !personIn.has(partOf[c]);
    readings[c] = { ...reading, support: reading.support || supportIn.has(partOf[c]), systemServes };
  });
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
  // "Зарплаты флористам — 40% от выручки", "зарплата мастеров 120к, аренда 50к, коммуналка 10к": bare items
  // after a cost continue its list of costs; so do those after a clause that names the cost or pays it ("расходы —
  // зарплаты инженеров, аренда офиса и лицензия на софт", "платим сервису рассылок 3к, аренда 80к").
  const verbless = (c: number): boolean => (spans[c] ?? []).every((i) => !ANY_VERB.test((tokens[i] as Token).norm) || (tokens[i] as Token).norm.length < 5);
  const bare = (c: number): boolean => (spans[c] ?? []).length <= 5 && verbless(c);
  const item = (c: number): boolean => (spans[c] ?? []).length <= 8 && verbless(c);
  for (let c = 1; c < spans.length; c++) {
    const first = tokens[spans[c]?.[0] ?? -1];
    // "…комиссию агрегатору, а также арендные платежи": "а также" adds an item, it sets nothing against the cost.
    const adds = first !== undefined && ADDING.has(first.norm) && spanNorms(c - 1).join(' ') === 'а';
    const p = adds && c >= 2 ? c - 2 : c - 1;
    const earlier = tokens[spans[p]?.[0] ?? -1];
    const reading = readings[c] as ClauseReading;
    if (!first || !earlier || first.sentence !== earlier.sentence || CONTRAST.has(first.norm) || reading.incoming) continue;
    const previous = readings[p];
    if (previous?.outgoing && (bare(p) || previous.namesCost) && item(c)) readings[c] = { ...reading, outgoing: true, namesCost: true };
  }
  // "Аренду помещений, 180 тыс в месяц, платим сами", "аренда, станция, запчасти закупили": a paying verb that closes
  // its list, with no object after it, pays for the bare items before it in the sentence.
  for (let c = 1; c < spans.length; c++) {
    const words = spanNorms(c);
    const last = words.findLastIndex((word) => inBits(bitsOf(word), 'wePay'));
    if (last < 0 || !readings[c]?.outgoing || !words.slice(last + 1).every((word) => AFTER_PAYING.has(word))) continue;
    const sentence = (tokens[spans[c]?.[0] ?? 0] as Token).sentence;
    if (last > 0 && CONTRAST.has(words[0] ?? '')) continue;
    for (let back = c - 1; back >= 0; back--) {
      const earlier = tokens[spans[back]?.[0] ?? -1];
      if (!earlier || earlier.sentence !== sentence || !bare(back) || readings[back]?.incoming) break;
      readings[back] = { ...(readings[back] as ClauseReading), outgoing: true, namesCost: true };
      if (CONTRAST.has(earlier.norm)) break;
    }
  }
  // "Обучаем своих продавцов, тренинги для персонала проводит коуч": staff named right after a clause about our
  // own staff are ours as well, unless a contrast sets them apart.
  for (let c = 1; c < spans.length; c++) {
    const first = tokens[spans[c]?.[0] ?? -1];
    const reading = readings[c] as ClauseReading;
    if (!first || CONTRAST.has(first.norm) || !reading.namesStaff) continue;
    if (readings[c - 1]?.ownStaff) readings[c] = { ...reading, ownStaff: true };
  }
  // "Холодные звонки по базе, менеджеры обзванивают и отправляют КП": contact that seeks buyers goes on through
  // its sentence, and back over a predicate joined by "и", until a contrast or the next step ("потом", "дальше").
  for (let c = 0; c < spans.length; c++) {
    if (!readings[c]?.acquisition || !coldContact(spanNorms(c))) continue;
    const sentence = (tokens[spans[c]?.[0] ?? 0] as Token).sentence;
    for (let back = c; back > 0 && tokens[spans[back]?.[0] ?? -1]?.norm === 'и'; back--) {
      readings[back - 1] = { ...(readings[back - 1] as ClauseReading), acquisition: true };
    }
    // Forward only over contact ("менеджеры обзванивают и пишут"): "заказы принимает менеджер" serves who was found.
    for (let next = c + 1; next < spans.length; next++) {
      const first = tokens[spans[next]?.[0] ?? -1];
      if (!first || first.sentence !== sentence || CONTRAST.has(first.norm) || NEXT_STEP.has(first.norm)) break;
      if (!spanNorms(next).some((word) => starts(word, CONTACT))) break;
      readings[next] = { ...(readings[next] as ClauseReading), acquisition: true };
    }
  }
  // "Выручка — кальяны и чай гостям": the items after an income word, up to a contrast, are what brings the money.
  for (let c = 1; c < spans.length; c++) {
    const first = tokens[spans[c]?.[0] ?? -1];
    const earlier = tokens[spans[c - 1]?.[0] ?? -1];
    if (!first || !earlier || first.sentence !== earlier.sentence || CONTRAST.has(first.norm) || !readings[c - 1]?.namesIncome) continue;
    readings[c] = { ...(readings[c] as ClauseReading), namesIncome: true };
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
  // Members said not to talk, partners only, a price that covers the free thing: each holds for its whole sentence.
  for (const field of ['membersApart', 'partnersOnly', 'includedInPrice'] as const) {
    const sentences = new Set(spans.flatMap((span, c) => (readings[c]?.[field] ? [(tokens[span[0] ?? 0] as Token).sentence] : [])));
    spans.forEach((span, c) => {
      if (sentences.has((tokens[span[0] ?? 0] as Token).sentence)) readings[c] = { ...(readings[c] as ClauseReading), [field]: true };
    });
  }
  const supplied = new Set<number>();
  spans.forEach((span, c) => {
    if (readings[c]?.customerMaterials) supplied.add((tokens[span[0] ?? 0] as Token).sentence);
  });
  spans.forEach((span, c) => {
    const reading = readings[c] as ClauseReading;
    if (supplied.has((tokens[span[0] ?? 0] as Token).sentence)) readings[c] = { ...reading, customerMaterials: true };
  });
  const byToken: ClauseReading[] = [];
  spans.forEach((span, c) => {
    for (const i of span) byToken[i] = readings[c] as ClauseReading;
  });
  return byToken;
}
