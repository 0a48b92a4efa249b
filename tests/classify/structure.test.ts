import { describe, expect, it } from 'vitest';
// The rules' own reading (src/classify/classify.ts); the bot's classifier, the rules weighed by the learned layer,
// is tested in answer.test.ts.
import { classifyAnswer, PRETICK_CONFIDENCE } from '../../src/classify/classify.ts';

const relationships = (text: string) => classifyAnswer('customer_relationships', text);
const revenue = (text: string) => classifyAnswer('revenue_streams', text);
const ticked = (result: ReturnType<typeof classifyAnswer>) => result.evidence.filter((item) => item.confidence >= PRETICK_CONFIDENCE).map((item) => item.type);

describe('a denial covers its object in any word order', () => {
  it('drops the object before or after the denied verb, past prepositions and possessives', () => {
    for (const text of [
      'баннеры на нашем сайте не размещаем, живём с продажи свечей',
      'не размещаем баннеры на сайте, живём с продажи свечей',
      'рекламу у себя в канале мы не берём, продаём свечи',
      'никакой рекламы, продаём свечи',
      'свечи продаём, рекламы в группе у нас нет',
    ]) {
      expect(revenue(text).types, text).toEqual(['asset_sale']);
    }
  });

  it('keeps what a contrast affirms after the denial', () => {
    const result = revenue('подписку не продаём, а вот рекламу в канале продаём').types;
    expect(result).toContain('advertising');
    expect(result).not.toContain('subscription');
    expect(revenue('комиссию с продавцов не берём, зато сдаём полки в аренду').types).toEqual(['rent_lease']);
  });

  it('reads "это не сообщество" and customers who never meet as no community', () => {
    for (const text of [
      'в вотсапе пишут нашим консультантам, это не сообщество, покупатели друг с другом не общаются',
      'пишут нашим консультантам в чат поддержки, покупатели между собой не переписываются',
    ]) {
      expect(relationships(text).types, text).not.toContain('community');
    }
    expect(relationships('в чате выпускники помогают друг другу с задачами').types).toContain('community');
  });
});

describe('whose people and whose money', () => {
  it('gives no relationship type for teaching our own people, whatever their trade', () => {
    for (const text of [
      'наших сантехников учим сами, месяц стажировки',
      'обучаем своих курьеров вежливости',
      'новеньких инструкторов обучаем сами, потом стажировка у старших',
      'своих массажистов аттестуем раз в год',
    ]) {
      expect(relationships(text).types, text).toEqual([]);
    }
  });

  it('keeps training given to the customer’s people', () => {
    expect(relationships('ресторанам-клиентам проводим обучение персонала работе с кассой').types).toContain('training');
    expect(relationships('учим клиентов пользоваться программой на вебинарах').types).toContain('training');
  });

  it('gives no revenue type for money we hand over, to any payee', () => {
    for (const text of [
      'кофейня открыта по франшизе, роялти 5% отдаём правообладателю, сами продаём кофе и выпечку',
      'работаем по франшизе, каждый месяц перечисляем франчайзеру 4% выручки, зарабатываем на продаже пиццы',
      'стоянку арендуем, платим арендодателю 60 тыс в месяц, продаём запчасти',
    ]) {
      expect(revenue(text).types, text).toEqual(['asset_sale']);
    }
  });

  it('reads a stream named only as the base of a share as no stream of ours', () => {
    expect(revenue('мы посредники: берём 30% от стоимости первого месяца аренды').types).toEqual(['brokerage']);
    expect(revenue('комиссия с продаж и аренда торговых мест').types).toEqual(['rent_lease', 'brokerage']);
  });
});

describe('a person of ours who will help', () => {
  it('reads help told in the future tense as personal assistance', () => {
    for (const text of ['парикмахер всегда подскажет, какой уход подойдёт', 'на входе администратор расскажет, где что лежит']) {
      expect(relationships(text).types, text).toContain('personal_assistance');
    }
  });
});

describe('calls to follow a channel', () => {
  it('are channels, neither a membership nor a community', () => {
    for (const text of [
      'подписывайтесь на наш телеграм, там новинки и скидки',
      'следите за акциями в нашей группе вк',
      'вступайте в нашу группу, там розыгрыши',
      'в нашем паблике публикуем новости и скидки',
    ]) {
      const result = relationships(text);
      expect(result.types, text).not.toContain('subscription_membership');
      expect(result.types, text).not.toContain('community');
    }
  });

  it('still reads a paid membership or customers talking as such', () => {
    expect(relationships('клиенты подписываются на месяц и ходят без ограничений').types).toContain('subscription_membership');
    expect(relationships('в нашей группе владельцы собак советуют друг другу ветеринаров').types).toContain('community');
  });
});

describe('pre-ticking by the kind of evidence', () => {
  it('ticks a type told by several cues or by one word as the only type', () => {
    expect(ticked(revenue('сдаём лодки в аренду посуточно'))).toEqual(['rent_lease']);
    expect(ticked(relationships('бот напоминает о записи и присылает рекомендации'))).toEqual(['automated_service']);
  });

  it('offers a lone cue beside another type, and a community beside another type, as "maybe"', () => {
    const result = relationships('персональный менеджер на связи, есть чат в телеграме');
    expect(result.types).toContain('community');
    expect(ticked(result)).not.toContain('community');
  });
});

describe('words read as other words', () => {
  it('reads "персональные" as personal, not as personnel', () => {
    // Read as our staff, "персональных" made teaching customers look like teaching our people.
    expect(relationships('обучаем работе с платформой на персональных занятиях').types).toEqual(['training']);
    expect(relationships('учим пользоваться сервисом, персональные рекомендации приходят в приложении').types).toEqual(['automated_service', 'training']);
    expect(relationships('обучаем свой персонал работе с кассой').types).toEqual([]);
  });

  it('does not take another ending of a word for a typo', () => {
    expect(relationships('клиенты сами выбирают, какими практиками заниматься в приложении').types).toEqual(['self_service']);
    expect(relationships('онлайн практикумы по работе с сервисом').types).toEqual(['training']);
  });
});

describe('whose people teach and whose are taught', () => {
  it('reads our people after "у", "с", "от" as the ones who teach the customer', () => {
    for (const text of [
      'группа занимается на вебинарах у наших методистов',
      'вебинары от наших экспертов по работе с сервисом',
      'практикумы с нашими агрономами по уходу за рассадой',
    ]) {
      expect(relationships(text).types, text).toEqual(['training']);
    }
  });

  it('still reads our people taught, or training for them, as no relationship type', () => {
    for (const text of ['наших инструкторов учим сами', 'практикумы для наших агрономов', 'своих бариста обучаем раз в квартал']) {
      expect(relationships(text).types, text).toEqual([]);
    }
  });

  it('reads staff named right after our own staff as ours, unless a contrast or a customer sets them apart', () => {
    for (const text of [
      'своих кассиров учим сами, семинары для персонала раз в месяц',
      'обучаем наших менеджеров продажам. Вебинары для сотрудников проводит приглашённый эксперт',
    ]) {
      expect(relationships(text).types, text).toEqual([]);
    }
    expect(relationships('обучаем своих продавцов, а для персонала клиентов проводим тренинги по работе с кассой').types).toEqual(['training']);
    expect(relationships('проводим тренинги для персонала ресторанов-клиентов').types).toEqual(['training']);
  });
});

describe('customers who help each other', () => {
  it('reads help among customers, or by their moderator, as the community alone', () => {
    for (const text of [
      'в чате мамы подсказывают друг другу, модератор отвечает на вопросы и следит за порядком',
      'на форуме владельцы лодок помогают друг другу советами',
      'участники клуба объясняют друг другу правила, модератор удаляет спам',
    ]) {
      expect(relationships(text).types, text).toEqual(['community']);
    }
  });

  it('keeps a person of ours who helps beside them', () => {
    expect(relationships('в зале консультант подскажет, а в чате покупатели общаются между собой').types).toEqual(['personal_assistance', 'community']);
    expect(relationships('с покупателями общаются наши фармацевты').types).toEqual(['personal_assistance']);
  });
});

describe('contact that seeks buyers', () => {
  it('reads cold calls, a call list and commercial offers as a channel, through their sentence', () => {
    for (const text of [
      'клиентов берём холодными звонками, менеджеры прозванивают компании и высылают КП',
      'звоним по базе оптовиков и отправляем коммерческое предложение',
      'менеджеры обзванивают стройки и отправляют КП',
    ]) {
      expect(relationships(text).types, text).toEqual([]);
    }
  });

  it('keeps the relationship that follows the finding, and a call to a customer who bought', () => {
    expect(relationships('холодные звонки по базе, потом с каждым клиентом работает персональный менеджер').types).toEqual(['dedicated_assistance']);
    expect(relationships('менеджер звонит клиенту после покупки и спрашивает, всё ли в порядке').types).toEqual(['personal_assistance']);
    expect(relationships('по базе знаний клиенты находят ответы сами').types).toEqual(['self_service']);
    expect(relationships('рассылаем по базе прайс раз в неделю, заказы принимает менеджер по телефону').types).toEqual(['personal_assistance']);
    expect(relationships('чат-бот сам высылает КП по запросу, менеджер подключается к сделке').types).toContain('automated_service');
  });
});

describe('plans for a period still to come', () => {
  it('drops a plan told after what is done, or hedged before its infinitive', () => {
    expect(relationships('сейчас в зале помогают консультанты, думаем со временем открыть клуб с членскими взносами').types).toEqual(['personal_assistance']);
    expect(revenue('продаём торты и пирожные. в следующем году — подписка на десерты').types).toEqual(['asset_sale']);
    expect(revenue('продаём рассаду, со следующего сезона будем сдавать теплицы в аренду').types).toEqual(['asset_sale']);
    expect(revenue('сейчас продаём саженцы, а подписка на уход за садом появится весной').types).toEqual(['asset_sale']);
    expect(relationships('пока с покупателями общаются продавцы, а личный кабинет откроется осенью').types).toEqual(['personal_assistance']);
  });

  it('keeps a model told wholly in the future, and a step of the service', () => {
    expect(revenue('клиенты будут платить за подписку, со следующего года добавим рекламу').types).toEqual(['subscription', 'advertising']);
    expect(revenue('абонемент на месяц, на следующий месяц продлевается сам').types).toEqual(['subscription']);
    expect(relationships('в приложении появится рекомендация, когда подойдёт срок замены фильтра').types).toEqual(['automated_service']);
  });
});

describe('goods named as what brings the money', () => {
  it('reads them as sold beside another stream', () => {
    expect(revenue('выручка — кофе и десерты, ещё бренд платит за рекламу на стойке').types).toEqual(['asset_sale', 'advertising']);
    expect(revenue('зарабатываем на пицце и напитках, а вечером сдаём зал под банкеты').types).toEqual(['asset_sale', 'rent_lease']);
  });

  it('reads goods let or sold by subscription as the object of that stream', () => {
    expect(revenue('доход — аренда мебели для свадеб').types).toEqual(['rent_lease']);
    expect(revenue('доход идёт от подписок на коробку с косметикой').types).toEqual(['subscription']);
  });
});

describe('a price beside advertising', () => {
  it('prices the advertising, not a use', () => {
    expect(revenue('интеграция в ролик 40к за выпуск, баннеры на сайте').types).toEqual(['advertising']);
    expect(revenue('консультации 3000 за час').types).toEqual(['usage_fee']);
  });
});

describe('a help centre', () => {
  it('is self-service however it is spelled', () => {
    for (const text of ['на сайте хелп-центр со статьями', 'есть хелпцентр, клиенты разбираются сами', 'help center с ответами']) {
      expect(relationships(text).types, text).toContain('self_service');
    }
  });
});

describe('content we post ourselves', () => {
  it('is a channel, not co-creation', () => {
    for (const text of ['снимаем видео о нашей продукции и выкладываем на ютуб', 'в телеграме публикуем фото готовых тортов']) {
      expect(relationships(text).types, text).toEqual([]);
    }
  });

  it('makes a group or channel we post to our channel, unless customers talk there or a community is named', () => {
    expect(relationships('группа вконтакте, куда выкладываем фото работ').types).toEqual([]);
    expect(relationships('в нашей группе публикуем рецепты, а покупатели обсуждают их между собой').types).toEqual(['community']);
    expect(relationships('сообщество владельцев в телеграме, публикуем там новости').types).toEqual(['community']);
  });

  it('still reads content whose authors are customers or followers as co-creation', () => {
    for (const text of [
      'публикуем отзывы покупателей на сайте',
      'выкладываем фото клиентов с новыми стрижками, они сами присылают',
      'подписчики присылают свои рецепты, лучшие публикуем',
    ]) {
      expect(relationships(text).types, text).toEqual(['co_creation']);
    }
  });
});

describe('unlimited access for a period', () => {
  it('reads a monthly or yearly "безлимит" as a subscription, sold or not', () => {
    expect(relationships('месячный безлимит на занятия йогой').types).toEqual(['subscription_membership']);
    expect(revenue('продаём месячный безлимит на тренировки за 4000').types).toEqual(['subscription']);
    expect(revenue('основное — годовой безлимит в бассейн').types).toEqual(['subscription']);
  });

  it('reads a free unlimited extra without a period as no subscription', () => {
    expect(revenue('продаём кофе и десерты, безлимитный вайфай для гостей').types).toEqual(['asset_sale']);
  });
});

describe('customers who share and gather on their own', () => {
  it('read as a community when they share with no one of ours or gather by themselves', () => {
    for (const text of [
      'владельцы наших палаток устраивают совместные походы и делятся фотографиями',
      'участники сами проводят встречи в своих городах',
      'клиенты клуба сами организуют заезды и делятся треками',
    ]) {
      expect(relationships(text).types, text).toEqual(['community']);
    }
  });

  it('still read as co-creation when they share with us, share ideas, or we take their content up', () => {
    for (const text of [
      'покупатели делятся с нами идеями новых вкусов',
      'гости делятся фото в отзывах на картах',
      'мамы делятся своими идеями для новых раскрасок',
      'клиенты делятся фото интерьеров, мы их репостим',
    ]) {
      expect(relationships(text).types, text).toEqual(['co_creation']);
    }
  });
});

describe('a fee for a service named by the service', () => {
  it('reads paying for a manicure, a massage or a photo session as a usage fee', () => {
    expect(revenue('клиенты платят за маникюр 2000, материалы закупаем сами').types).toEqual(['usage_fee']);
    expect(revenue('берём за фотосессию в студии, фото отдаём через неделю').types).toEqual(['usage_fee']);
    expect(revenue('платят за педикюр и покрытие, а лаки продаём').types).toEqual(['asset_sale', 'usage_fee']);
  });
});

describe('work on what the customer supplies', () => {
  it('is offered as a usage fee even when no price is named', () => {
    for (const text of [
      'клиент приносит свою ткань, мы шьём платье по меркам',
      'заказчик даёт своё сырьё, мы варим из него мыло и отдаём партию',
      'клиенты привозят свои доски, мы их строгаем и режем',
    ]) {
      const result = revenue(text);
      expect(result.types, text).toEqual(['usage_fee']);
      expect(ticked(result), text).toEqual([]);
    }
  });

  it('keeps a sale of what is made from our own material', () => {
    expect(revenue('шьём шторы из своей ткани и продаём').types).toEqual(['asset_sale']);
  });
});

describe('buying told from the buyer’s side', () => {
  it('is no sale of goods when advertisers buy reach or someone buys a right', () => {
    expect(revenue('рекламодатели покупают показы в нашем приложении, оплата за тысячу показов').types).toEqual(['advertising']);
    expect(revenue('покупают у нас рекламу в рассылке').types).toEqual(['advertising']);
  });

  it('is a sale when the buyers take our goods', () => {
    expect(revenue('покупают наши свечи в магазине и на ярмарках').types).toEqual(['asset_sale']);
  });
});

describe('a price for a period beside a word of income', () => {
  it('is a subscription, where a bare total of income for a period is none', () => {
    expect(revenue('зарабатываем на платном закрытом чате за 500 в месяц').types).toEqual(['subscription']);
    expect(revenue('доход приносят занятия по 4000 в месяц за группу').types).toContain('subscription');
    expect(revenue('с рекламы в канале набегает 90 тысяч в месяц').types).toEqual(['advertising']);
  });
});

describe('a sale of a service', () => {
  it('is no sale of goods', () => {
    expect(revenue('клиентам продаём внедрение и настройку под ключ').types).toEqual(['usage_fee']);
    expect(revenue('продаём обслуживание кондиционеров, платят за каждый выезд').types).toEqual(['usage_fee']);
  });

  it('keeps goods sold beside a service, and goods named by a service word', () => {
    expect(revenue('зарабатываем на продаже оборудования и ремонте по вызову').types).toEqual(['asset_sale', 'usage_fee']);
    expect(revenue('продаём ремонтные комплекты для велосипедов').types).toEqual(['asset_sale']);
  });
});

describe('a price told before its unit', () => {
  it('is offered as a usage fee', () => {
    for (const text of ['стоянка для фур: 300 рублей сутки', 'звукозапись — 2500 р час']) {
      expect(revenue(text).types, text).toEqual(['usage_fee']);
    }
  });

  it('keeps a price for a period a subscription and a price of goods a sale', () => {
    expect(revenue('абонемент 3000 рублей месяц').types).toEqual(['subscription']);
    expect(revenue('продаём мёд, 800 рублей банка').types).toEqual(['asset_sale']);
  });
});

describe('our people taught about customers', () => {
  it('are our staff even where the customers are named as what they learn', () => {
    for (const text of ['наших администраторов учим общаться с гостями', 'обучаем своих официантов работе с трудными гостями']) {
      expect(relationships(text).types, text).toEqual([]);
    }
  });

  it('leave customers taught to use our things a training', () => {
    expect(relationships('мастер-классы для покупателей, как пользоваться нашими кофемашинами').types).toEqual(['training']);
  });
});

describe('training named as "обучение" for the customer', () => {
  it('is training when it is for dealers, partners or buyers', () => {
    expect(relationships('куратор проводит для дилеров обучение новым моделям').types).toEqual(['dedicated_assistance', 'training']);
    expect(relationships('обучение для партнёров по продаже наших окон').types).toEqual(['training']);
  });
});

describe('customers asked what to keep', () => {
  it('is co-creation, as asking what to add is', () => {
    expect(relationships('на дегустациях спрашиваем гостей, что оставить в меню').types).toEqual(['co_creation']);
    expect(relationships('покупатели решают, какие сорта вернуть в продажу').types).toEqual(['co_creation']);
  });
});

describe('evidence inside a longer phrase that yields to another type', () => {
  it('still counts where it holds in any case', () => {
    for (const text of [
      'в приложении собраны ответы на частые вопросы, с остальным помогает поддержка по телефону',
      'на сайте есть ответы на частые вопросы, сложное решает оператор по телефону',
    ]) {
      expect(relationships(text).types, text).toEqual(['personal_assistance', 'self_service']);
    }
  });

  it('yields with it where it too depends on the type it yields to', () => {
    expect(revenue('прокат байдарок. оплата за каждый час').types).toEqual(['rent_lease']);
  });
});

describe('a sale named with "наш" after it', () => {
  it('is ours only when "наш" names the goods, not the channel it went through', () => {
    expect(revenue('с каждой продажи через нашу реферальную ссылку магазин платит 5%').types).toEqual(['brokerage']);
    expect(revenue('площадка берёт 20% с каждой продажи наших курсов').types).toEqual(['asset_sale']);
  });
});

describe('a fee for development work', () => {
  it('is a usage fee, paid per job', () => {
    expect(revenue('за разработку сайта берём фиксированную сумму по договору').types).toEqual(['usage_fee']);
  });
});

describe('a customer who designs in a constructor', () => {
  it('creates together with us', () => {
    expect(relationships('клиент сам составляет букет в конструкторе на сайте, флорист собирает').types).toEqual(['co_creation']);
    expect(relationships('покупатель рисует принт в конструкторе, мы печатаем').types).toEqual(['co_creation']);
  });
});

describe('a share of a sale of their goods', () => {
  it('is a commission, however the sale is named', () => {
    expect(revenue('наш маркетплейс берёт с мастеров 12% за каждую продажу их изделий').types).toEqual(['brokerage']);
    expect(revenue('сайт получает 8% за каждую продажу, которую приводит').types).toEqual(['brokerage']);
  });

  it('keeps our own goods sold', () => {
    expect(revenue('варим варенье и продаём его на ярмарке').types).toEqual(['asset_sale']);
    expect(revenue('шьём сумки и продаём их на ярмарках').types).toEqual(['asset_sale']);
  });
});

describe('a yearly service contract', () => {
  it('is a subscription with a word between its period and the service', () => {
    expect(revenue('продаём лицензии на наш софт, плюс ежегодное техническое сопровождение').types).toEqual(['subscription', 'licensing']);
  });
});

describe('a right to make by what is ours', () => {
  it('is a licence, even paid as a share of income', () => {
    expect(revenue('разрешаем другим кафе готовить по нашим рецептам за процент с выручки').types).toEqual(['licensing']);
    expect(revenue('позволяем мастерским шить под нашим брендом, они платят роялти').types).toEqual(['licensing']);
  });
});

describe('free told by a short adjective', () => {
  it('is free use', () => {
    expect(relationships('первый месяц сервис бесплатен для всех').types).toEqual(['free_use']);
  });
});

describe('what a membership grants for free', () => {
  it('is a perk of the membership, not free use', () => {
    for (const text of ['годовое членство даёт бесплатную парковку и доступ в лаунж', 'абонемент включает бесплатную сауну и полотенце']) {
      expect(relationships(text).types, text).toEqual(['subscription_membership']);
    }
  });

  it('leaves a free trial before the membership free use', () => {
    expect(relationships('бесплатная пробная неделя даёт доступ ко всем функциям, дальше подписка').types).toEqual(['subscription_membership', 'free_use']);
  });
});

describe('who serves, told by a verb', () => {
  it('reads a person on duty as personal assistance', () => {
    expect(relationships('в каждом зале дежурит тренер, к нему может подойти любой посетитель').types).toEqual(['personal_assistance']);
  });

  it('reads one person working with each customer individually as dedicated assistance', () => {
    expect(relationships('психолог работает с каждым клиентом индивидуально весь курс терапии').types).toEqual(['dedicated_assistance']);
  });
});

describe('a perk for regulars or a free extra', () => {
  it('is no free use', () => {
    for (const text of [
      'постоянным покупателям бесплатно гравируем инициалы на ремешке, консультирует продавец',
      'каждая 5я мойка бесплатно по карте, на мойке всегда дежурит администратор',
      'пока машину обслуживают, гостю бесплатный чай, мастер-приёмщик объясняет, что сделали',
      'для покупателей дрелей проводим бесплатный мастер-класс, показываем, как менять насадки',
    ]) {
      expect(relationships(text).types, text).not.toContain('free_use');
    }
  });

  it('leaves a free trial of the product free use', () => {
    expect(relationships('первая тренировка бесплатно, дальше абонемент').types).toContain('free_use');
    expect(relationships('две недели бесплатно, потом платный тариф').types).toContain('free_use');
  });
});

describe('beginners taught, and lessons in how to do something', () => {
  it('is training when the beginners are customers', () => {
    expect(relationships('новичков учим держаться на волне в группах по пять человек').types).toContain('training');
  });

  it('reads a lesson in how to do something as training', () => {
    for (const text of [
      'установщик на месте показывает, как чистить фильтр и менять картридж',
      'перед прокатом инструктор объясняет, как управлять байдаркой',
      'раз в сезон проводим для садоводов лекцию о том, как правильно обрезать яблони',
    ]) {
      expect(relationships(text).types, text).toContain('training');
    }
  });

  it('keeps a person who explains how to order personal assistance, and new staff taught our own', () => {
    expect(relationships('менеджер объясняет, как оформить заказ на сайте').types).toEqual(['personal_assistance']);
    expect(relationships('новичков-продавцов учим сами неделю').types).toEqual([]);
  });
});

describe('personal help, a community and self-service in other words', () => {
  it('reads whoever is there, and one person for each customer', () => {
    expect(relationships('звонок принимает первый свободный юрист').types).toContain('personal_assistance');
    expect(relationships('отвечает тот администратор, кто сейчас на смене').types).toContain('personal_assistance');
    expect(relationships('я сама веду каждого клиента от замера до сдачи').types).toEqual(['dedicated_assistance']);
    expect(relationships('один сотрудник на каждого арендатора, он решает все вопросы').types).toContain('dedicated_assistance');
  });

  it('reads support a bot gives, a chat customers write to our people in, and slang for staff', () => {
    expect(relationships('поддержка у нас тока бот, он отвечает на типовые вопросы').types).toEqual(['automated_service']);
    expect(relationships('есть чат в вотсапе, туда пишут нашим консультантам про сроки').types).not.toContain('community');
    expect(relationships('админ встречает каждого гостя').types).toEqual(['personal_assistance']);
    expect(relationships('зарплата админу 35 тыс, больше ничего').types).toEqual([]);
  });

  it('reads customers who help each other on their own as a community, not self-service or our help', () => {
    const result = relationships('в группе мамы сами находят друг другу нянь и советуют врачей');
    expect(result.types).toContain('community');
    expect(result.types).not.toContain('self_service');
    expect(relationships('бармен следит за порядком на встречах клуба, участники обсуждают между собой сорта').types).toEqual(['community']);
  });

  it('reads staff named as missing as self-service, and missing sellers of a network as no type', () => {
    expect(relationships('в зале всё подписано, администратора нет, гости всё делают сами').types).toContain('self_service');
    expect(relationships('дистрибьюторов или своих продавцов у нас нет').types).toEqual([]);
    expect(relationships('чатов у нас нет и консультантов тоже, на сайте пошаговые инструкции').types).toEqual(['self_service']);
    expect(relationships('no community yet, support answers in chat').types).not.toContain('community');
  });
});

describe('what customers send and what we post', () => {
  it('is no co-creation when customers only ask questions or we post our own reviews', () => {
    expect(relationships('ученики пишут вопросы в личку, я отвечаю').types).not.toContain('co_creation');
    expect(relationships('выкладываем в блог работы студии и отзывы').types).not.toContain('co_creation');
  });

  it('is co-creation when customers vote for what we make next or approve a shared model', () => {
    expect(relationships('в группе голосовалка, какой сыр варить следующим, что наберёт больше, то и варим').types).toContain('co_creation');
    expect(relationships('в канале опрос какую начинку печь на выходных').types).toContain('co_creation');
    expect(relationships('архитектор согласует с заказчиком планировку на общем макете').types).toContain('co_creation');
  });
});

describe('hedges and plans', () => {
  it('are no present type', () => {
    expect(relationships('рассматривается возможность запуска клуба для покупателей').types).toEqual([]);
    expect(relationships('сообщество рассматриваем как вариант на будущее, пока отвечает менеджер').types).toEqual(['personal_assistance']);
    expect(revenue('возможно, позже будем сдавать оборудование в аренду; сейчас продаём только корма').types).toEqual(['asset_sale']);
    expect(revenue('рассматриваются варианты подписки или комиссии, пока всё бесплатно').types).toEqual([]);
  });
});

describe('money we pay, named in a list of costs or by our business in the third person', () => {
  it('is no revenue stream', () => {
    for (const text of [
      'главные расходы — оклады поваров, аренда зала и лицензия на кассовую программу, которую продлеваем каждый год',
      'платим хостингу 2к в мес, аренда склада 40к, бухгалтер обходится в 15к',
      'зп двум кондитерам 90к, аренда 35к, коммуналка',
      'гостиница ежемесячно выплачивает агрегатору комиссию за каждую бронь',
      'почти вся выручка уходит на закупку муки и лизинг печи',
    ]) {
      expect(revenue(text).types, text).toEqual([]);
    }
  });

  it('keeps the revenue told beside the costs', () => {
    expect(revenue('расходы — аренда и зарплаты, а доход — продажа хлеба').types).toEqual(['asset_sale']);
    expect(revenue('платим поставщикам за муку, а сами сдаём зал в аренду под праздники').types).toEqual(['rent_lease']);
    expect(revenue('компания получает процент от первой зарплаты каждого нанятого кандидата').types).toEqual(['brokerage']);
  });
});

describe('a franchisee and a platform that keeps a share of our sales', () => {
  it('pay out: our sale is still a sale, their share no commission of ours', () => {
    expect(revenue('мы франшиза пекарни: продаём хлеб, франчайзеру отчисляем 4% от оборота').types).toEqual(['asset_sale']);
    expect(revenue('продаём пазлы на озоне, маркетплейс забирает 20% комиссии').types).toEqual(['asset_sale']);
    expect(revenue('зарабатываем на продаже скинов, 30% с покупок забирает стор').types).toEqual(['asset_sale']);
  });

  it('leave a share we keep of others’ deals a commission', () => {
    expect(revenue('артель находит оптовиков для пасечников и оставляет себе 7% от каждой сделки между ними').types).toEqual(['brokerage']);
  });
});

describe('others’ goods sold for a fee', () => {
  it('are a commission however far the owner stands from the sale word', () => {
    for (const text of [
      'продаём путёвки в санатории от нескольких крупных туроператоров, нам платят агентское вознаграждение 8%',
      'продаём дома, но дома не наши — берём 2% с продавца',
      'продаём билеты на спектакли чужих театров и берём сервисный сбор 5% с билета',
    ]) {
      expect(revenue(text).types, text).toEqual(['brokerage']);
    }
  });

  it('leaves goods we buy and resell a sale', () => {
    expect(revenue('продаём одежду российских производителей с наценкой').types).toEqual(['asset_sale']);
  });
});

describe('services sold, not goods', () => {
  it('reads an hour of work, a single visit, a fixed monthly price and work on the customer’s material', () => {
    expect(revenue('шиномонтаж: нормочас 1800, плюс продаём диски').types).toEqual(['asset_sale', 'usage_fee']);
    expect(revenue('абонемент 4000 в месяц, разовое 600').types).toEqual(['usage_fee', 'subscription']);
    expect(revenue('бухгалтерия для ИП, фикс 7 тыс в месяц').types).toEqual(['subscription']);
    expect(revenue('переплетаем книги из бумаги заказчика, платят только за работу').types).toEqual(['usage_fee']);
    expect(revenue('доставка цветов, клиент платит за доставку 300р, букеты продаём').types).toContain('usage_fee');
  });

  it('keeps goods made to order a sale, a volume of sales no subscription, and a franchise entry no use', () => {
    expect(revenue('шкафы и кровати на заказ из нашего массива').types).toEqual(['asset_sale']);
    expect(revenue('продаём на 400 тыс в месяц, в основном игрушки').types).toEqual(['asset_sale']);
    expect(revenue('франшиза: разовый взнос 300 тыс, дальше роялти 3%').types).toEqual(['licensing']);
  });
});

describe('advertising sold in other words', () => {
  it('reads sponsoring, a paid lift in search and someone’s logo on our things as advertising', () => {
    expect(revenue('сеть автомоек спонсирует наш забег и платит за это').types).toContain('advertising');
    expect(revenue('мастера могут за деньги поднять свой профиль в поиске').types).toContain('advertising');
    expect(revenue('страховая платит нам за свой логотип на наших самокатах').types).toContain('advertising');
    expect(revenue('сдаём фасад под вывески, плюс баннеры на крыше продаём').types).toEqual(['rent_lease', 'advertising']);
  });

  it('keeps our logo on their goods a licence', () => {
    expect(revenue('сыроварня варит по нашему рецепту под нашим лого и отчисляет нам с каждой головки').types).toEqual(['licensing']);
  });
});

describe('English words typed among Russian ones', () => {
  it('are read in their sense', () => {
    expect(revenue('subs 300р/мес, plus ads in the app').types).toEqual(['subscription', 'advertising']);
    expect(revenue('main income — commission 10% с каждой сделки').types).toEqual(['brokerage']);
    expect(revenue('we sell candles and rent the studio for shoots').types).toEqual(['asset_sale', 'rent_lease']);
    expect(revenue('no ads, only sales of our prints').types).not.toContain('advertising');
  });
});

describe('the price of a person’s time beside a rental or a pass', () => {
  it('is a usage fee of its own', () => {
    expect(revenue('прокат сапбордов — 1200 в день, час инструктора — 2000').types).toEqual(['usage_fee', 'rent_lease']);
  });

  it('leaves the price of a thing let by the hour to the rental', () => {
    expect(revenue('прокат велосипедов, 300 в час').types).toEqual(['rent_lease']);
  });
});

describe('a job title and a shared chat in any case', () => {
  it('reads a receptionist assigned to a customer as dedicated, and a chat told in the instrumental as shared', () => {
    expect(relationships('за каждым таксопарком закреплён свой мастер-приёмщик').types).toEqual(['dedicated_assistance']);
    expect(relationships('у нас клуб выпускников с общим чатом').types).toContain('community');
  });

  it('keeps a receptionist with no one assigned personal assistance', () => {
    expect(relationships('машину принимает приёмщик, он же объясняет, что сделано').types).toContain('personal_assistance');
  });
});

describe('a shop run beside a service', () => {
  it('sells goods', () => {
    expect(revenue('основной доход — абонементы в бассейн, ещё при бассейне работает магазин купальников').types).toEqual(['asset_sale', 'subscription']);
  });

  it('is no sale of ours where others rent a place in it', () => {
    expect(revenue('доход — аренда полок в нашем магазине для керамистов').types).toEqual(['rent_lease']);
  });
});

describe('causes of sets 22 and 23', () => {
  it('reads a trade right after a word of teaching as the one taught, and training held for the customer as training', () => {
    expect(relationships('клиенты сами заправляют машины на колонке, а весной у нас обучение для наших кассиров по охране труда').types).toEqual([
      'self_service',
    ]);
    const held = relationships('после монтажа линии наш технолог проводит инструктаж для бригады заказчика').types;
    expect(held).toContain('training');
    expect(held).not.toContain('personal_assistance');
    expect(relationships('мы сами проходим обучение у поставщика, покупателям всё рассказываем лично').types).not.toContain('training');
  });

  it('reads people said to be alive or no machine as personal help, and their reminders as no automation', () => {
    expect(relationships('в чате поддержки сидят живые девочки, никаких скриптов').types).toContain('personal_assistance');
    const reminder = relationships('за неделю до конца страховки звоним напомнить, это не бот, а наш агент Ольга').types;
    expect(reminder).toContain('personal_assistance');
    expect(reminder).not.toContain('automated_service');
    expect(relationships('за неделю до конца страховки приходит смс-напоминание от бота').types).toContain('automated_service');
  });

  it('reads the person told before "отвечаю" as one who answers, and others who answer on their own as none of ours', () => {
    expect(relationships('мёд с пасеки, я сам всем отвечаю в телеграме').types).toContain('personal_assistance');
    expect(relationships('в нашей группе пчеловоды сами отвечают друг другу').types).not.toContain('personal_assistance');
  });

  it('reads a wish not carried out as a plan, with its purpose', () => {
    expect(
      relationships('заказы принимаем по телефону; хотели сделать личный кабинет, чтобы клиенты сами оформляли повторные заказы, но пока не успели').types,
    ).toEqual(['personal_assistance']);
    expect(relationships('заказы принимаем по телефону, сделали личный кабинет, чтобы клиенты сами оформляли повторные заказы').types).toContain(
      'automated_service',
    );
  });

  it('reads freemium typed by ear', () => {
    expect(relationships('у нас фриум: базовые функции даром, расширенные платно').types).toContain('free_use');
  });

  it('reads a consignment trade as a commission and no sale of ours', () => {
    expect(revenue('держу комиссионку детских вещей: мамы приносят одежду, я продаю и беру себе 20%').types).toEqual(['brokerage']);
    expect(revenue('принимаем технику на реализацию от населения, после продажи оставляем себе 15%').types).toEqual(['brokerage']);
    expect(revenue('продаём детскую одежду, которую шьём сами').types).toEqual(['asset_sale']);
  });

  it('reads premises we rent as a cost and premises we let on as rent', () => {
    expect(revenue('снимаем офис в центре, аренда 60 тыс в месяц; зарабатываем на консультациях, 3000 за час').types).not.toContain('rent_lease');
    expect(revenue('снимаем ангар, а половину пересдаём автосервису').types).toContain('rent_lease');
    expect(revenue('снимаем свадьбы и выпускные, 30 тыс за день').types).not.toContain('rent_lease');
  });

  it('reads ads our users watch as advertising', () => {
    expect(revenue('в приложении пользователи смотрят рекламные видео за бонусы, ещё продаём премиум-скины').types).toContain('advertising');
    expect(revenue('мы запускаем рекламные ролики в соцсетях, продаём скины').types).not.toContain('advertising');
  });
});

describe('season tickets and contracts paid by the month', () => {
  it('reads slang for a season ticket as a membership', () => {
    expect(relationships('в бассейне берут абоники на квартал').types).toContain('subscription_membership');
    expect(relationships('многие покупают абонент в студию йоги на полгода').types).toContain('subscription_membership');
  });

  it('reads a contract or a programme with a monthly payment as a subscription, not as goods bought', () => {
    const result = revenue('фирмы приобретают годовой план техобслуживания лифтов с ежемесячной оплатой, ещё продаём запчасти поштучно');
    expect(result.types).toContain('subscription');
    expect(revenue('предприятия покупают годовые программы страхования с ежемесячной оплатой').types).toEqual(['subscription']);
  });

  it('leaves a monthly payment of a rent to the rent', () => {
    expect(revenue('сдаём гаражи по договору аренды с ежемесячной оплатой').types).toEqual(['rent_lease']);
  });
});

describe('whose money and whose goods, read from the words around them', () => {
  it('reads goods a buyer takes home as sold, not as money a partner keeps', () => {
    expect(revenue('вяжем на заказ свитера по размерам клиента, которые он себе оставляет').types).toEqual(['asset_sale']);
    expect(revenue('даём напрокат костюмы и шьём на заказ пиджаки, которые клиент забирает себе').types).toEqual(['asset_sale', 'rent_lease']);
  });

  it('reads a rent we pay, priced by the month, as a cost beside a fee per service', () => {
    expect(revenue('кабинет снимаем за 30к в месяц, зарабатываю с каждой стрижки по 1200').types).toEqual(['usage_fee']);
  });

  it('reads a fixed fee for each document prepared as paid per use', () => {
    expect(revenue('помогаем с загранпаспортами, берём фиксированную плату за каждую анкету').types).toEqual(['usage_fee']);
    expect(revenue('берём сбор за оформление справок, получаем комиссию 5% от страховок').types).toEqual(['usage_fee', 'brokerage']);
  });

  it('reads advertising printed matter given away for free as no advertising money', () => {
    expect(revenue('продаём книги, рекламные каталоги издательств раздаём покупателям бесплатно').types).toEqual(['asset_sale']);
  });

  it('reads the goods of named others sold for a share as brokerage', () => {
    expect(revenue('отвожу мёд знакомых пасечников на ярмарку и продаю, беру себе 10%').types).toEqual(['brokerage']);
  });
});

describe('advertising told by what the payer gets', () => {
  it('reads a business paying to be written about in our posts as advertising', () => {
    expect(revenue('автосалон платит, чтобы мы рассказывали о нём в наших роликах').types).toEqual(['advertising']);
  });

  it('reads a backer whose logo is on our kit as advertising', () => {
    expect(revenue('секция живёт на деньгах пекарни, чья эмблема на майках спортсменов').types).toEqual(['advertising']);
  });
});

describe('machines named but not at work', () => {
  it('does not read a robot inside a longer word as automation', () => {
    expect(relationships('кружок робототехники, педагог сам встречает каждого ребёнка').types).not.toContain('automated_service');
  });

  it('reads what others believe, then set right, as not so', () => {
    const result = relationships('покупатели считают, что на вопросы отвечает бот, а на самом деле пишет наш менеджер');
    expect(result.types).toEqual(['personal_assistance']);
  });
});

describe('training told by who holds it and for whom', () => {
  it('reads a briefing held by an employee for customers as training', () => {
    expect(relationships('перед первым заездом на картинге инструктаж для гостей проводит работник трассы').types).toContain('training');
  });

  it('reads a course our experts lead, and a lesson for beginners, as training', () => {
    expect(relationships('продавцам платформы открыт курс по упаковке, который ведут наши эксперты').types).toContain('training');
    expect(relationships('на скалодроме для начинающих есть короткое занятие по страховке').types).toContain('training');
  });

  it('reads teaching only our own people as no training', () => {
    expect(relationships('обучаем только своих поваров, гостям ничего не преподаём, официант принимает заказ').types).not.toContain('training');
  });
});

describe('communities told by meeting, and ended in the past', () => {
  it('reads members who meet regularly to share as a community', () => {
    expect(relationships('по четвергам встречаемся в кафе и обмениваемся рассадой и советами').types).toContain('community');
  });

  it('reads a free club of fans as a community, not as free use', () => {
    const result = relationships('при библиотеке есть бесплатный клуб читателей: раз в месяц встречи с авторами и общий чат');
    expect(result.types).toContain('community');
    expect(result.types).not.toContain('free_use');
  });

  it('reads a group that was closed, pointed back to by a pronoun, as no community', () => {
    expect(relationships('была группа покупателей вконтакте, но её удалили, теперь на вопросы отвечает продавец').types).not.toContain('community');
  });

  it('reads a stream discussed, then given up by pronoun ("от неё отказались"), as not there', () => {
    expect(revenue('продаём мебель. Франшизу мы готовили целый год, но от неё в итоге отказались').types).toEqual(['asset_sale']);
  });
});

describe('who serves in person', () => {
  it('reads the owner selling at a counter as personal assistance', () => {
    expect(relationships('скидки даю на глаз, мёд продаю сама за прилавком в павильоне').types).toEqual(['personal_assistance']);
  });

  it('reads "юридическая консультация" as the name of an office, leaving one lawyer per client dedicated only', () => {
    expect(relationships('мы юридическая консультация, каждого доверителя до суда сопровождает один и тот же адвокат').types).toEqual(['dedicated_assistance']);
  });
});

/** Each text read without the type. */
function expectEachLacks(read: (text: string) => ReturnType<typeof classifyAnswer>, texts: readonly string[], type: string): void {
  for (const text of texts) expect(read(text).types, text).not.toContain(type);
}

/** Each text read as containing its type. */
function expectEachHas(read: (text: string) => ReturnType<typeof classifyAnswer>, cases: readonly (readonly [string, string])[]): void {
  for (const [text, type] of cases) expect(read(text).types, text).toContain(type);
}

describe('answers typed in English', () => {
  it('reads the usual English ways of saying each relationship type', () => {
    expectEachHas(relationships, [
      ['Each family is given their own advisor, one point of contact for the whole year.', 'dedicated_assistance'],
      ['Every tenant has a dedicated property manager who knows their flat and stays with them.', 'dedicated_assistance'],
      ['Whoever is on shift answers the phone and helps with returns.', 'personal_assistance'],
      ['Our support team replies to emails within a day.', 'personal_assistance'],
      ['Customers look up answers in our knowledge base and fix most issues on their own.', 'self_service'],
      ['The app reminds drivers automatically when their insurance is about to expire.', 'automated_service'],
      ['Owners swap tips in our forum and help each other with repairs.', 'community'],
      ['Backers vote on the next colour, and two of the flavours were suggested by our customers.', 'co_creation'],
      ['Members pay a yearly fee and get unlimited access to the workshop.', 'subscription_membership'],
      ['We run a two-day workshop for every new client team.', 'training'],
      ['The basic plan is free to use for small teams.', 'free_use'],
    ]);
  });

  it('reads the usual English ways of saying each revenue type', () => {
    expectEachHas(revenue, [
      ['Players buy skins and coins in-game.', 'asset_sale'],
      ['We charge a fixed fee for each shoot we do.', 'usage_fee'],
      ['Labs pay per hour of machine time.', 'usage_fee'],
      ['Subscribers pay $9 a month for the full archive.', 'subscription'],
      ['Our yard hires out trailers and rents vans by the week.', 'rent_lease'],
      ['We make money licensing our illustrations to publishers.', 'licensing'],
      ['Shops pay us a referral fee for every buyer sent through our links.', 'brokerage'],
      ['Brands pay to have their products featured on our home page.', 'advertising'],
    ]);
  });

  it('reads "don\'t", a licence we hold and a past given up as no type', () => {
    expect(relationships("We don't have a help line yet, the site is free to use.").types).not.toContain('personal_assistance');
    expect(revenue("We don't sell anything; sponsors pay for mentions in each episode.").types).toEqual(['advertising']);
    expect(revenue('We hold an alcohol licence and have not opened yet.').types).toEqual([]);
    expect(revenue('We used to sell banner ads, now members pay $12 a month.').types).toEqual(['subscription']);
  });
});

describe('money we pay is no type of ours', () => {
  it('reads a platform or booking site keeping a share of our sales as its commission, not our brokerage', () => {
    for (const text of [
      'шьём сумки и продаём их на озоне, площадка оставляет себе 17% с заказа',
      'продаём мыло через маркетплейс, он берёт с нас пятнадцать процентов',
      'номера сдаём посуточно, airbnb забирает у нас 14% с брони',
    ]) {
      expect(revenue(text).types, text).not.toContain('brokerage');
    }
  });

  it('reads a royalty taken from us as our cost, not our licensing', () => {
    expect(revenue('мы работаем по франшизе: с нас удерживают роялти 5%, а доход от продажи шаурмы').types).toEqual(['asset_sale']);
  });

  it('reads a membership or a service we pay for as no subscription of ours', () => {
    for (const text of ['клиентам отвечают менеджеры, за битрикс платим 9к в месяц', 'общаемся с покупателями лично, а ещё платим взносы в гильдию пекарей']) {
      expect(relationships(text).types, text).not.toContain('subscription_membership');
    }
  });

  it('reads the items of a list closed by a paying verb as costs', () => {
    expect(revenue('продаём рассаду. Аренда теплицы, 40 тыс в месяц, оплачиваем сами.').types).toEqual(['asset_sale']);
    expect(revenue('только начинаем: аренда, инструменты, расходники закупили, продаж ещё нет').types).toEqual([]);
    expect(revenue('за рекламу в телеграме платим 30 тыс. в месяц, аренда склада — 70 тыс., продаём шины').types).toEqual(['asset_sale']);
  });
});

describe('a community is members who interact', () => {
  it('reads a page or chat where people are said not to talk among themselves as no community', () => {
    expectEachLacks(
      relationships,
      [
        'у нас «комьюнити» в вк — просто лента с новинками, подписчики между собой не переписываются',
        'есть группа в телеграме, но участники друг с другом не общаются, там только наши анонсы',
      ],
      'community',
    );
  });

  it('reads a chat with our suppliers or contractors as no community of customers', () => {
    expect(relationships('с подрядчиками и поставщиками ткани держим общий чат в ватсапе').types).not.toContain('community');
  });

  it('reads a club that sells a discount as a membership, not a community', () => {
    const result = relationships('для постоянных гостей клуб друзей ресторана: 3000 в год и скидка 10% на всё меню').types;
    expect(result).toContain('subscription_membership');
    expect(result).not.toContain('community');
  });

  it('reads a chat where customers only ask and we answer as support, not a community', () => {
    expect(relationships('есть чат в ватсапе, но туда присылают только вопросы про наличие, отвечаю я сама').types).not.toContain('community');
    expect(relationships('группа в вк с обсуждениями, где отвечаем на вопросы и проводим конкурсы').types).toContain('community');
  });

  it('reads greeting guests in person as no meeting of members', () => {
    expect(relationships('встречаю каждого гостя сама и провожу по залу').types).not.toContain('community');
  });

  it('reads a paid club told "это только в планах" as planned', () => {
    const result = relationships('сейчас только рассылка с напоминаниями, а платный клуб для владельцев — это пока в планах').types;
    expect(result).not.toContain('community');
    expect(result).not.toContain('subscription_membership');
  });
});

describe('free is not always free use', () => {
  it('reads what the price already covers as no free use', () => {
    expectEachLacks(
      relationships,
      [
        'покупателям печей проводим курс по растопке, денег не берём — он включён в стоимость печи',
        'настройку делаем бесплатно, точнее, она входит в цену роутера',
      ],
      'free_use',
    );
  });

  it('reads a small free service for anyone as a perk, not free use', () => {
    expect(relationships('зарядка телефона у нас бесплатно для всех, продавцы помогают с выбором').types).not.toContain('free_use');
    expect(relationships('заточку коньков делаем бесплатно для всех, кто зашёл').types).not.toContain('free_use');
  });

  it('still reads a free first lesson or a free plan as free use', () => {
    expect(relationships('первая тренировка бесплатно, дальше по абонементу').types).toContain('free_use');
  });
});

describe('no sale of ours where others trade', () => {
  it('reads shops as the customers or parties of a payment we carry, not as our shop', () => {
    expectEachLacks(
      revenue,
      ['делаем онлайн-кассу для интернет-магазинов, берём 1,5% с каждого чека', 'проводим платежи между магазином и покупателем, наша комиссия 2%'],
      'asset_sale',
    );
  });

  it('reads a deal of purchase and sale as the base of our commission', () => {
    expect(revenue('наша комиссия — 2% от сделки купли-продажи участка').types).toEqual(['brokerage']);
  });

  it('reads costs told "связаны с расходами на …" as costs, with no revenue yet', () => {
    expect(revenue('пока все платежи связаны с расходами на закупку ткани и аренду цеха, продаж ещё не было').types).toEqual([]);
  });
});

describe('who serves, and what is ours', () => {
  it('reads the customer’s staff we teach as taught, not as our people who serve', () => {
    expect(relationships('новым салонам проводим обучение: учим мастеров и администраторов работать в нашей программе').types).toEqual(['training']);
  });

  it('reads the sellers of a network advising their buyers as the network, not our staff', () => {
    expect(relationships('наши распространители сами консультируют подруг и продают им кремы').types).toEqual(['network_marketing']);
  });

  it('reads a person or line that was there before as gone', () => {
    expect(relationships('всё в приложении: напоминания приходят сами; оператор раньше был, сократили').types).toEqual(['automated_service']);
  });

  it('reads a licence we hold and advertising we buy or that sits in others’ videos as no stream of ours', () => {
    expect(revenue('продаём пиво на розлив, лицензию на торговлю алкоголем продлеваем каждый год').types).toEqual(['asset_sale']);
    expect(revenue('рекламируемся у блогеров, а зарабатываем на продаже настолок').types).toEqual(['asset_sale']);
    expect(revenue('фото лицензируем агентствам для видео с рекламой').types).toEqual(['licensing']);
  });
});

describe('streams told by what happens rather than by their name', () => {
  it('reads our thing handed over and given back as a rent', () => {
    expect(revenue('за плату отдаём шатры на свадьбы, инвентарь остаётся нашим и после праздника его возвращают').types).toEqual(['rent_lease']);
  });

  it('reads pay for the right to use our method or patent as licensing', () => {
    expect(revenue('три студии платят нам за право работать по нашей методике').types).toContain('licensing');
    expect(revenue('заводы отчисляют нам 2% с каждой партии, потому что применяют нашу запатентованную рецептуру').types).toEqual(['licensing']);
  });

  it('reads pay for the best shelf as advertising', () => {
    expect(revenue('продаём книги, а поставщик доплачивает, чтобы его новинки стояли на видном месте').types).toContain('advertising');
  });

  it('reads a season paid ahead as a membership, and customers who invent the product as co-creation', () => {
    expect(relationships('семьи оплачивают заранее за сезон, и раз в неделю мы привозим им набор сыров').types).toContain('subscription_membership');
    expect(relationships('название нового сорта придумали покупатели, мы устроили конкурс идей').types).toContain('co_creation');
  });
});

describe('self-service, finding customers and accounts', () => {
  it('reads customers or sellers who find each other on their own as a channel, not self-service', () => {
    expect(relationships('покупатели сами находят нас через знакомых, ничего для этого не делаем').types).toEqual([]);
  });

  it('reads written instructions on the thing itself as self-service, not training', () => {
    expect(relationships('в прачечной никого нет, на каждой машине табличка, как пользоваться').types).toEqual(['self_service']);
  });

  it('reads an account of each customer as automated service, not a person assigned', () => {
    expect(relationships('у каждого клиента личный кабинет, где видна история ремонтов и приходят напоминания').types).toEqual(['automated_service']);
  });
});

describe('"без" takes a noun, not the verb after it', () => {
  it('affirms the letting after "без водителя" or "без инструктора"', () => {
    expect(revenue('катер без водителя сдаём на выходные, 40 тыс в сутки').types).toContain('rent_lease');
    expect(revenue('сапы без инструктора сдаём в прокат на день').types).toContain('rent_lease');
  });
});

describe('causes of the first runs on sets 33 and 34', () => {
  it('reads a past paying verb as the payer’s when the payer is named before it', () => {
    expect(revenue('спонсор фестиваля заплатил за свой баннер над сценой').types).toEqual(['advertising']);
    expect(revenue('в прошлом месяце заплатили за баннер у дороги, а зарабатываем на шиномонтаже').types).not.toContain('advertising');
  });

  it('reads a share taken from our own takings, or paid to whoever we name, as a cost', () => {
    expect(revenue('продаём свечи ручной работы; галерея забирает процент с нашего оборота').types).toEqual(['asset_sale']);
    expect(revenue('продаём мёд, прокатчикам оборудования отдаём процент от выручки').types).toEqual(['asset_sale']);
  });

  it('reads a choice not made yet, or a project still an idea, as no type', () => {
    expect(revenue('пока не решили, брать ли плату за вход или жить с бара').types).toEqual([]);
    expect(revenue('проект на стадии идеи: сервис аренды палаток между туристами').types).toEqual([]);
    expect(revenue('We charge per room cleaned. Later we are thinking about selling cleaning kits.').types).toEqual(['usage_fee']);
  });

  it('reads word of mouth as finding customers, not as a community', () => {
    expect(relationships('в основном сарафан: покупатели друг другу рекомендуют нас').types).toEqual([]);
    expect(relationships('в клубе участники советуют друг другу, что посмотреть').types).toContain('community');
  });

  it('reads a system that knows the one customer as automated service', () => {
    expect(relationships('в приложении у каждого видна история покупок и его баллы').types).toContain('automated_service');
    expect(relationships('прилка сама подбирает упражнения под твой уровень').types).toContain('automated_service');
    expect(relationships('после оплаты смс с кодом от ячейки приходит на ваш телефон').types).toContain('automated_service');
  });

  it('reads paid placement told in slang as advertising', () => {
    expect(revenue('рестораны платят за топ в выдаче нашего приложения').types).toEqual(['advertising']);
    expect(revenue('интеграции в нашем ютуб-канале про рыбалку').types).toEqual(['advertising']);
    expect(revenue('мастера могут за 300 р. поднять объявление в топ поиска на три дня').types).toEqual(['advertising']);
  });

  it('reads the right to use our work or brand, told in slang, as licensing', () => {
    expect(revenue('пишу музыку и даю права юзать треки в рекламе').types).toEqual(['licensing']);
    expect(revenue('партнёры отстёгивают 4% с оборота за нашу марку и методику').types).toEqual(['licensing']);
  });

  it('reads a share kept from what the customer pays another as a commission', () => {
    expect(revenue('ученик платит за урок на сайте, 15% мы оставляем себе, остальное получает репетитор').types).toContain('brokerage');
    expect(revenue('take a 12% cut from every booking').types).toEqual(['brokerage']);
  });

  it('reads a price per entry, per session or per hour as a usage fee', () => {
    expect(revenue('берём взносы с команд за участие в турнире').types).toEqual(['usage_fee']);
    expect(revenue('кинозал: продаём билеты на каждый сеанс').types).toEqual(['usage_fee']);
    expect(revenue('стоимость работы мастера считаем по часам').types).toEqual(['usage_fee']);
  });

  it('reads the noun of search results as no rent', () => {
    expect(revenue('продавцы платят за место в топе выдачи на неделю').types).toEqual(['advertising']);
    expect(revenue('выдача велосипеда на сутки от 900 рублей').types).toEqual(['rent_lease']);
  });

  it('reads a person of a trade who helps, or whoever is on shift, as personal assistance', () => {
    expect(relationships('в зале игротехник подходит к столу и помогает освоить правила').types).toContain('personal_assistance');
    expect(relationships('в чате отвечает кто из поддержки на смене').types).toContain('personal_assistance');
    expect(relationships('we just answer DMs whoever is online').types).toContain('personal_assistance');
  });

  it('reads webinars in slang as training, and a trial at our expense as free use', () => {
    expect(relationships('раз в месяц вебы для клиентов по новым функциям').types).toContain('training');
    expect(relationships('первая поездка за наш счёт').types).toContain('free_use');
    expect(relationships('first week on us').types).toContain('free_use');
  });
});

describe('causes of the first runs on sets 35 and 36', () => {
  it('reads a bot that only takes orders as no automated service', () => {
    expect(relationships('у каждого магазина свой менеджер; бот в телеграме только принимает заявки').types).toEqual(['dedicated_assistance']);
    expect(relationships('в чат-боте можно оплатить заказ, больше он ничего не умеет').types).toEqual([]);
    expect(relationships('бот сам напоминает клиенту о записи').types).toEqual(['automated_service']);
  });

  it('reads followers of an account and a free newsletter as neither community nor free use', () => {
    expect(relationships('есть «сообщество» в телеграме, 5 тыс. подписчиков, публикуем новости').types).toEqual([]);
    expect(relationships('раз в месяц бесплатная рассылка с советами по уходу за садом').types).not.toContain('free_use');
  });

  it('reads what the customer does alone, one person for years, and choices made together', () => {
    expect(relationships('каталог открыт на сайте, заказ оформляешь сам').types).toContain('self_service');
    expect(relationships('Laundromat: coin machines, a sign with rules, no staff').types).toContain('self_service');
    expect(relationships('мастер по маникюру, клиенток веду годами').types).toContain('dedicated_assistance');
    expect(relationships('шью платья на заказ, фасон и ткань подбираем вместе').types).toContain('co_creation');
  });

  it('reads training for the customer’s staff as training, and buyers who write to the owner as personal help', () => {
    expect(relationships('раз в полгода проводим для сотрудников клиента обучение по технике безопасности').types).toContain('training');
    expect(relationships('buyers can message me if something is unclear').types).toContain('personal_assistance');
  });

  it('reads a service contract paid by the month as a subscription', () => {
    expect(revenue('обслуживаем котельные, договор на год — 25 тыс. в месяц за объект').types).toEqual(['subscription']);
  });

  it('reads a backer’s logo on our screen, and our vehicles let for ads, as advertising', () => {
    expect(revenue('стримлю, донатят зрители, а магазин техники платит за логотип на экране').types).toContain('advertising');
    expect(revenue('борта маршруток сдаём под рекламу').types).toEqual(['advertising']);
  });

  it('reads a share of every booking, a price per item and paid workshops, in English', () => {
    expect(revenue('We keep 15% of every booking made through the app').types).toEqual(['brokerage']);
    expect(revenue('Price per instrument from our list').types).toEqual(['usage_fee']);
    expect(revenue('I sell candles and also run paid workshops on weekends').types).toEqual(['asset_sale', 'usage_fee']);
  });
});

describe('causes of the first runs on sets 43 and 44', () => {
  it('reads livestock or a harvest handed to a buyer as a sale, and takeaway as goods', () => {
    expect(revenue('осенью сдаём поросят заготовителю по весу').types).not.toContain('rent_lease');
    expect(revenue('сдаём гараж соседу на зиму').types).toEqual(['rent_lease']);
    expect(revenue('чай с собой, 120 р стакан').types).toEqual(['asset_sale']);
  });

  it('reads a share to us from each sale left unsaid and a referral fee in slang as a commission', () => {
    expect(revenue('продаём билеты на сплав партнёров, нам с каждого 8%').types).toContain('brokerage');
    expect(revenue('за каждого клиента, которого отправляем к знакомому электрику, он нам отстёгивает 500').types).toContain('brokerage');
  });

  it('reads outings sold and rights sold for a term as no sale of goods', () => {
    expect(revenue('продаём экскурсии по заповеднику').types).not.toContain('asset_sale');
    expect(revenue('права на сериал продаём телеканалу на 2 года').types).not.toContain('asset_sale');
    expect(revenue('продаём телеканалу наш архив плёнок').types).toContain('asset_sale');
  });

  it('reads the monthly instalments of a lease as its rent, and a sum per month in short as a fixed fee', () => {
    expect(revenue('лизинг спецтехники: аванс и ежемесячные лизинговые платежи в течение 24 мес').types).toEqual(['rent_lease']);
    expect(revenue('сопровождение сайта, 30 тыс/мес').types).toEqual(['subscription']);
  });

  it('reads the monthly price of a banner or a stand kept in our place as advertising', () => {
    expect(revenue('производитель кормов платит нам 3 тыс в месяц, за то что у нас висит их плакат').types).toEqual(['advertising']);
    expect(revenue('кафе платят за баннер 2000 в месяц').types).toEqual(['advertising']);
    expect(revenue('без рекламы читатели платят 149 в месяц').types).toEqual(['subscription']);
  });

  it('reads what is still being built, an open choice, something tried and closed, and an English plan as no present type', () => {
    expect(relationships('всё по телефону, приложение пока в разработке').types).toEqual(['personal_assistance']);
    expect(revenue('ещё думаем: то ли сдавать лодки, то ли продавать').types).toEqual([]);
    expect(revenue('продаём мёд; подписку на соты пробовали, закрыли').types).toEqual(['asset_sale']);
    expect(relationships('Support by email. We plan to start a customer forum next year.').types).toEqual(['personal_assistance']);
  });
});

describe('causes of the first runs on sets 45 and 46', () => {
  it('reads "может" opening a clause before no verb as a maybe, and before a verb or after a subject as what one can do', () => {
    expect(revenue('пока всё бесплатно. может баннеры на сайте').types).toEqual([]);
    expect(relationships('в день открытых дверей любой может бесплатно покататься на лошади').types).toContain('free_use');
  });

  it('reads a curator who moderates members as the community, not their own manager', () => {
    expect(relationships('чат выпускников, там помогают друг другу, наш куратор модерирует').types).toEqual(['community']);
    expect(relationships('у каждого ученика свой куратор на весь курс').types).toEqual(['dedicated_assistance']);
  });

  it('reads what was charged before a switch as the past', () => {
    expect(revenue('We used to charge per visit, then switched to a flat monthly fee').types).toEqual(['subscription']);
  });

  it('reads machinery let without a driver as a rent, and one price paid in parts as no subscription', () => {
    expect(revenue('сдаём автокран без машиниста, 40 000 ₽ в сутки').types).toContain('rent_lease');
    expect(revenue('курс 30 000 ₽, можно частями по 10 000 в месяц').types).not.toContain('subscription');
  });

  it('reads a right to put in our work, or goods made under our patent, as a licence', () => {
    expect(revenue('агентства платят нам за право вставить фото в свой буклет, 2 000 ₽ за снимок').types).toEqual(['licensing']);
    expect(revenue('у нас патент на смесь, заводы платят с каждой партии, произведённой по нему').types).toContain('licensing');
  });

  it('reads a price paid once per seat as no subscription', () => {
    expect(revenue('A firm pays $900 once per seat for a perpetual licence').types).not.toContain('subscription');
  });
});

describe('causes of the first runs on sets 47 and 48', () => {
  it('reads a woman consultant who serves in a shop as personal help, and one who sells among her friends as a network', () => {
    expect(relationships('в салоне помогает та консультантка, которая свободна').types).not.toContain('network_marketing');
    expect(relationships('консультантки продают косметику среди подруг и получают процент').types).toContain('network_marketing');
  });

  it('reads seed investment as no advertising, and yearly plans sold as a subscription', () => {
    expect(revenue('живём на посевных инвестициях, выручки пока нет').types).toEqual([]);
    expect(revenue('продаём годовые планы за 900$ в год').types).toEqual(['subscription']);
  });

  it('reads a deposit beside a price per day as a rent, but not a deposit for a key', () => {
    expect(revenue('бетономешалка 700 в сутки, залог 3000').types).toEqual(['rent_lease']);
    expect(revenue('абонемент 3000 в месяц, залог за ключ от шкафчика 500').types).not.toContain('rent_lease');
  });
});

describe('causes of the first runs on sets 51 to 54', () => {
  it('reads tours of operators sold for their fee as a commission, not goods of ours', () => {
    expect(revenue('продаём путёвки операторов, с каждой путёвки оператор платит нам 9%').types).toEqual(['brokerage']);
    expect(revenue('продаю туры разных операторов и получаю от них процент').types).toEqual(['brokerage']);
    expect(revenue('продаём свои авторские туры по Карелии').types).toEqual(['asset_sale']);
  });

  it('reads a price per kilo or per piece of goods as a sale, not a fee for use', () => {
    expect(revenue('пироги от 900 за кило, эклеры 120 за штуку').types).toEqual(['asset_sale']);
    expect(revenue('мёд 700 за банку, продаю на рынке').types).toEqual(['asset_sale']);
    expect(revenue('стирка белья 200 за кг').types).toEqual(['usage_fee']);
  });

  it('reads a type word in quotes that is said to be a name for something else as no type', () => {
    expect(revenue('«Подпиской» у нас зовут рассылку новостей, а книги продаём поштучно').types).toEqual(['asset_sale']);
    expect(relationships('Слово «клуб» есть только в названии кофейни, бариста сам всё подскажет').types).toEqual(['personal_assistance']);
    expect(relationships('Клубная карта «Свои» на год даёт скидку 10%').types).toContain('subscription_membership');
  });

  it('reads a paid lift of their goods in search as advertising, in Russian and English', () => {
    expect(revenue('берём 10% с продажи, а за отдельные деньги поднимаем их товары в поиске').types).toEqual(['brokerage', 'advertising']);
    expect(revenue('we take 8% of each sale, and sellers can pay to get bumped to the top of the feed').types).toEqual(['brokerage', 'advertising']);
  });
});

describe('causes of the first runs on sets 55 and 56', () => {
  it('reads a store that takes its own share of our sales as our cost, and a royalty on a print run as no sale', () => {
    expect(revenue('продаём игру в Стиме за 500, Стим забирает свои 30%').types).toEqual(['asset_sale']);
    expect(revenue('продаём права на экранизацию и получаем роялти с тиража').types).toEqual(['licensing']);
  });

  it('reads goods handed in to us as no rent of ours, and a lease that ends in ownership as a lease', () => {
    expect(revenue('люди сдают нам металлолом, мы платим за кило, а продаём его заводу').types).toEqual(['asset_sale']);
    expect(revenue('лизинг тракторов: платежи раз в месяц, в конце трактор переходит в собственность фермера').types).toEqual(['rent_lease']);
  });

  it('reads something done before and given up as the past', () => {
    expect(revenue('Экскурсии за 1500 с человека. Мерч продавали, но бросили.').types).toEqual(['usage_fee']);
    expect(relationships('На вопросы отвечает администратор. Чат для учеников был, закрыли после ссор.').types).toEqual(['personal_assistance']);
  });

  it('reads items after "траты —" as costs', () => {
    expect(revenue('Главные траты — аренда и комиссия агрегатора, она съедает процентов двадцать').types).toEqual([]);
  });
});

describe('a price list of goods', () => {
  it('reads goods with a bare number after them as sold, but not beside a monthly price', () => {
    expect(revenue('Пончик 90, кофе 150').types).toEqual(['asset_sale']);
    expect(revenue('футболки 1200, худи 2500').types).toEqual(['asset_sale']);
    expect(revenue('кофе 150 в месяц по подписке, сколько угодно чашек').types).toEqual(['subscription']);
  });
});
