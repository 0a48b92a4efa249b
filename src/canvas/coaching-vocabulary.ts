/** Matching vocabulary of the coaching checks (not user-facing text: the notes live in locales/<lang>/coaching.json). */

/*
 * The checks are deliberately lenient: each fires only when an answer clearly lacks something and
 * stays silent whenever the text might already cover it. The lists below are written in the
 * classifier's pattern language (see src/classify/lexicon.ts) and read by its phrase finder: `stem`
 * is a prefix of a word (4 letters and more; 6 and more also with one typo), `=word` a short word in
 * any inflection, `"word` exactly this form, `stem^x` a stem but not words starting with `x`; the
 * words of a pattern follow each other within one clause. Texts are lower-cased, ё is read as е
 * and common slang is expanded ("вк", "зп", "руб") before matching.
 */
export type Patterns = readonly string[];

// ---------------------------------------------------------------- segments

/** Phrases that name everybody instead of a segment. */
export const EVERYONE_PHRASES: Patterns = [
  // "все, кто…": a comma may stand between the two words.
  '"все|"всех|"всем|"каждый *0 "кто|"которые|"кому|"которым', '"все|"всех|"всем|"каждый *0 "у "кого', '"все "люди', '"всем "людям',
  '"все "желающие', '"всех "желающих', '"все|"всем "подряд', '"все "без "исключения', '"абсолютно|"вообще "все|"всем',
  '"любой "человек', '"любые "люди', '"любой "желающий', '"кто "угодно', '"каждый "человек',
  '"everyone|"everybody|"anyone|"anybody *0 "who', '"all "people', '"any "person', '"whoever', '"literally "everyone',
  '"absolutely "everyone',
];

/** Words that, making up a whole answer, mean "everybody". */
export const EVERYONE_WORDS: Patterns = [
  '"все', '"всем', '"всех', '"любой', '"любые', '"каждый', '"everyone', '"everybody', '"anyone', '"anybody', '"all',
];

/**
 * "The rest" ending the clause before an everybody ("основные — курьеры; ост. — все подряд", "the rest: anyone who
 * walks in"): a remark after the groups named first, not the segment.
 */
export const THE_REST_WORDS: Patterns = [
  'остальн', '"ост', '"прочие|"прочих|"прочим|"прочее', '"rest', '"others',
];

/**
 * Words that sum up what was said before ("Любители чая 25–35 лет. В целом — все, кто пьёт чай", "Overall: anyone who…"):
 * after a named group, everybody behind them is a remark on it, not the segment.
 */
export const SUMMING_UP_WORDS: Patterns = [
  '"в "целом', '"в "общем', '"в "принципе', '"а "так', '"шире', '"по "сути', '"overall', '"in "general', '"generally', '"broadly',
  '"in "principle', '"more "broadly',
  // Hedges on everybody ("Практически все, кто…", "Basically everyone who…", "Pretty much anyone…"): after a named group they
  // widen it in a remark; opening the answer they are filler, and everybody is the segment.
  '"практически', '"почти', '"по "большому "счету', '"basically', '"pretty "much', '"practically', '"essentially', '"more "or "less',
  '"nearly', '"almost',
];

/**
 * A link verb right before everybody makes it what the subject is ("Потребительским сегментом являются все, кому…",
 * "Our customers are everyone who…"), whatever the subject's words.
 */
export const LINK_VERBS: Patterns = ['"являются|"является|"выступают|"выступает|"будут|"станут', '"are|"is|"be'];

/** Filler words allowed around EVERYONE_WORDS in a whole-answer "everybody". */
export const EVERYONE_FILLER: Patterns = [
  '"абсолютно', '"вообще', '"просто', '"наши', '"мои', '"клиенты', '"покупатели', '"люди', '"это', '"практически',
  '"желающие', '"подряд', '"кто', '"угодно', '"человек', '"our', '"my', '"customers', '"people', '"basically',
  '"just', '"literally', '"absolutely', '"of', '"them', '"is', '"are', '"почти', '"pretty', '"much', '"practically', '"essentially',
  '"nearly', '"almost',
];

/** Words that single out the most important segment. */
export const PRIORITY_WORDS: Patterns = [
  'главн', 'основн', 'важн', 'ключев', 'приоритет', '"в "первую "очередь', '"прежде "всего', '"больше "всего',
  '"в "основном', '"самый', '"самая', '"самые', 'ядро', 'львин', 'большинство', '"большая "часть', '"main', 'mainly',
  '"most', 'mostly', 'primar', '"key', 'priorit', '"first "of "all', '"core', 'biggest', 'largest', 'majority',
];

/**
 * Markers of a list of several segments. "Второй" only before what it counts ("вторая группа", not "мамы со вторым
 * ребёнком"); a first alone ("Во-первых, это владельцы кофеен") lists one. "а также" and "as well as" are read in
 * coaching.ts ("которые также работают", "who want a desk as well as a community" list nothing).
 */
export const SEVERAL_SEGMENTS_MARKERS: Patterns = [
  '"во "вторых', '"второй|"вторая|"вторые|"другой|"другая ~1 сегмент|групп|аудитор|категор|тип',
  '"secondly', '"second "segment', '"second "group',
];

/**
 * A numbered segment ("Сегмент 1: …; сегмент 2: …"): two of them list two segments. The word alone may name one
 * segment twice ("Наш сегмент — … Этот сегмент ценит…").
 */
export const SEGMENT_WORDS: Patterns = ['сегмент|segment #num'];

/**
 * Words that open a clause, a remark or everybody rather than one more group of a list ("…, которые бьют телефоны",
 * "…, у кого есть машина", "…, и ещё корпоративы", "Все, кто…").
 */
export const NOT_A_GROUP_OPENERS: Patterns = [
  '"которые|"который|"которая|"которым|"которых', '"кто|"кому|"что|"где|"когда|"чтобы|"если|"как', '"у|"в|"во|"на|"с|"со|"из|"для',
  '"по|"от|"до|"за|"к|"о|"без', '"это|"их|"им|"они|"мы|"и|"а|"но|"или|"ну|"все|"всех|"люди',
  '"who|"that|"which|"whose|"when|"where|"with|"in|"on|"at|"for|"from|"of|"to|"by|"and|"or|"also|"but|"we|"they',
];

/** Words shortly before a number range that make it an age. */
export const AGE_CONTEXT: Patterns = ['возраст', '"age', '"aged'];

/** Words right after a bare number range that say it describes people ("18–45 who need English", "20-50, кто…"). */
export const PEOPLE_AFTER_AGES: Patterns = ['"who', '"кто', '"которые', '"которым', '"которых', '"которая'];

/** Units after a number range that make it an age ("л" is phone shorthand for "лет"). */
export const AGE_UNITS: Patterns = ['"лет', '"год', '"года', '"г', '"л', '"year', '"years', '"yrs', '"yo'];

/**
 * Short words after a number range that say nothing of what it counts ("люди 18-60 у кого…", "adults 18–45 in the city"),
 * unlike a unit ("клиенты 20-40 км от города").
 */
export const FUNCTION_WORDS: Patterns = [
  '"у', '"из', '"в', '"во', '"с', '"со', '"и', '"а', '"к', '"на', '"по', '"от', '"до', '"за', '"о', '"без', '"для', '"или',
  '"in', '"at', '"of', '"on', '"to', '"and', '"or', '"with', '"from', '"for', '"near', '"who',
];

/** People named right before a bare number range ("люди 18-60", "Adults 18–45"): it is their age. */
export const PEOPLE_BEFORE_AGES: Patterns = [
  '"люди', '"людей', 'взросл', 'женщин', 'мужчин', 'девушк', '"парни', '"парней', 'родител', '"мамы', '"мам', '"папы',
  '"пап', 'клиент', 'покупател', 'жител', 'студент', 'работник', 'сотрудник', 'специалист', 'владельц', 'водител',
  'пользовател', 'турист', 'пенсионер',
  '"adults', '"people', '"women', '"men', '"parents', '"customers', '"clients', '"residents', '"students', '"workers',
  '"employees', '"professionals', '"owners', '"drivers', '"users', '"buyers', '"shoppers', '"tourists', '"travellers',
  '"travelers', '"girls', '"guys', '"mothers', '"fathers', '"mums', '"moms',
];

// ---------------------------------------------------------------- value

/** Words that name a problem, a need or a gain for the customer. */
export const NEED_WORDS: Patterns = [
  'проблем', 'нужд', 'нужн', '"нужен', '"надо', 'потребн', 'экономи', 'сэконом', 'помога', 'помож', 'помощ', '"боль', '"боли',
  '"болью', 'удобн', 'быстр', '"проще', '"легче', 'дешев', 'выгодн', 'реша', 'решен', 'избав', 'сложн', 'трудн',
  'хлопот', 'хват', '"ищут', '"искать', '"хотят', '"хочет', '"хочется', 'хотел', 'важн', '"чтобы', '"без', '"вместо',
  'устал', 'трат', 'забот', 'задач', 'боят', '"бояться', 'страх', 'пережива', 'риск', '"ценят', '"не "приходится',
  'позволя', 'облегча', 'спаса', 'гаранти', 'смож', 'смогут', '"может', '"могут', 'результат', 'прогресс', 'научи',
  'польз', 'выгод', 'увелич', 'сниж', 'повыш', 'улучш', 'сохран', 'спокойн', 'уверен', 'некогда', 'очеред',
  'перестает', 'перестают', 'перестанет', 'болит', 'болеть', 'понима', '"не "платит', '"не "платят', '"даже "если',
  '"в "последний "момент', 'забыл', 'вспомн', '"в "одном "месте', 'бесплатн', '"в "день "заказа', '"в "тот "же "день',
  // Done within a day is the same-day gain ("ремонт за день", "перевод за сутки"); "за 20 минут" only says how long it takes.
  '"за "день|"сутки', '"за "один "день', '"за "24 "часа', '"in "a "day', '"within "a "day|"24',
  'неисправн', 'поломк', 'слома', 'получа', 'доступн', 'недорог', 'безопас', 'защищ', 'избега', '"не "нужно',
  // Being near, always open or lasting spares the customer a trip, a wait or a new purchase ("за 20 минут" alone is
  // how the service is done, not what the customer gains).
  'долговечн', 'прочн', '"служит|"служат ~2 "годами|"лет', 'durab',
  '"last|"lasts "for "years',
  'рядом', 'близко', 'недалеко', '"в "шаговой', 'круглосуточн', 'nearby', '"near', '"close "to', '"around "the "clock',
  // A falling figure is a problem; a comparison names a gain ("вкуснее магазинных", "лучше, чем у сетей").
  'пада', 'теря', 'потер', 'упуска', '"растет', '"растут', '"рост', '"из "за', '"лучше', '"вкуснее', '"полезнее',
  '"свежее "чем', '"чем', '"в "отличие',
  'problem', '=need|needs|needed|needing', 'save', 'saving', 'help', 'pain', '"easy', 'easier', 'convenien', 'fast', 'quick', 'cheap',
  '"without', '"so "that', 'want', 'hassle', 'struggl', 'tired', 'instead', 'worry', 'trouble', 'solv', 'solution',
  'afford', 'simpl', 'fear', 'risk', 'guarantee', 'warrant', 'allow', '"lets', '"can', 'able', 'result', 'progress', 'learn',
  'benefit', 'increase', 'reduce', 'improve', 'peace', 'confiden', '"for "those', '"no "time', '"only "have',
  // How the work is done for the customer: with care or at once ("перевезу аккуратно, грузчики сразу", "handled gently").
  'аккуратн', 'бережн', '"сразу', '"немедленно', 'careful', 'gently', '"right "away', '"at "once',
  '"even "if', '"last "minute', '"in "one "place', '"same "day', 'spend', '"so', 'broken', 'fault', '"get', '"gets',
  'lose', 'losing', 'drop', 'falling', 'grow', 'better', 'tastier', '"than',
  // An outcome for the customer: a promise on a condition ("по жалобе переделываем за 2 часа"), a state reached
  // ("довольны", "готово к утру"), something the customer no longer does ("не ищет" is read in coaching.ts).
  '"по "жалобе|"заявке|"звонку|"вызову|"запросу|"требованию|"первому', '"в "течение', '"не "позже|"дольше|"позднее',
  '"или "вернем|"бесплатно', 'довол', 'радует', 'наслажда', 'отдыха', 'успева', 'забыва', 'забыть', 'забуд', 'приносит',
  '"готово|"готов|"готова|"готовы', 'начинает', 'начинают', 'станет', 'становится', 'становятся', '"уходит|"уходят "с',
  '"on "request|"call', 'within', '"on "time', '"в "срок', 'вовремя', '"пока "вы|"ты|"клиент|"клиентка|"ребенок|"дети|"родители|"хозяин',
  '"while "you|"they', '"while "the "kids', '"half "the "price|"cost', '"or "your "money', '"or "free', '"don "t "have',
  '"doesn "t "have', '"never "have', '"no "need', 'never',
  'enjoy', 'relax', '"stop', '"stops', 'forget', '"ready', '"end "up', '"leave|"leaves "with', 'happy', 'satisf',
  // How it was before for the customer ("раньше возили вчерашний хлеб"), or a sudden lack ("когда кто-то уволился и смену некем
  // закрыть"): a problem the offer ends.
  '"раньше', 'внезапн',
  // What others do badly, or what is usual on the market ("делают абы как", "на рынке мёд часто с сахаром"): a problem we avoid.
  '"абы "как', '"кое "как', 'халтур', '"тяп "ляп', '"на "рынке *4 "часто|"обычно|"сплошь|"вечно|"бывает',
  '"в "магазинах|"сетях *4 "часто|"обычно|"сплошь|"вечно|"бывает', '"у "конкурентов|"других *4 "часто|"обычно|"сплошь|"вечно|"бывает',
  '"sloppy', '"shoddy', '"cut "corners', '"срочно', '"некем|"некому|"нечем|"негде|"некогда', '"used "to', 'suddenly', '"short "of',
  // The customer's situation: busy, bored, stressed, ashamed, alone.
  '"занятых|"занятым|"занятые|"занятой', 'неудоб', 'надоел', 'скучн', 'стресс', 'нерв', 'стыд', 'неловк', 'одиноч', '"busy',
  'bored', '"fed "up', 'stress', 'lonely', 'embarrass', 'inconvenien',
  // A feeling or an experience the customer gets is a gain ("адреналин и соревнование с друзьями", "a night to remember").
  // Not "развлекательный центр" or "торты на праздник": the kind of place or product is no feeling.
  // The predicative "интересно" is how the customer feels ("ребёнку интересно"); an interesting product is only its feature.
  '"интересно', 'эмоци', 'впечатлен', 'адреналин', 'азарт', '"драйв', 'восторг', 'удовольств', 'радост', 'весел', 'соревн', 'атмосфер',
  '"уют|"уютно|"уютная|"уютный|"уютное', 'незабыва', 'вдохнов', 'emotion', 'adrenal', 'thrill', 'excit', '"fun', 'memorab',
  '"to "remember', '"joy', 'delight', 'compet', 'atmospher', 'cosy', 'cozy', 'inspir',
  // Likeness to what the customer wants is a comparison too ("машина как новая", "not like supermarket ones"), and a
  // skill or a mark improved is an outcome ("подтянуть математику", "сдать ЕГЭ").
  '"как "новая|"новый|"новое|"новые|"новенькая|"дома|"у|"в|"из|"на', '"не "как', '"like "new|"home|"the|"a|"in', '"not "like',
  '"feel|"feels|"look|"looks|"taste|"tastes "like', 'подтян', 'прокач', 'освоит|освоят|освоить', 'выучи',
  '"сдать|"сдадут|"сдаст|"сдали|"сдают|"сдает ~2 экзамен|егэ|огэ|зачет|сесси|права', 'boost', '"level "up', '"pass|"passes ~2 exam|exams|test|tests',
  // A result the customer sees for himself ("родители видят, что ребёнок собрал робота", "you see the difference").
  '"видят|"видит|"увидят|"увидит ~1 "что|"как|"результат|"разницу', '"see|"sees ~1 "the ~1 "difference|"result|"results',
  // Done right the first time ("сдают с первого раза", "fitted at the first try"): no second attempt to pay or wait for.
  '"с "первого "раза|"захода', '"с "первой "попытки', '"first "time|"try|"attempt',
  // The only one around ("единственное кафе в посёлке", "the only place in the village to eat"): the customer has nowhere
  // else to go for it, a need met; and what customers love ("which walkers love", "дети обожают") is a feeling they get.
  // Everything in one price, nothing left to arrange ("еда и ночлег включены", "all inclusive", "transfers included").
  '"включено|"включены|"включена|"включен', '"все "включено', '"included', '"all "inclusive', 'all-inclusive',
  '"единственный|"единственная|"единственное|"единственные ~3 "в|"на|"во|"поблизости|"рядом|"округе',
  '"the "only ~3 "in|"within|"near|"around|"nearby', '"любят|"обожают', '"love|"loves|"adore|"adores',
];

// ---------------------------------------------------------------- channels

/** The purchase phase of a channel; an app store is a place to buy or download. */
/** Apps people order a meal in, named after a medium ("Яндекс Еда"): a place to order, not a search engine. */
const FOOD_ORDERING_APPS = 'яндекс ~1 "еда|"еду|"еды|"еде|"едой';

export const SALE_WORDS: Patterns = [
  'прода', 'покуп', 'купи', 'заказ', 'оплат', 'оплач', 'плат^платформ^плать^платк', 'магазин', 'маркетплейс',
  'касс|касса|кассе|кассу|кассы|кассой|кассир', 'торгу', 'торгов', 'озон',
  'вайлдберр', 'авито', 'прилавк', 'витрин', 'запис', 'брон', 'точк', 'ларек', 'ларьк', 'киоск', 'прокат', 'будк',
  'павильон', 'лавк', 'мастерск', '"app "store', '"google "play', '"play "market', '"стор', '"сторе', '"сторах',
  '"сторы', '"сторов', 'скача', 'скачив', 'устанавлива', 'download', 'install',
  'sell|sells|selling|seller', 'sale', 'buy', 'purchas', 'order', '"pay', '"pays', 'paying', 'payment', 'shop', 'store', 'marketplace',
  'checkout', 'amazon', 'etsy', 'book|books|booking|booked', 'stall',
  // A market or a fair is where people buy, though they see the goods there as they see a shop window; they hear of
  // us there only when the answer says so ("узнают на ярмарке").
  'ярмарк', '"рынок|"рынке|"рынка|"рынки|"рынках|"рынков', '"маркет|"маркете|"маркета|"маркеты|"маркетах|"маркетов',
  '"fair|"fairs', '"market|"markets', 'bazaar',
  // An aggregator or a services board is where people book or order, as on "Авито"; they hear of us there only when the
  // answer says so ("находят на агрегаторе").
  'агрегатор', 'aggregator', 'букинг',
  // Services boards and booking sites known by name, where people order or book as on "Авито" ("Профи.ру", "Мир квестов").
  '"профи "ру', '"profi "ru', '"юду', 'youdo', '"мир "квестов', 'мирквест', '"mir "kvestov', '"суточно', '"островок', '"циан',
  '"юла', 'airbnb',
  // Excursion and activity marketplaces, where tourists book a tour as guests book a room ("GetYourGuide and our website").
  'getyourguide', '"get "your "guide', 'viator', 'tripster', 'трипстер', 'sputnik8', '"спутник "8', 'klook', 'musement', 'civitatis',
  // "Реализация услуг осуществляется в офисе": the formal word for selling.
  'реализац|реализу',
  // A tender is where the customer buys: it announces the purchase and picks the supplier, as on a marketplace; it hears
  // of us there only when the answer says so ("узнают через тендерные площадки").
  'тендер', 'tender', 'госзакуп', 'закупочн',
  // Standing with the goods by a place ("Стою у техникума", "Стоим у подъёмника"), as a kiosk or a stall stands there; "стоим
  // на углу двадцать лет" tells how long people have known us. An unattended box one pays into.
  '"стою|"стоим ~1 "у|"возле|"около|"рядом|"напротив', '"honesty ~1 "box|"stall|"shop|"shed',
  // Dealers and exchanges sell to the buyer ("Через дилеров", "Биржа грузов ATI.su", "Лесная биржа"), and a counter stands
  // where people buy as a kiosk does ("Стойка на пляже").
  'дилер', 'dealer|dealers|dealership|dealerships', 'бирж', 'стойк',
  // A food-ordering app is where people order a meal, as on a marketplace ("Ларёк у колледжа, Яндекс Еда").
  FOOD_ORDERING_APPS,
];

/**
 * Paying on the spot ("оплата на месте", "платят на месте картой", "вход за деньги на месте"): the place where the customer
 * pays, not work done or goods handed over there ("ремонт на месте"), which is their delivery.
 */
export const PAID_ON_THE_SPOT: Patterns = [
  'оплат|оплач|плат^платформ^плать^платк|расчет|рассчитыва|"вход|деньг|наличн|картой ~3 "на "месте',
  // Buying there ("шоурум, где можно купить на месте"): the place of the sale.
  'купить|купят|покупают|покупка|приобрести ~2 "на "месте',
];

/**
 * A medium's name followed by a store noun names the store: "Яндекс.Маркет", "VK Маркет", "Facebook Marketplace",
 * "Instagram Shop", "Гугл Плей" are places to buy, not a search engine or a social network people hear of us in.
 */
export const STORE_NAMES: Patterns = [
  'яндекс|гугл|google|вконтакте|"вк|"vk|facebook|фейсбук|instagram|инстаграм|телеграм|telegram|tiktok|тикток '
    + '"маркет|"маркете|"маркета|"маркету|"маркетом|маркетплейс|магазин|лавк|ярмарк|"плей|"стор|"сторе'
    + '|"market|marketplace|shop|shops|store|stores|"play',
  // "партнёрские магазины", "partner stores": where the goods are sold, not a partner who tells of us.
  'партнерск|partner ~2 магазин|точк|аптек|салон|киоск|shop|shops|store|stores|outlet|outlets',
  // "сеть магазинов партнёров", "shops of our partners": the same stores named the other way round.
  'магазин|точк|аптек|салон|киоск ~1 партнер', 'shop|shops|store|stores|outlet|outlets ~2 partner|partners',
  // A services board named after a medium ("Яндекс Услуги", "Авито Услуги", "Google Local Services").
  'яндекс|гугл|google|авито|avito|вконтакте|"вк|"vk ~1 "услуги|"услугах|"услуг|"услугами|"services',
  // An ordering service named after a medium ("Яндекс Грузовой", "Яндекс Доставка", "Яндекс Go"): where people order a trip.
  'яндекс ~1 "грузовой|"грузовом|"грузового|"доставка|"доставке|"доставку|"go|"такси',
  FOOD_ORDERING_APPS,
];

/**
 * A site of our own ("свой сайт", "our website"): where people buy, as the rules' "Ozon и свой сайт" has it, when it is
 * the only medium named (coaching.ts). A site with no owner ("официальный сайт", "a portfolio site") may only show the
 * work, and beside an app, a phone or a messenger it is one of the media that serve every phase.
 */
export const OWN_SITE: Patterns = ['"свой|"своем|"наш|"нашем|"мой|"моем|"our|"my ~1 "сайт|"сайте|"website|"site'];

/**
 * Seeing joined to buying in one breath ("люди видят и покупают", "people spot it and buy"): the goods seen where they are
 * bought, as at a market's stall, which says nothing of how people first hear of us.
 */
export const SEEN_WHERE_BOUGHT: Patterns = [
  '"видят|"видит|"увидят|"увидел|"увидели|"замечают "и ~1 покуп|купи|"купят|"берут|"берет|заказ',
  '"see|"sees|"spot|"spots|"notice ~1 "and ~1 "buy|"buys|"order|"orders|"grab|"grabs',
  // Choosing joined to paying ("портал, где слушатель выбирает программу и оплачивает её", "they choose a menu and pay"): the
  // choice is made where the purchase is.
  '"выбирает|"выбирают|"выбрать|"выбирать|"выбираете ~2 "и ~1 оплач|оплат|покуп|купи|"купить|заказ|брон',
  '"choose|"chooses|"pick|"picks|"select|"selects ~2 "and ~1 "pay|"pays|"buy|"buys|"order|"orders|"book|"books',
];

/**
 * The customer collecting the goods ("забрать со склада при заводе", "самовывоз"): done where they buy, so no delivery of
 * ours. Our people collecting from the customer ("курьер забирает слепки", "забираем ковёр") still deliver.
 */
export const CUSTOMER_PICKUP: Patterns = ['самовывоз', '"забрать|"забирают|"заберут|"забирать', '"click "and "collect'];

/**
 * An order or a letter sent to a mailbox ("заказ по B2B-прайсу на почту", "заявки на e-mail", "пишут на электронную почту"):
 * the post there is an email where people order, not a parcel we send.
 */
export const EMAIL_ORDER: Patterns = ['заказ^заказчи|заявк|пишут|пишет|напиш|присыла|присыл ~4 "на "почту', 'электронн ~1 почт'];

/** Reviews read to weigh us up before buying ("на сайте читают отзывы", "read reviews on Google"): no after-sales of ours. */
export const REVIEWS_READ: Patterns = [
  '"читают|"читает|"смотрят|"смотрит|"изучают|"изучает|"сравнивают ~2 "отзывы|"отзывов',
  '"read|"reads|"check|"checks|"compare ~2 "reviews|"ratings',
];

/**
 * A free or trial first step the purchase follows ("покупка на сайте после бесплатного пробного урока", "договор после
 * бесплатного аудита", "signed after a free trial"): weighing us up before the purchase, not after it. Right after
 * "после" only: "после покупки бесплатная чистка" is after-sales.
 */
export const TRIAL_BEFORE_PURCHASE: Patterns = ['"после бесплатн|пробн', '"after "free|"trial', '"after "a "free|"trial'];

/** A phone or a messenger, where one calls or writes to order ("По телефону", "Запись в WhatsApp"). */
export const PHONE_OR_MESSENGER: Patterns = ['телефон', 'звонок', 'звонк', 'мессенджер', 'ватсап', 'phone', 'call|calls|calling|called'];

/**
 * The block's own name said in the answer ("Основными каналами сбыта выступают…", "Our sales channels are…"): no
 * channel people hear of us on, as "телеграм-канал" is. A name followed by a colon ("Каналы: …") is read in coaching.ts.
 */
export const CHANNEL_HEADINGS: Patterns = [
  '"канал|"каналы|"каналами|"каналов|"канала ~1 "сбыта|"продаж|"продвижения|"распределения|"коммуникации|"привлечения',
  '"канал|"каналы|"каналами ~1 "являются|"выступают|"служат|"будут|"это', '"основные|"основными|"ключевые|"ключевыми "каналы|"каналами',
  // "Главный канал — наш сайт…": the main channel named as such is the heading of what follows.
  '"главный|"главным|"основной|"основным|"ключевой|"ключевым|"единственный|"единственным "канал|"каналом',
  '"sales|"distribution|"marketing|"main|"key "channel|"channels', '"channel|"channels "are|"include|"will',
];

/** The awareness and evaluation phases of a channel, being seen on the street among them. */
export const AWARENESS_WORDS: Patterns = [
  'реклам', 'узна', 'соцсет', 'социальн', 'инстаграм', 'вконтакте', 'телеграм', 'канал', 'блог', 'сарафан', 'рекоменд',
  // Not "Советская": a street of that name in an address ("магазин на Советской") gives no advice.
  'совет^советск', 'таргет', 'seo', 'поиск', 'яндекс', '"google search', '"google "ads', '"google maps', 'гугл', 'выставк',
  'листовк', 'визитк', 'рассылк', 'дегустац', 'мероприят', 'контент', '=пост', '"посты', 'постинг', 'статьи', 'видео', 'ютуб',
  'сравн', 'отзыв', 'пробн', 'образц', 'демо', 'тест', 'бесплатн', 'презентац', 'вывеск', 'знаком', 'друз', 'слух',
  'партнер', 'объявлен', '2гис', '2gis', '"карты', '"картах', '"видят', '"видит', 'увид', 'замеча', '"на улиц',
  'дизайнер', 'портфолио', '"cold емейл', 'portfolio',
  'наход', '"найти', 'смотрят', 'смотрит', 'посмотр', 'выбира', 'каталог', 'прохож', '"мимо',
  '"see', '"sees', 'notice', '"find', '"finds', 'discover', 'browse', 'passers', '"walk "by', '"walk "past', 'advert', '"ads',
  '"ad', 'hear', 'learn', 'social', 'channel', 'blog', '"word "of "mouth',
  'recommend', 'advice', 'search', 'flyer', 'newsletter', 'tasting', 'event', 'content', 'post', 'video',
  'compar', 'review', 'sample', 'триал', 'demo', 'friend', 'referral', 'partner', 'tiktok', 'facebook',
  // Stories, radio, banners, cold calls: more ways to be heard of or compared.
  'сторис', '"рилс', 'ролик', 'шортс', 'подкаст', 'радио', 'телевиден', '"тв', 'баннер', 'наружн', 'флаер', 'афиш',
  'блогер', 'инфлюенс', 'амбассадор', 'розыгрыш', 'конкурс', '"пиар', 'рассказыва',
  // Something hung or posted where people pass ("Расписание висит на остановках", "расклеиваем объявления", "posted at
  // the stops"); not the goods hanging in the shop ("платья висят в шоуруме").
  'развешива|расклеива', '"клеим|"клеем|"клею ~2 "на|"по ~1 остановк|столб|подъезд|доск|стенд|район|город',
  '"висит|"висят|"вешаем|"вешаю|"повесили|"повесил ~1 "на|"у|"в|"во|"возле|"около ~1 остановк|столб|подъезд|доск|стенд|лифт|проходн',
  '"висит|"висят|"вешаем|"вешаю|"повесили|"повесил ~1 "на|"у|"в|"во|"возле|"около ~1 вход|трасс|дорог|улиц|район|поселк|деревн|школ|общежит',
  '"posted|"pinned "at|"on|"in|"around',
  // A cold call or an offer sent unasked is how a customer first hears of us, before any tender or contract ("холодные
  // звонки в УК", "направление коммерческих предложений"); "холодные напитки" are the goods.
  'холодн ~1 звонк|звон|обзвон|письм|рассылк|контакт|продаж', 'коммерческ ~1 предложени', '=кп',
  'stories', 'reels', 'radio', 'banner', 'billboard', 'influenc', 'podcast', '"cold',
  // Known by reputation or for years ("люди знают, мы тут уже 10 лет", "everyone in town knows us").
  // Not "известные бренды": a known brand on sale says nothing of how people hear of us.
  '"нас|"люди|"все|"клиенты|"жители|"соседи|"район|"город ~2 "знают|"знает', '"знают|"знает ~1 "нас|"наш|"нашу|"наше|"нашего', 'репутац',
  '"мы "тут|"здесь ~2 "уже', 'reputation', '"know|"knows "us', '"known "in|"around|"locally', '"we "ve "been "here',
  // Seen from afar or from the road ("Ларёк у метро, видно издалека", "нас видно с трассы"): passers-by notice us.
  '"видно|"виден|"видна|"видны ~1 "издалека|"издали|"отовсюду', '"видно|"виден|"видна|"видны ~1 "с|"со ~1 "дороги|"трассы|"шоссе|"улицы',
  // Our sales people go to the customer before any purchase: they call, visit, present ("Sales managers call shops").
  '"менеджер|"менеджеры|"менеджера|"менеджеров ~1 "по "продажам', 'торгов ~1 представител|агент', '"sales "manager|"managers|"rep|"reps|"team',
  '"sales "representative|"representatives|"agent|"agents',
];

/** The delivery phase of a channel. */
export const DELIVERY_WORDS: Patterns = [
  'достав', 'курьер', 'почт', 'сдэк', 'cdek', 'боксберри', 'самовывоз', '"пункт выдач', '"пункт самовывоз', '=пвз', 'привож',
  'постамат', 'отправ', 'привоз', 'привез', 'перевоз', 'перевез', 'получа', 'получит', 'выдач', 'забира', 'логист',
  '"на "месте', 'выезд',
  // Carrying it there ourselves ("забирают с поля или везём", "возим своей газелью", "развозим по точкам").
  '"везем|"везу|"везет|"везут|"возим|"вожу|"возят', 'отвоз', 'отвез', 'довоз', 'довез', 'развоз', 'развез',
  // We go out to the customer ("звонят, едем", "приезжаем в день заказа"): the service is handed over where they are. Only our
  // own going: customers who come ("кто приедет") may be buying; "еду" is also food ("Яндекс.Еду").
  '"едем|"поедем|"приедем|"приеду|"приезжаем|"приезжаю|"выезжаем|"выезжаю',
  // Putting up or fitting what was bought is handing it over, done by our people ("монтаж нашей бригадой").
  'монтаж^монтажник', 'монтир', 'установк',
  '"hand over', '"hand "it over', 'deliver', 'courier', '"post', 'collect', 'ship', 'parcel', 'locker', 'receiv',
  'logistic', 'dispatch',
  // "Деливери" (Delivery Club) says in its name that it brings the order, as "delivery" does in English.
  'деливери',
  // Picking up, not picking a plan or a course, which is choosing.
  '"pick|"picks|"picked|"picking ~2 "up', 'pickup',
];

/** A channel that serves several phases (a website, an app, a phone line). */
export const CHANNEL_MEDIA_WORDS: Patterns = [
  'сайт', 'приложени', 'телефон', 'звонок', 'звонк', 'мессенджер', 'ватсап', 'website', '"site', '"app', '"apps', 'phone',
  'call|calls|calling|called',
];

/** The after-sales phase of a channel: a follow-up, a free redo, a return visit. */
export const AFTER_SALES_WORDS: Patterns = [
  // Writing to everyone who is already a customer ("рассылаю смс всем, кто хранит у меня колёса").
  'рассыла|рассылк|пишу|пишем|звоню|звоним ~4 "всем|"тем *1 "кто',
  'после', 'послепродаж', 'поддерж', 'повторн', 'напомин', 'обратн', 'отзыв', 'вопрос', 'консульт', 'гарант', 'возврат',
  'обмен', 'сервис', 'обслуж', '"на "связи', 'свяж', 'связыва', '=чат', 'жалоб', 'претенз', 'лояльн', 'бонус', 'скидк',
  'клуб', 'сообществ', 'рассылк', 'поздрав', 'снова', 'вернут', 'вернул', 'возвраща', 'удержа', 'помога', 'помощ',
  'отвеча', 'звоним', 'обзвани', 'перезвани', 'напомн', 'спрашива', 'опрос', 'отчет', 'ежемесяч', 'переделыва',
  'переделае', 'исправля', 'исправим', 'доработ', 'инструкц', '"по "уходу', '"советы "по',
  '"we "call', '"customer "success', '"account "manager', 'report', 'after', 'repeat', 'remind', 'фидбек', 'review',
  'question', 'consult', 'warrant', 'guarantee', 'return', 'refund', 'exchange', 'service', 'chat', 'complain', 'loyal',
  'bonus', 'discount', 'club', 'newsletter', '"follow "up', 'followup', 'again', 'redo', 'remake', '"come "back',
  'retain', 'help', 'answer', 'contact^contract', '"check "in', 'aftercare',
  // Anything that goes on after the purchase: periodic visits, a contract for a period, a supervisor, empties picked
  // up, checks of quality, a subscription ("договор на год", "раз в месяц приезжаем проверить").
  '"раз "в "месяц|"неделю|"квартал|"год|"полгода|"сезон', '"каждый|"каждую|"каждые|"каждое|"каждого|"каждой|"каждом ~1 месяц|недел|год|квартал|сезон',
  'еженедел', 'ежекварт', 'ежегод', 'регулярн', 'периодич', 'планов', '"договор|"контракт ~2 "на "год|"месяц|"сезон',
  'годов', 'абонентск', 'продлен', 'продлева', 'продлить', 'супервайзер', 'куратор', 'закрепл',
  'провер', 'контрол', 'визит', 'пуст', '"тару|"тара|"тары', 'подгон', 'сопровожд',
  'support', 'maintenan', 'maintain', 'visit', 'check^checkout', 'refill', 'renew', 'annual', 'monthly', 'weekly',
  '"every ~1 month|week|year|quarter|season', 'empties', 'empty', 'supervis', '"for "a "year', 'inspect',
  'заменим', 'поменяем', '"брак', '"брака', 'открытк', '"к "праздникам', '"a "week|"month|"day "later', '"later',
  '"text|"message|"email|"call "them',
  '"get|"gets|"receive|"receives ~1 "a "text|"message|"email|"call',
  // One of our people who keeps a customer for years ("мастер ведёт клиентку годами"); regular customers who buy are
  // still buying.
  '"ведет|"ведут ~2 клиент|клиентк|заказчик|гост|семь|пациент', '"годами', '"for "years',
  // Reaching again those who bought before ("Осенью сам звоню прошлогодним", "пишем прежним заказчикам"), as "звоним"
  // does.
  'прошлогодн', '"прошлым|"прежним|"бывшим|"давним|"прошлых|"прежних|"бывших|"давних ~1 клиент|покупател|заказчик|гост|пациент',
  '"звоню|"позвоню|"обзваниваю',
  // Writing or calling to the regulars ("Осенью пишу постоянным, что новый мёд готов").
  'пиш|напиш|звон|напомина|сообща|рассыла ~2 "постоянным|"постоянных|"постоянникам|"regulars',
  'следующ', 'балл', 'кешбэк', 'кэшбэк', 'накопит', 'рекламац', 'допрода', 'cashback',
  // A stamp card or a loyalty card brings the buyer back ("карта со штампами: 8-й сет бесплатно").
  'штамп', 'stamp', 'лояльност', 'loyalty',
  // What did not sell, taken back from the shop that stocked it ("непроданное забираем"): the delivery's sequel.
  'непроданн', 'нереализованн', 'невыкуплен', '"unsold',
  '"points', '"next "visit|"time|"day|"week|"morning', '"the "day|"week "after', 'upsell', 'благодар', '"просим ~2 оцен',
  // A form sent when the order is done, asking how it went ("по завершении заказа направляется анкета оценки качества").
  '"по "завершении|"окончании', 'анкет', 'оценк ~1 качеств', '"ask ~2 rate|rating',
  // A time after the purchase ("через полгода — бесплатное отпаривание"). Installing or hanging what was bought is
  // still its delivery.
  '"через|"спустя ~1 месяц|недел|полгод|"год|"года|"лет|квартал|сезон', '"months|"weeks|"years "later',
  // What the customer thought of it once used: a promise if it is not liked, a question whether it was ("если не
  // понравится — две правки бесплатно", "спрашиваем, что понравилось").
  '"если ~3 "не "нравится|"понравится|"понравилось|"понравился|"понравилась|"подошло|"подошел|"подошла|"подойдет|"устроит|"устраивает',
  '"что|"ли ~1 понравил', 'понравил "ли', '"if ~4 "not "happy|"satisfied|"right',
  '"if ~3 "don|"doesn|"didn "t "like|"fit|"work',
  // Once the customer has it: updates and fixes to what was bought, a trouble with it and what we do then ("если
  // сломается — привезём замену", "if you get a flat tyre, we bring a replacement", "patches once they own the game").
  '"once|"after ~3 "they|"you|"customers|"buyers|"players|"users ~1 "own|"have|"bought|"buy|"receive|"received|"get|"got',
  'patch|patches', '"bug "tracker|"reports|"fixes', '"free|"regular ~1 update|updates', 'обновлени', '"keep|"keeps ~2 happy',
  'replacement', '"replace "it|"them', '"замену|"замена', 'подмен',
  // Goods exchanged or work corrected for free once delivered ("если хлеб не такой — меняю", "потом месяц правки бесплатно").
  '"если *5 "меняю|"меняем|"поменяю|"поменяем|"обменяю|"обменяем|"обмениваем', 'правк|доработк|исправлени ~2 бесплатн', 'бесплатн ~2 правк|доработк|исправлени',
  '"free "revisions|"fixes|"changes',
  // One alternative of several words each: the words of a pattern follow each other, so "не работает" is a pattern of its own.
  // Something left behind or lost is a trouble after the purchase too ("если что-то забыли в машине — привозим").
  '"если ~4 слома|полом|прокол|забыл|забыли|потерял|потеряли', '"если ~4 "не "работает|"заводится', '"если ~4 "что "то ~1 случит|"пойдет',
  '"if ~5 "break|"breaks|"broke|broken|"flat|"puncture|"forgot|"forget|"lost|"lose', '"if ~5 "goes "wrong', '"if ~5 "stops "working',
  // Work done again for free when the customer is not pleased ("остались разводы — перемываем бесплатно", "бесплатно
  // перешьём", "we re-clean for free"): a promise kept after the purchase. Moving or handing over for free is delivery.
  'пере^перевоз^перевез^перевод^перевед^переезд^переход^пересыл^перешл^переда^перечисл^переговор ~2 бесплатн|"даром',
  'бесплатн|"даром ~1 пере^перевоз^перевез^перевод^перевед^переезд^переход^пересыл^перешл^переда^перечисл^переговор',
  '"re ~0 do|clean|wash|paint|print|shoot|sew|cut|fit|make ~3 "free', 'redo|redone|reclean|rewash|repaint|reprint|reshoot ~3 "free',
];

/**
 * Social networks and messengers: where people hear of us, unless a sale is what the clause does there ("Продаю на ярмарке
 * и в ВК", "заказывают через Instagram"), when they are where people buy.
 */
export const SOCIAL_MEDIA_NAMES: Patterns = [
  'инстаграм', 'вконтакте', 'телеграм', 'тикток', 'фейсбук', 'ватсап', 'соцсет', 'социальн ~1 сет', 'instagram', 'facebook',
  'tiktok', 'telegram', 'whatsapp', 'social ~1 media|network|networks',
];

// ---------------------------------------------------------------- relationships

/** Words of a channel (selling, delivering, advertising) rather than of a relationship. */
// Not "заказчик" (the customer himself), "сайт" or "почта" (a personal account on the site, letters to customers).
export const CHANNEL_ONLY_WORDS: Patterns = [
  'прода', 'покуп', 'заказ^заказчи', 'магазин', 'маркетплейс', 'достав', 'курьер', 'сдэк', 'самовывоз', 'постамат',
  // Bringing the goods round or carrying them in ("Привожу по графику каждый вторник, заношу до кухни") is their delivery.
  'привож', 'привоз', 'привез', 'завож', 'завоз', 'отгруж', 'занош', 'занес', 'вынош',
  'отправ', 'реклам', 'таргет', 'листовк', 'объявлен', 'озон', 'вайлдберр', 'авито',
  'sell|sells|selling|seller', 'sale', 'order', 'shop', 'store', 'marketplace', 'deliver', 'courier', 'ship', 'parcel', 'advert',
  '"ads', '"ad', 'flyer', 'leaflet', 'флаер', 'афиш', 'буклет', 'poster',
  // Promotion and trade fairs are where people first hear of us ("продвижение через участие в выставке").
  'продвиж', 'выставк', 'exhibition', '"trade "show|"fair',
];

/**
 * Where we advertise to people who are not yet customers: a chat of the neighbourhood, the house or the school ("фото
 * хлеба в чат района", "в родительских чатах школ"), a mailing of commercial offers. A relationship word there ("чат",
 * "рассылка") is no contact with our customers.
 */
export const ADVERTISING_VENUES: Patterns = [
  '"чат|"чата|"чате|"чаты|"чатах|"чатам|"чатов ~1 района|дома|жильцов|школ|школы|соседей|двора|поселка|села|микрорайона|жк',
  'родительск|районн|домов|соседск|городск|местн ~1 "чат|"чата|"чате|"чаты|"чатах|"чатам|"чатов',
  // Communities of parents, of the district or of a trade, where we are told of ("в родительских сообществах ВКонтакте").
  'родительск|районн|соседск|отраслев ~1 сообществ|паблик',
  'рассылк|рассыла ~1 коммерческ ~1 предложен',
  '"local|"neighbourhood|"neighborhood|"community|"parents ~1 chat|chats|group|groups',
];

/**
 * Contact with the customer as a person: someone leads, discusses, fits, designs together with a client ("ведёт
 * от мерок до сдачи", "обсуждает с каждым заказчиком"). An answer naming it describes a relationship.
 */
export const CUSTOMER_CONTACT_WORDS: Patterns = [
  '"ведет', '"ведут', '"ведем', '"веду', 'сопровожд', 'обсужд', 'обсуди', 'вместе', 'совмест', 'примерк', 'мерк',
  'встреч', 'разговар', 'беседу', 'объясня', 'показыва', 'подбира', 'подбер', 'созвани', 'созвон', 'спрашива',
  'выясня', 'согласов', 'советуем', 'советую', 'лично', 'дорабатыва', 'придумыва', 'слуша', 'учитыва', 'знакомим',
  '"с|"со|"к|"для "каждым|"каждой|"каждого|"каждому|"ним|"ней|"ними',
  '"с|"со|"к ~1 клиент|заказчи|покупател|гост|пациент|ученик|родител|арендатор|посетител|подписчик',
  // Visiting the customer in person ("reps visit each store monthly", "навещаем", "объезжаем точки").
  'навеща', 'объезжа', 'visit|visits|visiting',
  // Keeping the customer posted, not sending goods: photos, videos, reports or news of what we do for him ("каждый день
  // отправляем хозяину фото собаки", "присылаем фотоотчёт", "send parents a weekly report").
  'отправля|присыла|присла|высыла|шлем|скидыва ~3 фото|видео|отчет|снимк|новост|апдейт', 'фотоотчет|видеоотчет', 'отчитыва',
  '"держим|"держат|"держу "в "курсе', 'send|sends|sending ~3 photo|photos|video|videos|report|reports|update|updates',
  '"keep|"keeps "them|"you|"him|"her|"owners|"parents|"clients|"customers "posted|"updated|"informed',
  'discuss', 'together', '"meet', 'meeting', 'fitting', 'guide', '"walk "them|"each', 'listen', '"ask', '"asks', 'advise',
  '"with "each|"every|"them|"him|"her', '"with "the ~1 client|customer', '"with ~1 clients|customers|guests|patients|students',
];

/** Words of a customer relationship (its types, motives and means). */
export const RELATIONSHIP_WORDS: Patterns = [
  'поддерж', 'менеджер', 'консульт', 'личн', 'персональн', 'индивидуальн', 'сообществ', '=чат', 'групп', 'клуб', 'форум',
  'подписк', 'абонемент', 'членств', 'обуч', 'мастер', 'вебинар', 'семинар', 'курс', 'самообслуж', 'автомат', '=бот',
  'рассылк', 'напомин', 'бонус', 'лояльн', 'скидк', 'отзыв', 'совместн', 'бесплатн', 'пробн', 'обща', 'общени', 'помога',
  'помощ', 'связ', 'звон', 'пишем', 'пишут', '"пишу', '"пишет', 'отвеча', 'забот', 'поздрав', 'довер', 'куратор',
  'наставн', 'кабинет', 'удерж', 'привлеч', 'привлека', 'дистрибьют', 'консультант', 'тренер', '"сам', '"сами',
  'самостоят', 'постоянн', 'подар', 'дарим', '"день "рождения', 'знаем', 'помним', '"по "имени',
  'manager', 'consult', 'personal', 'individual', 'chat', 'group', 'club', 'forum', 'subscri', 'member', 'train',
  'workshop', 'webinar', 'course', 'self', 'automat', '"bot', '"bots', 'chatbot', 'newsletter', 'mailing', 'remind',
  'bonus', 'loyal', 'discount', 'review', 'фидбек', 'триал', 'help', 'call|calls|calling|called', 'answer', 'care', 'curator', 'mentor',
  'account', 'retain', 'retention', 'attract', '"co creat', 'distributor', 'coach', 'talk', 'regulars', 'birthday',
  '"by "name', 'благодар', 'открытк', 'комплимент', 'сюрприз', 'thank', '"gift', '"gifts',
];

/**
 * Pay to people in any form: a salary, a rate, piecework, a bonus, a share ("менеджеры получают 5%", "на проценте"),
 * a sum for each job done ("платим 1500 за окно").
 */
export const PAY_WORDS: Patterns = [
  'зарплат', 'заработн', 'оклад', 'ставк', 'сдельн', 'почасов', 'преми', 'гонорар', 'выплат', 'доплат', '"фот', '"зп',
  '"з "п', '=оплата "труда', '"на "проценте|"процентах', 'получают|получает|получат|зарабатыва ~2 процент|#num|#amount|рубль|валюта',
  '"платим|"платят|"плачу|"оплачиваем|"выплачиваем ~3 "за', 'salar', 'wage', 'payroll', '"paid|"pay|"fee|"fees ~2 "per',
];

/** Words that say what something costs, in money, people or time ("на это уходит полдня"). */
export const COST_WORDS: Patterns = [
  'стоим', 'стоит', 'стоят', 'обход', 'затрат', 'расход', 'трат', 'бюджет', 'рубл', '=тыс', 'тысяч', 'зарплат', 'ставк',
  'оклад', '"час', '"часа', '"часов', '"часы', '"часу', 'минут', 'времени', 'человек', 'сотрудник', 'штат', 'время',
  'деньг', 'денег', 'дешев', 'дорог', 'недорог', 'копейк', 'бесплатн', 'платим', 'оплачива', 'вложен', '"зп', '"з "п',
  // Thousands in slang ("выходит тыщи 3 в месяц", "косарь в день").
  '"тыщ|"тыщи|"тыща|"тыщу', '"косарь|"косаря|"косарей',
  // Cashback of a share is money paid back to the customer ("кешбэк 10%"); a discount is a price, and says no cost.
  'кешбэк|кэшбэк|кешбек|кэшбек|cashback ~1 процент', 'процент ~1 кешбэк|кэшбэк|кешбек|кэшбек|cashback',
  '"фот', 'полдн', 'полчас', '"уходит', '"уходят', '"я "сама|"сам', '"по "вечерам|"выходным|"утрам', '"myself', '"ourselves',
  '"занимает', '"занимают', '"отнимает', '"отнимают', '"выделяем', '"приходится|"приходятся',
  'полставк', '"вечер|"вечера|"вечеров', '"день|"дня|"дней "в "неделю|"месяц',
  'cost', 'spend', 'spent', 'budget', 'salary', 'wage', 'hour', 'minute', 'time', 'money', 'people', 'person', 'cheap',
  'expensive', '"pay', '"pays', '"paid', 'paying', 'payment', 'payroll', 'rouble', 'ruble', 'dollar', 'валюта',
  // Time cut short: "30 min per cake", "2 hrs a week", "по 20 мин".
  '"мин', '"min|"mins|"hr|"hrs',
  'evening', 'weekend', '"part "time', '"a "day "a "week',
  // A person given the work ("этим занимается администратор") and money given up ("за свой счёт", "съедает маржу").
  'занимается', 'занимаются', '"занят', '"занята', '"заняты', 'нанял', 'наняли', 'нанима', '"отдельный|"отдельного|"отдельная',
  '"за "свой|"наш|"мой "счет', 'марж', 'себестоим', 'убыт', '"at "our "expense', 'margin', 'hired',
  // What the work takes from our own rest ("ночные вызовы — цена моего сна", "ценой выходных", "недосып").
  '"цена|"ценой|"цену "моего|"моей|"моих|"нашего|"нашей|"наших|"своего|"своей|"своих', '"ценой "сна|"выходных|"отдыха|"здоровья|"нервов',
  'недосып', 'sleepless', '"lost "sleep',
  // Someone's main job ("это её основная работа"): a person's whole time is what it costs.
  '"основная|"основную|"главная|"главную "работа|"работу|"задача|"задачу|"обязанность', '"main|"full "job|"time "job',
  // Whole days or weekends of our own given to it ("это мои выходные целиком", "это весь мой день на причале").
  '"мои|"наши|"свои "выходные|"вечера|"субботы|"воскресенья', '"весь|"целый "мой|"наш|"свой ~1 "день', '"my|"our "weekends|"evenings',
  '"all "my|"our "day|"weekend|"evenings',
  // A workload in working days or hours ("нагрузка — около 3 рабочих дней менеджера на мероприятие").
  '"нагрузка|"нагрузки', 'рабоч ~1 "дней|"дня|"день|"часов|"часа|"час', 'workload', '"man "days|"hours', '"working "days|"hours',
  // A commission the channel or the aggregator takes ("агрегаторы берут 15% комиссии", "the aggregators take a commission").
  'комисси', 'commission',
  // Pay or a share to the people who keep the relationship ("менеджеры получают 5% от заказа").
  ...PAY_WORDS,
  // A part of our commission or of the bill given to whoever serves the client ("агент получает часть комиссии",
  // "the host keeps a cut of the fee").
  'получа|получит|отда|отдаем|делимся|платим ~3 "часть|"долю|"процент|"процента|"половину ~2 комисси|вознагражден|чек|оплат|гонорар',
  '"share|"cut|"part|"percentage|"half "of ~3 "our|"the|"each ~1 commission|commissions|fee|fees|bill',
  '"share|"cut ~2 "of ~1 commission|commissions|fee|fees|bill',
];

/**
 * Our people who keep a relationship, found where they are counted or given their load of clients ("4 администратора
 * посменно", "у менеджера ~10 агентств", "один нутрициолог на 50 клиентов"). Not the customers' own staff or trades,
 * which a segment may count ("компании до 50 сотрудников").
 */
export const OUR_PEOPLE: Patterns = [
  'менеджер', 'администратор', 'куратор', 'консультант', 'оператор', 'диспетчер^диспетчерск', 'наставник', 'тренер',
  'инструктор', 'преподават', 'учител', 'репетитор', 'врач', 'доктор', 'медсестр', 'нутрициолог', 'диетолог', 'психолог',
  'логопед', 'терапевт', 'стилист', '"мастер|"мастера|"мастеров|"мастеру|"мастерам', 'агент^агентств', 'модератор',
  'организатор', 'координатор', 'ассистент', 'помощник', 'помощниц', 'клинер', 'юрист', 'бухгалтер^бухгалтерск^бухгалтери',
  'риелтор', 'официант', 'продавец|продавц', 'саппорт',
  'manager', 'coach', 'curator', 'consultant', '"rep|"reps', 'representative', 'agent', 'advisor', 'adviser', 'trainer',
  'tutor', 'teacher', 'mentor', 'nutritionist', 'therapist', 'doctor', 'nurse', 'moderator', 'operator', 'assistant',
  'specialist', 'stylist', 'accountant', 'lawyer', 'coordinator', 'support',
];

// ---------------------------------------------------------------- revenue

/** How often customers pay (one-off or recurring); payment terms say it too ("оплата сразу", "paid on pickup"). */
export const FREQUENCY_WORDS: Patterns = [
  '"раз', 'разов', 'единоразов', 'единовремен', 'однократн', 'ежемесяч', 'ежеднев', 'еженедел', 'ежегод', 'ежекварт', 'месяц', 'недел',
  '"год', '"года', '"году', 'годов', 'квартал', '"день', '"дня', '"дней', 'регуляр', 'постоянн', 'подписк', 'абонемент',
  'повторн', 'кажд', 'периодич', 'сезон', '"по "мере', 'иногда', 'часто', 'редко', 'предоплат', 'аванс', 'рассрочк',
  'этап', '"сутки', 'посуточн', 'чаще', 'реже', 'полгод', '"с оборот', '"от оборот', 'вперед', '"ночь', '"ночи',
  '"сразу', '"заранее', '"по "факту', '"по "готовности', '"после "того',
  'оплат|оплач|"платят|"платит|"платим ~3 "после|"перед|"при|"до|"сразу|"заранее|"вперед',
  '"при|"после|"перед ~1 получени|выдач|доставк|завершени|окончани|выполнени|приемк|бронировани|визит|сдач|ремонт|работ',
  // A price paid in parts at steps of the deal ("50 % при заключении договора и 50 % после монтажа", "оплатить частями").
  '"при|"после|"перед|"до ~1 заключени|подписани|монтаж|установк|запуск|отгрузк|поставк|начал|старт', 'частями', 'транш',
  '"по завершени', 'постоплат', 'наложенн',
  // Paid once the goods sell, on consignment ("магазины — после реализации", "под реализацию", "sale or return").
  '"после ~1 реализаци|продажи', '"под|"на "реализацию', 'консигнац', 'consignment', '"sale "or "return',
  // "помесячно", "$4.99/mo": a period in one word or cut short.
  'помесячн', 'понедельн', 'поквартальн', 'погодов', '"mo|"mth|"yr|"wk',
  // Rent by the hour names the period it is paid for, as rent by the day or the night does ("аренда бани 2000 в час").
  'аренд|прокат|"сдаем|"сдаю ~3 почасов', 'аренд|прокат|"сдаем|"сдаю ~3 "по "часам', 'аренд|прокат|"сдаем|"сдаю ~3 "в|"за "час',
  'почасов ~1 аренд|прокат',
  'rent|rental|rentals|hire ~3 "per|"an|"by|"a "hour', 'rent|rental|rentals|hire ~3 "by "the "hour', '"hourly ~1 rent|rental|hire',
  // A price per day, night or week in English says how often, as "в день", "сутки" or "неделя" do in Russian.
  '"per|"a "day|"night|"week', '"by "the "day|"night|"week',
  '"pay "as "you "go', 'payg', 'retainer', 'абонентск',
  // Paying in at a step of the deal ("50% вносят при заказе", "вносится до начала работ").
  'внос|"внести ~3 "при|"до|"после|"перед|"сразу|"заранее|"вперед',
  'once', 'twice', 'monthly', 'weekly', 'yearly', 'annual', 'daily', 'month', 'week|weeks', 'year', 'quarter', 'regular',
  'recurring', 'subscri', 'repeat', 'every', '"one "off', '"one "time', 'often', 'sometimes', 'season', 'occasional',
  'prepay', 'deposit', 'instalment', 'installment', 'upfront', '"in "advance', 'night',
  'upon', '"paid "on', '"after "the', '"straight "away', '"on "the "spot',
  // One at a time or for a term of study: "one bag at a time", "a semester plan paid at the start of term", "за семестр".
  '"at "a "time', 'semester', '"term|"terms|termly', 'семестр', '"at "the "start|"beginning|"end "of', '"в "начале|"конце ~1 месяц|семестр|года|сезон|курс',
  '"paid|"pay|"pays|payment|paying ~3 "before|"after|"upon|"on',
  '"on|"after|"before ~1 pickup|pick|delivery|completion|arrival|collection|receipt|booking|"job|"work|"end',
  // Any payment terms say when the customer pays, and so how often: an invoice and its term, milestones, payment on the
  // spot or deferred ("on 30-day invoice", "paid in 3 milestones", "оплата на месте", "с отсрочкой").
  'invoice', 'milestone', '"net "7|"10|"14|"15|"30|"45|"60|"90', 'deferr', '"on "account', 'отсрочк', '"по "счету|"счетам',
  'оплат|оплач|"платят|"платит|расчет ~3 "на "месте|точке', 'оплат|оплач|"платят|"платит|расчет ~3 "у "кассы',
  '"pay|"paid|payment|"pays ~3 "on "site|"the "spot', '"pay|"paid|payment|"pays ~3 "at "the "door',
  '"по "окончании|"итогам', 'поэтапн', 'staged', '"in ~1 "stages|"parts|"tranches',
  // "Paid in full when booking": the whole price at one moment of the deal.
  '"in "full', '"when|"at ~1 "booking|"ordering|"checkout|"arrival|"pickup|"delivery',
];

/** How the price is set or what it is. */
export const PRICE_WORDS: Patterns = [
  '=цен', 'ценник', 'ценообраз', 'стоим', 'стоит', 'прайс', 'тариф', 'рубл', '=тыс', 'тысяч', 'скидк', 'наценк',
  'процент', 'комисси', 'бесплатн', 'дорож', 'дешев', 'дорог', 'фиксир', 'динамич', 'договор', 'торг', 'аукцион', '=чек',
  'смет',
  // A price set against the market or the cost ("по рыночной", "чуть ниже конкурентов", "по калькуляции").
  'рыночн', 'конкурент', 'прейскурант', 'калькуляц', '"market "rate|"price', 'competitor',
  // A rate set by the market, above, below or at its level ("ставка по рынку ATI", "чуть ниже рынка", "в рынке").
  '"по|"ниже|"выше|"уровне "рынка|"рынку', 'среднерыночн', '"в "рынке',
  // A price left to the customer: donations, pay what you want.
  // Donations, not donated goods ("продажа пожертвованных вещей" sells what was given).
  'пожертвование|пожертвования|пожертвований|пожертвованиям|пожертвованиями|пожертвованию|пожертвуй|пожертвуют',
  'донат', '"сколько "не "жалко', '"по "желанию', 'donat', '"pay "what', '"pay|"paying "as "you',
  'price', 'pricing', 'cost', 'tariff', '"fee', '"fees', 'discount', 'markup', 'percent', 'commission', 'cheap',
  'expensive', 'fixed', 'dynamic', 'negotiat', 'auction', 'rouble', 'ruble', 'валюта', 'dollar', 'euro', 'rate',
];

// ---------------------------------------------------------------- resources

/** Physical resources. */
export const PHYSICAL_RESOURCE_WORDS: Patterns = [
  'оборудован', 'помещени', 'офис', 'склад', '=цех', 'станок', 'станк', 'машин', 'автомоб', 'транспорт', 'техник',
  'компьютер', 'ноутбук', 'сервер', 'магазин', 'точк', 'кухн', 'студи', '=зал', 'сырь', 'материал', 'инструмент',
  'ростер', '"печь', '"печи', 'мебел', 'недвижим', 'здани', 'площад', 'земл', 'товар', 'запас', 'фургон', 'кресл',
  'материальн', 'физическ',
  'equipment', 'premises', 'office', 'warehouse', 'workshop', 'machine', 'vehicle', '"car', '"cars', '"van', '"vans',
  'truck', 'computer', 'laptop', 'server', 'shop', 'store', 'kitchen', 'studio', 'room|rooms', '"raw', 'material', 'tool|tools',
  'roaster', 'oven', 'furniture', 'building', 'space', 'land', 'stock', 'inventory', 'physical',
];

/** Intellectual resources. */
export const INTELLECTUAL_RESOURCE_WORDS: Patterns = [
  'бренд', 'патент', 'лиценз', 'знан', 'технолог', 'рецепт', 'программ', '"код', '"кода', 'сайт', 'приложен', 'платформ',
  '=баз', 'методик', '"ноу "хау', 'товарн', 'репутац', 'авторск', 'контент', 'опыт', 'экспертиз', 'профил',
  'интеллектуальн', '"данные|"данных|"данными', '=crm', 'софт', 'курс',
  'brand', 'patent', 'licen', 'knowledge', 'technolog', 'recipe', 'software', '"code', 'website', 'site', '"app', '"apps',
  'application', 'platform', 'database', '"base', 'method', '"know "how', 'trademark', 'reputation', 'copyright',
  'content', 'experience', 'expertise', 'profile', 'intellectual', 'data',
];

/** Human resources. */
export const HUMAN_RESOURCE_WORDS: Patterns = [
  'сотрудник', 'персонал', 'команд^командиров', '"люди', '"людей', 'работник', 'специалист', 'менеджер', 'мастер',
  'повар', 'бариста', 'преподават', 'учител', 'программист', 'разработчик', 'дизайнер', 'основател', 'владел', 'эксперт',
  'курьер', 'штат', 'кадр', 'обжарщик', 'продав', 'консультант', 'бухгалтер', 'тренер', '"я', '"мы "сами', 'руки',
  'человек', 'человеческ',
  'staff', 'team', 'people', 'employee', 'specialist', 'manager', 'master', 'cook|cooks|cooking', 'chef', 'barista', 'teacher',
  'developer', 'programmer', 'designer', 'founder', 'owner', 'expert', 'courier', 'hire', 'human', '"i', 'myself',
  'accountant', 'trainer', 'person',
];

/** Financial resources. */
export const FINANCIAL_RESOURCE_WORDS: Patterns = [
  'деньг', 'денег', 'финанс', 'капитал', 'инвестиц', 'инвестор', 'кредит', 'займ', 'заем', 'оборотн', 'бюджет',
  'сбережен', 'накоплен', 'грант', 'субсиди', 'рубл', '=тыс', 'тысяч', '=млн',
  'money', 'financ', 'capital', 'invest', 'loan', 'credit', 'savings', 'cash', 'budget', 'grant', 'subsid', 'fund',
];

/** Where a resource comes from (owned, rented, from partners). */
export const OWNERSHIP_WORDS: Patterns = [
  '=сво', '"свой', 'собствен', 'аренд', 'сдают', 'снима', 'лизинг', 'кредит', 'купл', 'купил', 'покупа', 'партнер',
  'личн', 'семейн', 'подрядчик', 'аутсорс', 'напрокат', '"в "пользовани', 'достал', 'outsourc', 'contractor',
  'взял', 'взят', 'одолж', 'бесплатн', 'подписк', '=наш', '"мой', '"мои', '"моя', '"мое', '"моих', '"моим', 'владе',
  '"дают', '"дает', 'предоставл', 'нанят', 'нанима', 'найм', 'заем', 'займ', 'инвест', '"дома', '"я', '"сам', '"сама',
  '"own', 'owne', 'rent', 'lease', 'leasing', 'bought', '"buy', 'borrow', 'loan', 'partner', '"our', '"ours', '"my',
  '"mine', 'subscri', 'hire', 'hired', 'provide', 'given', 'invest', '"at "home', '"i', 'myself',
  // Simply having it ("у нас есть", "имеется") says it is at hand, most likely owned.
  '"есть', 'имеется|имеются', 'принадлеж', '"we "have', '"have "got',
  // Staff on the payroll, freelancers, a supplier's or a contractor's: where the resource comes from.
  '"в "штате', 'штатн', 'фриланс', 'поставщик', '"по "договору', 'freelanc', 'supplier', '"in "house', '"on "staff',
  // The founders and their family are where the work comes from, as "я" is ("me", "2 devs (cofounders)", "муж возит").
  '"me', 'основател', 'сооснов', 'соучредит', 'совладел', 'founder', 'cofounder', '"жена|"жены|"женой|"муж|"мужа|"мужем', 'супруг',
  'семья|семьи|семьей', '"wife', '"husband', 'family',
  // Paid for in full, made or built by us ("the truck (paid off)", "proprietary algorithms", "сделали сами").
  '"paid "off|"for', 'выплачен', '"built "up', 'наработ', 'propriet', '"built|"made "it|"them|"ourselves|"myself', 'сделали|построили|собрали ~1 "сами',
];

// ---------------------------------------------------------------- partners

/** What a partner supplies or takes over. */
export const CONTRIBUTION_WORDS: Patterns = [
  'поставля', 'поставк', 'поставит', 'поставят', '"делает', '"делают', 'сделает', 'сделают', 'занима', 'отвеча',
  '"берет "на "себя', '"берут "на "себя', 'обеспеч', 'предоставл', '"дает', '"дают', 'помога', 'обслужива', 'ремонт',
  'чини', '"чинят', 'печата', 'достав', 'привоз', 'везут', 'возит', '"продают "нам', '"продает "нам', 'закупа', 'покупа',
  '"берем', 'выпуска', 'производ', 'шьют', 'шьет', 'пекут', 'снабжа', 'привод', 'рекламир', 'продвига', 'консультир',
  '"ведет', '"ведут', '"для "нас', '"за "нас', '"по', '"у "них', '"у "него', '"у "нее', 'размеща', 'хран',
  'разрабатыва', 'поддержива', 'пишут', 'пишет', 'снима', 'принима', 'отгружа', 'упаковыва', 'фасу', 'аренд', '"где',
  '"который', '"которая', '"которое', '"которые', 'рекоменду', 'советуют', '"сдают', '"сдает', '"беру', '"брать',
  'провод', 'чист', '"для',
  // Taking work on, or the work named as a noun ("берёт наши заказы", "договор с типографией на печать меню").
  '"берет|"берут|"везет|"несет', '"печать|"печати', 'пошив', '"монтаж|"монтажа|"монтажу', 'уборк', 'перевозк',
  // Called in for a need that names the work ("зову, когда надо таскать", "when we need extra hands").
  '"когда|"если ~1 "надо|"нужно', '"when "we "need',
  // Standing in for us is a role too ("выручит, если печь сломается", "на подхвате").
  'выруча', 'выручи', 'подстрах', 'подхват', 'подмен', 'замеща', 'прикрыва', 'спаса',
  // What happens at the partner's or through it, in a clause after its name ("автошкола, там сдаём экзамен").
  '"там', '"через "них|"него|"нее', '"through "them|"it|"him|"her',
  '"supplies', '"supply', '"supplied', 'provide', 'deliver', '"for "us', 'handle', '"take "care', '"takes "care',
  'maintain', 'repair', 'print', 'ship', 'produce', '"make', '"makes', '"made', 'help', 'bring', '"sell "us', '"sells "us',
  '"from "them', '"comes|"come "from', '"buy', '"buys', 'buying', 'host', 'develop', '"run', '"runs', 'manage', '"do', '"does', 'store',
  'advertis', 'promot', 'source', 'pack', '"for', 'rent', '"where', '"who', '"which', 'recommend', 'refer',
  'cover', 'rescue', '"step|"steps|"stand|"stands "in',
  'certif', 'distribut', 'send|sends|sending', 'give|gives|giving', 'lend|lends', 'offer', 'sponsor', 'process', 'clean',
  'teach', 'audit', 'inspect', 'translat', 'design', 'build|builds', 'install', 'transport', 'carry|carries', 'cook', 'bake',
  'roast', 'grow|grows', 'take|takes|taking', 'connect', 'introduc', 'share|shares', 'collect', 'fix|fixes', 'brew',
];

/** Supplier nouns whose next word may name what is supplied ("поставщик зерна"). */
export const SUPPLIER_NOUNS: Patterns = [
  'поставщик', 'производител', 'провайдер', 'импортер', 'оптовик', 'дистрибьютор', '"база', '"базы', 'магазин', 'склад',
  'завод', 'фабрик', 'supplier', 'vendor', 'provider', 'maker', 'wholesaler', 'distributor', 'importer',
];

/**
 * Kinds of business named by a common noun of their trade, with no ending of an occupation ("аптека", "ветаптека",
 * "автомойка", "лизинговая компания", "страховая", "a pharmacy", "a car wash"): the kind says what the partner does for
 * the business. A bank is left out: it may lend, keep the account or take the payments, and the answer must say which.
 */
export const KINDS_OF_BUSINESS: Patterns = [
  // Shops and services for people and animals.
  'аптек', 'ветаптек', 'зооаптек', 'зоомагазин', 'ветлечебниц', 'ветстанци', 'оптик', 'стоматологи', 'лаборатори', 'автошкол',
  // A wholesale depot or market sells goods in bulk, as a bare "база" or "поставщик" does not say ("Оптовая база").
  'оптов "база|"базы|"базе|"базу|"базой|рынок|рынк',
  // Cars and transport.
  'автомойк', 'автомастерск', 'автосервис', 'автозапчаст', 'эвакуатор', 'шиномонтаж', 'автопарк', 'таксопарк', '"такси',
  'каршеринг', 'грузоперевоз', 'транспортн ~1 компани|служб|агентств', 'логистическ ~1 компани|служб', 'курьерск ~1 служб',
  'почт^почти^почтен', 'пункт ~2 выдачи',
  // Money and paperwork.
  'лизинг', 'страхов^страховк', 'эквайринг', 'платежн ~1 систем|сервис|агрегатор', 'бухгалтерск ~1 фирм|компани|бюро|аутсорс',
  'юридическ ~1 фирм|компани|бюро|агентств', 'кадров ~1 агентств', 'рекламн ~1 агентств', 'турагентств', 'колл ~1 центр',
  // An agency named for the people it sends says what it gives ("актёрское агентство", "модельное агентство").
  'актерск|модельн|кастингов ~1 агентств',
  // A hire of equipment lends it for the work ("прокат техники", "прокат оборудования").
  'прокат ~1 техник|оборудовани|инвентар|снаряжени',
  // Making, mending and cleaning.
  'пекарн', 'хлебозавод', 'кондитерск', 'молокозавод', 'мясокомбинат', 'птицефабрик',
  // Slaughtering or storing the farm's own produce is a service done on it ("Бойня в районе"); a mill, as A and D label it,
  // supplies flour and needs saying so, as "завод" does.
  'бойн^бойник', 'скотобойн', 'элеватор', 'пилорам', 'лесопилк', 'химчистк',
  'прачечн', 'клининг', 'ателье', 'типограф', 'полиграф', 'копицентр', 'фотостуди', 'кейтеринг', 'обжарк', 'пивоварн',
  'питомник', 'теплич ~1 хозяйств|комбинат', 'фулфилмент', 'хостинг', 'маркетплейс',
  // The same in English.
  'pharmac', 'drugstore', 'chemist|chemists', '"vet|"vets', 'veterinar', '"pet ~1 "shop|"store', 'optician', 'dentist',
  '"car ~1 "wash', 'carwash', '"body "shop', '"tyre|"tire ~1 "shop|"centre|"center|"fitter', 'towing', '"driving "school',
  'leasing', 'lessor', 'insurer', 'insurance', '"payment ~1 processor|provider|gateway', '"law|"accounting "firm', 'bookkeep',
  '"staffing|"recruitment|"advertising|"travel|"ad "agency', '"call "centre|"center', 'logistics', 'freight', 'haulage', 'movers',
  '"post "office', 'bakery', 'brewery', 'abattoir', 'slaughter', 'roastery', 'dairy', 'sawmill', 'butcher|butchers', 'florist', 'tailor|tailors', 'locksmith',
  '"dry "cleaner|"cleaners|"cleaning', 'laundr', '"print "shop', 'printing', 'catering', 'hosting', 'fulfil', 'marketplace',
  // Places hired for an event: the hall is what they give.
  'банкетн ~1 зал', '"venue|"venues', '"banquet|"event "hall|"halls|"space|"spaces',
];

/**
 * Trades and occupations a partner is named by whose ending does not tell them ("типография", "прачечная", "бухгалтерия",
 * "a laundromat", "a bakery"): naming the trade says what the partner does.
 */
export const TRADE_NOUNS: Patterns = [
  'бухгалтер', 'курьер', 'грузчик', 'ветклиник', 'нотариус', 'юрист', 'охран', 'cleaners', 'courier', 'caterer|caterers', 'garage',
  'notary', 'accountant', 'lawyer', 'plumber', 'electrician',
  // Crafts whose names end like no agent noun.
  'сантехник', 'электрик', 'столяр', 'плотник', 'маляр', 'механик', 'повар', '"швея|"швеи|"швей', 'портн', 'садовник', 'художник',
  'ювелир', 'кузнец', 'печатник', 'бетонщик', 'кровельщик',
  // Carriers of goods: the name says they bring them ("карго из Китая", "a freight forwarder").
  'карго', 'логист', 'cargo', 'freight', 'forwarder',
  ...KINDS_OF_BUSINESS,
];

/**
 * Nouns with the ending of an occupation that name no role a partner plays ("партнёр", "директор", "договор", "a partner",
 * "a customer", "родители"), and supplier nouns, which say the role only with what is supplied.
 */
export const NO_ROLE_NOUNS: Patterns = [
  'партнер', 'директор', 'договор', 'пример', 'номер', 'размер', 'компьютер', 'сервер', 'вариант', 'родител', 'покупател',
  'житель', 'получател', 'собственник', 'владел', 'учредител', 'руководител', 'основател', 'представител', 'сектор', 'офицер', 'контор',
  // A workshop says no trade until it says of what ("мастерская Ковалёва").
  'мастерск',
  'partner', 'other', 'another', 'owner', 'member', 'customer', 'order', 'after', 'over', 'under', 'never', 'ever', 'whatever',
  'together', 'number', 'brother', 'sister', 'mother', 'father', 'every', 'very', 'country', 'library', 'founder', 'director',
  'investor', 'sponsor', 'manufacturer', 'either', 'neither', 'rather', 'register', 'corner', 'center|centre',
  ...SUPPLIER_NOUNS,
];

/**
 * People's first names, in full and in the short forms said of people one knows ("Саня", "Галя", "Mike"): after a trade
 * ("Грузчики Саня и Рома", "Швея Галя") they say who does the work, not the name of a firm.
 */
export const FIRST_NAMES: Patterns = [
  '"александр', '"саша', '"саня', '"шура', '"алексей', '"леша', '"андрей', '"антон', '"артем', '"борис', '"боря', '"вадим',
  '"валера', '"василий', '"вася', '"виктор', '"витя', '"владимир', '"вова', '"володя', '"влад', '"геннадий', '"гена',
  '"григорий', '"гриша', '"денис', '"дмитрий', '"дима', '"евгений', '"женя', '"егор', '"иван', '"ваня', '"игорь', '"илья',
  '"кирилл', '"константин', '"костя', '"максим', '"михаил', '"миша', '"никита', '"николай', '"коля', '"олег', '"павел',
  '"паша', '"петр', '"петя', '"роман', '"рома', '"руслан', '"сергей', '"сережа', '"степан', '"степа', '"тимур', '"федор',
  '"федя', '"юрий', '"юра', '"анатолий', '"толя', '"эдик',
  '"анна', '"аня', '"алена', '"валентина', '"валя', '"галина', '"галя', '"дарья', '"даша', '"екатерина', '"катя', '"елена',
  '"лена', '"ирина', '"ира', '"лариса', '"люда', '"людмила', '"марина', '"мария', '"маша', '"наталья', '"наташа', '"нина',
  '"ольга', '"оля', '"светлана', '"света', '"софья', '"соня', '"татьяна', '"таня', '"юлия', '"юля', '"ксения', '"ксюша',
  '"оксана', '"тамара', '"зина',
  '"john', '"mike', '"dave', '"tom', '"sam', '"alex', '"peter', '"paul', '"jim', '"bob', '"joe', '"nick', '"ben', '"dan',
  '"chris', '"tony', '"steve', '"matt', '"jack', '"anna', '"maria', '"sarah', '"kate', '"jane', '"mary', '"emma', '"lucy',
  '"lisa',
];

/** Words that join two partners rather than describe one ("поставщики и курьеры"). */
export const CONJUNCTIONS: Patterns = ['"и', '"или', '"а', '"также', '"тоже', '"and', '"or', '"also', '"as'];

/** Words before "supplier" that are not what is supplied ("a supplier", "our local supplier"). */
export const SUPPLIER_QUALIFIERS: Patterns = [
  '"a', '"an', '"the', '"our', '"my', '"one', '"two', '"local', '"main', '"key', '"big', '"small', '"and', '"or',
];

/** Answers saying there are no partners yet; nothing to coach then. */
export const NO_PARTNERS_PHRASES: Patterns = [
  '"нет', '"нету', '"никого', '"пока "не', '"сами', '"сам', '"сама', '"no', '"none', '"nobody', '"not "yet', '"ourselves',
  '"myself',
  // The formal "нет": "Отсутствуют.", "Партнёры отсутствуют".
  '"отсутствуют|"отсутствует',
  // The formal "not planned", "not needed": "Не предусмотрены.", "Не планируются", "Not required".
  '"не ~1 предусмотр|планиру|требу|нужн|привлека|использу', '"not ~1 planned|needed|required|used|applicable',
];

/**
 * An answer that says outright there are no partners, at any length ("Партнёров нет, материалы покупаю на рынке сам").
 */
export const NO_PARTNERS_STATEMENTS: Patterns = [
  '"партнеров|"партнеры|"партнера ~2 "нет|"нету', '"партнеры ~1 "не "нужны', '"не "ищу|"ищем ~1 партнер', '"нет|"нету ~2 партнер',
  '"без ~2 партнер', '"все ~2 "сам|"сама|"сами', '"ни "с "кем', '"обходимся|"обхожусь|"справляемся|"справляюсь "без|"сами|"сам|"сама',
  '"никаких ~1 партнер', '"no ~2 partner|partners', '"without ~2 partner|partners', '"everything ~2 "myself|"ourselves',
  '"all "by "myself|"ourselves', '"работаю|"работаем ~1 "один|"одна|"одни|"сам|"сама|"сами', '"все ~2 "своими|"собственными "силами',
  '"everything|"all ~3 "in "house',
  '"work|"works ~1 "alone', '"solo', '"don "t "have ~2 partner|partners', '"on "my|"our "own',
  'партнер ~2 "отсутствуют|"отсутствует', '"отсутствуют|"отсутствует ~2 партнер',
];

/** The risks a partnership reduces; a backup "на случай срыва" among them. */
export const RISK_WORDS: Patterns = [
  // Not the stem "перебо", which one typo away reads "перевод" ("переводчики-фрилансеры").
  'риск', 'надеж', 'подстрах', 'страх', 'запас', 'резерв', 'гарант', '"перебой|"перебои|"перебоев|"перебоях|"перебоями', '=сбо',
  '"сбой', 'зависим', '"если', '"без',
  'остан', 'встан', 'сорв', 'срыв', 'подвед', 'потер', 'безопас', 'стабил', 'защит', 'замен', 'альтернатив', 'снижа',
  'меньше', '"не "придется', '"не "нужно', '"чтобы', 'вовремя', 'качеств', '"не хвата', 'нехватк', '"когда', '"поэтому',
  '"так "что', '"на "случай', '"иначе', 'разрыв', '"держит "для "нас', '"держат "для "нас', 'подмен', 'дублир', 'диверсиф',
  'фиксир ~1 цен|ставк|аренд|тариф|стоимост', 'защищ',
  // Prices held for a time, and refunds when an event is cancelled, are a price jump and a loss the partner carries ("держит
  // цены до конца года", "сама возвращает деньги при отменах", "holds prices for a year", "handles refunds on cancellations").
  '"держит|"держат|"удерживает|"удерживают|"сохраняет|"сохраняют|"замораживает|"замораживают ~1 цену|цены|ставку|ставки|тариф|тарифы',
  '"hold|"holds|"freeze|"freezes ~1 "price|"prices|"rate|"rates', '"price "freeze',
  'возвраща|возврат|вернет|вернут ~4 "при|"за|"после ~1 отмен', 'refund|refunds ~4 cancel', 'долгосрочн', 'выруча', 'ответственност',
  // A partner who answers for a part of the work carries its risk, as "несёт ответственность" says ("отвечает за холодовую цепь").
  '"отвечает|"отвечают "за',
  '"responsible|"liable "for', 'liabilit', '"take|"takes "responsibility',
  '"в "срок|"сроки', 'проверенн', 'fallback', '"в "наличии', 'всегда', 'бесперебойн', 'предсказуем',
  'always', 'predictab', 'continuity',
  // A trouble the partner saves us from or stands in for: downtime, the off-season, a shortage, a breakdown, an illness
  // or a holiday, a peak we would not cope with ("в несезон спасает от простоя", "на подхвате, когда мастер на больничном").
  'спаса', 'спасет', 'спасут', 'выручи', 'прикрыва', 'прикро', 'подхват', 'замеща', 'дублер',
  '"простоя|"простою|"простоем|"простои|"простоев', 'простаива', 'несезон', 'межсезон', '"не "сезон', '"мертвый|"низкий "сезон',
  'зависе', 'дефицит', 'полом', 'слома', 'болезн', 'заболе', '"болеет|"болеют', 'больничн', 'отпуск^отпускн', 'перегруз',
  'пиков', '"в "пик', 'аврал',
  // A case we could not handle alone, calls we would lose: the partner steps in when needed ("при необходимости его
  // невролог смотрит ребёнка — я не остаюсь одна с трудными случаями и не теряю звонки").
  '"при "необходимости', '"остаюсь|"остаемся|"оставаться ~1 "одна|"один|"одни|"без', 'трудн|сложн ~1 случа', 'теря',
  '"save|"saves "us', 'rescue', '"step|"steps|"stand|"stands|"fill|"fills "in', 'downtime', 'idle', '"off "season', 'offseason',
  '"low|"quiet|"slow|"dead "season|"months|"periods', 'shortage', 'scarc', '"break|"breaks|"broke "down', 'sick', 'holiday',
  'vacation', 'overload', '"peak', 'rush',
  // A loss the partner bears: defects taken back, goods unsold returned, money not tied up, repairs after an accident at
  // its own cost ("забирает брак за свой счёт", "товар на реализацию", "при аварии ремонт за их счёт").
  '"за "свой|"свою|"их|"его|"ее "счет', '"at "their|"its|"his|"her ~1 "cost|"expense', '"брак|"брака|"браком', 'defect',
  '"на|"под "реализацию|"реализации', 'consignment', '"sale "or "return', 'unsold', '"не "продали|"продалось|"продано|"распродали',
  'заморажива|заморож', 'авари', 'outage', 'emergenc', '"take|"takes|"taking "back',
  // Harm to what we own that the partner keeps away: theft, damage, spoiling ("хранит лодки в охраняемом ангаре — не
  // украдут").
  'украд', 'краж', 'угон', 'угна', 'воровств', 'похищ', 'испорч', 'порч', 'поврежд', 'повред', '"сохранность|"сохранности', 'охраняем',
  // A loss the partner takes on itself is off our hands ("берёт на себя возвраты и налоги", "handles refunds"); taking on the
  // work alone ("берёт на себя логистику") says what it does.
  '"на "себя ~2 возврат|налог|риск|ответственност|брак|претензи|гаранти|штраф', '"handles|"handle ~2 "refunds|"returns|"taxes|"chargebacks',
  // Guarding what we own is keeping theft away ("берёт на себя охрану лодок", "сторожит склад ночью", "guards the boards").
  'охраня', '"охрану', 'сторож', '"guard|"guards|"guarding',
  // Not "испорт", which one typo away reads "импорт".
  '"испортится|"испортятся|"испортился|"испортилась|"испортит|"испортят',
  'theft', 'stolen', 'steal', 'damag', 'spoil', '"safe "keeping', 'safekeeping',
  '"второй|"второго|"вторым|"второму ~1 поставщик|подрядчик|завод|партнер', '"spare', '"second "supplier',
  // Goods the partner takes back when unsold or out of date ("просрочку забирает обратно", "непроданное назад"): the loss
  // is theirs.
  'забира|забер|заберут|принима|примут|берет|берут|вывоз|вывез|возьм ~4 "обратно|"назад', 'непродан|нереализован|невостребован',
  'просрочк|просроченн', 'expired', 'leftover', '"out "of "date', 'излиш', 'surplus',
  // A loss the partner pays for: "возмещает стоимость битого товара", "reimburses damaged stock".
  'возмещ', 'компенсир|компенсац', 'reimburs', 'compensat', 'убытк|убытки|убытков', '"несет|"несут ~2 расход|издержк|потер',
  '"bear|"bears|"carry|"carries|"absorb|"absorbs ~2 "cost|"costs|"loss|"losses', 'recall',
  // Goods or work the partner replaces or redoes at no cost when they turn out faulty or die: the loss is theirs ("при браке
  // бесплатно меняет партию", "переделывают бракованный тираж", "replaces dead plants free", "a free remake of a faulty batch").
  '"браке|"браку|бракован|дефектн', 'бесплатн ~3 меня|меняют|поменя|замен|переделыва|передела|перешива|перепечата',
  'меня|меняют|поменя|переделыва|передела|перешива|перепечата ~3 бесплатн|погибш|засохш|умерш|неисправн',
  'погибш|засохш|умерш|неисправн ~5 меня|меняют|поменя|замен',
  // Goods that came out bad, exchanged by the partner ("пересушенную или кривую меняют", "битые заменяют").
  '"кривую|"кривые|"кривой|пересушен|пересохш|"сырую|"сырые|гнил|"битые|"битую|треснувш|порван|"мятые|"мятую|некачествен|негодн ' +
    '~3 меня|меняют|поменя|замен|обменива',
  'replace|replaces|replaced|redo|redoes|remake|remakes|reprint|reprints ~3 "free|defective|faulty|dead|dying|broken',
  '"free|"free-of-charge ~2 replacement|replacements|redo|remake|reprint', 'guarant', 'warrant',
  // Stock the partner keeps for us whatever happens ("держит неснижаемый остаток", "a buffer stock").
  'неснижаем', '"safety "stock', 'buffer', '"buy|"buys|"take|"takes "back',
  // A contract that fixes price, volume or supply ahead, or a partner that answers for the outcome, carries a risk
  // for us: a failed delivery, a price jump, a claim ("по договору", "forward contracts lock in price", "carries the liability").
  '"по "договору|"договорам|"контракту|"контрактам', '"договор|"контракт ~2 "на "год|"сезон|"поставк', 'форвард', 'фьючерс',
  '"contract|"contracts|"contracted', '"forward ~1 contract|contracts|purchase|purchases|price|prices',
  '"lock|"locks|"locked "in', 'liabil', 'liable', 'indemn', 'обязательств', 'обязует|обязуются',

  '"when', 'cover', '"so', '"in "case', 'risk', 'reliab', 'backup', 'insur', 'stock', 'reserve', 'guarantee', 'fail',
  'breakdown', 'depend', 'secur', 'stable', '"if', '"without', 'never', '"run "out', 'replace', 'alternative', 'reduce',
  'less', '"on "time', 'quality', 'protect',
];

// ---------------------------------------------------------------- costs

/** Words that explicitly split costs into fixed and variable. */
export const COST_SPLIT_WORDS: Patterns = ['постоянн', 'фиксир', '"фикс', 'переменн', 'условно', 'fixed', 'variable', 'overhead'];

/**
 * A cost given per period ("70 000 в месяц", "каждый месяц"). With a per-unit cost next to it, the answer already
 * tells fixed from variable; a plain list of rent and commission does not.
 */
export const PER_PERIOD_COST_MARKERS: Patterns = [
  'ежемесяч', '"в "месяц', '"за "месяц', '"месяц', '"в "год', 'monthly', '"a "month', '"per "month', '"month',
];

/** What a sum is paid per ("тыс./мес.", "300k/month") when it is paid every period rather than per item. */
export const PERIODS: Patterns = [
  'месяц', '"мес', '=год', 'недел', '"день', '"дня', '"сутки', 'квартал', 'month', '"mo', '"year', '"yr', 'week|weeks', '"day',
  'quarter',
];

/** A cost that grows with sales ("40% выручки", "за каждую доставку", "растут с числом уроков"). */
export const PER_UNIT_COST_MARKERS: Patterns = [
  'выручк', 'оборот', '"от|"с продаж', '"за|"с|"на кажд', 'сдельн', 'завис', 'раст', 'объем', 'пропорционал', '"на "одного',
  '"за|"на|"с штук|единиц|выпуск|заказ|смен|заняти|урок|проект|поездк|доставк|клиента|гостя|человека|порци|чашк|стрижк',
  '"per "unit|"order|"sale|"event|"episode|"job|"guest|"customer|"person|"item|"piece|"delivery|"visit|"lesson|"class',
  '"per "session|"ride|"trip|"booking|"cup|"repair', '"of "sales', 'revenue', '"for "each', 'depend', 'grow', 'volume',
  'proportion', '"по ~1 "заказам|"продажам|"объему|"факту',
  // Paid by the hour, the shift or the lesson ("аренда зала по часам", "повару по сменам").
  '"по "часам|"сменам|"урокам|"занятиям|"проектам|"выездам|"заявкам|"штукам', '"by "the "hour|"job|"piece', '"по "мере', '"под ~1 заказ|кажд',
];

/**
 * A share of the takings ("5% выручки", "40% от работ", "5% от заказа"): what a manager or a master is paid, or a
 * commission; a discount of 5% is not a sum the business spends.
 */
export const SHARE_OF_REVENUE: Patterns = [
  'процент ~1 выручк|оборот|продаж|sales|revenue',
  'процент ~1 "от|"с ~1 выручк|оборот|продаж|работ|заказ|чек|сделк|услуг|стоимост|сумм|смен|выезд|проект|отгруз|закуп',
  'процент ~1 "of|"from ~1 sales|revenue|order|orders|job|jobs',
];


/** A cost answer referring to all resources at once; nothing to check then. */
export const ALL_RESOURCES_WORDS: Patterns = ['ресурс', 'resource'];

export type CostlyResourceId = 'premises' | 'equipment' | 'staff' | 'software' | 'vehicles';

/** Staff named in the resources, and again in the costs when their pay is meant ("бариста 110 тыс"). */
// Not the places or things named after them: "пекарня", "парикмахерская", "барбершоп", "штатив", "водительские права",
// "логопедические зонды", "врачебный кабинет".
const STAFF: Patterns = [
  'сотрудник', 'персонал', 'работник', 'команд^командиров', 'штат^штатив', 'бариста', 'повар', 'менеджер', 'преподават',
  'учител', 'специалист', 'программист', '"мастер', '"мастера', '"мастеров', '"мастерам', 'водител^водительск', 'инструктор',
  'тренер', 'юрист', 'бухгалтер^бухгалтерск^бухгалтери', 'администратор', 'пекар^пекарн', 'кондитер^кондитерск', 'официант',
  'врач^врачебн', 'риелтор', 'клинер', 'наставник', 'помощник', 'продавец|продавц|продавщиц', 'диспетчер^диспетчерск',
  'столяр^столярн^столярк', '=шеф', 'барбер^барбершоп', 'парикмахер^парикмахерск', 'агроном', '"рабочие',
  '"рабочих', '"рабочим', 'швея', '"швеи', '"швей', '"швее', '"швеям', 'портних', 'закройщ', 'уборщиц', 'монтажник',
  'сборщик', 'технолог^технологи', 'оператор', 'пивовар', 'звукорежисс',
  'механик', 'сварщик', 'электрик', 'сантехник', 'грузчик', 'охранник', 'няня', '"няни', 'воспитател^воспитательн', 'логопед^логопедическ',
  'бригад', 'crew', 'staff', 'employee', 'team', 'barista', 'cook|cooks|cooking', 'chef', 'manager', 'teacher', 'specialist', 'developer', 'programmer',
  'driver', 'assistant',
];

/**
 * The founder, the family or co-founders named among the resources ("я сам — мастер", "мы с женой", "партнёр по
 * бизнесу"): whether anyone is paid is unclear, so no pay is asked for.
 */
const FOUNDER_HIMSELF: Patterns = [
  '"я', '"сам', '"сама', '"сами', '"мы', '"вдвоем', '"втроем', 'основател', 'сооснов', 'соучредит', 'совладел', '"жена',
  '"жены', '"женой', '"муж', '"мужа', '"мужем', 'супруг', 'семья|семьи|семьей|семейн', 'родител', '"мама', '"мамой',
  '"папа', '"папой', '"сын', '"сыном', '"дочь', '"дочерью', '"брат', '"братом', 'сестр', 'родствен', 'волонтер', 'партнер',
  '"myself', '"i', '"me', '"we', 'founder', '"wife', '"husband', 'family', 'volunteer', 'partner',
  // The author of a course or a method, one person, is the one whose project it is: a trade said of them ("автор —
  // практикующий бухгалтер") tells what they know, not whom the project pays. Authors in the plural may be hired.
  '"автор', '"author',
  // One's own expertise or years in a trade ("My own expertise (12 years as a head chef)", "мой опыт — 10 лет поваром").
  '"years "as', '"лет "в "профессии', '"лет "поваром|"мастером|"шефом', '"my "own "expertise|"experience', '"мой "опыт',
];

/**
 * Everyone who may be paid, named in the costs in any inflection: the staff and the trades they are paid for
 * ("7% дизайнеру", "монтажнику 1500 за окно", "курьерам"), contractors and freelancers.
 */
const PAID_PEOPLE: Patterns = [
  'дизайнер', 'замерщик', 'курьер', 'фотограф', 'визажист', 'стилист', 'косметолог', 'массажист', 'репетитор', 'аниматор',
  'экскурсовод', '=гид', 'консультант', 'маркетолог', 'таргетолог', '=смм', 'копирайтер', 'мастериц', 'работниц',
  'сотрудниц', 'помощниц', 'рабоч^рабочее^рабочий^рабочая', 'подрядчик', 'фриланс', 'аутсорс', 'самозанят', 'исполнител',
  'нанят', 'найм', 'кадр', '"людям', '"человек', 'contractor', 'freelanc', 'outsourc', 'designer', 'courier', 'hire',
];

/** Papers of a trade a person holds: "диплом", "свидетельство", "licence". */
const TRADE_PAPERS = 'свидетельств|диплом|сертификат|удостоверени|лицензи|аттестат|аккредитац|квалификац';

/** Machines that are equipment, not vehicles ("швейные машины", "поломоечная машина"). */
const MACHINES: Patterns = [
  'швейн|стиральн|посудомоечн|поломоечн|вязальн|вышивальн|упаковочн|фасовочн|гладильн|торгов|вендингов|кассов машин',
  'sewing|washing|vending|cleaning|knitting|packing "machine|machines',
];

/**
 * Resources that cost money, each with the words showing that its cost was accounted for in the cost
 * structure.
 */
export const COSTLY_RESOURCES: Readonly<
  Record<
    CostlyResourceId,
    {
      resource: Patterns;
      cost: Patterns;
      /** Owned outright, the resource has no running cost worth asking about. */
      ownedCostsNothing?: boolean;
      /** Phrases holding a resource word that name something else ("техника продаж", "офис-менеджер"). */
      lookalikes?: Patterns;
      /** Running costs that cover the resource unless it is rented, when its rent is what is asked for. */
      upkeep?: Patterns;
    }
  >
> = {
  premises: {
    ownedCostsNothing: true,
    // A person named after the place, a cuisine, the product itself ("кухни на заказ").
    // Light, heating, water and upkeep: what a place costs when no rent is said to be paid for it.
    upkeep: [
      'электр', '"свет', 'отоплен', '"вода|"воду|"воды', 'водоснаб', 'содержан', 'эксплуатац', 'охран', 'ремонт', 'electric',
      'heating', 'water', 'upkeep',
    ],
    lookalikes: [
      '"офис|"бэк|"фронт "менеджер|"менеджера|"менеджеры|"менеджеров', 'авторск|домашн|национальн|итальянск|японск|грузинск|европейск ~1 кухн',
      'кухн ~1 "на "заказ', 'кухонн', '"студия|"студии ~2 дизайн|звукозапис|танц|йог|фитнес|красот|маникюр',
      '"office "manager', 'cuisine',
    ],
    resource: [
      // "складной стол" folds; it is no warehouse.
      'помещени', 'офис', 'склад^складн', '=цех', 'студи', 'мастерск', '"зал', '"зала', '"зале', '"залы', 'кухн', 'теплиц', 'коворкинг',
      'комнат', 'ателье', 'лаборатор', 'гараж', 'ангар', 'павильон', 'стоянк',
      'premises', 'office', 'warehouse', 'workshop', 'studio', 'kitchen', 'greenhouse',
    ],
    // A fulfilment service is the warehouse someone else runs.
    cost: [
      'аренд', 'субаренд', 'коворкинг', 'помещени', 'офис', 'склад', '=цех', 'студи', '=зал', 'кухн', 'коммунал', 'ипотек', 'фулфилмент',
      'теплиц', 'lease', 'комнат', 'ателье', 'лаборатор', 'гараж', 'ангар', 'павильон', 'стоянк',
      // What an owned building costs: its tax and its mortgage.
      '"налог|"налоги|"налогов ~1 "на', 'имуществ', 'земельн', 'кредит', 'property',
      'rent', 'premises', 'office', 'warehouse', 'workshop', 'studio', 'kitchen', 'greenhouse', 'utilit', 'mortgage',
      // A fee for a place in a shared space or at a market ("desk fee", "плата за место", "место на ярмарке").
      '"desk|"seat|"space|"pitch|"stall ~1 fee|fees|hire|rental', '"плата|"оплата|"аренда ~2 "места|"место',
      '"место|"места ~1 "в|"на ~2 коворкинг|рынк|ярмарк|фестивал|тц',
      'fulfil',
    ],
  },
  equipment: {
    ownedCostsNothing: true,
    // A skill or a person, not machinery: "техника продаж", "техники массажа", "техник-смотритель".
    lookalikes: [
      '"техника|"техники|"технику|"техникой|"технике|"техник ~1 продаж|массаж|безопасност|реч|дыхани|рисовани|работ|исполнени|игры|письм|чтени',
      '"техник "смотритель', 'sales|massage|drawing|breathing "technique|techniques',
      // Toys and teaching aids furnish a room for the customers, as furniture does, which is never asked about; they are
      // no machinery whose cost the structure must show ("игровое и учебное оборудование", "play equipment").
      'игров|учебн|методическ|наглядн ~2 оборудовани', 'play|teaching|classroom "equipment',
      // A machine named by its diminutive ("швейная машинка", "две машинки") is a household-sized device, bought once like a
      // hand tool, as a steamer is; an industrial machine is named in full.
      '=машинка', 'отпаривател',
      // The people who own, sell or hire out machinery ("база из 120 владельцев техники", "equipment owners") are customers or
      // partners of a platform, not machines of its own.
      'владельц|владелец|собственник|продавц|продавец|поставщик|арендодател|дилер ~1 техник|оборудовани|станк|станок',
      // Machinery said to be partners' or owners' ("база из 350 единиц техники партнёров") is theirs, let through the platform.
      'техник|техники|оборудовани|станк|станков ~1 "партнеров|"партнера|"владельцев|"арендодателей|"подрядчиков|"клиентов',
      'equipment|machine|machinery ~1 owner|owners|seller|sellers|supplier|suppliers|dealer|dealers',
      // A place named with its equipment ("арендованный цех с кухонным оборудованием", "цех 150 м² с оборудованием", "a kitchen
      // with equipment") is one item: the place's rent or upkeep covers what it is fitted with.
      '=цех|помещени|кухн|студи|мастерск|"зал|склад|лаборатор|ателье|гараж|кабинет|офис ~3 "с|"со ~2 оборудовани',
      'kitchen|workshop|studio|premises|room|office|lab|unit ~1 "with ~2 "equipment',
    ],
    // Hand tools, a laptop or a computer cost little, are bought once and are mostly owned: they are not asked about.
    // The noun only: "помещение, оборудованное по СанПиН" is a place said to be fitted out, not equipment of its own.
    resource: [
      'оборудовани', 'станок', 'станк', 'ростер', '"печь', '"печи', 'техник', 'кофемашин', 'кофемолк', 'кресл', 'equipment',
      'machine', 'roaster', 'oven', ...MACHINES,
    ],
    cost: [
      'оборудован', 'станок', 'станк', 'ростер', '"печь', '"печи', '"печей', 'печк', 'техник', 'инструмент', 'компьютер', 'машин',
      'ноутбук', 'кофемашин', 'кофемолк', 'кресл', 'амортиз', 'ремонт', 'обслуживан', 'лизинг', 'кредит', 'рассрочк',
      'электр', 'запчаст', 'сервис', '"spare', 'service', 'installment',
      'equipment', 'machine', 'roaster', 'oven', 'tool|tools', 'computer', 'laptop', 'depreciat', 'repair', 'maintenance',
      'lease', 'leasing', 'loan', 'electric', 'energy', '"power',
    ],
  },
  staff: {
    // "мастер-класс" is a lesson; the product, not the people.
    lookalikes: [
      '"мастер|"мастера "класс|"класса|"классы|"классов|"классами|"классах', '"master "class|"classes',
      // People who rent a chair or a desk from us are our tenants, not on our payroll ("мастера арендуют кресла у нас",
      // "stylists rent chairs from us"): they pay us.
      '"арендуют|"арендует|"снимают|"снимает|"берут|"берет ~3 "у "нас|"меня', '"rent|"rents|"hire|"hires ~3 "from "us|"me',
      // An animal or a program that helps is no one on the payroll ("собака-помощник", "голосовой ассистент", "chat bot assistant").
      'собак|"пес|"пса|"кот|кошк|лошад|"конь|робот|"бот|чат ~1 помощник|помощниц|ассистент',
      'голосов|виртуальн|цифров ~1 помощник|помощниц|ассистент', '"dog|"robot|"bot|"virtual|"ai|"voice ~1 assistant|helper',
      // A document of the trade is the founder's own qualification, no one to pay ("свидетельство инструктора", "диплом повара",
      // "a driving instructor licence"): the person named after it holds it, as a certificate held costs nothing a month.
      // Any trade of the staff, whoever holds its paper ("диплом логопеда-дефектолога").
      ...[...STAFF, 'мастер', 'косметолог', 'массажист'].map((trade) => `${TRADE_PAPERS} ~2 ${trade}`),
      'instructor|trainer|coach|cook|chef|teacher|driver ~1 certificate|certificates|licence|license|diploma|qualification',
      'specialist|electrician|plumber|mechanic ~1 certificate|certificates|licence|license|diploma|qualification',
    ],
    resource: STAFF,
    // A salary is written many ways: "зарплата", "з/п", "зп", "ФОТ" (payroll), "оклад"; any of them pays the people.
    cost: [...PAY_WORDS, 'налог', 'взнос', '"люди', '"людей', ...STAFF, ...PAID_PEOPLE, 'people', 'fees'],
  },
  software: {
    // Software of our own ("приложение (код наш)", "our own site") was paid for when it was made, as the rules table
    // leaves out everything owned outright.
    ownedCostsNothing: true,
    resource: [
      'сервер', 'хостинг', 'облак', 'сайт', 'приложен', 'платформ', '=crm', 'софт', 'server', 'hosting', 'cloud', 'website',
      '"app', 'application', 'platform', 'software',
      // A system that runs the work ("складская система управления WMS", "an inventory system"); not heating or a pay scheme.
      // A booking system is left out: D labels "система бронирования" beside no cost line of its own as no miss.
      'систем ~2 управлени|учет', '=wms|=erp', '"management|"inventory|"warehouse "system',
    ],
    // Software built in-house costs the salaries of those who build it.
    cost: [
      'сервер', 'хостинг', 'облак', 'сайт', 'приложен', 'платформ', '=crm', 'софт', 'программ', 'подписк', 'лиценз',
      'домен', 'разработк', 'зарплат', 'заработн', 'оклад', '"зп', '"фот', 'команд^командиров', 'сервис', 'saas', 'service',
      'server', 'hosting', 'cloud', 'website', 'site', '"app', '"apps', 'applicat', 'platform', 'software', 'subscri',
      'licen', 'domain', 'develop', 'salar', 'team',
    ],
  },
  vehicles: {
    ownedCostsNothing: true,
    // "швейные машины" are equipment, whose cost is asked about as such.
    lookalikes: MACHINES,
    resource: [
      '"машина', '"машины', '"машин', '"машину', '"машинах', '"машинами', 'автомоб', 'фургон', 'транспорт', 'грузовик', 'газел',
      'автобус', 'микроавтобус', '"car', '"cars', '"van', '"vans', 'truck', 'vehicle', '"bus|"buses|minibus',
    ],
    cost: [
      'автомоб', 'машин', 'фургон', 'транспорт', 'грузовик', 'газел', 'автобус', 'микроавтобус', '"bus|"buses|minibus',
      'бензин', 'соляр', 'дизел', 'топлив', '=гсм', 'лизинг', 'кредит', 'страхов', 'осаго', 'каско', 'парковк', 'ремонт', 'обслуживан',
      '"car', '"cars', '"van', '"vans', 'truck', 'vehicle', 'fuel', 'petrol', 'diesel', '"gas', 'lease', 'loan', 'insurance', 'parking',
      'repair', 'maintenance',
    ],
  },
};

/**
 * A quantifier of everything before a resource ("всё оборудование, которое понадобится", "any equipment we need") names no
 * particular machine, place or person whose cost could be missing.
 */
export const ALL_OF_A_KIND: Patterns = ['"все', '"весь', '"вся', '"всю', '"любое', '"любой', '"любая', '"любые', '"all', '"any', '"whatever'];

/** A resource item the user owns outright ("свой ростер", "my own laptop", "купили при открытии"). */
export const OWNED_MARKERS: Patterns = [
  // On the books, or state property held by the institution rent-free ("оборудование на балансе музея", "здание в
  // оперативном управлении", "в хозяйственном ведении").
  '"на "балансе', '"оперативном|"оперативное "управлении|"управление', 'хозяйственн ~1 ведени', '"on "the "books|"balance',
  '=сво', '"свой', 'собствен', '"мой', '"моя', '"мои', '"мое', '"моих', '"моей|"моем|"моего|"моему|"моим|"моими|"мою', '=наш', '"own',
  '"my', '"our', '"ours', '"дома',
  '"at "home', 'купил', 'купле', 'выкуп', 'приобре', 'личн', 'достал', 'подарил', 'подарен', '"уже "есть', '"от "родителей',
  'принадлеж', 'bought', 'owned', 'personal', '"belongs|"belong "to',
  // Handed down or given by family ("станок от отца", "мамина машинка", "grandmother's Singers"): ours, with nothing to pay.
  '"от "отца|"деда|"дедушки|"бабушки|"мамы|"папы|"матери|"тестя|"свекра|"брата|"родни', 'наследств', 'мамин|папин|бабушкин|дедушкин|отцовск',
  'grandmother|grandfather|grandma|grandpa|granny', '"father|"mother|"dad|"mum|"mom|"parents "s', 'inherit', '"handed "down',
];

/** A resource item said to be rented: its rent is the cost to look for ("комната в аренде", "снимаем"). */
export const RENTED_MARKERS: Patterns = ['аренд', 'субаренд', 'снима', '"rent|"rented|"renting', 'lease', 'leased'];

/** An item bought on credit still costs every month ("ростер в лизинге", "bought with a loan"). */
export const FINANCED_MARKERS: Patterns = ['кредит', 'лизинг', 'рассрочк', 'заем', 'займ', 'loan', 'lease', 'leasing', 'credit'];

/** A loan or a lease already paid off: the item is owned outright now ("кредит выплачен", "лизинг закрыли", "paid off"). */
export const PAID_OFF_MARKERS: Patterns = [
  'выплачен', 'выплатил', 'погашен', 'погасил', 'кредит|лизинг|рассрочк ~2 закрыт|закрыл', 'закрыт|закрыл ~2 кредит|лизинг|рассрочк',
  '"paid "off|"for', '"paid "in "full',
];

/** A resource item said not to be needed or to cost nothing ("офис не нужен", "зал даёт школа бесплатно"). */
export const NOT_NEEDED_MARKERS: Patterns = [
  '"не нужн|"нужен', '"нет', '"без', 'бесплатн', 'безвозмездн', '"даром', '"not need|needed|needs', '"no', '"don "t "need', '"without',
  // A place said not to be taken ("офис не снимаем, работаем удалённо"): no rent to ask for.
  '"не "снимаем|"снимаю|"арендуем|"арендую|"держим', '"работаем|"работаю "удаленно', '"don "t "rent',
];

// ---------------------------------------------------------------- none and vague answers

/** A short answer that says there is nothing ("нет", "пока никак"). */
export const NONE_ANSWER_WORDS: Patterns = [
  '"нет', '"нету', '"никак', '"никаких', '"никого', '"ничего', '"пока', '"не', '"особо', '"no', '"none', '"nothing',
  '"not', '"yet',
  // Words that say when the "нет" holds, read word by word in an answer made of them alone ("None for now", "nothing so far",
  // "пока что никак", "на данный момент нет", "not at the moment").
  '"for', '"now', '"so', '"far', '"at', '"the', '"moment', '"currently', '"что', '"сейчас', '"на', '"данный', '"момент', '"еще',
];

/** A resources answer that names nothing concrete ("всё необходимое уже есть"). */
export const VAGUE_RESOURCE_WORDS: Patterns = [
  '"все', '"всего', 'необходим', 'нужн', '"ничего', '"не "знаю', '"пока', '"everything', '"all "we', 'necessary',
  '"nothing', '=need|needs|needed|needing',
  // Qualities and feelings name nothing one could own or rent ("любовь к детям", "энтузиазм", "passion and hard work").
  'любов', 'желани', 'энтузиазм', 'трудолюб', 'увлеченн', 'мотивац', 'упорств', 'passion', '"hard "work',
  'belief', 'enthusias', 'motivation', 'dedication',
];

/** Every list above by the name the checks ask for it. */
export const COACHING_PHRASES = {
  everyone: EVERYONE_PHRASES,
  everyone_word: EVERYONE_WORDS,
  everyone_filler: EVERYONE_FILLER,
  the_rest: THE_REST_WORDS,
  summing_up: SUMMING_UP_WORDS,
  link_verb: LINK_VERBS,
  priority: PRIORITY_WORDS,
  several_segments: SEVERAL_SEGMENTS_MARKERS,
  segment: SEGMENT_WORDS,
  not_a_group_opener: NOT_A_GROUP_OPENERS,
  age_context: AGE_CONTEXT,
  age_unit: AGE_UNITS,
  people_before_ages: PEOPLE_BEFORE_AGES,
  people_after_ages: PEOPLE_AFTER_AGES,
  function_word: FUNCTION_WORDS,
  need: NEED_WORDS,
  sale: SALE_WORDS,
  awareness: AWARENESS_WORDS,
  delivery: DELIVERY_WORDS,
  channel_media: CHANNEL_MEDIA_WORDS,
  store_name: STORE_NAMES,
  seen_where_bought: SEEN_WHERE_BOUGHT,
  customer_pickup: CUSTOMER_PICKUP,
  email_order: EMAIL_ORDER,
  reviews_read: REVIEWS_READ,
  trial_before_purchase: TRIAL_BEFORE_PURCHASE,
  phone_or_messenger: PHONE_OR_MESSENGER,
  own_site: OWN_SITE,
  paid_on_the_spot: PAID_ON_THE_SPOT,
  channel_heading: CHANNEL_HEADINGS,
  social_medium: SOCIAL_MEDIA_NAMES,
  after_sales: AFTER_SALES_WORDS,
  channel_only: CHANNEL_ONLY_WORDS,
  advertising_venue: ADVERTISING_VENUES,
  relationship: RELATIONSHIP_WORDS,
  customer_contact: CUSTOMER_CONTACT_WORDS,
  cost: COST_WORDS,
  our_people: OUR_PEOPLE,
  frequency: FREQUENCY_WORDS,
  price: PRICE_WORDS,
  physical_resource: PHYSICAL_RESOURCE_WORDS,
  intellectual_resource: INTELLECTUAL_RESOURCE_WORDS,
  human_resource: HUMAN_RESOURCE_WORDS,
  financial_resource: FINANCIAL_RESOURCE_WORDS,
  // Anything that says an item is owned outright says where it comes from.
  ownership: [...OWNERSHIP_WORDS, ...OWNED_MARKERS],
  contribution: CONTRIBUTION_WORDS,
  supplier: SUPPLIER_NOUNS,
  trade: TRADE_NOUNS,
  no_role_noun: NO_ROLE_NOUNS,
  conjunction: CONJUNCTIONS,
  first_name: FIRST_NAMES,
  supplier_qualifier: SUPPLIER_QUALIFIERS,
  no_partners: NO_PARTNERS_PHRASES,
  no_partners_statement: NO_PARTNERS_STATEMENTS,
  risk: RISK_WORDS,
  cost_split: COST_SPLIT_WORDS,
  per_period_cost: PER_PERIOD_COST_MARKERS,
  period: PERIODS,
  per_unit_cost: PER_UNIT_COST_MARKERS,
  share_of_revenue: SHARE_OF_REVENUE,
  all_resources: ALL_RESOURCES_WORDS,
  owned: OWNED_MARKERS,
  all_of_a_kind: ALL_OF_A_KIND,
  financed: FINANCED_MARKERS,
  paid_off: PAID_OFF_MARKERS,
  rented: RENTED_MARKERS,
  not_needed: NOT_NEEDED_MARKERS,
  founder_himself: FOUNDER_HIMSELF,
  none_answer: NONE_ANSWER_WORDS,
  vague_resource: VAGUE_RESOURCE_WORDS,
} as const satisfies Record<string, Patterns>;
