import type { BlockId } from './blocks.ts';
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

/*
 * The checks are deliberately lenient: each fires only when an answer clearly lacks something and
 * stays silent whenever the text might already cover it. The word lists below are MATCHING
 * VOCABULARY, not user-facing text (the notes live in locales/<lang>/coaching.json). An entry is
 * one or more space-separated tokens; a token matches a word that starts with it, so a stem
 * tolerates inflections, or, when it ends with `=`, exactly that word. Texts are lower-cased and
 * ё is read as е before matching.
 */
type Vocabulary = readonly string[];

// ---------------------------------------------------------------- matching vocabulary: segments

/** Matching vocabulary: phrases that name everybody instead of a segment. */
const EVERYONE_PHRASES: Vocabulary = [
  'все= кто=', 'всех= кто=', 'всем= кто=', 'все= люди=', 'всем= людям=', 'все= желающие=', 'всех= желающих=',
  'все= подряд=', 'всем= подряд=', 'все= без= исключения=', 'абсолютно= все=', 'абсолютно= всем=', 'вообще= все=',
  'любой= человек=', 'любые= люди=', 'любой= желающий=', 'кто= угодно=', 'каждый= человек=', 'каждый= кто=',
  'все= у= кого=', 'всех= у= кого=', 'всем= у= кого=', 'каждый= у= кого=', 'все= которые=', 'всем= которые=',
  'everyone= who=', 'everybody= who=', 'anyone= who=', 'anybody= who=', 'all= people=', 'any= person=', 'whoever=',
  'literally= everyone=', 'absolutely= everyone=',
];

/** Matching vocabulary: words that, making up a whole answer, mean "everybody". */
const EVERYONE_WORDS: Vocabulary = [
  'все=', 'всем=', 'всех=', 'любой=', 'любые=', 'каждый=', 'everyone=', 'everybody=', 'anyone=', 'anybody=', 'all=',
];

/** Matching vocabulary: filler words allowed around EVERYONE_WORDS in a whole-answer "everybody". */
const EVERYONE_FILLER: Vocabulary = [
  'абсолютно=', 'вообще=', 'просто=', 'наши=', 'мои=', 'клиенты=', 'покупатели=', 'люди=', 'это=', 'практически=',
  'желающие=', 'подряд=', 'кто=', 'угодно=', 'человек=', 'our=', 'my=', 'customers=', 'people=', 'basically=',
  'just=', 'literally=', 'absolutely=', 'of=', 'them=', 'is=', 'are=',
];

/** Matching vocabulary: words that single out the most important segment. */
const PRIORITY_WORDS: Vocabulary = [
  'главн', 'основн', 'важн', 'ключев', 'приоритет', 'в= первую= очередь=', 'прежде= всего=', 'больше= всего=',
  'в= основном=', 'самый=', 'самая=', 'самые=', 'ядро', 'львин', 'большинство', 'большая= часть=',
  'main=', 'mainly', 'most=', 'mostly', 'primar', 'key=', 'priorit', 'first= of= all=', 'core=', 'biggest', 'largest',
  'majority',
];

/** Matching vocabulary: markers of a list of several segments. */
const SEVERAL_SEGMENTS_MARKERS: Vocabulary = [
  'во-первых', 'во= первых=', 'во-вторых', 'во= вторых=', 'второй=', 'вторая=', 'вторые=',
  'firstly=', 'secondly=', 'second= segment=', 'second= group=',
];

// ---------------------------------------------------------------- matching vocabulary: value

/** Matching vocabulary: words that name a problem, a need or a gain for the customer. */
const NEED_WORDS: Vocabulary = [
  'проблем', 'нужд', 'нужн', 'надо=', 'потребн', 'экономи', 'сэконом', 'помога', 'помож', 'помощ', 'боль=', 'боли=',
  'болью=', 'удобн', 'быстр', 'проще=', 'легче=', 'дешевл', 'выгодн', 'реша', 'решен', 'избав', 'сложн', 'трудн',
  'хлопот', 'хват', 'ищут=', 'искать=', 'хотят=', 'хочет=', 'хочется=', 'хотел', 'важн', 'чтобы=', 'без=', 'вместо=',
  'устал', 'трат', 'забот', 'задач', 'боят', 'бояться=', 'страх', 'переживать=', 'риск', 'ценят=', 'не= приходится=',
  'позволя', 'облегча', 'спаса', 'гарантир', 'смож', 'смогут', 'может=', 'могут=', 'результат', 'прогресс', 'научи',
  'польз', 'выгод', 'увелич', 'сниж', 'повыш', 'улучш', 'сохран', 'спокойн', 'уверен',
  'problem', 'need', 'save', 'saving', 'help', 'pain', 'easy=', 'easier', 'convenien', 'fast', 'quick', 'cheap',
  'without=', 'so= that=', 'want', 'hassle', 'struggl', 'tired', 'instead', 'worry', 'trouble', 'solv', 'solution',
  'afford', 'simpl', 'fear', 'risk', 'guarantee', 'allow', 'lets=', 'can=', 'able', 'result', 'progress', 'learn',
  'benefit', 'increase', 'reduce', 'improve', 'peace', 'confiden',
];

// ---------------------------------------------------------------- matching vocabulary: channels

/** Matching vocabulary: the purchase phase of a channel. */
const SALE_WORDS: Vocabulary = [
  'прода', 'покуп', 'купи', 'заказ', 'оплат', 'плат', 'магазин', 'маркетплейс', 'касс', 'торгу', 'торгов', 'озон',
  'ozon', 'вайлдберр', 'wildberr', 'авито', 'avito', 'прилавк', 'витрин',
  'sell', 'sale', 'buy', 'purchas', 'order', 'pay', 'shop', 'store', 'marketplace', 'checkout', 'amazon', 'etsy',
];

/** Matching vocabulary: the awareness and evaluation phases of a channel. */
const AWARENESS_WORDS: Vocabulary = [
  'реклам', 'узна', 'соцсет', 'социальн', 'инстаграм', 'instagram', 'вконтакт', 'вк=', 'vk=', 'телеграм', 'telegram',
  'канал', 'блог', 'сарафан', 'рекоменд', 'совет', 'таргет', 'seo', 'поиск', 'яндекс', 'google', 'гугл', 'выставк',
  'ярмарк', 'листовк', 'визитк', 'рассылк', 'дегустац', 'мероприят', 'контент', 'пост', 'статьи', 'видео', 'youtube',
  'ютуб', 'сравн', 'отзыв', 'пробн', 'образц', 'демо', 'тест', 'бесплатн', 'презентац', 'вывеск', 'знаком', 'друз',
  'слух', 'партнер',
  'advert', 'ads=', 'ad=', 'hear', 'learn', 'social', 'channel', 'blog', 'word= of= mouth=', 'recommend', 'advice',
  'search', 'fair', 'flyer', 'newsletter', 'tasting', 'event', 'content', 'post', 'video', 'compar', 'review',
  'sample', 'trial', 'demo', 'free', 'friend', 'referral', 'partner', 'tiktok', 'facebook',
];

/** Matching vocabulary: the delivery phase of a channel. */
const DELIVERY_WORDS: Vocabulary = [
  'достав', 'курьер', 'почт', 'сдэк', 'cdek', 'боксберри', 'самовывоз', 'пункт', 'постамат', 'отправ', 'привоз',
  'привез', 'получа', 'получит', 'выдач', 'забира', 'логист', 'на= месте=',
  'deliver', 'courier', 'post=', 'mail', 'pick', 'collect', 'ship', 'parcel', 'locker', 'receiv', 'logistic',
  'dispatch',
];

/** Matching vocabulary: the after-sales phase of a channel. */
const AFTER_SALES_WORDS: Vocabulary = [
  'после', 'послепродаж', 'поддерж', 'повторн', 'напомин', 'обратн', 'отзыв', 'вопрос', 'консульт', 'гарант',
  'возврат', 'обмен', 'сервис', 'обслуж', 'связ', 'чат', 'жалоб', 'претенз', 'лояльн', 'бонус', 'скидк', 'клуб',
  'сообществ', 'рассылк', 'поздрав', 'снова', 'вернут', 'вернул', 'возвраща', 'удержа', 'помога', 'помощ', 'отвеча',
  'after', 'support', 'repeat', 'remind', 'feedback', 'review', 'question', 'consult', 'warrant', 'guarantee',
  'return', 'refund', 'exchange', 'service', 'chat', 'complain', 'loyal', 'bonus', 'discount', 'club', 'community',
  'newsletter', 'follow', 'again', 'come= back=', 'retain', 'help', 'answer', 'contact',
];

// ---------------------------------------------------------------- matching vocabulary: relationships

/** Matching vocabulary: words of a channel (selling, delivering, advertising) rather than of a relationship. */
const CHANNEL_ONLY_WORDS: Vocabulary = [
  'прода', 'покуп', 'заказ', 'магазин', 'маркетплейс', 'достав', 'курьер', 'почт', 'сдэк', 'самовывоз', 'постамат',
  'отправ', 'реклам', 'сайт', 'озон', 'ozon', 'вайлдберр', 'wildberr', 'авито', 'avito',
  'sell', 'sale', 'order', 'shop', 'store', 'marketplace', 'deliver', 'courier', 'ship', 'parcel', 'advert', 'website',
];

/** Matching vocabulary: words of a customer relationship (its types, motives and means). */
const RELATIONSHIP_WORDS: Vocabulary = [
  'поддерж', 'менеджер', 'консульт', 'личн', 'персональн', 'индивидуальн', 'сообществ', 'чат', 'групп', 'клуб',
  'форум', 'подписк', 'абонемент', 'членств', 'обуч', 'мастер', 'вебинар', 'семинар', 'курс', 'самообслуж',
  'автомат', 'бот', 'рассылк', 'напомин', 'бонус', 'лояльн', 'скидк', 'отзыв', 'совместн', 'бесплатн', 'пробн', 'общ',
  'помога', 'помощ', 'связ', 'звон', 'пиш', 'отвеча', 'забот', 'поздрав', 'довер', 'куратор', 'наставн', 'кабинет',
  'удерж', 'привлеч', 'привлека', 'дистрибьют', 'консультант', 'тренер', 'сам=', 'сами=', 'самостоят',
  'support', 'manager', 'consult', 'personal', 'individual', 'community', 'chat', 'group', 'club', 'forum', 'subscri',
  'member', 'train', 'workshop', 'webinar', 'course', 'self', 'automat', 'bot', 'newsletter', 'mailing', 'remind',
  'bonus', 'loyal', 'discount', 'review', 'feedback', 'free', 'trial', 'help', 'call', 'answer', 'care', 'curator',
  'mentor', 'account', 'retain', 'retention', 'attract', 'co-creat', 'distributor', 'coach', 'talk',
];

/** Matching vocabulary: words that say what something costs, in money or time. */
const COST_WORDS: Vocabulary = [
  'стоим', 'стоит', 'стоят', 'обход', 'затрат', 'расход', 'трат', 'бюджет', 'руб', 'тыс', 'зарплат', 'ставк',
  'оклад', 'час', 'времени', 'время', 'деньг', 'денег', 'дешев', 'дорог', 'недорог', 'копейк', 'бесплатн', 'платим',
  'оплачива', 'вложен',
  'cost', 'spend', 'spent', 'budget', 'salary', 'wage', 'hour', 'time', 'money', 'cheap', 'expensive', 'free', 'pay',
  'rouble', 'ruble', 'dollar',
];

// ---------------------------------------------------------------- matching vocabulary: revenue

/** Matching vocabulary: how often customers pay (one-off or recurring). */
const FREQUENCY_WORDS: Vocabulary = [
  'раз=', 'разов', 'единоразов', 'однократн', 'ежемесяч', 'ежеднев', 'еженедел', 'ежегод', 'ежекварт', 'месяц',
  'недел', 'год=', 'года=', 'году=', 'годов', 'квартал', 'день=', 'дня=', 'дней=', 'регуляр', 'постоянн', 'подписк',
  'абонемент', 'повторн', 'кажд', 'периодич', 'сезон', 'по= мере=', 'иногда', 'часто', 'редко',
  'once', 'twice', 'monthly', 'weekly', 'yearly', 'annual', 'daily', 'month', 'week', 'year', 'quarter', 'regular',
  'recurring', 'subscri', 'repeat', 'every', 'each', 'one-off', 'one= off=', 'one-time', 'one= time=', 'per=',
  'often', 'sometimes', 'season', 'occasional',
];

/** Matching vocabulary: how the price is set or what it is. */
const PRICE_WORDS: Vocabulary = [
  'цен', 'стоим', 'стоит', 'прайс', 'тариф', 'руб', 'тыс', 'скидк', 'наценк', 'процент', 'комисси', 'бесплатн',
  'дорож', 'дешев', 'дорог', 'фиксир', 'динамич', 'договор', 'торг', 'аукцион', 'чек', 'смет',
  'price', 'pricing', 'cost', 'tariff', 'fee', 'discount', 'markup', 'percent', 'commission', 'free', 'cheap',
  'expensive', 'fixed', 'dynamic', 'negotiat', 'auction', 'rouble', 'ruble', 'dollar', 'euro', 'rate',
];

// ---------------------------------------------------------------- matching vocabulary: resources

/** Matching vocabulary: physical resources. */
const PHYSICAL_RESOURCE_WORDS: Vocabulary = [
  'оборудован', 'помещени', 'офис', 'склад', 'цех', 'станок', 'станк', 'машин', 'автомоб', 'транспорт', 'техник',
  'компьютер', 'ноутбук', 'сервер', 'магазин', 'точк', 'кухн', 'студи', 'зал', 'сырь', 'материал', 'инструмент',
  'ростер', 'печь=', 'печи=', 'мебел', 'недвижим', 'здани', 'площад', 'земл', 'товар', 'запас', 'фургон', 'кресл',
  'материальн', 'физическ',
  'equipment', 'premises', 'office', 'warehouse', 'workshop', 'machine', 'vehicle', 'car=', 'cars=', 'van', 'truck',
  'computer', 'laptop', 'server', 'shop', 'store', 'kitchen', 'studio', 'room', 'raw', 'material', 'tool', 'roaster',
  'oven', 'furniture', 'building', 'space', 'land', 'stock', 'inventory', 'physical',
];

/** Matching vocabulary: intellectual resources. */
const INTELLECTUAL_RESOURCE_WORDS: Vocabulary = [
  'бренд', 'патент', 'лиценз', 'знан', 'технолог', 'рецепт', 'программ', 'код=', 'кода=', 'сайт', 'приложен',
  'платформ', 'баз', 'методик', 'ноу-хау', 'ноу= хау=', 'товарн', 'репутац', 'авторск', 'контент', 'опыт', 'экспертиз',
  'профил', 'интеллектуальн', 'данн', 'crm', 'софт', 'курс',
  'brand', 'patent', 'licen', 'knowledge', 'technolog', 'recipe', 'software', 'code=', 'website', 'site', 'app=',
  'apps=', 'application', 'platform', 'database', 'base=', 'method', 'know-how', 'trademark', 'reputation',
  'copyright', 'content', 'experience', 'expertise', 'profile', 'intellectual', 'data', 'crm',
];

/** Matching vocabulary: human resources. */
const HUMAN_RESOURCE_WORDS: Vocabulary = [
  'сотрудник', 'персонал', 'команд', 'люди=', 'людей=', 'работник', 'специалист', 'менеджер', 'мастер', 'повар',
  'бариста', 'преподават', 'учител', 'программист', 'разработчик', 'дизайнер', 'основател', 'владел', 'эксперт',
  'курьер', 'штат', 'кадр', 'обжарщик', 'продав', 'консультант', 'бухгалтер', 'тренер', 'я=', 'мы= сами=', 'руки',
  'человек', 'человеческ',
  'staff', 'team', 'people', 'employee', 'specialist', 'manager', 'master', 'cook', 'chef', 'barista', 'teacher',
  'developer', 'programmer', 'designer', 'founder', 'owner', 'expert', 'courier', 'hire', 'human', 'i=', 'myself',
  'accountant', 'trainer', 'person',
];

/** Matching vocabulary: financial resources. */
const FINANCIAL_RESOURCE_WORDS: Vocabulary = [
  'деньг', 'денег', 'финанс', 'капитал', 'инвестиц', 'инвестор', 'кредит', 'займ', 'заем', 'оборотн', 'бюджет',
  'сбережен', 'накоплен', 'грант', 'субсиди', 'рубл', 'тыс', 'млн',
  'money', 'financ', 'capital', 'invest', 'loan', 'credit', 'savings', 'cash', 'budget', 'grant', 'subsid', 'fund',
];

/** Matching vocabulary: where a resource comes from (owned, rented, from partners). */
const OWNERSHIP_WORDS: Vocabulary = [
  'сво', 'собствен', 'аренд', 'сдают', 'снима', 'лизинг', 'кредит', 'купл', 'купил', 'покупа', 'партнер', 'взя',
  'одолж', 'бесплатн', 'подписк', 'наш', 'мой=', 'мои=', 'моя=', 'мое=', 'моих=', 'моим=', 'владе', 'дают=', 'дает=',
  'предоставля', 'нанят', 'нанима', 'найм', 'заем', 'займ', 'инвест',
  'own', 'rent', 'lease', 'leasing', 'bought', 'buy', 'borrow', 'loan', 'partner', 'our=', 'ours=', 'my=', 'mine=',
  'subscri', 'free', 'hire', 'hired', 'provide', 'given', 'invest',
];

// ---------------------------------------------------------------- matching vocabulary: partners

/** Matching vocabulary: what a partner supplies or takes over. */
const CONTRIBUTION_WORDS: Vocabulary = [
  'поставля', 'поставк', 'поставит', 'поставят', 'делает=', 'делают=', 'сделает', 'сделают', 'занима', 'отвеча',
  'бер= на= себя=', 'обеспеч', 'предоставля', 'дает=', 'дают=', 'помога', 'обслужива', 'ремонт', 'чин', 'печата',
  'достав', 'привоз', 'везут', 'возит', 'продают= нам=', 'продает= нам=', 'закупа', 'покупа', 'берем=', 'выпуска',
  'производ', 'шьют', 'шьет', 'пекут', 'снабжа', 'привод', 'рекламир', 'продвига', 'консультир', 'ведет=', 'ведут=',
  'для= нас=', 'за= нас=', 'по=', 'у= них=', 'у= него=', 'у= нее=', 'размеща', 'хран', 'разрабатыва', 'поддержива',
  'пишут', 'пишет', 'снима', 'принима', 'отгружа', 'упаковыва', 'фасу', 'аренд', 'где=', 'который=', 'которая=',
  'которое=', 'которые=',
  'supplies=', 'supply=', 'supplied=', 'provide', 'deliver', 'for= us=', 'handle', 'take= care=', 'takes= care=',
  'maintain', 'repair', 'print', 'ship', 'produce', 'make=', 'makes=', 'made=', 'help', 'bring', 'sell= us=',
  'sells= us=', 'from= them=', 'buy', 'host', 'develop', 'run=', 'runs=', 'manage', 'do=', 'does=', 'store',
  'advertis', 'promot', 'source', 'pack', 'for=', 'rent', 'where=', 'who=', 'which=',
];

/** Matching vocabulary: supplier nouns whose next word may name what is supplied ("поставщик зерна"). */
const SUPPLIER_NOUNS: Vocabulary = ['поставщик', 'производител', 'supplier', 'vendor', 'provider', 'maker'];

/** Matching vocabulary: words that join two partners rather than describe one ("поставщики и курьеры"). */
const CONJUNCTIONS: Vocabulary = ['и=', 'или=', 'а=', 'также=', 'тоже=', 'and=', 'or=', 'also=', 'as='];

/** Matching vocabulary: answers saying there are no partners yet; nothing to coach then. */
const NO_PARTNERS_PHRASES: Vocabulary = [
  'нет=', 'нету=', 'никого=', 'пока= не=', 'сами=', 'сам=', 'сама=', 'no=', 'none=', 'nobody=', 'not= yet=',
  'ourselves=', 'myself=',
];

/** Matching vocabulary: the risks a partnership reduces. */
const RISK_WORDS: Vocabulary = [
  'риск', 'надеж', 'подстрах', 'страх', 'запас', 'резерв', 'гарант', 'перебо', 'сбо', 'зависим', 'если=', 'без=',
  'остан', 'встан', 'сорв', 'подвед', 'потер', 'безопас', 'стабил', 'защит', 'замен', 'альтернатив', 'снижа',
  'меньше', 'не= придется=', 'не= нужно=', 'чтобы=', 'вовремя', 'качеств',
  'risk', 'reliab', 'backup', 'insur', 'stock', 'reserve', 'guarantee', 'fail', 'breakdown', 'depend', 'secur',
  'stable', 'if=', 'without=', 'so= that=', 'never', 'run= out=', 'replace', 'alternative', 'reduce', 'less',
  'on= time=', 'quality', 'protect',
];

// ---------------------------------------------------------------- matching vocabulary: costs

/** Matching vocabulary: words that explicitly split costs into fixed and variable. */
const COST_SPLIT_WORDS: Vocabulary = ['постоянн', 'фиксир', 'переменн', 'условно', 'fixed', 'variable', 'overhead'];

/** Matching vocabulary: markers of a cost paid regardless of volume. */
const FIXED_COST_MARKERS: Vocabulary = [
  'ежемесяч', 'месяц', 'аренд', 'зарплат', 'оклад', 'лизинг', 'monthly', 'month', 'rent', 'salar', 'lease',
];

/** Matching vocabulary: markers of a cost that grows with volume. */
const VARIABLE_COST_MARKERS: Vocabulary = [
  'процент', 'кажд', 'единиц', 'объем', 'выручк', 'от= продаж', 'завис', 'раст', 'комисси', 'за= штуку=',
  'percent', 'each', 'per= unit=', 'per= order=', 'per= sale=', 'volume', 'revenue', 'depend', 'grow', 'commission',
];

/** Matching vocabulary: a cost answer referring to all resources at once; nothing to check then. */
const ALL_RESOURCES_WORDS: Vocabulary = ['ресурс', 'resource'];

/**
 * Matching vocabulary: resources that cost money, each with the words showing that its cost was
 * accounted for in the cost structure.
 */
const COSTLY_RESOURCES: ReadonlyArray<{ resource: Vocabulary; cost: Vocabulary }> = [
  {
    resource: ['помещени', 'офис', 'склад', 'цех', 'студи', 'зал=', 'зала=', 'зале=', 'залы=', 'кухн',
      'premises', 'office', 'warehouse', 'workshop', 'studio', 'kitchen'],
    cost: ['аренд', 'помещени', 'офис', 'склад', 'цех', 'студи', 'зал', 'кухн', 'коммунал', 'ипотек',
      'rent', 'premises', 'office', 'warehouse', 'workshop', 'studio', 'kitchen', 'utilit', 'mortgage'],
  },
  {
    resource: ['оборудован', 'станок', 'станк', 'ростер', 'печь=', 'печи=', 'техник', 'инструмент', 'компьютер',
      'ноутбук', 'equipment', 'machine', 'roaster', 'oven', 'tool', 'computer', 'laptop'],
    cost: ['оборудован', 'станок', 'станк', 'ростер', 'печ', 'техник', 'инструмент', 'компьютер', 'ноутбук',
      'амортиз', 'ремонт', 'обслуживан', 'лизинг', 'кредит', 'equipment', 'machine', 'roaster', 'oven', 'tool',
      'computer', 'laptop', 'depreciat', 'repair', 'maintenance', 'lease', 'leasing', 'loan'],
  },
  {
    resource: ['сотрудник', 'персонал', 'работник', 'команд', 'штат', 'бариста', 'повар', 'менеджер', 'преподават',
      'учител', 'специалист', 'программист', 'staff', 'employee', 'team', 'barista', 'cook', 'chef', 'manager',
      'teacher', 'specialist', 'developer', 'programmer'],
    cost: ['зарплат', 'заработн', 'оклад', 'фот=', 'сотрудник', 'персонал', 'работник', 'команд', 'штат', 'бариста',
      'повар', 'менеджер', 'преподават', 'учител', 'специалист', 'программист', 'налог', 'взнос', 'salar', 'wage',
      'payroll', 'staff', 'employee', 'team', 'barista', 'cook', 'chef', 'manager', 'teacher', 'specialist',
      'developer', 'programmer', 'people'],
  },
  {
    resource: ['сервер', 'хостинг', 'облак', 'сайт', 'приложен', 'платформ', 'crm', 'софт', 'server', 'hosting',
      'cloud', 'website', 'app=', 'application', 'platform', 'software'],
    cost: ['сервер', 'хостинг', 'облак', 'сайт', 'приложен', 'платформ', 'crm', 'софт', 'программ', 'подписк',
      'лиценз', 'домен', 'разработк', 'server', 'hosting', 'cloud', 'website', 'site', 'app', 'platform', 'software',
      'subscri', 'licen', 'domain', 'develop'],
  },
  {
    resource: ['автомоб', 'машин', 'фургон', 'транспорт', 'грузовик', 'car=', 'cars=', 'van=', 'vans=', 'truck',
      'vehicle'],
    cost: ['автомоб', 'машин', 'фургон', 'транспорт', 'грузовик', 'бензин', 'топлив', 'гсм', 'лизинг', 'car=',
      'cars=', 'van=', 'vans=', 'truck', 'vehicle', 'fuel', 'petrol', 'gas=', 'lease'],
  },
];

/** "от 18 до 60 лет", "18-60", "aged 18 to 60": an optional lead word, two numbers, the word after them. */
const AGE_RANGE_PATTERN =
  /(?<![\p{L}\p{N}])(?:(от|from|с|c|aged|age)\s*)?(\d{1,2})\s*(?:-|–|—|до|to)\s*(\d{1,2})(?![\p{N}])\s*(\p{L}*)/gu;
/** Matching vocabulary: units after a number range that make it an age. */
const AGE_UNIT_PATTERN = /^(лет|год|года|г|years?|yrs|yo)$/u;
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

/** Like `mentions`, but a phrase right after a negation does not count. */
function mentionsAffirmed(text: PreparedText, vocabulary: Vocabulary): boolean {
  const entries = vocabulary.map((entry) => entry.split(' '));
  return text.words.some(
    (_, index) =>
      !NEGATIONS.has(text.words[index - 1]?.text ?? '') && entries.some((tokens) => matchesAt(text.words, index, tokens)),
  );
}

function hasNumbers(text: PreparedText): boolean {
  return /\d|[₽$€%]/.test(text.normalized);
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

/** The first number range in the text that clearly is an age range. */
function ageRange(text: PreparedText): { from: number; to: number } | null {
  for (const match of text.normalized.matchAll(AGE_RANGE_PATTERN)) {
    const [, lead = '', fromText = '', toText = '', unit = ''] = match;
    const from = Number(fromText);
    const to = Number(toText);
    if (!(to > from)) continue;
    const before = prepare(text.normalized.slice(Math.max(0, match.index - 30), match.index));
    const isAge =
      AGE_UNIT_PATTERN.test(unit) ||
      lead === 'aged' ||
      lead === 'age' ||
      mentions(before, AGE_CONTEXT) ||
      // "женщины 25-65," is a bare range with no word after it; "с 8 до 23" is opening hours.
      (unit === '' && !TIME_SPAN_LEADS.has(lead));
    if (isAge) return { from, to };
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
  if (answers.answers.some(isWholeAnswerEveryone) || mentionsAffirmed(answers.all, EVERYONE_PHRASES)) {
    notes.push({ key: 'segments_everyone' });
  }
  const ages = ageRange(answers.all);
  if (ages && ages.to - ages.from > MAX_AGE_SPAN) {
    notes.push({ key: 'segments_age_too_wide', params: { from: ages.from, to: ages.to } });
  }
  // Only when the follow-up question about the main segment went unanswered: a one-word reply
  // to it ("Кофейни") names the main segment without any priority word. Shares ("70%") rank too.
  if (
    !answers.answeredFollowUp &&
    listsSeveralSegments(answers.all) &&
    !mentions(answers.all, PRIORITY_WORDS) &&
    !answers.all.normalized.includes('%')
  ) {
    notes.push({ key: 'segments_no_priority' });
  }
  return notes;
}

function reviewValue(answers: BlockAnswers): CoachingNote[] {
  return mentions(answers.all, NEED_WORDS) ? [] : [{ key: 'value_no_problem' }];
}

function reviewChannels(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const afterSales = mentions(text, AFTER_SALES_WORDS);
  const otherPhases = afterSales || mentions(text, AWARENESS_WORDS) || mentions(text, DELIVERY_WORDS);
  if (mentions(text, SALE_WORDS) && !otherPhases) return [{ key: 'channels_only_sale' }];
  if (!afterSales) return [{ key: 'channels_no_after_sales' }];
  return [];
}

function reviewRelationships(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const notes: CoachingNote[] = [];
  if (mentions(text, CHANNEL_ONLY_WORDS) && !mentions(text, RELATIONSHIP_WORDS)) {
    notes.push({ key: 'relationships_look_like_channel' });
  }
  if (!mentions(text, COST_WORDS) && !hasNumbers(text)) notes.push({ key: 'relationships_no_cost' });
  return notes;
}

function reviewRevenue(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const notes: CoachingNote[] = [];
  if (!mentions(text, FREQUENCY_WORDS)) notes.push({ key: 'revenue_no_frequency' });
  if (!mentions(text, PRICE_WORDS) && !hasNumbers(text)) notes.push({ key: 'revenue_no_pricing' });
  return notes;
}

function reviewResources(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  const categories = [PHYSICAL_RESOURCE_WORDS, INTELLECTUAL_RESOURCE_WORDS, HUMAN_RESOURCE_WORDS, FINANCIAL_RESOURCE_WORDS];
  const notes: CoachingNote[] = [];
  if (!categories.some((category) => mentions(text, category))) notes.push({ key: 'resources_no_category' });
  if (!mentions(text, OWNERSHIP_WORDS)) notes.push({ key: 'resources_no_ownership' });
  return notes;
}

/** "поставщик зерна": a supplier noun followed by what is supplied, not by the next partner. */
function namesWhatIsSupplied(text: PreparedText): boolean {
  return text.words.some((word, index) => {
    if (!SUPPLIER_NOUNS.some((token) => tokenMatches(word.text, token))) return false;
    const next = text.words[index + 1];
    return next !== undefined && !CONJUNCTIONS.some((token) => tokenMatches(next.text, token));
  });
}

function reviewPartners(answers: BlockAnswers): CoachingNote[] {
  const text = answers.all;
  if (mentions(text, NO_PARTNERS_PHRASES)) return [];
  const notes: CoachingNote[] = [];
  // A dash or a colon after a name usually introduces what the partner does.
  const describesRoles =
    mentions(text, CONTRIBUTION_WORDS) || namesWhatIsSupplied(text) || /[—–:]|\s-\s/.test(text.normalized);
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

/** Costly resources named in key_resources that the cost structure leaves out, in the user's own words. */
function resourcesMissingFromCosts(costs: PreparedText, resources: PreparedText): string[] {
  if (mentions(costs, ALL_RESOURCES_WORDS)) return [];
  const missing: Array<{ position: number; item: string }> = [];
  for (const { resource, cost } of COSTLY_RESOURCES) {
    const word = resources.words[findTerm(resources.words, resource)];
    if (!word || mentions(costs, cost)) continue;
    const item = itemAround(resources.original, word.start) || resources.normalized.slice(word.start).split(/[^\p{L}\p{N}-]/u)[0];
    if (item) missing.push({ position: word.start, item });
  }
  const items = missing.sort((a, b) => a.position - b.position).map(({ item }) => item);
  return [...new Set(items)].slice(0, MAX_NAMED_RESOURCES);
}

function reviewCosts(answers: BlockAnswers, canvas: CanvasSnapshot): CoachingNote[] {
  const text = answers.all;
  const notes: CoachingNote[] = [];
  const resources = blockAnswers(canvas, 'key_resources');
  const missing = resources ? resourcesMissingFromCosts(text, resources.all) : [];
  if (missing.length > 0) notes.push({ key: 'costs_miss_resources', params: { items: missing.join('; ') } });
  const splitsCosts =
    mentions(text, COST_SPLIT_WORDS) ||
    (mentions(text, FIXED_COST_MARKERS) && (mentions(text, VARIABLE_COST_MARKERS) || text.normalized.includes('%')));
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

/** Weak spots of one block's answers, given the whole canvas so far (for cross-block checks). At most 2 notes, most important first. */
export function reviewBlock(blockId: BlockId, canvas: CanvasSnapshot): CoachingNote[] {
  const answers = blockAnswers(canvas, blockId);
  if (!answers) return [];
  const notes = BLOCK_REVIEWS[blockId](answers, canvas);
  if (isTooShort(answers)) notes.push({ key: 'too_short' });
  return notes.slice(0, MAX_NOTES);
}
