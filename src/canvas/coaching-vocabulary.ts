/** Matching vocabulary of the coaching checks (not user-facing text: the notes live in locales/<lang>/coaching.json). */

/*
 * The checks are deliberately lenient: each fires only when an answer clearly lacks something and
 * stays silent whenever the text might already cover it. The word lists below are MATCHING
 * VOCABULARY, not user-facing text (the notes live in locales/<lang>/coaching.json). An entry is
 * one or more space-separated tokens; a token matches a word that starts with it, so a stem
 * tolerates inflections, or, when it ends with `=`, exactly that word. Texts are lower-cased and
 * ё is read as е before matching.
 */
export type Vocabulary = readonly string[];

// ---------------------------------------------------------------- matching vocabulary: segments

/** Matching vocabulary: phrases that name everybody instead of a segment. */
export const EVERYONE_PHRASES: Vocabulary = [
  'все= кто=', 'всех= кто=', 'всем= кто=', 'все= люди=', 'всем= людям=', 'все= желающие=', 'всех= желающих=',
  'все= подряд=', 'всем= подряд=', 'все= без= исключения=', 'абсолютно= все=', 'абсолютно= всем=', 'вообще= все=',
  'любой= человек=', 'любые= люди=', 'любой= желающий=', 'кто= угодно=', 'каждый= человек=', 'каждый= кто=',
  'все= у= кого=', 'всех= у= кого=', 'всем= у= кого=', 'каждый= у= кого=', 'все= которые=', 'всем= которые=',
  'everyone= who=', 'everybody= who=', 'anyone= who=', 'anybody= who=', 'all= people=', 'any= person=', 'whoever=',
  'literally= everyone=', 'absolutely= everyone=',
];

/** Matching vocabulary: words that, making up a whole answer, mean "everybody". */
export const EVERYONE_WORDS: Vocabulary = [
  'все=', 'всем=', 'всех=', 'любой=', 'любые=', 'каждый=', 'everyone=', 'everybody=', 'anyone=', 'anybody=', 'all=',
];

/** Matching vocabulary: filler words allowed around EVERYONE_WORDS in a whole-answer "everybody". */
export const EVERYONE_FILLER: Vocabulary = [
  'абсолютно=', 'вообще=', 'просто=', 'наши=', 'мои=', 'клиенты=', 'покупатели=', 'люди=', 'это=', 'практически=',
  'желающие=', 'подряд=', 'кто=', 'угодно=', 'человек=', 'our=', 'my=', 'customers=', 'people=', 'basically=',
  'just=', 'literally=', 'absolutely=', 'of=', 'them=', 'is=', 'are=',
];

/** Matching vocabulary: words that single out the most important segment. */
export const PRIORITY_WORDS: Vocabulary = [
  'главн', 'основн', 'важн', 'ключев', 'приоритет', 'в= первую= очередь=', 'прежде= всего=', 'больше= всего=',
  'в= основном=', 'самый=', 'самая=', 'самые=', 'ядро', 'львин', 'большинство', 'большая= часть=',
  'main=', 'mainly', 'most=', 'mostly', 'primar', 'key=', 'priorit', 'first= of= all=', 'core=', 'biggest', 'largest',
  'majority',
];

/** Matching vocabulary: markers of a list of several segments. */
export const SEVERAL_SEGMENTS_MARKERS: Vocabulary = [
  'во-первых', 'во= первых=', 'во-вторых', 'во= вторых=', 'второй=', 'вторая=', 'вторые=', 'а= также=',
  'firstly=', 'secondly=', 'second= segment=', 'second= group=', 'as= well= as=',
];

/** Matching vocabulary: people named right before a bare number range ("люди 18-60", "Adults 18–45"): it is their age. */
export const PEOPLE_BEFORE_AGES: Vocabulary = [
  'люди=', 'людей=', 'взросл', 'женщин', 'мужчин', 'девушк', 'парни=', 'парней=', 'родител', 'мамы=', 'мам=', 'пап',
  'клиент', 'покупател', 'жител', 'adults=', 'people=', 'women=', 'men=', 'parents=', 'customers=', 'residents=',
];

// ---------------------------------------------------------------- matching vocabulary: value

/** Matching vocabulary: words that name a problem, a need or a gain for the customer. */
export const NEED_WORDS: Vocabulary = [
  'проблем', 'нужд', 'нужн', 'надо=', 'потребн', 'экономи', 'сэконом', 'помога', 'помож', 'помощ', 'боль=', 'боли=',
  'болью=', 'удобн', 'быстр', 'проще=', 'легче=', 'дешев', 'выгодн', 'реша', 'решен', 'избав', 'сложн', 'трудн',
  'хлопот', 'хват', 'ищут=', 'искать=', 'хотят=', 'хочет=', 'хочется=', 'хотел', 'важн', 'чтобы=', 'без=', 'вместо=',
  'устал', 'трат', 'забот', 'задач', 'боят', 'бояться=', 'страх', 'пережива', 'риск', 'ценят=', 'не= приходится=',
  'позволя', 'облегча', 'спаса', 'гаранти', 'смож', 'смогут', 'может=', 'могут=', 'результат', 'прогресс', 'научи',
  'польз', 'выгод', 'увелич', 'сниж', 'повыш', 'улучш', 'сохран', 'спокойн', 'уверен', 'некогда', 'очеред',
  'перестает', 'перестают', 'перестанет', 'болит', 'болеть', 'понима', 'не= платит=', 'не= платят=', 'даже= если=',
  'в= последний= момент=', 'забыл', 'вспомн', 'в= одном= месте=', 'бесплатн', 'в= день= заказа=', 'в= тот= же= день=',
  'неисправн', 'поломк', 'слома', 'получа', 'доступн', 'недорог', 'пада', 'теря', 'потер', 'упуска', 'растет=', 'растут=',
  'рост=', 'из-за', 'лучше=', 'вкуснее=', 'полезнее=', 'свежее= чем', 'чем= в=', 'чем= у=', 'в= отличие=',
  'problem', 'need', 'save', 'saving', 'help', 'pain', 'easy=', 'easier', 'convenien', 'fast', 'quick', 'cheap',
  'without=', 'so= that=', 'want', 'hassle', 'struggl', 'tired', 'instead', 'worry', 'trouble', 'solv', 'solution',
  'afford', 'simpl', 'fear', 'risk', 'guarantee', 'allow', 'lets=', 'can=', 'able', 'result', 'progress', 'learn',
  'benefit', 'increase', 'reduce', 'improve', 'peace', 'confiden', 'for= those=', 'no= time=', 'only= have=',
  'even= if=', 'last= minute=', 'in= one= place=', 'free', 'same= day=', 'spend', 'so=', 'broken', 'fault', 'get=',
  'gets=', 'lose', 'losing', 'drop', 'falling', 'grow', 'better', 'tastier', 'than=',
];

// ---------------------------------------------------------------- matching vocabulary: channels

/** Matching vocabulary: the purchase phase of a channel. */
export const SALE_WORDS: Vocabulary = [
  'прода', 'покуп', 'купи', 'заказ', 'оплат', 'плат', 'магазин', 'маркетплейс', 'касс', 'торгу', 'торгов', 'озон',
  'ozon', 'вайлдберр', 'wildberr', 'авито', 'avito', 'прилавк', 'витрин', 'запис', 'брон', 'точк', 'ларек', 'ларьк',
  'киоск', 'прокат', 'будк', 'павильон', 'лавк', 'мастерск', 'app= store=', 'google= play=', 'play= market=', 'стор=',
  'сторе=', 'сторах=', 'сторы=', 'сторов=', 'скача', 'скачив', 'устанавлива', 'download', 'install',
  'sell', 'sale', 'buy', 'purchas', 'order', 'pay', 'shop', 'store', 'marketplace', 'checkout', 'amazon', 'etsy',
  'book', 'stall',
];

/** Matching vocabulary: the awareness and evaluation phases of a channel. */
export const AWARENESS_WORDS: Vocabulary = [
  'реклам', 'узна', 'соцсет', 'социальн', 'инстаграм', 'instagram', 'вконтакт', 'вк=', 'vk=', 'телеграм', 'telegram',
  'канал', 'блог', 'сарафан', 'рекоменд', 'совет', 'таргет', 'seo', 'поиск', 'яндекс', 'google= search', 'google= ads', 'google= maps', 'гугл', 'выставк',
  'ярмарк', 'листовк', 'визитк', 'рассылк', 'дегустац', 'мероприят', 'контент', 'пост', 'статьи', 'видео', 'youtube',
  'ютуб', 'сравн', 'отзыв', 'пробн', 'образц', 'демо', 'тест', 'бесплатн', 'презентац', 'вывеск', 'знаком', 'друз',
  'слух', 'партнер', 'объявлен', '2гис', '2gis', 'карты=', 'картах=', 'инст', 'видят=', 'видит=', 'увид', 'замеча', 'на= улиц',
  'see=', 'sees=', 'notice',
  'дизайнер', 'портфолио', 'cold= email', 'portfolio',
  'advert', 'ads=', 'ad=', 'hear', 'learn', 'social', 'channel', 'blog', 'word= of= mouth=', 'recommend', 'advice',
  'search', 'fair', 'flyer', 'newsletter', 'tasting', 'event', 'content', 'post', 'video', 'compar', 'review',
  'sample', 'trial', 'demo', 'free', 'friend', 'referral', 'partner', 'tiktok', 'facebook',
];

/** Matching vocabulary: the delivery phase of a channel. */
export const DELIVERY_WORDS: Vocabulary = [
  'достав', 'курьер', 'почт', 'сдэк', 'cdek', 'боксберри', 'самовывоз', 'пункт= выдач', 'пункт= самовывоз', 'пвз',
  'постамат', 'отправ', 'привоз', 'привез', 'перевоз', 'перевез', 'получа', 'получит', 'выдач', 'забира', 'логист',
  'на= месте=', 'выезд',
  'hand= over', 'hand= it= over', 'deliver', 'courier', 'post=', 'mail', 'pick', 'collect', 'ship', 'parcel', 'locker', 'receiv', 'logistic',
  'dispatch',
];

/** Matching vocabulary: a channel that serves several phases (a website, an app, a phone line). */
export const CHANNEL_MEDIA_WORDS: Vocabulary = [
  'сайт', 'приложени', 'телефон', 'звонок', 'звонк', 'мессенджер', 'вотсап', 'whatsapp', 'website', 'site=', 'app=',
  'apps=', 'phone', 'call',
];

/** Matching vocabulary: the after-sales phase of a channel. */
export const AFTER_SALES_WORDS: Vocabulary = [
  'после', 'послепродаж', 'поддерж', 'повторн', 'напомин', 'обратн', 'отзыв', 'вопрос', 'консульт', 'гарант',
  'возврат', 'обмен', 'сервис', 'обслуж', 'на= связи=', 'свяж', 'связыва', 'чат', 'жалоб', 'претенз', 'лояльн', 'бонус', 'скидк', 'клуб',
  'сообществ', 'рассылк', 'поздрав', 'снова', 'вернут', 'вернул', 'возвраща', 'удержа', 'помога', 'помощ', 'отвеча',
  'звоним', 'обзвани', 'перезвани', 'напомн', 'спрашива', 'опрос', 'отчет', 'ежемесяч',
  'we= call=', 'customer= success=', 'account= manager=', 'report', 'after', 'support', 'repeat', 'remind', 'feedback',
  'review', 'question', 'consult', 'warrant', 'guarantee',
  'return', 'refund', 'exchange', 'service', 'chat', 'complain', 'loyal', 'bonus', 'discount', 'club', 'community',
  'newsletter', 'follow= up=', 'follow-up', 'followup', 'again', 'переделыва', 'переделае', 'переделаем', 'исправля',
  'исправим', 'доработ', 'redo', 'remake', 'come= back=', 'retain', 'help', 'answer', 'contact',
];

// ---------------------------------------------------------------- matching vocabulary: relationships

/** Matching vocabulary: words of a channel (selling, delivering, advertising) rather than of a relationship. */
export const CHANNEL_ONLY_WORDS: Vocabulary = [
  'прода', 'покуп', 'заказ', 'магазин', 'маркетплейс', 'достав', 'курьер', 'почт', 'сдэк', 'самовывоз', 'постамат',
  'отправ', 'реклам', 'сайт', 'озон', 'ozon', 'вайлдберр', 'wildberr', 'авито', 'avito',
  'sell', 'sale', 'order', 'shop', 'store', 'marketplace', 'deliver', 'courier', 'ship', 'parcel', 'advert',
  'website',
];

/** Matching vocabulary: words of a customer relationship (its types, motives and means). */
export const RELATIONSHIP_WORDS: Vocabulary = [
  'поддерж', 'менеджер', 'консульт', 'личн', 'персональн', 'индивидуальн', 'сообществ', 'чат', 'групп', 'клуб',
  'форум', 'подписк', 'абонемент', 'членств', 'обуч', 'мастер', 'вебинар', 'семинар', 'курс', 'самообслуж',
  'автомат', 'бот', 'рассылк', 'напомин', 'бонус', 'лояльн', 'скидк', 'отзыв', 'совместн', 'бесплатн', 'пробн', 'общ',
  'помога', 'помощ', 'связ', 'звон', 'пиш', 'отвеча', 'забот', 'поздрав', 'довер', 'куратор', 'наставн', 'кабинет',
  'удерж', 'привлеч', 'привлека', 'дистрибьют', 'консультант', 'тренер', 'сам=', 'сами=', 'самостоят', 'постоянн',
  'подар', 'дарим', 'день= рождения=', 'знаем', 'помним', 'по= имени=',
  'support', 'manager', 'consult', 'personal', 'individual', 'community', 'chat', 'group', 'club', 'forum', 'subscri',
  'member', 'train', 'workshop', 'webinar', 'course', 'self', 'automat', 'bot', 'newsletter', 'mailing', 'remind',
  'bonus', 'loyal', 'discount', 'review', 'feedback', 'free', 'trial', 'help', 'call', 'answer', 'care', 'curator',
  'mentor', 'account', 'retain', 'retention', 'attract', 'co-creat', 'distributor', 'coach', 'talk', 'regulars',
  'birthday', 'by= name=',
];

/** Matching vocabulary: words that say what something costs, in money or time. */
export const COST_WORDS: Vocabulary = [
  'стоим', 'стоит', 'стоят', 'обход', 'затрат', 'расход', 'трат', 'бюджет', 'руб', 'тыс', 'зарплат', 'ставк',
  'оклад', 'час=', 'часа=', 'часов=', 'часы=', 'часу=', 'минут', 'времени', 'человек', 'сотрудник', 'штат', 'время', 'деньг', 'денег', 'дешев',
  'дорог', 'недорог', 'копейк', 'бесплатн', 'платим',
  'оплачива', 'вложен', 'зп=', 'з= п=', 'фот=', 'полдн', 'полчас', 'уходит=', 'уходят=',
  'cost', 'spend', 'spent', 'budget', 'salary', 'wage', 'hour', 'minute', 'time', 'money', 'people', 'person', 'cheap', 'expensive',
  'free', 'pay',
  'rouble', 'ruble', 'dollar',
];

// ---------------------------------------------------------------- matching vocabulary: revenue

/** Matching vocabulary: how often customers pay (one-off or recurring). */
export const FREQUENCY_WORDS: Vocabulary = [
  'раз=', 'разов', 'единоразов', 'однократн', 'ежемесяч', 'ежеднев', 'еженедел', 'ежегод', 'ежекварт', 'месяц',
  'недел', 'год=', 'года=', 'году=', 'годов', 'квартал', 'день=', 'дня=', 'дней=', 'регуляр', 'постоянн', 'подписк',
  'абонемент', 'повторн', 'кажд', 'периодич', 'сезон', 'по= мере=', 'иногда', 'часто', 'редко', 'предоплат', 'аванс',
  'рассрочк', 'этап', 'сутк', 'посуточн',
  'once', 'twice', 'monthly', 'weekly', 'yearly', 'annual', 'daily', 'month', 'week', 'year', 'quarter', 'regular',
  'чаще', 'реже', 'полгод', 'с= оборот', 'от= оборот', 'вперед', 'ночь=', 'ночи=',
  'recurring', 'subscri', 'repeat', 'every', 'one-off', 'one= off=', 'one-time', 'one= time=', 'often',
  'sometimes', 'season', 'occasional', 'prepay', 'deposit', 'instalment', 'installment', 'upfront',
  'in= advance=', 'night', 'сразу=', 'при= получени', 'при= выдач', 'после= получени', 'после= того=', 'по= факту=',
  'по= окончани', 'по= завершени', 'постоплат', 'наложенн', 'on= pickup=', 'on= delivery=', 'on= completion=', 'upon',
  'paid= on=', 'pay= on=', 'after= the=', 'straight= away=', 'on= the= spot=',
];

/** Matching vocabulary: how the price is set or what it is. */
export const PRICE_WORDS: Vocabulary = [
  'цен', 'стоим', 'стоит', 'прайс', 'тариф', 'руб', 'тыс', 'скидк', 'наценк', 'процент', 'комисси', 'бесплатн',
  'дорож', 'дешев', 'дорог', 'фиксир', 'динамич', 'договор', 'торг', 'аукцион', 'чек', 'смет',
  'price', 'pricing', 'cost', 'tariff', 'fee', 'discount', 'markup', 'percent', 'commission', 'free', 'cheap',
  'expensive', 'fixed', 'dynamic', 'negotiat', 'auction', 'rouble', 'ruble', 'dollar', 'euro', 'rate',
];

// ---------------------------------------------------------------- matching vocabulary: resources

/** Matching vocabulary: physical resources. */
export const PHYSICAL_RESOURCE_WORDS: Vocabulary = [
  'оборудован', 'помещени', 'офис', 'склад', 'цех', 'станок', 'станк', 'машин', 'автомоб', 'транспорт', 'техник',
  'компьютер', 'ноутбук', 'сервер', 'магазин', 'точк', 'кухн', 'студи', 'зал', 'сырь', 'материал', 'инструмент',
  'ростер', 'печь=', 'печи=', 'мебел', 'недвижим', 'здани', 'площад', 'земл', 'товар', 'запас', 'фургон', 'кресл',
  'материальн', 'физическ',
  'equipment', 'premises', 'office', 'warehouse', 'workshop', 'machine', 'vehicle', 'car=', 'cars=', 'van', 'truck',
  'computer', 'laptop', 'server', 'shop', 'store', 'kitchen', 'studio', 'room', 'raw', 'material', 'tool', 'roaster',
  'oven', 'furniture', 'building', 'space', 'land', 'stock', 'inventory', 'physical',
];

/** Matching vocabulary: intellectual resources. */
export const INTELLECTUAL_RESOURCE_WORDS: Vocabulary = [
  'бренд', 'патент', 'лиценз', 'знан', 'технолог', 'рецепт', 'программ', 'код=', 'кода=', 'сайт', 'приложен',
  'платформ', 'баз', 'методик', 'ноу-хау', 'ноу= хау=', 'товарн', 'репутац', 'авторск', 'контент', 'опыт',
  'экспертиз',
  'профил', 'интеллектуальн', 'данн', 'crm', 'софт', 'курс',
  'brand', 'patent', 'licen', 'knowledge', 'technolog', 'recipe', 'software', 'code=', 'website', 'site', 'app=',
  'apps=', 'application', 'platform', 'database', 'base=', 'method', 'know-how', 'trademark', 'reputation',
  'copyright', 'content', 'experience', 'expertise', 'profile', 'intellectual', 'data', 'crm',
];

/** Matching vocabulary: human resources. */
export const HUMAN_RESOURCE_WORDS: Vocabulary = [
  'сотрудник', 'персонал', 'команд', 'люди=', 'людей=', 'работник', 'специалист', 'менеджер', 'мастер', 'повар',
  'бариста', 'преподават', 'учител', 'программист', 'разработчик', 'дизайнер', 'основател', 'владел', 'эксперт',
  'курьер', 'штат', 'кадр', 'обжарщик', 'продав', 'консультант', 'бухгалтер', 'тренер', 'я=', 'мы= сами=', 'руки',
  'человек', 'человеческ',
  'staff', 'team', 'people', 'employee', 'specialist', 'manager', 'master', 'cook', 'chef', 'barista', 'teacher',
  'developer', 'programmer', 'designer', 'founder', 'owner', 'expert', 'courier', 'hire', 'human', 'i=', 'myself',
  'accountant', 'trainer', 'person',
];

/** Matching vocabulary: financial resources. */
export const FINANCIAL_RESOURCE_WORDS: Vocabulary = [
  'деньг', 'денег', 'финанс', 'капитал', 'инвестиц', 'инвестор', 'кредит', 'займ', 'заем', 'оборотн', 'бюджет',
  'сбережен', 'накоплен', 'грант', 'субсиди', 'рубл', 'тыс', 'млн',
  'money', 'financ', 'capital', 'invest', 'loan', 'credit', 'savings', 'cash', 'budget', 'grant', 'subsid', 'fund',
];

/** Matching vocabulary: where a resource comes from (owned, rented, from partners). */
export const OWNERSHIP_WORDS: Vocabulary = [
  'сво', 'собствен', 'аренд', 'сдают', 'снима', 'лизинг', 'кредит', 'купл', 'купил', 'покупа', 'партнер', 'взя',
  'одолж', 'бесплатн', 'подписк', 'наш', 'мой=', 'мои=', 'моя=', 'мое=', 'моих=', 'моим=', 'владе', 'дают=', 'дает=',
  'предоставл', 'нанят', 'нанима', 'найм', 'заем', 'займ', 'инвест', 'дома=', 'я=', 'сам=', 'сама=',
  'own', 'rent', 'lease', 'leasing', 'bought', 'buy', 'borrow', 'loan', 'partner', 'our=', 'ours=', 'my=', 'mine=',
  'subscri', 'free', 'hire', 'hired', 'provide', 'given', 'invest', 'at= home=', 'i=', 'myself',
];

// ---------------------------------------------------------------- matching vocabulary: partners

/** Matching vocabulary: what a partner supplies or takes over. */
export const CONTRIBUTION_WORDS: Vocabulary = [
  'поставля', 'поставк', 'поставит', 'поставят', 'делает=', 'делают=', 'сделает', 'сделают', 'занима', 'отвеча',
  'бер= на= себя=', 'обеспеч', 'предоставл', 'дает=', 'дают=', 'помога', 'обслужива', 'ремонт', 'чин', 'печата',
  'достав', 'привоз', 'везут', 'возит', 'продают= нам=', 'продает= нам=', 'закупа', 'покупа', 'берем=', 'выпуска',
  'производ', 'шьют', 'шьет', 'пекут', 'снабжа', 'привод', 'рекламир', 'продвига', 'консультир', 'ведет=', 'ведут=',
  'для= нас=', 'за= нас=', 'по=', 'у= них=', 'у= него=', 'у= нее=', 'размеща', 'хран', 'разрабатыва', 'поддержива',
  'пишут', 'пишет', 'снима', 'принима', 'отгружа', 'упаковыва', 'фасу', 'аренд', 'где=', 'который=', 'которая=',
  'которое=', 'которые=', 'рекоменду', 'советуют', 'сдают=', 'сдает=', 'беру=', 'брать=',
  'провод', 'чист',
  'supplies=', 'supply=', 'supplied=', 'provide', 'deliver', 'for= us=', 'handle', 'take= care=', 'takes= care=',
  'maintain', 'repair', 'print', 'ship', 'produce', 'make=', 'makes=', 'made=', 'help', 'bring', 'sell= us=',
  'sells= us=', 'from= them=', 'buy', 'host', 'develop', 'run=', 'runs=', 'manage', 'do=', 'does=', 'store',
  'advertis', 'promot', 'source', 'pack', 'for=', 'rent', 'where=', 'who=', 'which=', 'recommend', 'refer',
];

/** Matching vocabulary: supplier nouns whose next word may name what is supplied ("поставщик зерна"). */
export const SUPPLIER_NOUNS: Vocabulary = [
  'поставщик', 'производител', 'провайдер', 'импортер', 'оптовик', 'дистрибьютор', 'база=', 'базы=', 'магазин',
  'склад',
  'завод', 'фабрик', 'supplier', 'vendor', 'provider', 'maker', 'wholesaler', 'distributor', 'importer',
];

/** Matching vocabulary: words that join two partners rather than describe one ("поставщики и курьеры"). */
export const CONJUNCTIONS: Vocabulary = ['и=', 'или=', 'а=', 'также=', 'тоже=', 'and=', 'or=', 'also=', 'as='];

/** Matching vocabulary: answers saying there are no partners yet; nothing to coach then. */
export const NO_PARTNERS_PHRASES: Vocabulary = [
  'нет=', 'нету=', 'никого=', 'пока= не=', 'сами=', 'сам=', 'сама=', 'no=', 'none=', 'nobody=', 'not= yet=',
  'ourselves=', 'myself=',
];

/** Matching vocabulary: the risks a partnership reduces. */
export const RISK_WORDS: Vocabulary = [
  'риск', 'надеж', 'подстрах', 'страх', 'запас', 'резерв', 'гарант', 'перебо', 'сбо', 'зависим', 'если=', 'без=',
  'остан', 'встан', 'сорв', 'подвед', 'потер', 'безопас', 'стабил', 'защит', 'замен', 'альтернатив', 'снижа',
  'меньше', 'не= придется=', 'не= нужно=', 'чтобы=', 'вовремя', 'качеств', 'не= хвата', 'нехватк', 'когда=',
  'поэтому=', 'так= что=', 'срыв', 'на= случай=', 'in= case=',
  'иначе=', 'разрыв', 'when=', 'cover', 'so=', 'держит= для= нас=', 'держат= для= нас=',
  'risk', 'reliab', 'backup', 'insur', 'stock', 'reserve', 'guarantee', 'fail', 'breakdown', 'depend', 'secur',
  'stable', 'if=', 'without=', 'so= that=', 'never', 'run= out=', 'replace', 'alternative', 'reduce', 'less',
  'on= time=', 'quality', 'protect',
];

// ---------------------------------------------------------------- matching vocabulary: costs

/** Matching vocabulary: words that explicitly split costs into fixed and variable. */
export const COST_SPLIT_WORDS: Vocabulary = ['постоянн', 'фиксир', 'переменн', 'условно', 'fixed', 'variable',
'overhead'];

/**
 * Matching vocabulary: a cost given per period ("70 000 в месяц"). With a per-unit cost next to it, the
 * answer already tells fixed from variable; a plain list of rent and commission does not.
 */
export const PER_PERIOD_COST_MARKERS: Vocabulary = [
  'ежемесяч', 'в= месяц=', 'за= месяц=', 'месяц=', 'в= год=', 'monthly', 'a= month=', 'per= month=', 'month=',
];

/** Matching vocabulary: a cost that grows with sales ("40% выручки", "за каждую доставку", "растут с числом уроков"). */
export const PER_UNIT_COST_MARKERS: Vocabulary = [
  'выручк', 'оборот', 'от= продаж', 'с= продаж', 'за= кажд', 'с= кажд', 'на= кажд', 'за= штуку=', 'за= единиц',
  'сдельн', 'завис', 'раст', 'объем', 'за= выпуск', 'за= заказ', 'за= смен', 'за= заняти', 'за= урок', 'за= проект',
  'за= поездк', 'за= доставк', 'per= event=', 'per= episode=', 'per= job=',
  'of= sales=', 'of= revenue=', 'revenue', 'per= unit=', 'per= order=', 'per= sale=', 'for= each=', 'depend', 'grow',
  'volume',
];

/** Matching vocabulary: a cost answer referring to all resources at once; nothing to check then. */
export const ALL_RESOURCES_WORDS: Vocabulary = ['ресурс', 'resource'];

/**
 * Matching vocabulary: resources that cost money, each with the words showing that its cost was
 * accounted for in the cost structure.
 */
export const COSTLY_RESOURCES: ReadonlyArray<{
  resource: Vocabulary;
  cost: Vocabulary;
  /** Owned outright, the resource has no running cost worth asking about. */
  ownedCostsNothing?: boolean;
}> = [
  {
    ownedCostsNothing: true,
    resource: ['помещени', 'офис', 'склад', 'цех', 'студи', 'мастерск', 'зал=', 'зала=', 'зале=', 'залы=', 'кухн',
      'теплиц', 'premises', 'office', 'warehouse', 'workshop', 'studio', 'kitchen', 'greenhouse'],
    // A fulfilment service is the warehouse someone else runs.
    cost: ['аренд', 'помещени', 'офис', 'склад', 'цех', 'студи', 'зал', 'кухн', 'коммунал', 'ипотек', 'фулфилмент', 'теплиц', 'greenhouse',
      'rent', 'premises', 'office', 'warehouse', 'workshop', 'studio', 'kitchen', 'utilit', 'mortgage', 'fulfil'],
  },
  {
    ownedCostsNothing: true,
    // Hand tools cost little and are bought once; they are not asked about.
    resource: ['оборудован', 'станок', 'станк', 'ростер', 'печь=', 'печи=', 'техник', 'компьютер', 'ноутбук',
      'кофемашин', 'кофемолк', 'кресл', 'equipment', 'machine', 'roaster', 'oven', 'computer', 'laptop'],
    cost: ['оборудован', 'станок', 'станк', 'ростер', 'печ', 'техник', 'инструмент', 'компьютер', 'ноутбук',
      'кофемашин', 'кофемолк', 'кресл', 'амортиз', 'ремонт', 'обслуживан', 'лизинг', 'кредит', 'электр',
      'equipment', 'machine', 'roaster', 'oven', 'tool', 'computer', 'laptop', 'depreciat', 'repair', 'maintenance',
      'lease', 'leasing', 'loan', 'electric', 'energy', 'power='],
  },
  {
    resource: ['сотрудник', 'персонал', 'работник', 'команда=', 'команды=', 'команде=', 'команду=', 'командой=', 'штат', 'бариста', 'повар', 'менеджер', 'преподават',
      'учител', 'специалист', 'программист', 'мастер=', 'мастера=', 'мастеров=', 'мастерам=', 'водител', 'инструктор',
      'тренер', 'юрист', 'бухгалтер', 'администратор', 'пекар', 'кондитер', 'официант', 'врач', 'риелтор', 'клинер',
      'наставник', 'помощник', 'продав', 'диспетчер', 'столяр', 'шеф', 'барбер', 'парикмахер', 'агроном',
      'рабочие=', 'рабочих=', 'швея', 'швеи=', 'швей=', 'staff', 'employee', 'team', 'barista', 'cook', 'chef', 'manager', 'teacher', 'specialist', 'developer',
      'programmer', 'driver', 'assistant'],
    // A salary is written many ways: "зарплата", "з/п", "зп", "ФОТ" (payroll), "оклад"; any of them pays the people.
    cost: ['зарплат', 'заработн', 'оклад', 'фот=', 'зп=', 'з= п=', 'оплат= труд', 'налог', 'взнос',
      'сотрудник', 'персонал', 'работник', 'команда=', 'команды=', 'команде=', 'команду=', 'командой=', 'штат', 'бариста', 'повар', 'менеджер', 'преподават', 'учител',
      'специалист', 'программист', 'мастер=', 'мастера=', 'мастеров=', 'мастерам=', 'водител', 'инструктор', 'тренер',
      'юрист', 'бухгалтер', 'администратор', 'пекар', 'кондитер', 'официант', 'врач', 'риелтор', 'клинер', 'наставник',
      'помощник', 'продав', 'диспетчер', 'столяр', 'шеф', 'барбер', 'парикмахер', 'агроном', 'рабочие=', 'рабочих=',
      'рабочим=', 'швея', 'швеи=', 'швей=', 'швее=', 'salar', 'wage', 'payroll', 'staff', 'employee', 'team', 'barista', 'cook', 'chef', 'manager', 'teacher',
      'specialist', 'developer', 'programmer', 'driver', 'assistant', 'people'],
  },
  {
    resource: ['сервер', 'хостинг', 'облак', 'сайт', 'приложен', 'платформ', 'crm', 'софт', 'server', 'hosting',
      'cloud', 'website', 'app=', 'application', 'platform', 'software'],
    // Software built in-house costs the salaries of those who build it.
    cost: ['сервер', 'хостинг', 'облак', 'сайт', 'приложен', 'платформ', 'crm', 'софт', 'программ', 'подписк',
      'лиценз', 'домен', 'разработк', 'зарплат', 'заработн', 'оклад', 'зп=', 'фот=', 'команда=', 'команды=', 'команде=', 'команду=', 'командой=', 'server', 'hosting', 'cloud', 'website',
      'site', 'app', 'platform', 'software', 'subscri', 'licen', 'domain', 'develop', 'salar', 'team'],
  },
  {
    ownedCostsNothing: true,
    resource: ['автомоб', 'машина=', 'машины=', 'машин=', 'машину=', 'машинах=', 'машинами=', 'фургон',
      'транспорт', 'грузовик', 'car=', 'cars=', 'van=', 'vans=', 'truck',
      'vehicle'],
    cost: ['автомоб', 'машин', 'фургон', 'транспорт', 'грузовик', 'бензин', 'топлив', 'гсм', 'лизинг', 'car=',
      'cars=', 'van=', 'vans=', 'truck', 'vehicle', 'fuel', 'petrol', 'gas=', 'lease'],
  },
];

/** Matching vocabulary: a resource item the user owns outright ("свой ростер", "my own laptop"). */
export const OWNED_MARKERS: Vocabulary = [
  'сво', 'собствен', 'мой=', 'моя=', 'мои=', 'мое=', 'моих=', 'own', 'my=', 'дома=', 'at= home=', 'купил', 'купле',
  'bought',
];

/** Matching vocabulary: an item bought on credit still costs every month ("ростер в лизинге", "bought with a loan"). */
export const FINANCED_MARKERS: Vocabulary = ['кредит', 'лизинг', 'рассрочк', 'заем', 'займ', 'loan', 'lease', 'leasing', 'credit'];

/** Matching vocabulary: a resource item said not to be needed ("офис не нужен"). */
export const NOT_NEEDED_MARKERS: Vocabulary = ['не= нуж', 'нет=', 'без=', 'not= need',
'no=', "don't= need", 'without='];

// ---------------------------------------------------------------- matching vocabulary: none and vague answers

/** Matching vocabulary: a short answer that says there is nothing ("нет", "пока никак"). */
export const NONE_ANSWER_WORDS: Vocabulary = [
  'нет=', 'нету=', 'никак=', 'никаких=', 'никого=', 'ничего=', 'пока=', 'не=', 'особо=', 'no=', 'none=', 'nothing=',
  'not=', 'yet=',
];

/** Matching vocabulary: a resources answer that names nothing concrete ("всё необходимое уже есть"). */
export const VAGUE_RESOURCE_WORDS: Vocabulary = [
  'все=', 'всего=', 'необходим', 'нужн', 'ничего=', 'не= знаю=', 'пока=', 'everything=', 'all= we=', 'necessary',
  'nothing=', 'need',
];

/** Matching vocabulary: words before "supplier" that are not what is supplied ("a supplier", "our local supplier"). */
export const SUPPLIER_QUALIFIERS: Vocabulary = [
  'a=', 'an=', 'the=', 'our=', 'my=', 'one=', 'two=', 'local=', 'main=', 'key=', 'big=', 'small=', 'and=', 'or=',
];
