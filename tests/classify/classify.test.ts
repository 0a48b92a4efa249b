import { describe, expect, it } from 'vitest';
// The rules' own reading (src/classify/classify.ts); the bot's classifier, the rules weighed by the learned layer,
// is tested in answer.test.ts.
import { classifyAnswer, PRETICK_CONFIDENCE } from '../../src/classify/classify.ts';

const relationships = (text: string) => classifyAnswer('customer_relationships', text);
const revenue = (text: string) => classifyAnswer('revenue_streams', text);

describe('classifyAnswer: what the answer names', () => {
  it('finds several types in one answer, in the order of the type list', () => {
    expect(relationships('Есть чат для клиентов, а VIP-клиентам даём личного менеджера').types).toEqual(['dedicated_assistance', 'community']);
    expect(revenue('Реклама в приложении и продажа подписки').types).toEqual(['subscription', 'advertising']);
  });

  it('gives one evidence entry per type, in the user’s own words and case', () => {
    const result = revenue('Сдаём Велосипеды в АРЕНДУ');
    expect(result.types).toEqual(['rent_lease']);
    expect(result.evidence).toEqual([{ type: 'rent_lease', words: ['Сдаём', 'АРЕНДУ'], confidence: expect.any(Number) }]);
  });

  it('returns nothing for empty, unknown or "do not know" answers', () => {
    for (const text of ['', '   ', 'пока не знаю', 'хз', '🤷‍♂️', '???', 'не думал ещё об этом']) {
      expect(relationships(text).types, text).toEqual([]);
      expect(revenue(text).types, text).toEqual([]);
    }
    expect(revenue('').recurrence).toBeNull();
  });
});

describe('classifyAnswer: how people type', () => {
  it('matches any inflection', () => {
    expect(revenue('подпиской').types).toEqual(['subscription']);
    expect(revenue('платные подписчики').types).toEqual(['subscription']);
    expect(relationships('продаём абонементы').types).toEqual(['subscription_membership']);
    expect(revenue('продажа подписок').types).toEqual(['subscription']);
  });

  it('treats ё and е alike', () => {
    expect(revenue('сдаём в аренду').types).toEqual(['rent_lease']);
    expect(revenue('сдаем в аренду').types).toEqual(['rent_lease']);
    expect(relationships('Закреплённый менеджер').types).toEqual(['dedicated_assistance']);
    expect(relationships('Закрепленный менеджер').types).toEqual(['dedicated_assistance']);
  });

  it('forgives typos: doubled letters, сч/щ, one wrong letter', () => {
    expect(revenue('коммиссия с каждой сделки').types).toEqual(['brokerage']);
    expect(revenue('подпищики платят каждый месяц').types).toEqual(['subscription']);
    expect(revenue('рекламма в канале').types).toEqual(['advertising']);
    expect(relationships('абонимент в зал').types).toEqual(['subscription_membership']);
    expect(relationships('сообшество клиентов').types).toEqual(['community']);
  });

  it('does not stretch typo tolerance to different words', () => {
    expect(revenue('подписали договор с клиентом').types).toEqual([]);
    expect(revenue('рентабельность высокая').types).toEqual([]);
    // One letter for another counts as a slip only for a neighbouring key, a vowel or a letter of the same sound:
    // "сделанной" (а for ь) is no "сдельная" pay.
    expect(revenue('Магазин платит нам процент с каждой покупки, сделанной по нашей ссылке').types).toEqual(['brokerage']);
  });

  it('reads slang for selling as a sale', () => {
    expect(revenue('Берём за каждую тренировку, ну и шмот свой толкаем в зале').types).toEqual(['asset_sale', 'usage_fee']);
    expect(revenue('Впариваем туристам магнитики').types).toEqual(['asset_sale']);
  });

  it('understands slang and abbreviations', () => {
    expect(relationships('чат в тг для клиентов').types).toEqual(['community']);
    expect(relationships('пишут в лс, отвечаю сама').types).toEqual(['personal_assistance']);
    expect(revenue('берём комсу 10%').types).toEqual(['brokerage']);
    expect(revenue('продаём на вб').types).toEqual(['asset_sale']);
    expect(relationships('есть лк, где всё видно').types).toEqual(['automated_service']);
  });

  it('reads numbers with units ("5к", "490₽/мес") as prices', () => {
    const result = revenue('подписка 490₽/мес');
    expect(result.types).toEqual(['subscription']);
    expect(result.pricing).toBe('fixed');
    expect(revenue('посевы по 5к').pricing).toBe('fixed');
  });

  it('ignores emoji around and between words', () => {
    expect(revenue('аренда🏠 + продажа🛒').types).toEqual(['asset_sale', 'rent_lease']);
    expect(relationships('🤖бот🤖 напоминает о записи 👍').types).toEqual(['automated_service']);
  });

  it('reads Latin look-alike letters inside Cyrillic words', () => {
    // "пoдпиcкa" with Latin o, c, a; "aрeнда" with Latin a, e.
    expect(revenue('пoдпиcкa').types).toEqual(['subscription']);
    expect(revenue('aрeнда катеров').types).toEqual(['rent_lease']);
    expect(revenue('пoдпиcкa').evidence[0]?.words).toEqual(['пoдпиcкa']);
    expect(revenue('п0дписка').types).toEqual(['subscription']);
    expect(revenue('аренда 300р в день').pricing).toBe('fixed');
  });

  it('reads hyphenated words both as parts and as one word', () => {
    expect(relationships('телеграм-бот принимает заказы').types).toEqual(['automated_service']);
    expect(relationships('чат-бот').types).toEqual(['automated_service']);
    expect(relationships('чатбот').types).toEqual(['automated_service']);
    expect(relationships('аккаунт-менеджер у каждого').types).toEqual(['dedicated_assistance']);
    expect(relationships('условно-бесплатное приложение').types).toEqual(['free_use']);
  });
});

describe('classifyAnswer: negation, contrast and sense', () => {
  it('drops a negated type and keeps the rest', () => {
    expect(revenue('мы не продаём рекламу, только подписка').types).toEqual(['subscription']);
    expect(revenue('Рекламы не будет, только продажа курсов').types).toEqual(['asset_sale']);
    expect(revenue('без комиссии, зарабатываем на подписке').types).toEqual(['subscription']);
    expect(revenue('комиссию не берём, живём с продажи мерча').types).toEqual(['asset_sale']);
    expect(relationships('никакого сообщества нет, отвечаем на звонки').types).toEqual(['personal_assistance']);
    expect(relationships('чата или группы нет, продавец помогает в магазине').types).toEqual(['personal_assistance']);
  });

  it('negates every item of a bare list before "нет", but not a clause with its own verb', () => {
    expect(revenue('патентов и лицензий нет, продаём оборудование').types).toEqual(['asset_sale']);
    expect(revenue('подписка есть и рекламы нет').types).toEqual(['subscription']);
    expect(revenue('рекламу не размещаем, живём на подписке').types).toEqual(['subscription']);
  });

  it('takes a clause that is only "(но) пока нет" as denying the clause before it', () => {
    expect(revenue('продаём мясо, хотим продавать франшизу, но пока нет').types).toEqual(['asset_sale']);
    expect(revenue('Подписка — да, реклама — нет').types).toEqual(['subscription']);
  });

  it('does not take "не только" or "не дорого" as a denial', () => {
    expect(revenue('не только продаём товары, но и сдаём их в аренду').types).toEqual(['asset_sale', 'rent_lease']);
    expect(revenue('подписка не дорогая').types).toEqual(['subscription']);
  });

  it('keeps a type whose own words carry the negation', () => {
    expect(relationships('пользователи ничего не платят').types).toEqual(['free_use']);
    expect(relationships('без продавцов, всё на кассах').types).toEqual(['self_service']);
  });

  it('drops what was replaced: "раньше … теперь"', () => {
    expect(relationships('раньше был менеджер, теперь всё решает бот').types).toEqual(['automated_service']);
    expect(revenue('Раньше была реклама. Теперь живём на подписке').types).toEqual(['subscription']);
    expect(revenue('была комиссия, сейчас берём фикс за размещение рекламы').types).toEqual(['advertising']);
    expect(revenue('Подписку убрали, теперь продаём каждый курс отдельно').types).toEqual(['asset_sale']);
  });

  it('does not count another type’s word used in a different sense', () => {
    expect(revenue('треки лицензируют для рекламных роликов').types).toEqual(['licensing']);
    expect(revenue('Реклама у блогеров — это наши расходы, доход с продажи свечей').types).toEqual(['asset_sale']);
    expect(revenue('тратим на рекламу, а зарабатываем на аренде').types).toEqual(['rent_lease']);
    expect(relationships('куратор закреплён за группой студентов').types).toEqual(['dedicated_assistance']);
    expect(relationships('подписка на рассылку с акциями').types).toEqual(['automated_service']);
    expect(revenue('комиссия с продавцов маркетплейса').types).toEqual(['brokerage']);
  });

  it('does not count what the business itself rents or pays a commission for', () => {
    expect(revenue('продаём выпечку, помещение арендуем у тц').types).toEqual(['asset_sale']);
    expect(revenue('подписка. платим комиссию банку за эквайринг').types).toEqual(['subscription']);
    expect(revenue('клиенты арендуют у нас инструмент').types).toEqual(['rent_lease']);
  });

  it('keeps licence units and licensed content apart from usage and advertising', () => {
    expect(revenue('лицензируем софт заводам, платят за каждую установку').types).toEqual(['licensing']);
    expect(revenue('роялти за использование треков в рекламе').types).toEqual(['licensing']);
    expect(revenue('продаём права на прокат фильма кинотеатрам').types).toEqual(['licensing']);
  });

  it('tells a share of revenue from a commission', () => {
    expect(revenue('Подписка: 80% выручки. Реклама: 20%.').types).toEqual(['subscription', 'advertising']);
    expect(revenue('берём 10% с заказа').types).toEqual(['brokerage']);
  });

  it('does not let a rental price per hour read as a usage fee', () => {
    expect(revenue('Прокат велосипедов по часам').types).toEqual(['rent_lease']);
    expect(revenue('почасовая оплата юриста').types).toEqual(['usage_fee']);
  });
});

describe('classifyAnswer: typical answers of each kind', () => {
  const cases: [string, string, string[]][] = [
    ['customer_relationships', 'продавцы-консультанты в зале', ['personal_assistance']],
    ['customer_relationships', 'у каждого клиента свой менеджер', ['dedicated_assistance']],
    ['customer_relationships', 'вендинговые автоматы с кофе', ['self_service']],
    ['customer_relationships', 'бот напоминает о записи', ['automated_service']],
    ['customer_relationships', 'форум, где пользователи помогают друг другу', ['community']],
    ['customer_relationships', 'шьём по эскизу клиента', ['co_creation']],
    ['customer_relationships', 'членство в клубе', ['subscription_membership']],
    ['customer_relationships', 'дистрибьюторы продают знакомым', ['network_marketing']],
    ['customer_relationships', 'первое занятие бесплатно', ['free_use']],
    ['customer_relationships', 'проводим мастер-классы для покупателей', ['training']],
    ['revenue_streams', 'продаём через wildberries', ['asset_sale']],
    ['revenue_streams', 'почасовая оплата', ['usage_fee']],
    ['revenue_streams', 'ежемесячная плата за доступ', ['subscription']],
    ['revenue_streams', 'прокат сапбордов', ['rent_lease']],
    ['revenue_streams', 'продаём франшизу', ['licensing']],
    ['revenue_streams', 'берём 10% с заказа', ['brokerage']],
    ['revenue_streams', 'донаты и спонсоры', ['advertising']],
  ];
  it.each(cases)('%s: %s', (block, text, types) => {
    expect(classifyAnswer(block as 'revenue_streams', text).types).toEqual(types);
  });
});

describe('classifyAnswer: recurrence and pricing', () => {
  it('leaves them null for relationships', () => {
    const result = relationships('абонемент на месяц, цена фиксированная');
    expect(result.recurrence).toBeNull();
    expect(result.pricing).toBeNull();
  });

  it('reads one-time, recurring and both', () => {
    expect(revenue('Разовая продажа оборудования').recurrence).toBe('one_time');
    expect(revenue('Месячная подписка на сервис').recurrence).toBe('recurring');
    expect(revenue('Сдаём авто в аренду, оплата каждую неделю').recurrence).toBe('recurring');
    expect(revenue('Продаём товар и берём абонентскую плату за обслуживание').recurrence).toBe('both');
  });

  it('says nothing about recurrence when the text does not', () => {
    expect(revenue('Комиссия с каждой сделки').recurrence).toBeNull();
  });

  it('ignores negated recurrence cues', () => {
    expect(revenue('комиссия с продаж, без ежемесячной платы').recurrence).toBeNull();
  });

  it('reads fixed and dynamic pricing, dynamic outweighing a quoted price', () => {
    expect(revenue('Оплачивают услуги по прайсу').pricing).toBe('fixed');
    expect(revenue('Подписка от 990 до 4990 в зависимости от числа сотрудников').pricing).toBe('dynamic');
    expect(revenue('Платят за проект, цена по договорённости').pricing).toBe('dynamic');
    expect(revenue('Продаём на аукционе').pricing).toBe('dynamic');
    expect(revenue('Продаём товары в розницу').pricing).toBeNull();
  });
});

describe('classifyAnswer: a type said by its mechanism rather than its name', () => {
  it('reads relationships described by what happens', () => {
    expect(relationships('Отвечает тот сотрудник, кто сейчас свободен').types).toEqual(['personal_assistance']);
    expect(relationships('У каждой семьи свой семейный врач').types).toEqual(['dedicated_assistance']);
    expect(relationships('Тренер присылает индивидуальный план').types).toEqual(['dedicated_assistance']);
    expect(relationships('Трекер сам считает прогресс и присылает персональные советы').types).toEqual(['automated_service']);
    expect(relationships('Рецепты на сайте пишут сами читатели').types).toEqual(['co_creation']);
    expect(relationships('Гости решают, какое блюдо добавить в меню').types).toEqual(['co_creation']);
    expect(relationships('Оплатил месяц — и ходишь без ограничений').types).toEqual(['subscription_membership']);
    expect(relationships('Представители сами находят покупателей').types).toEqual(['network_marketing']);
    expect(relationships('Технологи учат поваров работать на нашем оборудовании').types).toEqual(['training']);
  });

  it('reads revenue described by what is paid for', () => {
    expect(revenue('Выручку дают готовые обеды навынос').types).toEqual(['asset_sale']);
    expect(revenue('Цена зависит от того, сколько минут длился сеанс').types).toEqual(['usage_fee']);
    expect(revenue('Гость оплачивает каждую ночь проживания').types).toEqual(['usage_fee']);
    expect(revenue('Плата раз в квартал за неограниченное посещение').types).toEqual(['subscription']);
    expect(revenue('Продаём агентствам доступ к базе по подписке').types).toEqual(['subscription']);
    expect(revenue('Издательство платит автору процент с каждого экземпляра').types).toEqual(['licensing']);
    expect(revenue('Разработчики платят за право встроить наш движок').types).toEqual(['licensing']);
    expect(revenue('Сервис удерживает сбор с каждого платежа между пользователями').types).toEqual(['brokerage']);
    expect(revenue('Компании покупают у нас рекламные места').types).toEqual(['advertising']);
  });

  it('reaches a denial past fillers and keeps answering questions for a bot', () => {
    expect(relationships('Своего сообщества у нас пока нет, но каждому покупателю звоним после покупки').types).toEqual(['personal_assistance']);
    expect(relationships('Теперь на вопросы отвечает виртуальный помощник на сайте').types).toEqual(['automated_service']);
    expect(revenue('Видео монетизируем через партнёрскую программу YouTube').types).toEqual(['advertising']);
    expect(revenue('Арендуем кухню и готовим еду на доставку').types).toEqual(['asset_sale']);
  });

  it('reads trial access, explained functions, hand-overs for a term and rights to broadcast', () => {
    expect(relationships('Новым клиентам даём тестовый доступ на 14 дней').types).toEqual(['free_use']);
    expect(relationships('Мастер рассказывает, как им правильно пользоваться').types).toEqual(['training']);
    expect(relationships('Продаём только через рекомендации участников сети').types).toEqual(['network_marketing']);
    expect(revenue('Покупатель приобретает квартиру в собственность').types).toEqual(['asset_sale']);
    expect(revenue('Тариф рассчитывается по числу обработанных заявок').types).toEqual(['usage_fee']);
    expect(revenue('Автомобили выдаём клиентам на срок от недели').types).toEqual(['rent_lease']);
    expect(revenue('Телеканалы платят за трансляцию наших матчей').types).toEqual(['licensing']);
    expect(revenue('Пекарни работают по нашему рецепту и платят отчисления').types).toEqual(['licensing']);
    expect(revenue('Фиксированная плата за месяц размещения магазина').types).toEqual(['subscription']);
    expect(revenue('Лицензию на алкоголь получили, продаём вино в розлив').types).toEqual(['asset_sale']);
  });

  it('does not take delivery, the post office or our own advertising and middlemen for types', () => {
    expect(relationships('Мы бесплатно доставляем заказы от 3000 рублей').types).toEqual([]);
    expect(relationships('Покупает на сайте и получает посылку по почте России').types).toEqual([]);
    expect(revenue('Продаём через посредников, они берут 30%').types).toEqual(['asset_sale']);
    expect(revenue('Рекламу даём в телеграм-каналах, а продаём косметику через сайт').types).toEqual(['asset_sale']);
    expect(revenue('Продаём подписку на доставку воды раз в неделю').types).toEqual(['subscription']);
  });

  it('reads staff who explain, plans built by a tracker, home presentations and prices per month', () => {
    expect(relationships('Врач на приёме всё объясняет хозяину, а приложение напоминает о прививке').types).toEqual([
      'personal_assistance',
      'automated_service',
    ]);
    expect(relationships('Каждому заказчику назначаем руководителя проекта').types).toEqual(['dedicated_assistance']);
    expect(relationships('Создали клуб постоянных покупателей с ежегодным взносом').types).toEqual(['subscription_membership']);
    expect(relationships('Трекер строит персональный план тренировок').types).toEqual(['automated_service']);
    expect(relationships('Представительницы устраивают дома презентации для подруг').types).toEqual(['network_marketing']);
    expect(revenue('Пользователи платят 299 рублей в месяц, правообладателям мы отчисляем роялти').types).toEqual(['subscription']);
    expect(revenue('Кинотеатр покупает права на фильмы у студий, а зрителям продаёт подписку').types).toEqual(['subscription']);
    expect(revenue('Наш доход — процент от сделок по продаже авто').types).toEqual(['brokerage']);
    expect(revenue('Студия сдаётся почасово, фотограф работает за отдельную плату').types).toEqual(['usage_fee', 'rent_lease']);
  });

  it('reads prices written with the currency as a word', () => {
    expect(revenue('Доступ стоит 500 рублей/мес').types).toEqual(['subscription']);
    expect(revenue('Берём 20 долларов в месяц').types).toEqual(['subscription']);
  });

  it('reads systems that analyse, members who swap advice, distributors who build a team, courses for buyers', () => {
    expect(relationships('Личный водитель закреплён за директором компании').types).toEqual(['dedicated_assistance']);
    expect(relationships('Система анализирует покупки и присылает купоны на любимые товары').types).toEqual(['automated_service']);
    expect(relationships('Есть чат в вотсапе для всех покупателей района, где соседи обмениваются советами').types).toEqual(['community']);
    expect(relationships('Агенты сами набирают себе команду и получают доход с её продаж').types).toEqual(['network_marketing']);
    expect(relationships('Для покупателей швейных машинок — курсы кройки и шитья').types).toEqual(['training']);
    expect(relationships('Закрытый чат для участников курса, у каждого свой куратор').types).toEqual(['dedicated_assistance', 'community']);
    expect(revenue('Годовой клуб за 12 000').types).toEqual(['subscription']);
  });

  it('reads written answers, an abandoned first attempt and a fixed monthly sum', () => {
    expect(relationships('Личного менеджера не даём, но на сайте есть ответы на все вопросы').types).toEqual(['self_service']);
    expect(relationships('Сначала пробовали сообщество, но оно не прижилось; сейчас у каждого клиента свой менеджер').types).toEqual(['dedicated_assistance']);
    expect(revenue('Почасовой оплаты нет, клиент платит фиксированную сумму в месяц').types).toEqual(['subscription']);
    expect(revenue('Плата за установку и ежемесячное обслуживание').types).toEqual(['usage_fee', 'subscription']);
  });

  it('keeps tenants as customers and costs apart from rent revenue', () => {
    expect(revenue('Арендаторам офисов продаём мебель').types).toEqual(['asset_sale']);
    expect(revenue('Арендаторы платят ежемесячно за офисы').types).toEqual(['rent_lease']);
    expect(revenue('Главные расходы — зарплата и аренда офиса').types).toEqual([]);
    expect(revenue('Комиссию платим банку за эквайринг, доход даёт подписка').types).toEqual(['subscription']);
  });

  it('keeps the sale with whoever owns the goods on a platform', () => {
    expect(revenue('Фрилансеры продают услуги на нашей бирже, мы удерживаем 10%').types).toEqual(['brokerage']);
    expect(revenue('Продавцы размещают товары на площадке, с каждой покупки платят нам 7%').types).toEqual(['brokerage']);
    expect(revenue('Агентство получает процент от стоимости проданной квартиры').types).toEqual(['brokerage']);
    expect(revenue('Магазины доплачивают, чтобы их товары стояли выше в поиске').types).toEqual(['advertising']);
    expect(revenue('Дилеры продают нашу продукцию в регионах').types).toEqual(['asset_sale']);
    expect(revenue('Мы продаём свои товары через маркетплейс').types).toEqual(['asset_sale']);
  });

  it('reads plans and hedges set against the present as not yet a type', () => {
    expect(revenue('Пока всё бесплатно, в планах брать комиссию').types).toEqual([]);
    expect(revenue('Сдаём лодки в аренду, думаем продавать сувениры').types).toEqual(['rent_lease']);
    expect(revenue('Сейчас берём процент с каждой сделки, хотим добавить подписку').types).toEqual(['brokerage']);
    expect(relationships('Думаем про бота, сейчас отвечает администратор').types).toEqual(['personal_assistance']);
    expect(relationships('Пока есть общий чат владельцев, собираемся на выезды').types).toEqual(['community']);
    expect(revenue('Клиенты платят сколько хотят').types).toEqual([]);
  });

  it('reads a group that does a thing together as a community', () => {
    expect(relationships('Клуб любителей настолок: собираемся по пятницам и играем вместе').types).toEqual(['community']);
    expect(relationships('Велоклуб, участники вместе ездят в походы').types).toEqual(['community']);
    expect(relationships('Собираем покупателей раз в сезон, они меняются семенами').types).toEqual(['community']);
    expect(relationships('Собираем клиентов через рекламу в инстаграме').types).toEqual([]);
  });

  it('keeps third-person sales and rents with a platform commission as brokerage, shares paid to others as costs', () => {
    expect(revenue('Пекари продают хлеб через наше приложение, мы получаем 12% с заказа').types).toEqual(['brokerage']);
    expect(revenue('Люди продают б/у вещи на нашем сайте, с каждой сделки нам 5%').types).toEqual(['brokerage']);
    expect(revenue('Владельцы квартир сдают жильё через наш сервис, берём 15% с брони').types).toEqual(['brokerage']);
    expect(revenue('Консультанты продают косметику знакомым, получают 30% с продаж').types).toEqual(['asset_sale']);
    expect(revenue('С каждой продажи платим маркетплейсу 15%, доход от продажи одежды').types).toEqual(['asset_sale']);
    expect(revenue('Сдают квартиры — это наш доход').types).toEqual(['rent_lease']);
  });

  it('reads a hedge alone in its clause as planning the next one', () => {
    expect(revenue('Может быть, будем брать процент с заказов, пока не решили').types).toEqual([]);
    expect(revenue('Рассматриваем вариант с подпиской, пока ничего не продаём').types).toEqual([]);
    expect(revenue('Идея — брать комиссию, но пока проект бесплатный').types).toEqual([]);
    expect(relationships('Хотим ввести абонементы, а пока первое занятие бесплатно').types).toEqual(['free_use']);
  });

  it('reads customers who meet and do things together as a community', () => {
    expect(relationships('Устраиваем совместные пробежки для покупателей кроссовок').types).toEqual(['community']);
    expect(relationships('Покупатели собираются у нас по субботам, играют в настолки и знакомятся').types).toEqual(['community']);
    expect(relationships('Клиенты объединились в группу и ездят на рыбалку вместе').types).toEqual(['community']);
  });

  it('keeps a per-hour fee told before a contrast apart from a later rental', () => {
    expect(revenue('Почасовая оплата за стоянку, а абонентам сдаём боксы в аренду').types).toEqual(['usage_fee', 'rent_lease']);
    expect(revenue('Сдаём лодки в аренду, а оплата почасовая').types).toEqual(['rent_lease']);
    expect(revenue('Прокат сапбордов. Оплата за каждый час').types).toEqual(['rent_lease']);
  });

  it('reads a fee that a commission is taken from as its base, and a parenthetical "может" as a hedge', () => {
    expect(revenue('Исполнители находят клиентов через наш сервис и отдают нам 10% от гонорара').types).toEqual(['brokerage']);
    expect(revenue('Когда-нибудь, может, будет реклама, а сейчас живём на инвестиции').types).toEqual([]);
  });
});

describe('classifyAnswer: who pays whom, read per clause', () => {
  it('takes money we pay for a cost, not a revenue stream', () => {
    expect(revenue('Как франчайзи отчисляем 6% с оборота головной компании, а зарабатываем на продаже пиццы').types).toEqual(['asset_sale']);
    expect(revenue('Склад сами арендуем за 40 тысяч в месяц, зарабатываем на прокате байдарок').types).toEqual(['rent_lease']);
    expect(revenue('Подписка на сервис рассылок — это наш расход, продаём свечи').types).toEqual(['asset_sale']);
    expect(revenue('Сервис доставки забирает себе 20% с каждого заказа, мы продаём пиццу').types).toEqual(['asset_sale']);
  });

  it('keeps a sale told in the same clause as a cost, after "и" and a verb of its own', () => {
    expect(revenue('Арендуем кухню и готовим еду на доставку').types).toEqual(['asset_sale']);
  });

  it('reads a sale of someone else’s goods, or a sale as the base of a share, as no sale of ours', () => {
    expect(revenue('Продаём туры других операторов, получаем от них 10% комиссии').types).toEqual(['brokerage']);
    expect(revenue('Авторы отдают нам 15% с каждой продажи курса').types).toEqual(['brokerage']);
  });

  it('keeps a sale of our own goods where a platform keeps a share of it', () => {
    expect(revenue('Площадка оставляет себе 15% с каждой продажи наших книг, остальное приходит нам').types).toEqual(['asset_sale']);
    expect(revenue('Авторы отдают нам 15% с каждой продажи своих курсов').types).toEqual(['brokerage']);
  });

  it('reads reach sold to advertisers as advertising, not a sale of goods', () => {
    expect(revenue('Продаём эфирное время рекламодателям').types).toEqual(['advertising']);
    expect(revenue('Продаём слоты на экранах в торговом центре рекламодателям').types).toEqual(['advertising']);
    expect(revenue('Продаём сувениры: кружки и ручки с логотипом').types).toEqual(['asset_sale']);
  });

  it('reads a charge for the work, the materials being the customer’s, as a usage fee', () => {
    expect(revenue('Ремонт квартир: материалы заказчик закупает сам, мы берём за работу').types).toEqual(['usage_fee']);
  });

  it('reads a monthly total of income as no subscription', () => {
    expect(revenue('С рекламы в паблике набегает тысяч 200 в месяц').types).toEqual(['advertising']);
    expect(revenue('Подписка приносит 300 тысяч в месяц').types).toEqual(['subscription']);
  });

  it('offers a price per unit of a service as a usage fee', () => {
    const result = revenue('Час юриста — 6 тыс, выезд в суд отдельно');
    expect(result.types).toEqual(['usage_fee']);
    expect(result.evidence[0]?.words).toEqual(['Час юриста — 6 тыс']);
    expect(revenue('шиномонтаж: балансировка 400 р за диск').types).toEqual(['usage_fee']);
    expect(revenue('подписка 500 р за месяц').types).toEqual(['subscription']);
    expect(revenue('Аренду платим сами, зарабатываем на стрижках по 1500').types).toEqual(['usage_fee']);
    expect(revenue('Абонемент на 8 занятий по 800 рублей').types).toEqual(['subscription']);
  });

  it('does not take staff training, a person’s reminder, finding clients or a perk for a relationship type', () => {
    expect(relationships('Учим новых сотрудников работать с кассой').types).toEqual([]);
    expect(relationships('Администратор обзванивает клиентов и напоминает о записи').types).toEqual(['personal_assistance']);
    expect(relationships('Клиентов ищем холодными звонками и рассылками по базе').types).toEqual([]);
    expect(relationships('Каждый шестой кофе бесплатно').types).toEqual([]);
    expect(relationships('Чат поддержки в телеграме, отвечают наши специалисты').types).toEqual(['personal_assistance']);
    expect(relationships('Чат в телеграме, где клиенты помогают друг другу').types).toEqual(['community']);
    expect(relationships('Подписчики телеграм-канала читают наши посты').types).toEqual([]);
    expect(relationships('Подписчики канала общаются между собой в комментариях').types).toEqual(['community']);
  });

  it('drops a plan told in a later sentence', () => {
    expect(revenue('Продаём обеды в офисы. В перспективе планируем продавать абонементы на месяц.').types).toEqual(['asset_sale']);
  });
});

describe('classifyAnswer: confidence', () => {
  const confidence = (result: ReturnType<typeof revenue>, type: string) => result.evidence.find((entry) => entry.type === type)?.confidence;

  it('is full for a type named plainly', () => {
    expect(confidence(revenue('Продаём подписку за 500 рублей в месяц'), 'subscription')).toBe(1);
    expect(confidence(relationships('За каждым клиентом закреплён персональный менеджер'), 'dedicated_assistance')).toBe(1);
  });

  it('is below the pre-tick line for weak, backoff or shape-only evidence', () => {
    expect(confidence(revenue('Час юриста — 6 тыс'), 'usage_fee')).toBeLessThan(PRETICK_CONFIDENCE);
    expect(confidence(revenue('капучино 250р, круассан 180р'), 'asset_sale')).toBeLessThan(PRETICK_CONFIDENCE);
  });

  it('is below the pre-tick line for a type in a clause told in the future or beside money we pay', () => {
    expect(confidence(revenue('Будем продавать курсы по 5000 рублей'), 'asset_sale')).toBeLessThan(PRETICK_CONFIDENCE);
    expect(revenue('Будем продавать курсы, но пока не решили как').types).toEqual([]);
    expect(confidence(revenue('Платим за рекламу 20 тысяч, подписка приносит остальное'), 'subscription')).toBe(1);
  });
});

describe('classifyAnswer: roles and shapes read on blind sets 12–14', () => {
  it('reads work on the customer’s own materials as a service, not a sale of goods', () => {
    expect(revenue('Ателье: клиенты приносят свою ткань, мы шьём по их меркам').types).not.toContain('asset_sale');
    expect(revenue('Гравируем на подарках, которые гости привозят свои, цена за надпись 500').types).not.toContain('asset_sale');
  });

  it('reads a franchisee’s fees and a staff share of revenue as costs, and a franchise sold with its entry fee as licensing only', () => {
    expect(revenue('Открыли студию по франшизе, роялти 5% отдаём, доход с продажи пиццы').types).toEqual(['asset_sale']);
    expect(revenue('Администраторам платим 10% от выручки, выручка с продажи мебели').types).toEqual(['asset_sale']);
    expect(revenue('Зарплата мастерам — 30% от выручки, а выручка — это продажа окон').types).toEqual(['asset_sale']);
    expect(revenue('Продаём франшизу пекарни: разовый вход 500 тыс., потом роялти 4% с оборота').types).toEqual(['licensing']);
  });

  it('reads a perpetual licence with a yearly support fee, an unlimited month and used goods', () => {
    expect(revenue('Продаём бессрочные лицензии на программу и ежегодную плату за техподдержку').types).toEqual(['subscription', 'licensing']);
    expect(revenue('Разовое посещение 500, безлимит на месяц 4000').types).toEqual(['usage_fee', 'subscription']);
    expect(revenue('толкаем б/у телефоны через авито').types).toEqual(['asset_sale']);
  });

  it('reads a unit of service and what it costs, and a stay paid by the night, as usage', () => {
    expect(revenue('у нас автомойка минута стоит 15 рублей').types).toEqual(['usage_fee']);
    expect(revenue('гости платят за ночёвку в хостеле посуточно').types).toEqual(['usage_fee']);
    expect(revenue('сдаём квартиры посуточно').types).toEqual(['rent_lease']);
  });

  it('reads a list of costs as no revenue', () => {
    expect(revenue('зарплата повара 60к, аренда 40к, продукты 100к').types).toEqual([]);
    expect(revenue('Налоги, аренда, зарплата — вот основное').types).toEqual([]);
  });

  it('reads channels, audiences, perks and denied words as no relationship', () => {
    expect(relationships('Клиентов ищем холодными звонками и рассылкой прайса по базе').types).toEqual([]);
    expect(relationships('Проводим вебинары для менеджеров клиентов').types).toEqual(['training']);
    expect(relationships('Скидочная карта бесплатно, консультант в зале помогает выбрать').types).toEqual(['personal_assistance']);
    expect(relationships('мы обычный магазин а не сетевой маркетинг продавцы помогают в зале').types).toEqual(['personal_assistance']);
    expect(relationships('раз в месяц учим своих менеджеров работе с возражениями').types).toEqual([]);
  });

  it('reads approving, testing and taking ideas as co-creation, and a whole case with one person as dedicated', () => {
    expect(relationships('клиент сам утверждает макет и вносит правки, потом печатаем').types).toEqual(['co_creation']);
    expect(relationships('зовём постоянных гостей тестировать новые блюда и берём их идеи в меню').types).toEqual(['co_creation']);
    expect(relationships('после тренировки тренер разбирает с каждым ошибки').types).toEqual(['personal_assistance']);
    expect(relationships('с каждым заказчиком работает один архитектор от эскиза до сдачи объекта').types).toEqual(['dedicated_assistance']);
    expect(relationships('у каждого ученика свой наставник, пишет ему в личку').types).toEqual(['dedicated_assistance']);
  });

  it('lets a denial typed without commas end where what is affirmed begins', () => {
    expect(relationships('абонементов у нас нет просто бот сам напоминает о записи').types).toEqual(['automated_service']);
    expect(revenue('комиссию не берём мы продаём свои торты').types).toEqual(['asset_sale']);
    expect(revenue('подписки? нет, у нас просто продажи').types).toEqual(['asset_sale']);
  });
});
