import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BLOCK_IDS, type BlockId } from '../../src/canvas/blocks.ts';
import { type CoachingNote, MAX_NOTES, reviewBlock } from '../../src/canvas/coaching.ts';
import { COACHING_PHRASES, COSTLY_RESOURCES } from '../../src/canvas/coaching-vocabulary.ts';
import type { CanvasSnapshot } from '../../src/canvas/snapshot.ts';
import { LANGUAGES, loadLocaleResources, translator } from '../../src/i18n.ts';

/** Answers per block: one text answers the first question; an array answers the questions in turn. */
type Answers = Partial<Record<BlockId, string | string[]>>;

function canvasWith(answers: Answers, language: 'ru' | 'en' = 'ru'): CanvasSnapshot {
  const moment = new Date('2026-01-01T00:00:00Z');
  return {
    id: 'canvas-1',
    title: 'Обжарка',
    author: null,
    language,
    createdAt: moment,
    updatedAt: moment,
    blocks: BLOCK_IDS.map((id) => {
      const given = answers[id];
      const texts = given === undefined ? [] : Array.isArray(given) ? given : [given];
      return {
        id,
        answers: texts.map((text, questionIndex) => ({ question: null, questionIndex, text })),
        types: [],
        skipped: given === undefined,
      };
    }),
  };
}

function keys(blockId: BlockId, answers: Answers, language: 'ru' | 'en' = 'ru'): string[] {
  return reviewBlock(blockId, canvasWith(answers, language)).map((note) => note.key);
}

function review(blockId: BlockId, text: string | string[], language: 'ru' | 'en' = 'ru'): string[] {
  return keys(blockId, { [blockId]: text }, language);
}

/** Every note key the checks can return; the locales must hold exactly these. */
const NOTE_KEYS = [
  'too_short',
  'segments_everyone',
  'segments_age_too_wide',
  'segments_no_priority',
  'value_no_problem',
  'channels_only_sale',
  'channels_no_after_sales',
  'relationships_look_like_channel',
  'relationships_no_cost',
  'revenue_no_frequency',
  'revenue_no_pricing',
  'resources_no_category',
  'resources_no_ownership',
  'partners_no_contribution',
  'partners_no_risk',
  'costs_miss_resources',
  'costs_no_fixed_variable',
];

describe('reviewBlock: customer segments', () => {
  it('reads a hedge on everybody after a named group as a remark, and opening the answer as everybody', () => {
    expect(review('customer_segments', 'Дачники Подмосковья 35–50 лет. Почти все, у кого есть участок.')).not.toContain('segments_everyone');
    expect(review('customer_segments', 'Студенты-первокурсники в общежитиях. Практически все, кто живёт без родителей.')).not.toContain('segments_everyone');
    expect(review('customer_segments', 'New parents in Bristol. Pretty much anyone with a baby under one.', 'en')).not.toContain('segments_everyone');
    expect(review('customer_segments', 'Remote designers in Lisbon. Basically everybody who works from cafés.', 'en')).not.toContain('segments_everyone');
    expect(review('customer_segments', 'Basically anyone who owns a bike.', 'en')).toContain('segments_everyone');
    expect(review('customer_segments', 'Pretty much everyone who cooks at home.', 'en')).toContain('segments_everyone');
    expect(review('customer_segments', 'Почти все, кто ездит на работу на машине.')).toContain('segments_everyone');
  });

  it('reads everybody after a named group and a word that sums up as a remark, not the segment', () => {
    expect(review('customer_segments', 'Молодые мамы в декрете. В общем — все, кто ищет занятие для малыша.')).not.toContain('segments_everyone');
    expect(review('customer_segments', 'Владельцы собак в спальных районах. В целом: все, кто держит животных')).not.toContain('segments_everyone');
    expect(review('customer_segments', 'Small cafés in the centre. In general — everyone who needs coffee beans.', 'en')).not.toContain('segments_everyone');
    // Opening the answer, the same words lead to everybody as the segment.
    expect(review('customer_segments', 'В общем — все, кто любит кофе.')).toContain('segments_everyone');
    expect(review('customer_segments', 'Overall: everyone who reads.', 'en')).toContain('segments_everyone');
  });

  it('says "everyone" is no segment, in its several forms', () => {
    expect(review('customer_segments', 'Все')).toContain('segments_everyone');
    expect(review('customer_segments', 'Всем, кто любит вкусный кофе')).toContain('segments_everyone');
    expect(review('customer_segments', 'Все, кто пьёт кофе дома и на работе')).toContain('segments_everyone');
    expect(review('customer_segments', 'Любой человек, который пьёт кофе по утрам')).toContain('segments_everyone');
    expect(review('customer_segments', 'Все, у кого есть собака')).toContain('segments_everyone');
    expect(review('customer_segments', 'Все, кому нужен ремонт обуви')).toContain('segments_everyone');
    expect(review('customer_segments', 'Everyone who drinks coffee at home', 'en')).toContain('segments_everyone');
  });

  it('takes everybody alone in the first sentence, or right after a link verb, as everyone', () => {
    expect(review('customer_segments', 'Все. Кофе пьёт почти каждый в нашем районе.')).toContain('segments_everyone');
    expect(review('customer_segments', 'Целевой аудиторией пекарни являются все, кто любит свежий хлеб')).toContain('segments_everyone');
    expect(review('customer_segments', 'Our customers are everyone who needs a quick lunch', 'en')).toContain('segments_everyone');
    expect(review('customer_segments', 'Нашими клиентами являются все кофейни района')).not.toContain('segments_everyone');
  });

  it('does not mistake "все" over a concrete group, or a negated "все, кто", for everyone', () => {
    expect(review('customer_segments', 'Все кофейни и небольшие кафе в центре Казани, которым нужно стабильное зерно')).toEqual([]);
    expect(review('customer_segments', 'Не все, кто пьёт кофе, а владельцы кофеен в нашем городе')).not.toContain('segments_everyone');
    expect(review('customer_segments', 'Все салоны красоты района, которым нужен мастер на замену')).not.toContain('segments_everyone');
  });

  it('takes everyone after "the rest" as a remark on the groups named first, whatever its form', () => {
    expect(review('customer_segments', 'Главные — студенты общаг рядом; остальные — все подряд, кто идёт мимо')).not.toContain('segments_everyone');
    expect(review('customer_segments', 'Основные — офисы БЦ. Прочие: все, кто зайдёт')).not.toContain('segments_everyone');
    expect(review('customer_segments', 'Main: nurses from the hospital; the rest: anyone who walks in', 'en')).not.toContain('segments_everyone');
    // Everyone first, the rest after it, is still everyone.
    expect(review('customer_segments', 'Все, кто идёт мимо; остальные — офисы')).toContain('segments_everyone');
  });

  it('flags an age range wider than 15 years and names both ends', () => {
    const notes = reviewBlock('customer_segments', canvasWith({ customer_segments: 'Женщины от 18 до 60 лет, которые следят за здоровьем' }));
    expect(notes).toContainEqual({ key: 'segments_age_too_wide', params: { from: 18, to: 60 } });
    expect(review('customer_segments', 'Мужчины и женщины 18-60, живут в Москве')).toContain('segments_age_too_wide');
    expect(review('customer_segments', 'Parents aged 25 to 55 with children at school', 'en')).toContain('segments_age_too_wide');
  });

  it('reads a bare range right after the people it describes as their age', () => {
    expect(review('customer_segments', 'Women 20–50 who run a small shop', 'en')).toContain('segments_age_too_wide');
    expect(review('customer_segments', 'Жители 20-70 из соседних домов')).toContain('segments_age_too_wide');
    expect(review('customer_segments', 'Офисы 10-50 человек в центре')).not.toContain('segments_age_too_wide');
    expect(review('customer_segments', 'Владельцы 1-30 кофеен в регионах')).not.toContain('segments_age_too_wide');
    expect(review('customer_segments', 'Freelancers 22–45 who work from home', 'en')).toContain('segments_age_too_wide');
  });

  it('does not take a range followed by a unit for ages, only one followed by a short function word', () => {
    expect(review('customer_segments', 'Клиенты 20-40 км от города, у которых дачи')).toEqual([]);
    expect(review('customer_segments', 'Люди 18-60 у кого есть машина')).toContain('segments_age_too_wide');
    expect(review('customer_segments', 'Adults 20–50 in the city centre', 'en')).toContain('segments_age_too_wide');
  });

  it('flags 20–45 however the range is written, and names the wide one when there are two', () => {
    for (const text of [
      'Офисные работники от 20 лет до 45 лет',
      'Офисные работники 20 - 45 л',
      'Офисные работники в возрасте 20…45',
      'Женщины 20–45 лет, которые работают в офисе',
    ]) {
      expect(reviewBlock('customer_segments', canvasWith({ customer_segments: text })), text).toContainEqual({
        key: 'segments_age_too_wide',
        params: { from: 20, to: 45 },
      });
    }
    const notes = reviewBlock('customer_segments', canvasWith({ customer_segments: 'Дети 7–12 лет и их родители 25–50 лет' }));
    expect(notes).toContainEqual({ key: 'segments_age_too_wide', params: { from: 25, to: 50 } });
  });

  it('does not take a range of sums or shares for ages', () => {
    expect(review('customer_segments', 'Владельцы кофеен, которым нужна экономия 20–50% на зерне')).not.toContain('segments_age_too_wide');
    expect(review('customer_segments', 'Студенты, готовые платить $20-50 за курс')).not.toContain('segments_age_too_wide');
    expect(review('customer_segments', 'Офисы на 20–40 ₽ за чашку дешевле кофеен')).not.toContain('segments_age_too_wide');
    expect(review('customer_segments', 'Женщины 20–50, которые шьют дома')).toContain('segments_age_too_wide');
  });

  it('takes a span of up to 15 years as focused', () => {
    expect(review('customer_segments', 'Женщины 25–35 лет, которые работают в офисе')).toEqual([]);
    expect(review('customer_segments', 'Офисные работники от 30 лет до 45 лет')).toEqual([]);
  });

  it('reads "все, кто…" after a named group as narrowing it, not as everyone', () => {
    expect(review('customer_segments', 'ИП на упрощёнке, все, кто не хочет разбираться с налогами')).toEqual([]);
    expect(review('customer_segments', 'Наши клиенты — все, кто пьёт кофе')).toContain('segments_everyone');
  });

  it('accepts a narrow age range and numbers that are not ages', () => {
    expect(review('customer_segments', 'Любители кофе 25–40 лет, которые варят дома')).toEqual([]);
    expect(review('customer_segments', 'Кофейни, которые работают с 7 до 23 и берут 10-40 кг зерна в месяц')).toEqual([]);
  });

  it('asks for the main segment when several are listed and none is ranked', () => {
    expect(review('customer_segments', '1) Кофейни нашего города. 2) Домашние любители кофе.')).toEqual(['segments_no_priority']);
  });

  it('does not take "также" or "второй" inside one group for a list of groups', () => {
    expect(review('customer_segments', 'Мамы в декрете, которые также хотят подрабатывать из дома')).toEqual([]);
    expect(review('customer_segments', 'Семьи, где второй ребёнок пошёл в первый класс')).toEqual([]);
    expect(review('customer_segments', 'Студенты колледжей, а также пенсионеры нашего района')).toEqual(['segments_no_priority']);
    expect(review('customer_segments', 'Кофейни у вокзала; вторая группа — офисы рядом')).toEqual(['segments_no_priority']);
  });

  it("reads a bare range that starts below a teenager's age as counting something else", () => {
    expect(review('customer_segments', 'Компании 5–50, которые арендуют офис в центре')).toEqual([]);
    expect(review('customer_segments', 'Женщины 25-65, которые шьют дома')).toContain('segments_age_too_wide');
  });

  it('does not take one segment named twice for two, but takes numbered segments as a list', () => {
    expect(review('customer_segments', 'Наш сегмент — молодые мамы в декрете. Этот сегмент ценит время и доставку.')).not.toContain('segments_no_priority');
    expect(review('customer_segments', 'Сегмент 1: кофейни центра. Сегмент 2: офисы бизнес-центров.')).toContain('segments_no_priority');
  });

  it('takes a first with no second, or "as well as" inside one group, for no list', () => {
    expect(review('customer_segments', 'Во-первых, это владельцы небольших кофеен в центре города')).toEqual([]);
    expect(review('customer_segments', 'Freelance designers who want a desk as well as a community', 'en')).toEqual([]);
    expect(review('customer_segments', 'Во-первых, кофейни; во-вторых, домашние бариста')).toEqual(['segments_no_priority']);
    expect(review('customer_segments', 'Households in the city, as well as small offices nearby', 'en')).toEqual(['segments_no_priority']);
  });

  it('takes three groups or more named comma after comma as a list, but not parts that describe one group', () => {
    expect(review('customer_segments', 'Пенсионеры, школьники, дачники с участками у реки')).toEqual(['segments_no_priority']);
    expect(review('customer_segments', 'Bakeries, florists, small hotels and wedding planners', 'en')).toEqual(['segments_no_priority']);
    expect(review('customer_segments', 'Автосервисы, шиномонтажи и частные водители')).toEqual(['segments_no_priority']);
    // A number, a clause or a part joined by "и" describes or finishes one group.
    expect(review('customer_segments', 'Мамы с детьми, 3–7 лет, живут в новых домах')).toEqual([]);
    expect(review('customer_segments', 'Студентки, которые шьют, у кого есть машинка')).toEqual([]);
    expect(review('customer_segments', 'Хозяева кофеен, пекарен и кондитерских, небольшие сети')).toEqual([]);
    expect(review('customer_segments', 'Пенсионеры, школьники, дачники. Главные — дачники.')).toEqual([]);
  });

  it('is satisfied when the main segment is named or the follow-up question was answered', () => {
    expect(review('customer_segments', '1) Кофейни нашего города. 2) Домашние любители кофе. Главные — кофейни.')).toEqual([]);
    expect(review('customer_segments', ['1) Кофейни нашего города. 2) Домашние любители кофе.', 'Кофейни'])).toEqual([]);
  });
});

describe('reviewBlock: value propositions', () => {
  it('asks for the problem when only the product is described', () => {
    expect(review('value_propositions', 'Свежеобжаренный кофе в пачках по 250 граммов')).toEqual(['value_no_problem']);
    expect(review('value_propositions', 'Freshly roasted coffee in 250 gram bags', 'en')).toEqual(['value_no_problem']);
  });

  it('accepts an answer that names a need, whatever the inflection', () => {
    expect(review('value_propositions', 'Кофейням не нужно искать нового поставщика: вкус зерна не меняется от партии к партии')).toEqual([]);
    expect(review('value_propositions', 'Экономим бариста время на настройку помола каждое утро')).toEqual([]);
    expect(review('value_propositions', 'Coffee shops no longer need to hunt for a new supplier', 'en')).toEqual([]);
  });

  it('accepts an answer that names the gain for the customer', () => {
    expect(review('value_propositions', 'Ребёнок за 3 месяца делает свою первую игру, а родители видят прогресс')).toEqual([]);
  });

  it('takes something the customer no longer does as the gain', () => {
    expect(review('value_propositions', 'Офис-менеджер не ищет и не контролирует уборщиц: каждое утро офис чистый')).toEqual([]);
    expect(review('value_propositions', 'Бухгалтер больше не сверяет накладные вручную')).toEqual([]);
    expect(review('value_propositions', 'Parents never have to drive across town again', 'en')).toEqual([]);
    expect(review('value_propositions', "Owners don't have to chase the cleaners", 'en')).toEqual([]);
    expect(review('value_propositions', 'Не только кофе, но и выпечка с корицей')).toEqual(['value_no_problem']);
  });

  it('takes a promise on a condition or a state reached as the outcome for the customer', () => {
    expect(review('value_propositions', 'По жалобе переделываем за 2 часа')).toEqual([]);
    expect(review('value_propositions', 'Мастер приезжает в течение часа после звонка')).toEqual([]);
    expect(review('value_propositions', 'Собака довольна, шерсть без колтунов')).toEqual([]);
    expect(review('value_propositions', 'Your dog is ready for the show by evening', 'en')).toEqual([]);
    expect(review('value_propositions', 'Квартира убрана, пока вы на работе')).toEqual([]);
    expect(review('value_propositions', 'Bookkeeping for freelancers, taxes filed on time', 'en')).toEqual([]);
    expect(review('value_propositions', 'Мойка машины за 20 минут')).toEqual(['value_no_problem']);
  });

  it("takes the customer's situation (busy, bored, fed up) as the problem", () => {
    expect(review('value_propositions', 'Для занятых мам — готовые ужины на неделю')).toEqual([]);
    expect(review('value_propositions', 'Гостям бара надоели одинаковые краны — у нас новый сорт каждые две недели')).toEqual([]);
    expect(review('value_propositions', 'Занятия йогой в мини-группах')).toEqual(['value_no_problem']);
  });

  it('takes likeness to what the customer wants, or a skill or a mark improved, as the gain', () => {
    for (const text of [
      'Полировка и керамика, машина как новая',
      'Торты на заказ, вкус как у бабушки',
      'Подтянуть математику до пятёрки',
      'Занятия, после которых дети сдают ОГЭ',
    ]) {
      expect(review('value_propositions', text), text).toEqual([]);
    }
    expect(review('value_propositions', 'Custom cakes that look like the picture, not like supermarket ones', 'en')).toEqual([]);
    expect(review('value_propositions', 'Phone repair, your phone works like new', 'en')).toEqual([]);
    // A list of the goods compares nothing.
    expect(review('value_propositions', 'Печём торты: бисквит, медовик, наполеон')).toEqual(['value_no_problem']);
    expect(review('value_propositions', 'Cakes, such as sponge and carrot cake', 'en')).toEqual(['value_no_problem']);
  });

  it('takes a warranty as a gain', () => {
    expect(review('value_propositions', 'Handmade leather wallets with a lifetime warranty', 'en')).toEqual([]);
  });

  it('takes work done within a day as the same-day gain, but not minutes the work takes', () => {
    expect(review('value_propositions', 'Химчистка пуховиков за день')).toEqual([]);
    expect(review('value_propositions', 'Перевод справок за сутки')).toEqual([]);
    expect(review('value_propositions', 'Shoe repair within a day', 'en')).toEqual([]);
    expect(review('value_propositions', 'Химчистка пуховиков за 40 минут')).toEqual(['value_no_problem']);
  });

  it('takes work done within a few days as a quick turnaround, but not two weeks or hours', () => {
    expect(review('value_propositions', 'Перетяжка стульев за 2–3 дня')).toEqual([]);
    expect(review('value_propositions', 'Logo design in two days', 'en')).toEqual([]);
    expect(review('value_propositions', 'Перетяжка стульев за 14 дней')).toEqual(['value_no_problem']);
    expect(review('value_propositions', 'Мойка окон за 3 часа')).toEqual(['value_no_problem']);
  });

  it('takes coming to the customer within minutes or hours, or being open 24/7, as a gain, but not minutes of work', () => {
    expect(review('value_propositions', 'Сантехник на дом, за час приедем в любой район')).toEqual([]);
    expect(review('value_propositions', 'Выездной шиномонтаж, приезжаем через 40 минут после звонка')).toEqual([]);
    expect(review('value_propositions', 'Mobile locksmith, we arrive within 20 minutes', 'en')).toEqual([]);
    expect(review('value_propositions', 'Аптечный пункт 24/7 у метро')).toEqual([]);
    expect(review('value_propositions', 'Выездной шиномонтаж, переобуем колёса за 40 минут')).toEqual(['value_no_problem']);
    expect(review('value_propositions', 'Приезжаем на объект, монтаж кондиционера за 2 часа')).toEqual(['value_no_problem']);
    expect(review('value_propositions', 'Аптечный пункт у метро, витрина 24/70')).toEqual(['value_no_problem']);
  });

  it('takes mending what the customer has within minutes or hours as a gain, but not other work done as fast', () => {
    expect(review('value_propositions', 'Ремонт часов за 2 часа')).toEqual([]);
    expect(review('value_propositions', 'За час починим велосипед')).toEqual([]);
    expect(review('value_propositions', 'Phone battery replaced in 20 minutes', 'en')).toEqual([]);
    expect(review('value_propositions', 'Мойка ковров за 2 часа')).toEqual(['value_no_problem']);
    expect(review('value_propositions', 'Ремонт часов, запчасти из Швейцарии')).toEqual(['value_no_problem']);
  });

  it('takes a share of customers who reach the result, or doing it right the first time, as the outcome', () => {
    expect(review('value_propositions', 'Курсы вождения, 90% выпускников сдают экзамен')).toEqual([]);
    expect(review('value_propositions', 'Подготовка к ЕГЭ, 70% поступают на бюджет')).toEqual([]);
    expect(review('value_propositions', 'Swimming lessons, 92% of our kids pass', 'en')).toEqual([]);
    expect(review('value_propositions', 'Подгоним костюм по фигуре с первого раза')).toEqual([]);
    // A share that is no result of the customer's.
    expect(review('value_propositions', 'Пицца 30 см, 100% моцарелла')).toEqual(['value_no_problem']);
    expect(review('value_propositions', 'Сдаём байдарки в аренду, залог 20%')).toEqual(['value_no_problem']);
  });

  it('takes being the only one around, and what customers love, as gains', () => {
    expect(review('value_propositions', 'Единственная пекарня в посёлке')).toEqual([]);
    expect(review('value_propositions', 'The only bike shop in the valley', 'en')).toEqual([]);
    expect(review('value_propositions', 'Пироги с капустой, которые любят дети')).toEqual([]);
    expect(review('value_propositions', 'Sourdough loaves that regulars love', 'en')).toEqual([]);
    expect(review('value_propositions', 'Единственный продукт — хлеб на закваске')).toEqual(['value_no_problem']);
  });

  it('takes work done with care or at once as a gain for the customer', () => {
    expect(review('value_propositions', 'Соберём шкаф аккуратно, мастер сразу')).toEqual([]);
    expect(review('value_propositions', 'Стирка пуховиков бережно')).toEqual([]);
    expect(review('value_propositions', 'Piano moving, handled carefully', 'en')).toEqual([]);
    expect(review('value_propositions', 'Сборка шкафов, два мастера, свой шуруповёрт')).toEqual(['value_no_problem']);
  });

  it('takes a falling figure as the problem and a comparison as the gain', () => {
    expect(review('value_propositions', 'Клиенты теряют заявки ночью — бот отвечает за минуту')).toEqual([]);
    expect(review('value_propositions', 'Хлеб на закваске, испечённый утром, — лучше сетевого')).toEqual([]);
    expect(review('value_propositions', 'Handmade candles that smell better than mass-market ones', 'en')).toEqual([]);
  });

  it('takes a feeling or an experience the customer gets for a gain, but not the product described alone', () => {
    expect(review('value_propositions', 'Азарт и командный дух на картинге')).toEqual([]);
    expect(review('value_propositions', 'Эмоции и яркие впечатления')).toEqual([]);
    expect(review('value_propositions', 'Thrills on a zipline over the river', 'en')).toEqual([]);
    expect(review('value_propositions', 'Картинг-трасса 800 метров и 12 карт')).toEqual(['value_no_problem']);
    expect(review('value_propositions', 'Торты на праздник')).toEqual(['value_no_problem']);
  });

  it('takes everything included in the price for a gain: nothing is left for the customer to arrange', () => {
    expect(review('value_propositions', 'Тур на Байкал: трансфер, гид и обеды включены')).toEqual([]);
    expect(review('value_propositions', 'Week on a houseboat, meals and fishing gear included', 'en')).toEqual([]);
    expect(review('value_propositions', 'Тур на Байкал: трансфер, гид, обеды')).toEqual(['value_no_problem']);
  });

  it('reads a need said with "нужен", the customer finding it interesting and a result they see as gains', () => {
    expect(review('value_propositions', 'Ремонт нужен срочно — приезжаем в тот же вечер')).toEqual([]);
    expect(review('value_propositions', 'Детям интересно, и родители видят, что ребёнок сам собрал модель')).toEqual([]);
    expect(review('value_propositions', 'Интересные модели роботов, наборы Lego, опытные педагоги')).toEqual(['value_no_problem']);
  });

  it('reads how it was before, a sudden lack, waiting on the spot and half the price as the customer’s problem or gain', () => {
    expect(review('value_propositions', 'Горячие пирожки у остановки, раньше за ними ездили в район')).toEqual([]);
    expect(review('value_propositions', 'Найдём няню за три дня, если прежняя внезапно ушла и ребёнка не с кем оставить')).toEqual([]);
    expect(review('value_propositions', 'Keys cut while you wait, at half the price of the mall', 'en')).toEqual([]);
    expect(review('value_propositions', 'Горячие пирожки с капустой и мясом у остановки')).toEqual(['value_no_problem']);
  });

  it('reads what others do badly or what is usual on the market as the problem we avoid', () => {
    expect(review('value_propositions', 'ремонт ванных обычно делают кое-как, я делаю по СНиПу с гарантией')).toEqual([]);
    expect(review('value_propositions', 'в магазинах сыр часто с пальмовым маслом, а у нас из молока своих коров')).toEqual([]);
    expect(review('value_propositions', 'сыр из молока своих коров, три сорта')).toEqual(['value_no_problem']);
  });
});

describe('reviewBlock: channels', () => {
  it('notices when only the sale is covered', () => {
    expect(review('channels', 'Продаём через сайт и на маркетплейсе')).toEqual(['channels_only_sale']);
    expect(review('channels', 'We sell on our website and a marketplace', 'en')).toEqual(['channels_only_sale']);
  });

  it('asks about after-sales when the path stops at delivery', () => {
    expect(review('channels', 'Узнают из рекламы во ВКонтакте, покупают на сайте, доставляем курьером')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Видят фургон на улице, заказывают у окна и платят картой')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Find us on TikTok, follow the page, book online', 'en')).toEqual(['channels_no_after_sales']);
  });

  it('takes an app store as a place to buy or download, not to hear of the product', () => {
    expect(review('channels', 'Google Play и RuStore')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Скачивают в App Store', 'ru')).toEqual(['channels_only_sale']);
  });

  it('does not take a supplier or regular customers for posts, or a platform for a payment', () => {
    expect(review('channels', 'Постоянные покупатели заказывают на платформе')).toEqual(['channels_only_sale']);
  });

  it('takes a free redo or a follow-up as after-sales', () => {
    expect(review('channels', 'Узнают от соседей, заказывают по телефону; не подошло — исправляем за свой счёт')).toEqual([]);
    expect(review('channels', 'Ads on Facebook, orders on the website, a follow-up call a week later', 'en')).toEqual([]);
  });

  it('takes anything going on after the purchase as after-sales, in any words', () => {
    for (const text of [
      'Находим клиентов через тендеры; бесплатный осмотр и смета; договор на год; уборка ночью',
      'Супервайзер раз в неделю проверяет качество вместе с офис-менеджером',
      'Бары заказывают кеги по телефону, доставляем своим фургоном, забираем пустые кеги',
      'Узнают от знакомых, покупают в мастерской; каждые полгода приглашаем на проверку',
      'Заказ по телефону, доставка, за каждым клиентом закреплён куратор',
    ]) {
      expect(review('channels', text), text).toEqual([]);
    }
    expect(review('channels', 'Ads on Google, orders on the website, a maintenance visit every month', 'en')).toEqual([]);
    expect(review('channels', 'Flyers at the station, orders by phone, we pick up the empties', 'en')).toEqual([]);
    expect(review('channels', 'Узнают из Инстаграма, записываются в директе; за каждый визит начисляем баллы')).toEqual([]);
    expect(review('channels', 'Вывеска, запись по телефону, на следующий визит скидка')).toEqual([]);
    expect(review('channels', 'Узнают из Instagram, оплачивают переводом, получают СДЭКом; если брак — поменяем')).toEqual([]);
    expect(review('channels', 'Instagram ads, online store, delivery by courier, and we text them a week later', 'en')).toEqual([]);
    // Changing the tyres is the service itself, not a later phase.
    expect(review('channels', 'Звонят нам, приезжаем к ним домой, меняем колёса у подъезда')).toEqual(['channels_no_after_sales']);
  });

  it('takes an answer to the question about after the purchase as after-sales, unless it says nothing happens', () => {
    expect(review('channels', ['Узнают из ВКонтакте', 'Покупают на сайте', 'Через неделю пишем в личку, как всё прошло'])).toEqual([]);
    expect(review('channels', ['Узнают из ВКонтакте', 'Покупают на сайте', 'Пока ничего'])).toEqual(['channels_no_after_sales']);
  });

  it('does not take buying a subscription for a phase after the purchase', () => {
    expect(review('channels', 'Реклама в телеграме, подписка на сайте, доставка почтой')).toEqual(['channels_no_after_sales']);
  });

  it('takes radio, stories or an aggregator as where customers hear of us, not as a sale alone', () => {
    expect(review('channels', 'Реклама на радио и сторис, покупают в магазине')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Находят на агрегаторе, бронируют онлайн')).toEqual(['channels_no_after_sales']);
  });

  it('takes a services board or an aggregator as a place to book or buy, unless customers are said to find us there', () => {
    expect(review('channels', 'Заказы приходят с Авито Услуг и Яндекс Услуг')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Бронируют номера через агрегаторы')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Guests book through Booking.com and other aggregators', 'en')).toEqual(['channels_only_sale']);
    // Heard of there, or a medium's own advertising beside the board, is still a phase before the purchase.
    expect(review('channels', 'Находят нас на Яндекс Услугах, оплата на месте')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Реклама в Яндексе, заказы через Яндекс Услуги')).toEqual(['channels_no_after_sales']);
  });

  it('takes a services board or a booking site known by name, or selling in formal words, as a place to buy', () => {
    expect(review('channels', 'Заказы с Профи.ру и YouDo')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Реализация товара происходит в нашем шоуруме')).toEqual(['channels_only_sale']);
    // Heard of somewhere, it is still a phase before the purchase.
    expect(review('channels', 'Находят нас на Профи.ру, оплата наличными')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Реализуем через шоурум, узнают из рекламы в ВК')).toEqual(['channels_no_after_sales']);
  });

  it('takes a chat of the neighbourhood as where people hear of us, not as after-sales', () => {
    expect(review('channels', 'Пишем в чат посёлка, заказы принимаем по телефону')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Пишем в чат посёлка, заказы по телефону, после покупки отвечаем в нашем чате')).toEqual([]);
  });

  it('takes a contact every month or week as after-sales in any form of "каждый", but not "каждый" before a place', () => {
    expect(review('channels', 'Таргет в ВК, оплата на месте, в начале каждого сезона звоним клиентам')).toEqual([]);
    expect(review('channels', 'Бронируют на Суточно, в конце каждой недели шлём гостям фото')).toEqual([]);
    expect(review('channels', 'Листовки у каждого подъезда, оплата на месте')).toEqual(['channels_no_after_sales']);
  });

  it('takes our sales people going to the customer as a phase before the purchase', () => {
    expect(review('channels', 'Менеджеры по продажам объезжают клиники и заключают договоры')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Our sales team phones gyms and signs annual contracts', 'en')).not.toContain('channels_only_sale');
    expect(review('channels', 'Торговый представитель приносит образцы, заказ по телефону; после поставки он же звонит')).toEqual([]);
    expect(review('channels', 'Продаём через менеджера в офисе')).toEqual(['channels_only_sale']);
  });

  it('takes a promise if the customer does not like it, or a question whether he did, as after-sales', () => {
    expect(review('channels', 'Портфолио в Behance, договор по почте, макет отдаю в облаке; если не устроит — три правки бесплатно')).toEqual([]);
    expect(review('channels', 'Узнают от соседей, заказывают обед в вотсапе, привозим сами; вечером пишем, всё ли понравилось')).toEqual([]);
    expect(review('channels', 'Ads on Instagram, orders on the website, courier delivery; if the cake is not right we bake another', 'en')).toEqual([]);
    // Liking the trial before buying is still before the purchase.
    expect(review('channels', 'Узнают из ВК, пробное занятие бесплатно, если понравилось — покупают абонемент')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Узнают из ВК, выбирают в каталоге то, что нравится, заказывают на сайте')).toEqual(['channels_no_after_sales']);
  });

  it('takes a time after the purchase as after-sales, but installing what was bought as its delivery', () => {
    expect(review('channels', 'Узнают из группы ВК, оплачивают аванс картой, через полгода — бесплатное отпаривание штор')).not.toContain(
      'channels_no_after_sales',
    );
    expect(review('channels', 'Сайт, каталог, доставка и монтаж на площадке')).toContain('channels_no_after_sales');
    expect(review('channels', 'Узнают из группы ВК, оплачивают аванс картой, мы привозим и вешаем')).toContain('channels_no_after_sales');
  });

  it('takes the next day or week after the purchase as after-sales, but not the same day', () => {
    expect(review('channels', 'Referrals from vets, booking by phone, grooming at our salon, a photo sent to the owner the next day', 'en')).toEqual([]);
    expect(review('channels', 'Referrals from vets, booking by phone, grooming at our salon, a photo sent the same day', 'en')).toEqual([
      'channels_no_after_sales',
    ]);
  });

  it('takes updates to what was bought, or a trouble with it and what we do then, as after-sales', () => {
    expect(review('channels', 'Listings on Etsy and Pinterest; once buyers own the pattern, free updates come with each new size', 'en')).toEqual([]);
    expect(review('channels', 'Реклама во ВК, прокат через сайт; если самокат сломается в пути — привезём замену за час')).toEqual([]);
    expect(review('channels', 'A stall at the farmers market and Instagram; if a jar breaks on the way home, we replace it', 'en')).toEqual([]);
    expect(review('channels', 'We post updates on Instagram and sell on Etsy', 'en')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Реклама во ВК, прокат через сайт, шлем бесплатно')).toEqual(['channels_no_after_sales']);
  });

  it('takes thanking the customer or asking for a rating as after-sales', () => {
    expect(review('channels', 'Узнают из ВК, заказывают на сайте, курьер привозит, благодарим за покупку открыткой')).not.toContain('channels_no_after_sales');
    expect(review('channels', 'Узнают из ВК, заказывают на сайте, курьер привозит, просим оценить заказ')).not.toContain('channels_no_after_sales');
  });

  it("reads a market, a fair or a store's name as a place to buy, not as where customers hear of us", () => {
    for (const text of [
      'Wildberries и Ярмарка Мастеров',
      'Свой сайт и Яндекс.Маркет',
      'Продаём на ярмарках выходного дня и на рынке',
      'VK Маркет и свой сайт',
    ]) {
      expect(review('channels', text), text).toEqual(['channels_only_sale']);
    }
    expect(review('channels', 'Facebook Marketplace and craft fairs', 'en')).toEqual(['channels_only_sale']);
    // Said to be heard of there, or a medium that is no store's name, it still is an earlier phase.
    expect(review('channels', 'Узнают на ярмарках, покупают там же')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Реклама в Яндексе, магазин на Ozon')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Блог магазина и заказы на сайте')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Яндекс.Карты и заказ на сайте')).toEqual(['channels_no_after_sales']);
  });

  it('takes a site of our own as a place to buy, a site with no owner or beside other media as serving several phases', () => {
    expect(review('channels', 'Только наш сайт, больше ничего')).toEqual(['channels_only_sale']);
    expect(review('channels', 'My website and Etsy', 'en')).toEqual(['channels_only_sale']);
    expect(review('channels', 'A portfolio site', 'en')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Наш сайт и мобильное приложение')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Our website and the phone', 'en')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Наш сайт и реклама в Яндексе')).toEqual(['channels_no_after_sales']);
  });

  it('takes seeing joined to buying as the purchase, and a street named in the address as no channel word', () => {
    expect(review('channels', 'Палатка у рынка, люди видят и берут')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Lemonade stand by the beach: people see it and buy', 'en')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Павильон на Советской улице и страница на Wildberries')).toEqual(['channels_only_sale']);
    // Passers-by, or the shop seen before the purchase, are still how people hear of us.
    expect(review('channels', 'Прохожие видят и покупают')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Видят палатку с дороги, платят наличными')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Советы в блоге, продажа на Авито')).toEqual(['channels_no_after_sales']);
  });

  it('takes paying on the spot and tenders for places to buy, not for a delivery or a way to be heard of', () => {
    expect(review('channels', 'Палатка у входа в парк, оплата на месте')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Точка на набережной, платят наличными на месте')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Участвуем в тендерах, плюс свой сайт')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Госзакупки и прямые договоры')).toEqual(['channels_only_sale']);
    // Work done on the spot is still delivered there, and customers said to find us on tenders still hear of us.
    expect(review('channels', 'Выездной ремонт на месте, оплата на месте')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Узнают о нас через тендерные площадки, договор по результатам')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Тендеры, выставки, сайт')).toEqual(['channels_no_after_sales']);
  });

  it('takes a delivery word after a word of place as where the shop stands, not as a delivery', () => {
    expect(review('channels', 'Киоск возле почтамта на вокзальной площади')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Лавка рядом с пунктом выдачи заказов')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Our shop stands opposite the courier depot', 'en')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Лавка у рынка, доставка почтой')).toEqual(['channels_no_after_sales']);
  });

  it('takes excursion marketplaces known by name as places to book, and the main channel named as such as a heading', () => {
    expect(review('channels', 'Viator, Klook and our own site', 'en')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Основной канал — интернет-магазин на сайте, там же оплата')).toEqual(['channels_only_sale']);
    // Found there, the marketplace is still a way to be heard of; a channel of our own is one too.
    expect(review('channels', 'Туристы находят нас на Трипстере, бронь на сайте')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Главный канал — телеграм-канал с новинками; заказы через сайт')).toEqual(['channels_no_after_sales']);
  });

  it('takes cold calls and offers sent unasked as where customers hear of us, beside a tender', () => {
    expect(review('channels', 'Тендеры и холодные звонки в офисы')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Участвуем в аукционах на площадках и рассылаем коммерческие предложения, договор по итогам')).toEqual([
      'channels_no_after_sales',
    ]);
    // Cold drinks are the goods, not a call.
    expect(review('channels', 'Продаём холодные напитки в киоске')).toEqual(['channels_only_sale']);
  });

  it('takes putting up or fitting what was bought as its delivery, and a form sent when the order is done as after-sales', () => {
    expect(review('channels', 'Авито, звонок, договор, монтаж своими силами')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Заказ по телефону, установка кондиционера нашим мастером')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Реклама на радио, продаём в салоне. По окончании работ клиент заполняет анкету')).toEqual([]);
    expect(review('channels', 'Реклама на радио, продаём в салоне')).toEqual(['channels_no_after_sales']);
  });

  it("does not take partner stores or the block's own name for where customers hear of us", () => {
    expect(review('channels', 'Основными каналами сбыта выступают собственная точка и партнёрские магазины')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Каналы: Ozon и Wildberries')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Our sales channels are Etsy and partner stores', 'en')).toEqual(['channels_only_sale']);
    // A channel of one's own and partners who recommend us are still heard of.
    expect(review('channels', 'Каналы: телеграм-канал и сайт')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Наш канал на YouTube и заказы на сайте')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Партнёры-дизайнеры советуют нас, заказ в магазине')).toEqual(['channels_no_after_sales']);
  });

  it('accepts a path through all phases', () => {
    expect(
      review('channels', [
        'Узнают из нашего телеграм-канала и от знакомых',
        'Покупают на сайте, получают курьером',
        'После покупки отвечаем в чате и напоминаем о повторном заказе',
      ]),
    ).toEqual([]);
  });

  it('takes being known in the area for years as how people hear of us, so only after-sales is missing', () => {
    expect(review('channels', 'Нас весь район знает, работаем с 2009 года. Приходят и платят в кассе')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Продаём известные бренды в магазине у метро')).toEqual(['channels_only_sale']);
  });

  it('does not call a place to buy the only channel when a sentence beside it names no phase in known words', () => {
    expect(review('channels', 'Стоим на углу у фонтана двадцать лет. Покупают прямо у прилавка')).toEqual([]);
    expect(review('channels', 'Покупают у прилавка на рынке')).toEqual(['channels_only_sale']);
  });

  it('takes work done again for free when the customer is not pleased as after-sales, but not a free delivery', () => {
    expect(review('channels', 'Листовки у подъезда, заказ по телефону, если пятна не отошли — перечистим бесплатно')).toEqual([]);
    expect(review('channels', 'Flyers at the gym; if the hem is wrong we redo it for free', 'en')).toEqual([]);
    expect(review('channels', 'Leaflets in the lobby, bookings by phone; if a stain stays we re-clean it free of charge', 'en')).toEqual([]);
    expect(review('channels', 'Листовки у подъезда, заказ по телефону, перевозим ковёр бесплатно')).toEqual(['channels_no_after_sales']);
  });

  it('takes a social network where the clause sells as a place to buy, and one where it announces as where people hear of us', () => {
    expect(review('channels', 'Торгую на блошином рынке и в Телеграме')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Реализация продукции осуществляется через сеть розничных магазинов партнёров')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Our products are sold in the shops of our partners', 'en')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Торгую на блошином рынке, анонсы в Телеграме')).toEqual(['channels_no_after_sales']);
  });

  it('asks a long answer that walks through the phases for after-sales as a short one, unless it names what follows', () => {
    const long =
      'Про нас рассказывают соседи и группа посёлка, потом звонят на номер с вывески, мы приезжаем с образцами плитки, ' +
      'договариваемся о цене прямо на участке и выкладываем дорожку своей бригадой';
    expect(review('channels', long)).toEqual(['channels_no_after_sales']);
    expect(review('channels', `${long}, а через год приезжаем подсыпать швы`)).toEqual([]);
    expect(review('channels', 'Группа посёлка, звонок, выкладываем дорожку своей бригадой')).toEqual(['channels_no_after_sales']);
  });

  it('takes customers who come back or are kept for years as after-sales', () => {
    expect(review('channels', 'Instagram and a stall at the farmers market; regulars get a text when the new batch is ready', 'en')).toEqual([]);
    expect(review('channels', 'Клиенты узнают о нас от знакомых и приходят в салон; мастер ведёт клиентку годами')).toEqual([]);
    expect(review('channels', 'Клиенты узнают о нас от знакомых и приходят в салон')).toEqual(['channels_no_after_sales']);
  });

  it('takes a phone or a messenger named alone as where people order, beside a site as a medium of several phases', () => {
    expect(review('channels', 'По телефону')).toEqual(['channels_only_sale', 'too_short']);
    expect(review('channels', 'Принимаем заявки по телефону и в WhatsApp')).toEqual(['channels_only_sale']);
    expect(review('channels', 'By phone or WhatsApp', 'en')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Сайт и телефон диспетчера')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Телефон и объявление в газете')).toEqual(['channels_no_after_sales']);
  });

  it('takes choosing joined to paying as the purchase, not as how people compare us', () => {
    expect(review('channels', 'Продаём через портал, где клиент выбирает тариф и оплачивает его')).toEqual(['channels_only_sale']);
    // "Оплачивает" is paying, as "оплата" is, and on the spot it says where one pays.
    expect(review('channels', 'Покупатель выбирает букет и оплачивает на месте')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Sold through a course portal where students pick a course and pay', 'en')).toEqual(['channels_only_sale']);
    // Choosing in a clause of its own still tells how people weigh us up.
    expect(review('channels', 'Выбирают по каталогу, покупают в магазине у дома')).toEqual(['channels_no_after_sales']);
  });

  it('takes the customer collecting the goods as where they buy, our people collecting them as a delivery', () => {
    expect(review('channels', 'Купить можно в магазине при фабрике или забрать со склада')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Заказ на сайте, самовывоз')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Заказ по телефону, забираем ковёр своей машиной')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Заказ на сайте, курьер забирает вещь из дома')).toEqual(['channels_no_after_sales']);
  });

  it('takes a notice hung where people pass as how they hear of us', () => {
    expect(review('channels', 'Меню висит у проходной, заказ по телефону')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Price list posted at the bus stop, orders by phone', 'en')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Киоск у проходной, заказ по телефону')).toEqual(['channels_only_sale']);
    // The goods hanging where they are sold are seen there, as on a stall.
    expect(review('channels', 'Платья висят в шоуруме, покупают там же')).toEqual(['channels_only_sale']);
  });

  it('takes standing with the goods at a place, or an honesty box, as a place to buy', () => {
    expect(review('channels', 'Стою у техникума')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Стоим у вокзала по выходным')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Honesty box at the gate', 'en')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Стою у техникума, студенты советуют друзьям')).toEqual(['channels_no_after_sales']);
  });

  it('takes reviews read before booking, or a community of parents we are told of in, as no after-sales', () => {
    expect(review('channels', 'Находят на Авито, смотрят фото и отзывы, бронируют по телефону')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'People read reviews on Google and book online', 'en')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Реклама в родительских сообществах, запись на сайте')).toEqual(['channels_no_after_sales']);
    // Reviews asked for after the stay, or a community of our own customers, are after-sales.
    expect(review('channels', 'Находят на Авито, бронируют по телефону, после выезда просим отзыв')).toEqual([]);
    expect(review('channels', 'Реклама во ВКонтакте, запись на сайте, сообщество учеников в Телеграме')).toEqual([]);
  });

  it('takes reaching again those who bought before, or help with something left behind, as after-sales', () => {
    expect(review('channels', 'Знают от соседей, привозим сами. Весной звоню прошлогодним клиентам')).toEqual([]);
    expect(review('channels', 'Сарафан, доставка своей машиной; потом пишем прежним заказчикам')).toEqual([]);
    expect(review('channels', 'Заказ через диспетчера, если что-то забыли в машине — водитель привезёт')).toEqual([]);
    expect(review('channels', 'Продаём на Авито, если что-то не работает — приедем')).toEqual([]);
    expect(review('channels', 'Sold at the fair; if it stops working, we come round', 'en')).toEqual([]);
    expect(review('channels', 'Сарафан, доставка своей машиной')).toEqual(['channels_no_after_sales']);
  });

  it('takes an order sent to a mailbox as where people buy, the post that carries the goods as a delivery', () => {
    expect(review('channels', 'Опт — заявки на почту, розница — Wildberries')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Заказы принимаем на электронную почту')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Оптовики пишут на почту, розница через Ozon')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Заказ на сайте, отправляем Почтой России')).toEqual(['channels_no_after_sales']);
  });

  it('takes dealers, an exchange or a counter as a place to buy', () => {
    expect(review('channels', 'Через дилеров')).toEqual(['channels_only_sale', 'too_short']);
    expect(review('channels', 'Through dealers in three regions', 'en')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Зерновая биржа')).toEqual(['channels_only_sale', 'too_short']);
    expect(review('channels', 'Стойка в торговом центре')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Через дилеров, они же делают гарантийный ремонт')).toEqual([]);
  });

  it('takes a meal ordered in a food app as a place to buy, not a search engine people hear of us in', () => {
    expect(review('channels', 'Киоск у остановки, Яндекс Еда.')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Заказы идут через Яндекс.Еду и с витрины')).toEqual(['channels_only_sale']);
    // Yandex's ads or maps are still where people hear of us, and "Деливери" brings the order, so another phase is named.
    expect(review('channels', 'Киоск у остановки, реклама в Яндексе')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Яндекс Еда, Деливери и своя столовая')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Авито, Яндекс Грузовой')).toEqual(['channels_only_sale']);
  });

  it('takes a place seen from afar or from the road as where passers-by notice it', () => {
    expect(review('channels', 'Павильон на остановке, его видно издалека, оплата на кассе')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Шиномонтаж у шоссе, видно с трассы, оплата картой')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Павильон на остановке, оплата на кассе')).toEqual(['channels_only_sale']);
  });

  it('takes a free or trial first step the purchase follows as before it, not after-sales', () => {
    expect(review('channels', 'Узнают из рекламы, покупают на сайте после бесплатного пробного занятия')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Ads on Google; they sign up after a free trial', 'en')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Ярмарки и сайт. После покупки бесплатная чистка')).toEqual([]);
  });

  it('takes writing to everyone who is already a customer as what follows the sale', () => {
    expect(review('channels', 'Видно с дороги, приезжают и переобуваются, осенью рассылаю смс всем, кто хранит у меня колёса')).toEqual([]);
    expect(review('channels', 'Видно с дороги, приезжают и переобуваются')).toEqual(['channels_no_after_sales']);
  });

  it('takes carrying the goods ourselves as their delivery, and unsold goods taken back as what follows the sale', () => {
    expect(review('channels', 'Звонят сами, возим своей машиной')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Звонят сами и заказывают')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Авито, звонят, едем')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Заявки на сайте, приезжаем в день заказа')).toEqual(['channels_no_after_sales']);
    expect(review('channels', 'Ставим товар в магазины под реализацию, возим сами, нереализованный товар забираем через месяц')).toEqual([]);
    expect(review('channels', 'Ставим товар в магазины под реализацию, возим сами')).toEqual(['channels_no_after_sales']);
  });

  it('takes an exchange promised on a condition and free corrections as what follows the sale, but not a service of exchanging', () => {
    expect(review('channels', 'Берут в киоске. Если пирог не понравился — поменяем')).toEqual([]);
    expect(review('channels', 'Заказ через сайт, макет присылаю на почту, потом две недели правки бесплатно')).toEqual([]);
    expect(review('channels', 'Звонят, приезжаем и меняем стёкла на месте')).toEqual(['channels_no_after_sales']);
  });

  it('takes buying on the spot as the place of the sale, and writing to the regulars as what follows it', () => {
    expect(review('channels', 'Продаём на Ozon и в маленьком магазине, где можно купить на месте')).toEqual(['channels_only_sale']);
    expect(review('channels', 'Узнают в ВК, заказывают там же, привозим сами. Весной пишу постоянным, что рассада готова')).toEqual([]);
    expect(review('channels', 'Узнают в ВК, заказывают там же, привозим сами')).toEqual(['channels_no_after_sales']);
  });

  it('takes a stamp card or a loyalty card as what follows the sale', () => {
    expect(review('channels', 'Узнают из сторис, подходят к фургону, платят картой. Потом карта со штампами: шестой кофе бесплатно')).toEqual([]);
    expect(review('channels', 'Узнают из сторис, подходят к фургону, платят картой')).toEqual(['channels_no_after_sales']);
  });
});

describe('reviewBlock: customer relationships', () => {
  it('takes a "нет" for the time being as no answer to coach', () => {
    for (const text of ['Пока что никак', 'На данный момент нет', 'Сейчас никак'])
      expect(review('customer_relationships', text)).not.toContain('relationships_no_cost');
    for (const text of ['Nothing for now.', 'None so far', 'Not at the moment']) {
      expect(review('customer_relationships', text, 'en')).not.toContain('relationships_no_cost');
    }
    expect(review('customer_relationships', 'Пока что пишем клиентам в WhatsApp')).toContain('relationships_no_cost');
    expect(review('customer_relationships', 'For now we text every client after a visit', 'en')).toContain('relationships_no_cost');
  });

  it('notices a channel described instead of a relationship', () => {
    expect(review('customer_relationships', 'Доставка курьером и продажа через сайт')[0]).toBe('relationships_look_like_channel');
  });

  it('notices selling, delivery or advertising in every clause, a clause about its cost aside', () => {
    expect(review('customer_relationships', 'Продаём по телефону, доставляем технику на объект, даём рекламу на Авито')[0]).toBe(
      'relationships_look_like_channel',
    );
    expect(review('customer_relationships', ['Продаём запчасти и доставляем курьером', 'Курьер — полставки, 30 000 ₽ в месяц'])).toEqual([
      'relationships_look_like_channel',
    ]);
    expect(review('customer_relationships', 'We post reels on Instagram and run targeted ads', 'en')[0]).toBe('relationships_look_like_channel');
  });

  it('takes a chat of the neighbourhood or the school, a mailing of offers, posters or a trade fair as advertising', () => {
    expect(review('customer_relationships', 'Кидаем фото новых букетов в чат микрорайона и клеим афиши у подъездов')).toContain(
      'relationships_look_like_channel',
    );
    expect(review('customer_relationships', 'Продвижение через выставки и рассылку коммерческих предложений')).toContain('relationships_look_like_channel');
    expect(review('customer_relationships', 'We post offers in local chats and put up posters', 'en')).toContain('relationships_look_like_channel');
    // Our own chat with the customers is a relationship.
    expect(review('customer_relationships', 'Клеим афиши, а с покупателями общаемся в нашем чате')).not.toContain('relationships_look_like_channel');
  });

  it('takes a person who visits the customer as a relationship, not a channel', () => {
    expect(review('customer_relationships', 'Sales reps visit each store monthly to take orders and check the shelf; reps are on salary', 'en')).toEqual([]);
    expect(review('customer_relationships', 'Торговый представитель объезжает точки раз в неделю, принимает заказы; он на окладе')).toEqual([]);
    expect(review('customer_relationships', 'Sales and delivery through our website', 'en')).toEqual([
      'relationships_look_like_channel',
      'relationships_no_cost',
    ]);
  });

  it('takes a person who leads, discusses or designs with the customer as a relationship', () => {
    for (const text of [
      'Каждую заказчицу ведёт одна портниха от мерок до сдачи; эскиз рисуем вместе с клиенткой',
      'Инженер-технолог обсуждает с каждым заказчиком модель и дорабатывает её под печать',
      'Сборщик приезжает к клиенту и собирает шкаф на месте после доставки',
      'Заказы принимаем на сайте, с постоянными созваниваемся по понедельникам',
    ]) {
      expect(review('customer_relationships', text), text).not.toContain('relationships_look_like_channel');
    }
    expect(review('customer_relationships', 'Delivery is free, and our designer meets every client to plan the room', 'en')).not.toContain(
      'relationships_look_like_channel',
    );
  });

  it('takes photos, videos or reports sent to keep the customer posted as a relationship, not a delivery', () => {
    expect(review('customer_relationships', 'Каждый вечер присылаем родителям фото ребёнка с занятий; 30 минут работы педагога')).toEqual([]);
    expect(review('customer_relationships', 'Отправляем заказчику видеоотчёт о ходе ремонта раз в неделю')).not.toContain('relationships_look_like_channel');
    expect(review('customer_relationships', 'We send owners a short video of their cat every day', 'en')).not.toContain('relationships_look_like_channel');
    expect(review('customer_relationships', 'Отправляем заказы СДЭКом, рекламируемся в инсте')[0]).toBe('relationships_look_like_channel');
  });

  it('takes a thank-you card or a gift in the order as a relationship', () => {
    expect(review('customer_relationships', 'Открытка с благодарностью в каждом заказе')).toEqual(['relationships_no_cost']);
    expect(review('customer_relationships', 'We ship every order with a small gift', 'en')).toEqual(['relationships_no_cost']);
  });

  it('does not take the customer who orders or a page on the site for a channel', () => {
    expect(review('customer_relationships', 'Заказчик видит ход работ в личном кабинете на сайте')).not.toContain('relationships_look_like_channel');
    expect(review('customer_relationships', 'Каждый заказчик получает фотоотчёт на почту')).not.toContain('relationships_look_like_channel');
  });

  it('takes people said to be paid, or minutes cut short, as a cost', () => {
    expect(review('customer_relationships', 'Discord community run by three paid moderators', 'en')).toEqual([]);
    expect(review('customer_relationships', 'I talk every customer through the design, about 30 min per cake', 'en')).toEqual([]);
    expect(review('customer_relationships', 'Куратор отвечает в чате, по 20 мин в день')).toEqual([]);
    expect(review('customer_relationships', 'Community on Discord with volunteer moderators', 'en')).toEqual(['relationships_no_cost']);
  });

  it('takes clients per person of ours as a cost in people', () => {
    expect(review('customer_relationships', 'Персональный бухгалтер закрепляется за клиентом, на одного бухгалтера приходится 15 клиентов')).toEqual([]);
    expect(review('customer_relationships', 'За каждым салоном закреплён менеджер; один менеджер ведёт не более 12 салонов')).toEqual([]);
    expect(review('customer_relationships', 'Личный куратор у каждой семьи, 20 семей на одного куратора')).toEqual([]);
    expect(review('customer_relationships', 'Each studio gets an account manager; one manager handles 15 studios', 'en')).toEqual([]);
    // Naming the person alone still says nothing of what it costs.
    expect(review('customer_relationships', 'Менеджер ведёт каждого клиента от заявки до сдачи')).toEqual(['relationships_no_cost']);
    expect(review('customer_relationships', 'An account manager looks after each studio', 'en')).toEqual(['relationships_no_cost']);
    // A number of times or hours counts no clients.
    expect(review('customer_relationships', 'Тренер ведёт занятия 2 раза в неделю')).toEqual(['relationships_no_cost']);
    expect(review('customer_relationships', 'Поддержка в чате обслуживает клиентов 24/7')).toEqual(['relationships_no_cost']);
  });

  it('takes our people counted, or their load of clients in any order of the words, as a cost in people', () => {
    for (const text of [
      'У каждого куратора не больше 12 учеников',
      'Один тренер на 8 человек в группе',
      'На каждого консультанта около 40 магазинов',
      'Два оператора на телефоне по очереди',
      'Личный психолог, у которого до 15 клиентов',
    ]) {
      expect(review('customer_relationships', text), text).toEqual([]);
    }
    expect(review('customer_relationships', 'Each coach has up to 25 clients', 'en')).toEqual([]);
    expect(review('customer_relationships', 'One tutor for 6 students', 'en')).toEqual([]);
    // One person alone, a number of something else, or a client's number is no load.
    for (const text of [
      'Один и тот же мастер для постоянных клиентов',
      'Администратор на 2 этаже встречает гостей',
      'Учитель даёт 2 урока в неделю и проверяет ДЗ',
      'Раз в 3 месяца менеджер звонит и напоминает',
    ]) {
      expect(review('customer_relationships', text), text).toEqual(['relationships_no_cost']);
    }
  });

  it('takes evenings or days a week spent on it as a cost', () => {
    expect(review('customer_relationships', 'Сама отвечаю подписчицам в директе, два вечера в неделю')).toEqual([]);
    expect(review('customer_relationships', 'We answer every question in the chat on weekends', 'en')).toEqual([]);
  });

  it('takes hours or minutes in a short form per period as time spent, but not a reply time', () => {
    expect(review('customer_relationships', 'Переписка с заказчиками, ~4 ч/нед')).toEqual([]);
    expect(review('customer_relationships', 'Звоню постоянным покупателям, 30 мин в день')).toEqual([]);
    expect(review('customer_relationships', 'I reply to every review myself, about 1 h a week', 'en')).toEqual([]);
    expect(review('customer_relationships', 'Чат поддержки, отвечаем за 2 ч')).toEqual(['relationships_no_cost']);
  });

  it('takes a person given the work or money given up as a cost', () => {
    expect(review('customer_relationships', 'Поздравляем постоянных клиентов с днём рождения, этим занимается администратор')).toEqual([]);
    expect(review('customer_relationships', 'Если вещь не подошла, переделываем за свой счёт')).toEqual([]);
    expect(review('customer_relationships', 'Скидка 10% постоянным, это съедает часть маржи')).toEqual([]);
  });

  it('takes a pay or a share to the people who keep the relationship as its cost', () => {
    for (const text of [
      'Каждому клиенту — свой менеджер-дизайнер от замера до монтажа, менеджеры получают 5% от заказа.',
      'Личный куратор у каждого ученика, куратор на проценте',
      'Персональный менеджер, ему 3% с продаж',
    ]) {
      expect(review('customer_relationships', text), text).not.toContain('relationships_no_cost');
    }
    expect(review('customer_relationships', 'Каждому клиенту — свой менеджер, постоянным скидка 5%')).toContain('relationships_no_cost');
  });

  it('asks what the relationship costs', () => {
    expect(review('customer_relationships', 'Личный менеджер для каждой кофейни и чат поддержки для домашних')).toEqual(['relationships_no_cost']);
  });

  it('takes a part of the commission or of the fee given to whoever serves the client as a cost in money', () => {
    expect(review('customer_relationships', 'Каждого ученика ведёт куратор; куратор получает долю от оплаты курса.')).toEqual([]);
    expect(review('customer_relationships', 'С гостем до конца поездки на связи гид, мы отдаём ему часть комиссии')).toEqual([]);
    expect(review('customer_relationships', 'Each family gets a guide who takes a cut of the fee.', 'en')).toEqual([]);
    expect(review('customer_relationships', 'The host keeps a share of our commission for looking after the guests', 'en')).toEqual([]);
    expect(review('customer_relationships', 'Наш агент сопровождает клиента до сделки.')).toEqual(['relationships_no_cost']);
    expect(review('customer_relationships', 'A guide stays with each family until they move in.', 'en')).toEqual(['relationships_no_cost']);
  });

  it('takes people or time spent on it as a cost', () => {
    expect(review('customer_relationships', 'Отвечаем на вопросы в чате, на это уходит два часа в день')).toEqual([]);
    expect(review('customer_relationships', 'Администратор поздравляет с днём рождения, занимает у неё полдня в неделю')).toEqual([]);
    expect(review('customer_relationships', 'Отвечаю на вопросы покупателей в чате, я сам по выходным')).toEqual([]);
  });

  it('accepts a relationship with its cost, even next to delivery words', () => {
    expect(review('customer_relationships', 'Личный менеджер для каждой кофейни, заказы он принимает сам; обходится в полставки')).toEqual([]);
    expect(review('customer_relationships', 'A personal manager for each coffee shop; costs us half a salary', 'en')).toEqual([]);
  });

  it('takes what the relationship takes from our sleep or rest as its cost', () => {
    expect(review('customer_relationships', 'Отвечаю на звонки и ночью — это цена моего сна')).toEqual([]);
    expect(review('customer_relationships', 'Всегда на связи, ценой выходных')).toEqual([]);
    expect(review('customer_relationships', 'Always reachable, even at night: lost sleep is the price', 'en')).toEqual([]);
    expect(review('customer_relationships', 'Всегда на связи, личный подход')).toEqual(['relationships_no_cost']);
    expect(review('customer_relationships', 'Постоянным клиентам скидка на цену отдыха')).toEqual(['relationships_no_cost']);
  });

  it("takes someone's main job as the relationship's cost", () => {
    expect(review('customer_relationships', 'Менеджер Лилия раз в месяц созванивается с каждым заказчиком — это её основная работа')).toEqual([]);
    expect(review('customer_relationships', 'Менеджер Лилия раз в месяц созванивается с каждым заказчиком')).toEqual(['relationships_no_cost']);
  });

  it('takes whole days or weekends of our own given to it as its cost', () => {
    expect(review('customer_relationships', 'Встречаю каждую группу сам и рассказываю про маршрут. Это мои выходные целиком')).toEqual([]);
    expect(review('customer_relationships', 'Показываю каждому, как грести, и слежу с берега — это весь мой день')).toEqual([]);
    expect(review('customer_relationships', 'I greet every group and show them the trail; it takes all my weekends', 'en')).toEqual([]);
    expect(review('customer_relationships', 'Встречаю каждую группу и рассказываю про маршрут, весь день на позитиве')).toEqual(['relationships_no_cost']);
  });

  it('takes bringing the goods round or carrying them in as a delivery, not a relationship', () => {
    expect(review('customer_relationships', 'Привожу по графику каждый вторник, заношу до кухни')).toEqual([
      'relationships_look_like_channel',
      'relationships_no_cost',
    ]);
    expect(review('customer_relationships', 'Привожу по графику каждый вторник, знаю каждого повара по имени')).toEqual(['relationships_no_cost']);
  });

  it('takes a bonus from the turnover, cashback of a share and thousands in slang for costs, but not a discount', () => {
    expect(review('customer_relationships', 'За каждым магазином свой менеджер, ему идёт 2% от отгрузок')).toEqual([]);
    expect(review('customer_relationships', 'Постоянным кешбэк 5% баллами в приложении')).toEqual([]);
    expect(review('customer_relationships', 'Болтаем с постоянными, угощаем чаем — выходит тыщи две в месяц')).toEqual([]);
    expect(review('customer_relationships', 'За каждым магазином свой менеджер')).toEqual(['relationships_no_cost']);
    expect(review('customer_relationships', 'Постоянным скидка 5% по карте')).toEqual(['relationships_no_cost']);
  });

  it('takes a workload in working days as a cost', () => {
    expect(review('customer_relationships', 'Каждый заказ ведёт свой менеджер; это около трёх рабочих дней на заказ')).toEqual([]);
    expect(review('customer_relationships', 'Каждого клиента ведёт свой менеджер от заявки до сдачи')).toEqual(['relationships_no_cost']);
  });

  it('takes a commission an aggregator keeps as a cost', () => {
    expect(review('customer_relationships', 'Отвечаем гостям в чате Островка, агрегатор берёт 15% комиссии')).toEqual([]);
    expect(review('customer_relationships', 'Отвечаем гостям в чате Островка')).toEqual(['relationships_no_cost']);
  });
});

describe('reviewBlock: revenue streams', () => {
  it('does not take numbers of months for a price, or "each" for how often', () => {
    expect(review('revenue_streams', 'Продажа клубных карт на 1, 3, 6 и 12 месяцев')).toEqual(['revenue_no_pricing']);
    expect(review('revenue_streams', 'We sell soap bars for 8 dollars each', 'en')).toEqual(['revenue_no_frequency']);
    // Payment terms say how often: once, at booking.
    expect(review('revenue_streams', '$45 per person per tour. Paid in full when booking.', 'en')).toEqual([]);
    expect(review('revenue_streams', '$45 per person per tour, paid upfront', 'en')).toEqual([]);
  });

  it('asks how often and at what price when neither is said', () => {
    expect(review('revenue_streams', 'Продаём кофе кофейням и частным покупателям')).toEqual(['revenue_no_frequency', 'revenue_no_pricing']);
  });

  it('asks only for what is missing', () => {
    expect(review('revenue_streams', 'Кофейни платят по счёту раз в месяц')).toEqual(['revenue_no_pricing']);
    expect(review('revenue_streams', 'Пачка зерна стоит 650 рублей')).toEqual(['revenue_no_frequency']);
  });

  it('takes payment terms as saying how often customers pay', () => {
    expect(review('revenue_streams', 'Замена экрана 3000 рублей, оплата при выдаче телефона')).toEqual([]);
    expect(review('revenue_streams', 'Стрижка 900, платят сразу')).toEqual([]);
    expect(review('revenue_streams', 'Logo design from 200 dollars, paid on delivery', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Покраска бампера 6000 ₽, оплата после выполнения работ')).toEqual([]);
    expect(review('revenue_streams', 'Чистка ковра 900 ₽, оплачивают курьеру перед стиркой')).toEqual([]);
    expect(review('revenue_streams', 'A portrait costs 80 dollars, paid before the sitting', 'en')).toEqual([]);
  });

  it('takes a price paid in parts at steps of the deal as payment terms', () => {
    expect(review('revenue_streams', 'Печь под ключ от 90 тыс., половина при заключении договора, половина после установки')).toEqual([]);
    expect(review('revenue_streams', 'Курс 40 тыс., можно платить частями')).toEqual([]);
    expect(review('revenue_streams', 'Печь под ключ от 90 тыс., цена зависит от размера')).toEqual(['revenue_no_frequency']);
  });

  it('takes a period in one word or cut short as how often customers pay', () => {
    expect(review('revenue_streams', 'Курсы с помесячной оплатой 6 900 рублей')).toEqual([]);
    expect(review('revenue_streams', 'Оплата понедельно, 2000 ₽')).toEqual([]);
    expect(review('revenue_streams', 'Premium plan at $4.99/mo', 'en')).toEqual([]);
    expect(review('revenue_streams', '1500 ₽ за урок')).toEqual(['revenue_no_frequency']);
  });

  it('takes one at a time, a term of study or the start of one as how often customers pay', () => {
    expect(review('revenue_streams', 'Абитуриенты платят 18 000 ₽ в начале семестра')).toEqual([]);
    expect(review('revenue_streams', 'Pupils pay £6 for each class, one class at a time, or £70 for a term pass', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Ученики платят 900 ₽ за занятие')).toEqual(['revenue_no_frequency']);
  });

  it('takes a payment made at once as one-off', () => {
    expect(review('revenue_streams', 'Курс 12 000 ₽, оплата единовременная')).toEqual([]);
    expect(review('revenue_streams', 'Курс 12 000 ₽, оплата картой')).toEqual(['revenue_no_frequency']);
  });

  it('takes rent by the hour as how often, as rent by the day is, but not work paid by the hour', () => {
    for (const text of ['Сдаём студию звукозаписи почасово, 1500 ₽ в час', 'Аренда сауны 1800 в час', 'Почасовая аренда переговорной, 900 ₽']) {
      expect(review('revenue_streams', text), text).toEqual([]);
    }
    expect(review('revenue_streams', 'Bike hire at 300 roubles per hour', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Почасовая оплата работы мастера, 1500 ₽')).toEqual(['revenue_no_frequency']);
    expect(review('revenue_streams', 'Электрик — 1500 ₽ в час')).toEqual(['revenue_no_frequency']);
  });

  it('reads a rent rate written with a slash, "руб./час", as rent by the hour, and a slash rate for work as no period', () => {
    expect(review('revenue_streams', 'Прокат лодки 600 руб./час, катамаран 900 руб./ч')).toEqual([]);
    expect(review('revenue_streams', 'Kayak hire £12/hr', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Репетитор, 1200 руб./час')).toEqual(['revenue_no_frequency']);
  });

  it('takes a price per day or night in English as how often, as "в день" is in Russian', () => {
    expect(review('revenue_streams', 'Boats at $40 a day, cash or card', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Kayaks: £15 per hour or £45 per day', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Tutoring at £30 per hour', 'en')).toEqual(['revenue_no_frequency']);
  });

  it('takes a price set against the market or competitors as pricing, but not an hourly payment alone', () => {
    expect(review('revenue_streams', 'Разовая оплата за проект, цена чуть ниже конкурентов')).not.toContain('revenue_no_pricing');
    expect(review('revenue_streams', 'Ежемесячная оплата по рыночной ставке')).not.toContain('revenue_no_pricing');
    expect(review('revenue_streams', 'Почасовая оплата студии')).toContain('revenue_no_pricing');
  });

  it('takes a price left to the customer (donations, pay what you want) as pricing', () => {
    expect(review('revenue_streams', 'Donations from visitors every weekend', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Оплата по желанию после каждой экскурсии')).toEqual([]);
    expect(review('revenue_streams', 'Visitors pay at the door every weekend', 'en')).toEqual(['revenue_no_pricing']);
  });

  it('takes donations as how the price is set, but not goods that were donated', () => {
    expect(review('revenue_streams', 'Вход свободный, живём на пожертвования гостей раз в месяц')).toEqual([]);
    expect(review('revenue_streams', 'Продаём пожертвованную одежду, покупают раз в неделю')).toEqual(['revenue_no_pricing']);
  });

  it('takes thousands written as "т" against a number, or a range of them, as a price', () => {
    expect(review('revenue_streams', 'замена замка 3-5т, вскрытие двери 2т')).not.toContain('revenue_no_pricing');
    // Apart from the number, "т" weighs tonnes.
    expect(review('revenue_streams', 'Продаём щебень машинами по 10 т')).toContain('revenue_no_pricing');
  });

  it('accepts frequency and pricing', () => {
    expect(review('revenue_streams', 'Кофейни платят ежемесячно по счёту, цена зависит от объёма')).toEqual([]);
    expect(review('revenue_streams', 'Coffee shops pay by invoice every month, the price depends on volume', 'en')).toEqual([]);
  });

  it('takes any payment terms as saying when the customer pays: stages, an invoice term, on the spot; not the means of payment', () => {
    expect(review('revenue_streams', 'Сайты под ключ от 90 тыс., оплата поэтапно')).toEqual([]);
    expect(review('revenue_streams', 'Тир: 300 ₽ за 10 выстрелов, платят на месте')).toEqual([]);
    expect(review('revenue_streams', 'Invoices net 14 for each print run, £2 a copy', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Design packages from £900, paid in two stages', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Клиент вносит 30% задатка, остальное при получении')).toEqual([]);
    expect(review('revenue_streams', 'Pay as you go, 2 pounds per wash', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Сайты под ключ от 90 тыс., оплата картой или переводом')).toEqual(['revenue_no_frequency']);
  });

  it('takes a retainer or a share paid in at a step of the deal as how often customers pay', () => {
    expect(review('revenue_streams', 'Clients pay a retainer of £800, extra work at £60 an hour', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Продажа торта 2500 за кг, 50% вносят при заказе')).toEqual([]);
    expect(review('revenue_streams', 'Продажа торта 2500 за кг')).toEqual(['revenue_no_frequency']);
  });

  it('takes payment once the goods sell as the payment terms', () => {
    expect(review('revenue_streams', 'Мёд по 800 ₽ за литр, магазины платят после реализации')).toEqual([]);
    expect(review('revenue_streams', 'Jam at £4 a jar, cafés take it on sale or return', 'en')).toEqual([]);
    expect(review('revenue_streams', 'Мёд по 800 ₽ за литр, оплата переводом')).toEqual(['revenue_no_frequency']);
  });

  it('takes a rate set by the market, or above or below it, as the way the price is set', () => {
    expect(review('revenue_streams', 'За смену, ставка по рынку, расчёт раз в неделю')).toEqual([]);
    expect(review('revenue_streams', 'Ежемесячно, чуть ниже рынка')).toEqual([]);
    expect(review('revenue_streams', 'Абонемент на месяц, цены в рынке')).toEqual([]);
    // Selling at a market names a place, not a price.
    expect(review('revenue_streams', 'Ежемесячно, на рынке')).toEqual(['revenue_no_pricing']);
    expect(review('revenue_streams', 'За смену, расчёт раз в неделю')).toEqual(['revenue_no_pricing']);
  });

  it('takes a bare number after what is sold as its price, but not a count or a period', () => {
    expect(review('revenue_streams', 'Блин 80, чай 40, платят на месте')).toEqual([]);
    expect(review('revenue_streams', 'Абонементы на 12 занятий, платят на месте')).toEqual(['revenue_no_pricing']);
  });
});

describe('reviewBlock: key resources', () => {
  it('asks for the four kinds when none is named', () => {
    expect(review('key_resources', 'Всё необходимое для работы уже имеется')[0]).toBe('resources_no_category');
  });

  it('takes things counted as concrete, even beside "всё", but not years spent', () => {
    expect(review('key_resources', 'Всё своё: 3 лодки и причал в аренде')).toEqual([]);
    expect(review('key_resources', 'Всё своё, ничего арендовать не нужно')).toEqual(['resources_no_category']);
    expect(review('key_resources', 'Всё, что нужно, у нас есть, копили 2 года')).toEqual(['resources_no_category']);
  });

  it('takes a partner who answers for part of the work as carrying its risk', () => {
    expect(review('key_partners', 'Курьерская служба возит торты и отвечает за их сохранность')).not.toContain('partners_no_risk');
    expect(review('key_partners', 'Курьерская служба возит торты')).toContain('partners_no_risk');
  });

  it('takes an equipment hire and an agency named for the people it sends as saying what they give', () => {
    expect(review('key_partners', 'Прокат оборудования, модельное агентство')).not.toContain('partners_no_contribution');
    expect(review('key_partners', 'Агентство, прокат')).toContain('partners_no_contribution');
  });

  it('counts things numbered in words as digits, but not years or percent', () => {
    expect(review('key_resources', 'Двадцать лодок и причал, всё наше')).toEqual([]);
    expect(review('key_resources', 'Всё необходимое есть, собирали три года')).toEqual(['resources_no_category']);
    expect(review('key_resources', 'Всё своё, сто процентов')).toEqual(['resources_no_category']);
  });

  it('takes qualities and feelings alone as naming nothing concrete', () => {
    expect(review('key_resources', 'Энтузиазм и любовь к своему делу')).toContain('resources_no_category');
    expect(review('key_resources', 'Dedication, passion for coffee and hard work', 'en')).toContain('resources_no_category');
    expect(review('key_resources', 'Любовь к делу, своя кофемашина и 3 года опыта')).not.toContain('resources_no_category');
  });

  it('asks what is owned, rented or from partners', () => {
    expect(review('key_resources', 'Ростер, помещение под цех, два сотрудника, оборотные деньги')).toEqual(['resources_no_ownership']);
  });

  it('takes having something at hand as where it comes from', () => {
    expect(review('key_resources', 'У нас есть печь, миксер и рецепты бабушки')).not.toContain('resources_no_ownership');
    expect(review('key_resources', 'Печь, миксер и рецепты бабушки')).toContain('resources_no_ownership');
  });

  it('takes what is on the books, or held in operational management, as where it comes from', () => {
    expect(review('key_resources', 'Проектор и звуковое оборудование на балансе центра')).not.toContain('resources_no_ownership');
    expect(review('key_resources', 'Помещение бывшей библиотеки в оперативном управлении школы')).not.toContain('resources_no_ownership');
    expect(review('key_resources', 'Проектор, звуковое оборудование, помещение бывшей библиотеки')).toContain('resources_no_ownership');
  });

  it('accepts resources with their kind and origin', () => {
    expect(review('key_resources', 'Свой ростер, арендованное помещение, два сотрудника')).toEqual([]);
    expect(review('key_resources', 'Our own roaster, rented premises, two employees', 'en')).toEqual([]);
  });

  it('takes the founders, their family, or something paid off, bought out or made in-house as where it comes from', () => {
    for (const text of ['Станок, который выкупили у прежнего владельца', 'Печь и тестомес, муж помогает с доставкой']) {
      expect(review('key_resources', text), text).toEqual([]);
    }
    for (const text of [
      'me, leashes, a car',
      'the truck (paid off), two cooks',
      'the app, 2 devs (cofounders)',
      'Proprietary routing algorithms and a development team',
    ]) {
      expect(review('key_resources', text, 'en'), text).toEqual([]);
    }
    expect(review('key_resources', 'Телефон, кольцевая лампа')).toEqual(['resources_no_ownership']);
    expect(review('key_resources', 'A van and two drivers', 'en')).toEqual(['resources_no_ownership']);
  });

  it('takes know-how built up over the years as our own', () => {
    expect(review('key_resources', 'Know-how and relationships with local farmers, built up over 10 years', 'en')).toEqual([]);
    expect(review('key_resources', 'Наработанная база клиентов и рецептура')).toEqual([]);
    expect(review('key_resources', 'Recipes and a client base', 'en')).toEqual(['resources_no_ownership']);
  });

  it('takes staff on the payroll, freelancers or a supplier as where a resource comes from', () => {
    expect(review('key_resources', 'Сорок уборщиц в штате, поломоечные машины, склад химии')).toEqual([]);
    expect(review('key_resources', 'Дизайнер на фрилансе, ткань от поставщика, швейные машины')).toEqual([]);
  });

  it('takes a list of short items as concrete things, whatever they are called, but not a clause', () => {
    expect(review('key_resources', 'Стол, мольберт, краски — всё моё')).toEqual([]);
    expect(review('key_resources', 'Всё, что потребуется, купим после запуска')).toContain('resources_no_category');
  });
});

describe('reviewBlock: key partners', () => {
  it('asks what named partners actually do', () => {
    expect(review('key_partners', 'СДЭК, Сбербанк, ООО «Радуга»')[0]).toBe('partners_no_contribution');
    expect(review('key_partners', 'Поставщики и пара знакомых фирм')[0]).toBe('partners_no_contribution');
  });

  it("takes a relative clause as the partner's role", () => {
    expect(review('key_partners', 'Школы, где мы арендуем классы')).toEqual(['partners_no_risk']);
  });

  it('takes a backup for the case of a failure as a risk covered', () => {
    expect(review('key_partners', 'Типография печатает меню, на случай срыва сроков есть вторая')).toEqual([]);
    expect(review('key_partners', 'Пекарня привозит хлеб, со вторым поставщиком тоже есть договор')).toEqual([]);
  });

  it('asks which risks the partners reduce', () => {
    expect(review('key_partners', 'Импортёр поставляет нам зелёное зерно')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Поставщик упаковки для кофе')).toEqual(['partners_no_risk']);
  });

  it('accepts partners with their role and the risk they cover', () => {
    expect(review('key_partners', 'Импортёр поставляет зелёное зерно и держит запас, чтобы мы не остались без сырья')).toEqual([]);
    expect(review('key_partners', 'An importer supplies green beans and keeps a stock, so we never run out', 'en')).toEqual([]);
  });

  it('stays silent when there are no partners yet, even in one word', () => {
    expect(review('key_partners', 'Пока партнёров нет')).toEqual([]);
    expect(review('key_partners', 'Нет')).toEqual([]);
  });

  it('stays silent when there are no partners, however it is said', () => {
    for (const text of [
      'Партнёров нет, материалы покупаю на рынке сам',
      'Работаю без партнёров: ткань заказываю на фабрике в Иванове',
      'Всё делаем сами, от закупки до доставки',
      'Ключевых партнёров пока нет, справляемся сами',
      'Мы работаем одни, всё делаем своими силами',
    ]) {
      expect(review('key_partners', text), text).toEqual([]);
    }
    expect(review('key_partners', 'No partners yet, I buy the fabric myself at the market', 'en')).toEqual([]);
    expect(review('key_partners', "We don't have partners, everything is done in house", 'en')).toEqual([]);
    expect(review('key_partners', 'I work alone for now', 'en')).toEqual([]);
  });

  it('takes all the work done by our own forces or in-house as no partners', () => {
    expect(review('key_partners', 'Пока нет, все поставки выполняем собственными силами')).toEqual([]);
    expect(review('key_partners', 'None so far, all the baking happens in-house', 'en')).toEqual([]);
  });

  it('takes "отсутствуют" as no partners, neither a placeholder nor a partner with no risk', () => {
    expect(review('key_partners', 'Отсутствуют.')).toEqual([]);
    expect(review('key_partners', 'Ключевые партнёры на данный момент отсутствуют')).toEqual([]);
    // Said of something else in a longer answer, it leaves the partner named there.
    expect(review('key_partners', 'Типография печатает нам буклеты и листовки, претензии отсутствуют')).toEqual(['partners_no_risk']);
  });

  it('takes a partner who steps in when needed, so hard cases or calls are not left to us alone, as a risk covered', () => {
    for (const text of [
      'Клиника сдаёт кабинет, при необходимости её врач смотрит пациента',
      'Колл-центр принимает звонки, пока я на выезде, — не теряю заявки',
      'Старший коллега консультирует по сложным случаям, я не остаюсь один',
    ]) {
      expect(review('key_partners', text), text).toEqual([]);
    }
    expect(review('key_partners', 'Клиника сдаёт кабинет и принимает звонки на запись')).toEqual(['partners_no_risk']);
  });

  it('takes an answer to the question about risks as naming them, unless it says there are none', () => {
    expect(review('key_partners', ['Типография печатает меню', 'Можно не держать свой станок и не чинить его'])).toEqual([]);
    expect(review('key_partners', ['Типография печатает нам меню и визитки', 'Нет'])).toEqual(['partners_no_risk']);
  });

  it('takes a trouble the partner saves us from or stands in for as a risk covered', () => {
    for (const text of [
      'Турагентства присылают группы зимой, когда у нас несезон — так база не простаивает',
      'Соседняя пекарня выручит хлебом, если наша печь сломается',
      'Второй мастер на подхвате, когда основной на больничном',
      'Оптовик отгружает муку даже при дефиците',
      'Прокатная контора даёт лодки в пиковые выходные',
    ]) {
      expect(review('key_partners', text), text).toEqual([]);
    }
    expect(review('key_partners', 'A nearby gym refers clients to us in the slow season', 'en')).toEqual([]);
    expect(review('key_partners', 'Two bakeries supply bread, so one sick baker never stops us', 'en')).toEqual([]);
    // "Простой" as plain, "более" as more: no downtime, no illness.
    expect(review('key_partners', 'Простой договор с типографией: печатает меню')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Сыроварня привозит более десяти сортов сыра')).toEqual(['partners_no_risk']);
  });

  it('takes a partner who always has the goods in stock as covering a risk', () => {
    expect(review('key_partners', 'Оптовая база привозит муку и всегда держит её в наличии для нас')).toEqual([]);
  });

  it('takes a partner called in when a named work is needed as saying what it does, and answering for guests as a risk covered', () => {
    expect(review('key_partners', 'Ребята-грузчики, зову если надо таскать')).not.toContain('partners_no_contribution');
    expect(review('key_partners', 'Ребята-грузчики, зову на подмогу')).toContain('partners_no_contribution');
    expect(review('key_partners', 'Guides from the village take guests on long trips and are responsible for them on the trail', 'en')).toEqual([]);
    expect(review('key_partners', 'Guides from the village take guests on long trips', 'en')).toEqual(['partners_no_risk']);
  });

  it('takes goods the partner exchanges when they come out bad as a risk covered', () => {
    expect(review('key_partners', 'Пилорама — доска под заказ, пересушенную или кривую меняют')).toEqual([]);
    expect(review('key_partners', 'Фабрика шьёт чехлы, бракованные заменяет бесплатно')).toEqual([]);
    expect(review('key_partners', 'Пилорама — доска под заказ')).toEqual(['partners_no_risk']);
  });

  it('takes a loss the partner bears (defects, unsold goods, an accident, at its own cost) as a risk covered', () => {
    for (const text of [
      'Пекарня даёт хлеб на реализацию',
      'Провайдер держит интернет в кафе, при аварии выезжает ночью',
      'Фабрика шьёт чехлы и перешивает брак',
      'Типография печатает каталоги, перепечатка за их счёт',
    ]) {
      expect(review('key_partners', text), text).toEqual([]);
    }
    expect(review('key_partners', 'The wholesaler takes back unsold books', 'en')).toEqual([]);
    expect(review('key_partners', 'Типография печатает каталоги')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'The wholesaler delivers flour every Monday', 'en')).toEqual(['partners_no_risk']);
  });

  it('takes harm to what we own that the partner keeps away (theft, damage, spoiling) as a risk covered', () => {
    expect(review('key_partners', 'Охранная стоянка у дома, зимой наши квадроциклы стоят там, чтоб не угнали')).toEqual([]);
    expect(review('key_partners', 'A marina keeps our kayaks over winter, safe from theft', 'en')).toEqual([]);
    expect(review('key_partners', 'Стоянка у дома, зимой наши квадроциклы стоят там')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'A marina keeps our kayaks over winter', 'en')).toEqual(['partners_no_risk']);
    // An importer or a translator is no spoiling or outage one typo away.
    expect(review('key_partners', 'Импортёр чая привозит нам улуны')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Переводчики-фрилансеры берут редкие языки')).toEqual(['partners_no_risk']);
  });

  it("takes what happens at the partner's or through it, in a clause after its name, as what it does", () => {
    expect(review('key_partners', 'Стадион у школы, там у нас зачёты')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Туроператор «Восток», через него идут все брони')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Стадион у школы, бассейн «Волна»')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it('takes a verb after a partner as what it does, in Russian and in English', () => {
    expect(review('key_partners', 'Кейтеринг готовит еду на выездах')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'The council lets us use the hall', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Notary certifies translations', 'en')).toEqual(['partners_no_risk']);
    // Plural names are no verbs.
    expect(review('key_partners', 'Local schools and universities', 'en')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Банки и организации')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it('takes goods named before "у" and the person they come from as what the partner supplies, not a place', () => {
    expect(review('key_partners', 'Мука у мельника из соседнего района')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Яблоки у местного фермера, ящики у оптовика')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Компания у метро и банк')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it('takes work a partner takes on, or that work named as a noun, as what it does', () => {
    expect(review('key_partners', 'Соседний сервис берёт наши заказы, когда мы перегружены')).toEqual([]);
    expect(review('key_partners', 'Простой договор с типографией на печать меню')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Ателье на пошив штор')).toEqual(['partners_no_risk']);
    // A trade named after its work says the work ("монтажёр" mounts, "типография" prints).
    expect(review('key_partners', 'Монтажёр и типография')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Грузчики и клининговая компания')).toEqual(['partners_no_risk']);
    // A provider or a supplier with what it provides says it, as "поставщик тканей" does.
    expect(review('key_partners', 'Интернет-провайдер, поставщик воды')).toEqual(['partners_no_risk']);
  });

  it('takes a bracket or "для" after a partner as what it does', () => {
    expect(review('key_partners', 'Типография (визитки и меню), Сбербанк для эквайринга')).toEqual(['partners_no_risk']);
  });

  it('still reviews a longer answer that only mentions doing something themselves', () => {
    expect(review('key_partners', 'Химчистка стирает спальники — сами бы не успевали. Курьерская служба возит комплекты.')).toEqual(['partners_no_risk']);
  });

  it('takes a partner named by its occupation or trade as saying what it does, in Russian and in English', () => {
    expect(review('key_partners', 'сантехник из соседнего дома')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Знакомый электрик и столяр')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Фотограф на сдельной оплате')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'пекарня через дорогу')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Бухгалтерская контора в нашем бизнес-центре')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'A local florist', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'An independent illustrator and a bakery nearby', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'A part-time accountant', 'en')).toEqual(['partners_no_risk']);
  });

  it('still asks what partners do when they are named by a name, a brand or a word that says no role', () => {
    expect(review('key_partners', 'Друзья и знакомые')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'ИП Ковалёв, ООО «Мастер-Строй»')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Harbor Lane Ltd and Mike', 'en')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Some companies and people we know', 'en')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Туроператоры Sun Travel, Mir Tour')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    // A supplier still says its role only with what it supplies.
    expect(review('key_partners', 'Поставщик и пара знакомых')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it('takes goods replaced or work redone for free when faulty or dead as a risk the partner carries', () => {
    expect(review('key_partners', 'Швейный цех отшивает худи и за свой брак перешивает партию бесплатно')).toEqual([]);
    expect(review('key_partners', 'Питомник поставляет саженцы, засохшие в первый месяц меняет')).toEqual([]);
    expect(review('key_partners', 'Типография печатает коробки и даёт гарантию на тираж')).toEqual([]);
    expect(review('key_partners', 'The print shop prints our labels and reprints faulty runs', 'en')).toEqual([]);
    expect(review('key_partners', 'A nursery supplies the plants and replaces dead ones free', 'en')).toEqual([]);
    expect(review('key_partners', 'Швейный цех отшивает худи по нашим лекалам')).toEqual(['partners_no_risk']);
  });

  it('reads a short formal negation ("Не планируются", "Not needed") as no partners', () => {
    expect(review('key_partners', 'Не планируются')).toEqual([]);
    expect(review('key_partners', 'Не требуются пока')).toEqual([]);
    expect(review('key_partners', 'Not needed.', 'en')).toEqual([]);
    expect(review('key_partners', 'Не знаю пока')).toEqual([]);
    expect(review('key_partners', 'Never needed any', 'en')).toEqual([]);
    expect(review('key_partners', 'Незнакомые фирмы')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it('takes goods taken back, a contract, or a partner answering for the outcome as a risk covered without the word', () => {
    expect(review('key_partners', 'Пекарня-соседка забирает обратно нераспроданный хлеб')).toEqual([]);
    expect(review('key_partners', 'Дистрибьютор меняет просроченные йогурты на свежие')).toEqual([]);
    expect(review('key_partners', 'Типография печатает этикетки по договору')).toEqual([]);
    expect(review('key_partners', 'The roaster supplies beans under a 12-month contract', 'en')).toEqual([]);
    expect(review('key_partners', 'A licensed broker handles customs and is liable for any errors', 'en')).toEqual([]);
    expect(review('key_partners', 'Сеть магазинов берёт наш сыр под реализацию')).toEqual([]);
    expect(review('key_partners', 'Поставщик выкупает у нас излишки молока')).toEqual([]);
    expect(review('key_partners', 'Оптовик возмещает стоимость битого товара')).toEqual([]);
    expect(review('key_partners', 'The dairy swaps any expired yoghurt for fresh', 'en')).toEqual([]);
    expect(review('key_partners', 'Пекарня-соседка продаёт наш хлеб')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'A licensed broker handles customs', 'en')).toEqual(['partners_no_risk']);
  });

  it('asks a long answer that tells how each partner works for the risks they cover, unless it names one', () => {
    const long = 'Лесхоз продаёт нам сосновый кругляк с делянки, столярка Петрова строгает доски, а транспортная артель возит срубы заказчикам по области';
    expect(review('key_partners', long)).toEqual(['partners_no_risk']);
    expect(review('key_partners', `${long}; с лесхозом договор на год, цена не растёт`)).toEqual([]);
    expect(review('key_partners', 'Лесхоз продаёт нам сосновый кругляк')).toEqual(['partners_no_risk']);
  });

  it('takes a loss the partner bears or stock it keeps for us as a risk covered, and a verb in the past tense as its role', () => {
    expect(review('key_partners', 'A co-packer produces the sauce under our recipe and bears the cost of any recalls', 'en')).toEqual([]);
    expect(review('key_partners', 'Оптовая база, склад готовой продукции держит неснижаемый остаток')).toEqual([]);
    expect(review('key_partners', 'Соседний фермер помогал с техникой')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Агроном-консультант приезжает раз в месяц')).toEqual(['partners_no_risk']);
  });

  it('takes a kind of business named by its trade as what the partner does, a bank or a friend not', () => {
    expect(review('key_partners', 'Зооаптека на соседней улице')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Хлебозавод, автомойка у трассы')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Пилорама в Кедровке и копицентр')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'A drugstore and a towing firm', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'The sawmill down the road', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Банк в городе')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Friends from college', 'en')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it("reads a person's name after a trade as who does the work, and a name alone as no role", () => {
    expect(review('key_partners', 'Электрик Дима')).toEqual(['partners_no_risk', 'too_short']);
    expect(review('key_partners', 'Сантехник Иван Петрович')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Бухгалтер Ольга и юрист Денис')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Курьеры Вова и Петя')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Plumber Mike and electrician Dave', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Дима и Саша')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Водитель Коля, Сбербанк')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Туроператоры Anex в Сочи')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it('takes a place hired for an event as saying what the partner gives', () => {
    expect(review('key_partners', 'Caterers and event venues', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Банкетный зал у реки и флорист')).toEqual(['partners_no_risk']);
  });

  it('reads a word after a legal form as a name, whatever trade it looks like', () => {
    expect(review('key_partners', 'ИП Кузнецов')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'ООО Пекарь и курьеры')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Кузнец Иван')).toEqual(['partners_no_risk', 'too_short']);
  });

  it("reads a dash after the block's name as opening the list, not as saying what a partner does", () => {
    expect(review('key_partners', 'Ключевые партнёры — фермеры, турпорталы, администрация района')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Partners: farmers, the council, a bank', 'en')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'Фермеры — молоко, администрация района — площадка для ярмарки')).toEqual(['partners_no_risk']);
  });

  it('takes a slaughterhouse or a grain elevator as a service done on our produce, a mill as a supplier to be told', () => {
    expect(review('key_partners', 'Бойня в районе')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'The abattoir in town', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Элеватор в райцентре')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Мельница в районе')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it('takes a partner that protects us or fixes the rent as covering a risk', () => {
    expect(review('key_partners', 'Хозяин склада сдаёт его по фиксированной ставке')).toEqual([]);
    expect(review('key_partners', 'Юрист защищает нас в спорах с заказчиками')).toEqual([]);
    expect(review('key_partners', 'Хозяин склада сдаёт его нам')).toEqual(['partners_no_risk']);
  });

  it('takes prices held for a time, or refunds on a cancellation, as a risk the partner carries', () => {
    expect(review('key_partners', 'Типография держит цены до конца года')).toEqual([]);
    expect(review('key_partners', 'The print shop holds its prices for a year', 'en')).toEqual([]);
    expect(review('key_partners', 'Билетный сервис продаёт билеты и сам возвращает деньги при отмене')).toEqual([]);
    expect(review('key_partners', 'The ticketing site handles refunds on cancellations', 'en')).toEqual([]);
    expect(review('key_partners', 'Типография печатает меню')).toEqual(['partners_no_risk']);
  });

  it('takes what comes from a partner as what it gives', () => {
    expect(review('key_partners', 'Our timber comes from Hargreaves Ltd.', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Hargreaves Ltd in Perth.', 'en')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it('reads a brand word before a line of business as the role, a longer name as a shop name', () => {
    expect(review('key_partners', 'Курьеры, Альфа Лизинг')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Грузчики и Тинькофф Эквайринг')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Movers, Metro Pharmacy', 'en')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'Blue Sky Pharmacy Group', 'en')).toEqual(['partners_no_contribution', 'partners_no_risk']);
    expect(review('key_partners', 'ООО Вектор, Ромашка Групп')).toEqual(['partners_no_contribution', 'partners_no_risk']);
  });

  it('reads a carrier of goods as naming what it does', () => {
    expect(review('key_partners', 'Карго из Китая')).toEqual(['partners_no_risk']);
    expect(review('key_partners', 'A freight forwarder in Rotterdam', 'en')).toEqual(['partners_no_risk']);
  });

  it('takes guarding what we own for a risk the partner carries', () => {
    expect(review('key_partners', 'Яхт-клуб сдаёт причал и берёт на себя охрану катамаранов')).toEqual([]);
    expect(review('key_partners', 'Сосед-фермер сторожит наш инвентарь зимой')).toEqual([]);
    expect(review('key_partners', 'The marina rents us a berth and guards the kayaks overnight', 'en')).toEqual([]);
    expect(review('key_partners', 'Яхт-клуб сдаёт причал')).toEqual(['partners_no_risk']);
  });

  it('takes a wholesale depot or market as a partner that supplies goods, and a bare supplier as one that says nothing', () => {
    expect(review('key_partners', 'Оптовый рынок и пекарня на соседней улице')).not.toContain('partners_no_contribution');
    expect(review('key_partners', 'Поставщик и ООО «Вектор»')).toContain('partners_no_contribution');
  });

  it('takes a loss the partner takes on itself as a risk covered, but not the work it takes on', () => {
    expect(review('key_partners', 'Маркетплейс — продаёт и доставляет, берёт на себя возвраты')).not.toContain('partners_no_risk');
    expect(review('key_partners', 'Маркетплейс — продаёт и берёт на себя доставку')).toContain('partners_no_risk');
  });
});

describe('reviewBlock: cost structure', () => {
  const resources = 'Ростер в лизинге, арендованное помещение, два сотрудника';

  it('asks for no cost of "all the equipment we need", which names no particular machine', () => {
    for (const [resourcesAnswer, costs, language] of [
      ['Бригада монтажников, весь инструмент и оборудование, которое потребуется', 'Зарплата монтажников, расходники', 'ru'],
      ['Хороший повар и любое оборудование для кухни', 'Зарплата повара, продукты', 'ru'],
      ['Two cleaners and any equipment we need', 'Cleaners wages, detergents', 'en'],
    ] as const) {
      expect(keys('cost_structure', { key_resources: resourcesAnswer, cost_structure: costs }, language), resourcesAnswer).not.toContain(
        'costs_miss_resources',
      );
    }
    expect(keys('cost_structure', { key_resources: 'Монтажники, покрасочное оборудование', cost_structure: 'Зарплата, краска' })).toContain(
      'costs_miss_resources',
    );
  });

  it('takes a share paid to the crews or the masters as their pay, with or without a figure', () => {
    for (const costs of ['Краска, процент бригадам', 'Расходники и доля мастерам', 'Химия, вода, 30% мойщикам']) {
      expect(keys('cost_structure', { key_resources: 'Три бригады отделочников', cost_structure: costs }), costs).not.toContain('costs_miss_resources');
    }
    expect(keys('cost_structure', { key_resources: 'Три бригады отделочников', cost_structure: 'Краска, шпаклёвка' })).toContain('costs_miss_resources');
  });

  it('takes the fuel of a van or a car as its running cost', () => {
    for (const costs of ['Бензин, упаковка', 'Топливо и запчасти', 'Fuel and packaging']) {
      expect(keys('cost_structure', { key_resources: 'Свой фургон и ноутбук', cost_structure: costs }), costs).not.toContain('costs_miss_resources');
    }
  });

  /** Each resources answer, read beside the same costs, asks for no missing cost. */
  function expectNoResourceMissed(resourcesAnswers: string[], costs: string): void {
    for (const answer of resourcesAnswers) {
      expect(keys('cost_structure', { key_resources: answer, cost_structure: costs }), answer).not.toContain('costs_miss_resources');
    }
  }

  it("names the resources from block 6 whose costs are missing, in the user's own words", () => {
    const notes = reviewBlock(
      'cost_structure',
      canvasWith({ key_resources: resources, cost_structure: 'Постоянные: реклама. Переменные: зелёное зерно и доставка.' }),
    );
    expect(notes).toEqual([{ key: 'costs_miss_resources', params: { items: 'ростер в лизинге; арендованное помещение; два сотрудника' } }]);
  });

  it('names only the resources still missing', () => {
    const notes = reviewBlock(
      'cost_structure',
      canvasWith({ key_resources: resources, cost_structure: 'Постоянные: аренда цеха и зарплаты. Переменные: зерно.' }),
    );
    expect(notes).toEqual([{ key: 'costs_miss_resources', params: { items: 'ростер в лизинге' } }]);
  });

  it('takes a cost per item beside plain sums as a split, the sums being paid whatever is sold', () => {
    expect(review('cost_structure', 'аренда 30т, зп повару 35т, тесто и начинка ~40р на один пирожок')).toEqual([]);
    expect(review('cost_structure', 'аренда, зп повару, тесто и начинка')).toEqual(['costs_no_fixed_variable']);
  });

  it('reads an item opened by an owning word as owning the items after it up to the end of its part', () => {
    const costs = 'Подписка на хостинг 4 000 ₽/мес, серебро около 30% цены изделия';
    expectNoResourceMissed(['Мастерская дома; собственные вальцы, горелка и полировальный станок; запас серебра'], costs);
    expect(keys('cost_structure', { key_resources: 'Мастерская дома; собственные вальцы; полировальный станок', cost_structure: costs })).toContain(
      'costs_miss_resources',
    );
    // A singular owning word owns its own noun only.
    expect(keys('cost_structure', { key_resources: 'Свой кабинет, 3 стоматологических кресла, врачи', cost_structure: 'Зарплаты врачей' })).toContain(
      'costs_miss_resources',
    );
  });

  it('takes what was handed down or given by family as owned', () => {
    const costs = 'Место под будку 8 тысяч в месяц, клей ~100 рублей на пару';
    expectNoResourceMissed(['Будка моя, станок от отца', 'Будка моя, станок достался от деда'], costs);
    expect(keys('cost_structure', { key_resources: 'Будка моя, станок', cost_structure: costs })).toContain('costs_miss_resources');
    const fixed = 'Fixed: rent $1,100 a month. Variable: thread, about $8 per student';
    expect(keys('cost_structure', { key_resources: "Sewing machines that were Anna's grandmother's; a rented studio", cost_structure: fixed }, 'en')).toEqual(
      [],
    );
  });

  it('asks nothing of a place said not to be rented, of machinery that belongs to partners, or of a person named again', () => {
    const costs = 'ФОТ 540 000 ₽/мес, реклама 40 000 ₽/мес; банкам 1 000 ₽ за клиента';
    expectNoResourceMissed(['6 бухгалтеров в штате; офис не снимаем, работаем удалённо', 'Приложение своё; база из 300 единиц техники партнёров'], costs);
    expect(keys('cost_structure', { key_resources: 'Приложение своё; 40 единиц строительной техники', cost_structure: costs })).toContain(
      'costs_miss_resources',
    );
    expect(keys('cost_structure', { key_resources: 'ферма своя, работник Петрович', cost_structure: 'постоянные: Петрович 35т, свет 12т; корм ~60%' })).toEqual(
      [],
    );
    expect(keys('cost_structure', { key_resources: 'ферма своя, работник Петрович', cost_structure: 'постоянные: свет 12т; корм ~60%' })).toContain(
      'costs_miss_resources',
    );
  });

  it('asks to split fixed and variable costs', () => {
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Лизинг ростера, аренда помещения, зарплата сотрудников, зерно' })).toEqual([
      'costs_no_fixed_variable',
    ]);
  });

  it('accepts costs that cover the resources and split fixed from variable', () => {
    const text = 'Постоянные: лизинг ростера, аренда помещения, зарплата двух сотрудников. Переменные: зерно, пачки, доставка.';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: text })).toEqual([]);
    expect(
      keys('cost_structure', { key_resources: resources, cost_structure: 'Аренда и лизинг ростера 70 000 в месяц, зарплаты 80 000, зерно 40% выручки' }),
    ).toEqual([]);
  });

  it('counts "зп", "з/п", "зарплата" and "ФОТ" as the cost of the people named in the resources', () => {
    const people = 'Два повара и администратор, арендованная кухня';
    for (const costs of ['Аренда кухни, зп, продукты', 'Аренда кухни, з/п поварам, продукты', 'Аренда кухни, ФОТ, продукты', 'Аренда, зарплата, продукты']) {
      expect(keys('cost_structure', { key_resources: people, cost_structure: costs }), costs).not.toContain('costs_miss_resources');
    }
    expect(keys('cost_structure', { key_resources: people, cost_structure: 'Аренда кухни, продукты' })).toContain('costs_miss_resources');
  });

  it('takes the payroll fund in any inflection as the cost of the people', () => {
    const people = 'Три мастера, арендованный бокс';
    expect(keys('cost_structure', { key_resources: people, cost_structure: 'Аренда бокса 60 тыс. в месяц, фонд оплаты труда 300 тыс.' })).not.toContain(
      'costs_miss_resources',
    );
    expect(keys('cost_structure', { key_resources: people, cost_structure: 'Аренда бокса 60 тыс. в месяц, оплата электричества' })).toContain(
      'costs_miss_resources',
    );
  });

  it('does not ask for the cost of what the user owns or does not need', () => {
    const costs = 'Постоянные: аренда. Переменные: материалы.';
    expect(keys('cost_structure', { key_resources: 'Верстак и инструменты (свои), мои навыки', cost_structure: costs })).toEqual([]);
    expect(
      keys('cost_structure', { key_resources: 'Три юриста, офис не нужен', cost_structure: 'Зарплаты юристов — постоянные, реклама — переменные' }),
    ).toEqual([]);
  });

  it('takes a list of rent and a commission as not yet split into fixed and variable', () => {
    expect(keys('cost_structure', { cost_structure: 'Аренда, % мастерам, косметика, реклама' })).toEqual(['costs_no_fixed_variable']);
    expect(keys('cost_structure', { cost_structure: 'Аренда, заработная плата, сырьё, комиссия агрегаторов' })).toEqual(['costs_no_fixed_variable']);
    expect(keys('cost_structure', { cost_structure: 'Реклама 100 тыс в месяц, преподавателям 50% от выручки' })).toEqual([]);
  });

  it('takes a share of each job beside a cost per item as two costs that grow with sales, a share of the takings once', () => {
    expect(keys('cost_structure', { cost_structure: 'Аренда бокса 30к, шиномонтажникам 25% от колеса, грузы 50р за комплект' })).toEqual([]);
    expect(keys('cost_structure', { cost_structure: 'Аренда ларька 60к, зп 80к, продукты, комиссия агрегатора 20%' })).toEqual(['costs_no_fixed_variable']);
    expect(keys('cost_structure', { cost_structure: 'Аренда, роялти 5% от продаж' })).toEqual(['costs_no_fixed_variable']);
  });

  it('takes a sum beside a share of something as fixed beside variable, but not a sum beside a bare commission', () => {
    expect(review('cost_structure', 'аренда мойки 60 тыс, мойщикам 35% с машины')).toEqual([]);
    expect(review('cost_structure', 'Аренда 50к, роялти 5% от продаж')).toEqual([]);
    expect(review('cost_structure', 'аренда мойки 60 тыс, мойщикам 35%, химия')).toEqual(['costs_no_fixed_variable']);
    expect(review('cost_structure', 'аренда мойки, мойщикам 35% с машины, химия')).toEqual(['costs_no_fixed_variable']);
  });

  it('takes fixed and variable named in their short forms as split, but not a post', () => {
    expect(review('cost_structure', 'пост.: аренда 20к, связь; перем.: краска, бензин')).toEqual([]);
    expect(review('cost_structure', 'Пост: аренда, связь. Перем: краска, бензин')).toEqual([]);
    expect(review('cost_structure', 'пост у блогера 5к, аренда 20к, краска')).toEqual(['costs_no_fixed_variable']);
  });

  it('reads a sum with its sign before the number, or in pence, as a sum per period or per item', () => {
    expect(review('cost_structure', 'Salaries about £15k a month, SMS at 4p per message', 'en')).toEqual([]);
    expect(review('cost_structure', 'CAT tool $30/mo, notary $10/page', 'en')).toEqual([]);
    // "300 apples" is no sum per "pples".
    expect(review('cost_structure', 'Rent £900 a month, 300 apples for the pies', 'en')).toEqual(['costs_no_fixed_variable']);
  });

  it('takes a cost per something with no sum before it as one that grows with sales', () => {
    expect(review('cost_structure', 'Rent €3,000 a month, coffee per member', 'en')).toEqual([]);
    expect(review('cost_structure', 'Flowers per arrangement, van lease £350/mo, shop rent', 'en')).toEqual([]);
    expect(review('cost_structure', 'Аренда зала по часам, реклама 5000 в месяц')).toEqual([]);
    // One cost per item beside costs with no period is still a plain list.
    expect(review('cost_structure', 'Detergent per load, electricity, water', 'en')).toEqual(['costs_no_fixed_variable']);
    expect(review('cost_structure', 'Аренда зала, реклама 5000 в месяц')).toEqual(['costs_no_fixed_variable']);
  });

  it('takes sums per period beside sums per item as split', () => {
    expect(keys('cost_structure', { cost_structure: 'Аренда 30 тыс./мес., мастер 60 тыс./мес., краска 200 ₽ на машину' })).toEqual([]);
    expect(keys('cost_structure', { cost_structure: 'Аренда 25 тыс, зарплата 40 тыс — каждый месяц, упаковка по 30 руб на заказ' })).toEqual([]);
    expect(keys('cost_structure', { cost_structure: 'Rent 900 $/month, parts about 15 $ per repair' }, 'en')).toEqual([]);
  });

  it('does not ask for the cost of equipment bought outright, but does for one bought on credit', () => {
    const costs = 'Постоянные: аренда. Переменные: материалы.';
    expect(keys('cost_structure', { key_resources: 'Печь купили в прошлом году, цех в аренде', cost_structure: costs })).toEqual([]);
    expect(keys('cost_structure', { key_resources: 'Печь купили в кредит, цех в аренде', cost_structure: costs })).toEqual(['costs_miss_resources']);
  });

  it('takes a sum per order or per guest as a cost that grows with sales', () => {
    expect(keys('cost_structure', { cost_structure: 'Аренда 40 тыс. в месяц, упаковка 30 руб. с заказа' })).toEqual([]);
    expect(keys('cost_structure', { cost_structure: 'Rent 60k a month, beans about 25 rubles per cup' }, 'en')).toEqual([]);
  });

  it('does not ask for the cost of what is given for free, and knows what a vehicle costs', () => {
    const costs = 'Постоянные: зарплата. Переменные: продукты.';
    expect(keys('cost_structure', { key_resources: 'Зал даёт школа бесплатно, два тренера', cost_structure: costs })).toEqual([]);
    expect(
      keys('cost_structure', { key_resources: 'Фургон в кредит, водитель', cost_structure: 'Постоянные: кредит, страховка, зарплата. Переменные: бензин.' }),
    ).toEqual([]);
  });

  it('names the missing item as written, its first word in sentence case, names and abbreviations keeping their capitals', () => {
    const missing = (resources: string) =>
      reviewBlock('cost_structure', canvasWith({ key_resources: resources, cost_structure: 'Постоянные: аренда. Переменные: бензин.' }))[0]?.params;
    expect(missing('Помощник Коля')).toEqual({ items: 'помощник Коля' });
    expect(missing('Станок ЧПУ в лизинге')).toEqual({ items: 'станок ЧПУ в лизинге' });
  });

  it('does not take business trips of the staff for their pay', () => {
    const notes = reviewBlock(
      'cost_structure',
      canvasWith({ key_resources: 'Офис в аренде, CRM', cost_structure: 'Постоянные: аренда офиса. Переменные: командировки.' }),
    );
    expect(notes).toEqual([{ key: 'costs_miss_resources', params: { items: 'CRM' } }]);
  });

  it('takes sewing or washing machines for equipment, not vehicles', () => {
    const resources = 'Швейные машины и оверлоки в лизинге, помещение в аренде';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Аренда, лизинг оборудования, нитки, электричество' })).not.toContain(
      'costs_miss_resources',
    );
    expect(keys('cost_structure', { key_resources: 'Стиральные машины, сушилки, помещение прачечной', cost_structure: 'Аренда, ремонт машин' })).not.toContain(
      'costs_miss_resources',
    );
  });

  it('does not ask for the pay of the founder named among the resources', () => {
    const costs = 'Аренда кабинета 20 000 ₽ в месяц, расходники около 10% от выручки';
    expect(keys('cost_structure', { key_resources: 'Кабинет в аренде; я сама — единственный мастер', cost_structure: costs })).toEqual([]);
    expect(keys('cost_structure', { key_resources: 'Кабинет в аренде, два мастера в штате', cost_structure: costs })).toContain('costs_miss_resources');
  });

  it('reads a trade said of the author as what the author knows, not someone the costs must pay', () => {
    const costs = 'Подписка на платформу 9 000 ₽ в месяц, реклама около 15% от выручки';
    const resources = 'Платформа по подписке, автор — практикующий юрист';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: costs })).toEqual([]);
    const english = {
      key_resources: 'Course platform on a subscription; the author is a teacher of twenty years',
      cost_structure: 'Platform £90 a month, ads about 15% of revenue',
    };
    expect(keys('cost_structure', english, 'en')).toEqual([]);
    // Hired authors, or a lawyer of the project's own, are paid and so still asked about.
    expect(keys('cost_structure', { key_resources: 'Платформа по подписке, юрист в штате', cost_structure: costs })).toContain('costs_miss_resources');
  });

  it('takes costs by orders or as sales go as costs that grow with sales', () => {
    expect(review('cost_structure', 'Аренда 40 000 ₽ в месяц, материалы закупаем по заказам')).toEqual([]);
    expect(review('cost_structure', 'Аренда и зарплаты каждый месяц, упаковка по мере продаж')).toEqual([]);
  });

  it('takes any pay form as the cost of the people named in the resources', () => {
    const people = 'Цех в аренде, две швеи, монтажник';
    for (const costs of [
      'Аренда цеха, оклады швей',
      'Аренда цеха, швеи получают 40% от работ',
      'Аренда цеха, 7% дизайнеру',
      'Аренда цеха, монтажнику 1500 за окно',
      'Аренда цеха. Переменные: около 40% от работ',
      'Аренда цеха, ставка 2000 за смену',
      'Аренда цеха, платим 1500 за каждый выезд',
      'Аренда цеха, подрядчики по факту',
    ]) {
      expect(keys('cost_structure', { key_resources: people, cost_structure: costs }), costs).not.toContain('costs_miss_resources');
    }
    // A share that goes to something named, or a sum for a thing, pays nobody.
    for (const costs of ['Аренда цеха, ткань около 40% от заказа', 'Аренда цеха, доставку 300 ₽ за заказ', 'Аренда цеха, комиссия банка 2%']) {
      expect(keys('cost_structure', { key_resources: people, cost_structure: costs }), costs).toContain('costs_miss_resources');
    }
  });

  it('takes "наши", "личный" or "уже есть" as owned outright, and the founder\'s family as no wage bill', () => {
    const costs = 'Аренда цеха 30 тыс. в месяц, материалы 40% от заказа';
    for (const resources of [
      'Станки — наши, цех в аренде',
      'Личный автомобиль, цех в аренде',
      'Мы с женой, цех в аренде',
      'Оборудование уже есть, цех в аренде',
    ]) {
      expect(keys('cost_structure', { key_resources: resources, cost_structure: costs }), resources).toEqual([]);
    }
  });

  it('asks for the rent of a rented place even beside its light, and takes a tax or upkeep for one not rented', () => {
    const rented = { key_resources: 'Комната в аренде, микрофон свой', cost_structure: 'Электричество 8 000 ₽ в месяц, звукорежиссёру 40% со смены' };
    expect(keys('cost_structure', rented)).toEqual(['costs_miss_resources']);
    expect(keys('cost_structure', { key_resources: 'Цех, 20 рабочих', cost_structure: 'Зарплата 20 рабочих, налог на цех' })).not.toContain(
      'costs_miss_resources',
    );
    expect(keys('cost_structure', { key_resources: 'Помещение пекарни, печь', cost_structure: 'Электричество, ремонт печи' })).not.toContain(
      'costs_miss_resources',
    );
  });

  it('does not take a skill, a lesson, a person or a place named after a resource for that resource', () => {
    const costs = 'Реклама, материалы';
    expectNoResourceMissed(
      [
        'Техника продаж и скрипты звонков',
        'Мастер-классы по керамике и гончарный круг (свой)',
        'Штатив и камера (свои)',
        'Рецепты авторской кухни',
        'Водительские права и опыт',
        'Своя пекарня и рецепты',
      ],
      costs,
    );
    expect(keys('cost_structure', { key_resources: 'Два пекаря и кондитер', cost_structure: costs })).toContain('costs_miss_resources');
  });

  it('reads what is said of an item past the dot of a unit, in any words of owning outright', () => {
    const costs = 'Постоянные: зарплата пекарей 200 тыс. Переменные: мука около 30% себестоимости.';
    expectNoResourceMissed(
      [
        'Цех 120 кв. м и склад находятся в собственности, два пекаря в штате',
        'Пекарня 80 кв. м принадлежит семье, печи приобретены по гранту, два пекаря в штате',
        'The workshop belongs to us, ovens were bought outright, two bakers on staff',
        'Цех в собственности, печь (кредит уже выплачен), два пекаря в штате',
        'Our own bakery, the oven (loan paid off), two bakers on staff',
      ],
      costs,
    );
    expect(keys('cost_structure', { key_resources: 'Цех в собственности, печь купили в кредит, кредит ещё выплачиваем', cost_structure: costs })).toEqual([
      'costs_miss_resources',
    ]);
    expect(reviewBlock('cost_structure', canvasWith({ key_resources: 'Цех 120 кв. м в аренде, два пекаря', cost_structure: costs }))).toEqual([
      { key: 'costs_miss_resources', params: { items: 'цех 120 кв м в аренде' } },
    ]);
  });

  it('does not take an adjective made from a trade for staff, and reads a remark in brackets or after it with its item', () => {
    const costs = 'Постоянные: аренда кабинета 15 000. Переменные: расходники около 5%.';
    expectNoResourceMissed(
      [
        'Кабинет в аренде; логопедические зонды и пособия — мои',
        'Кабинет в аренде; врачебный осмотр не нужен',
        'Кабинет в аренде; инструмент и оборудование (мойка, таймграфер), приобретённые в собственность',
      ],
      costs,
    );
    expect(keys('cost_structure', { key_resources: 'Кабинет в аренде; два логопеда', cost_structure: costs })).toEqual(['costs_miss_resources']);
    expect(keys('cost_structure', { key_resources: 'Кабинет в аренде; оборудование (мойка, таймграфер) в лизинге', cost_structure: costs })).toEqual([
      'costs_miss_resources',
    ]);
  });

  it('does not take a place said to be fitted out, or toys and teaching aids, for equipment to be costed', () => {
    const costs = 'Аренда помещения, зарплата воспитателей, питание';
    expectNoResourceMissed(
      [
        'Помещение, оборудованное под детский клуб; три воспитателя',
        'Помещение в аренде; три воспитателя; игровое и учебное оборудование',
        'Rented rooms, three teachers, play equipment',
      ],
      costs,
    );
    expect(
      reviewBlock('cost_structure', canvasWith({ key_resources: 'Помещение в аренде; три воспитателя; кухонное оборудование', cost_structure: costs })),
    ).toEqual([{ key: 'costs_miss_resources', params: { items: 'кухонное оборудование' } }, { key: 'costs_no_fixed_variable' }]);
  });

  it('does not take a small household machine named by its diminutive for equipment to be costed, but does a full-size one', () => {
    const costs = 'Аренда шоурума 40 тыс. в месяц, зарплата стилистки 25 тыс., химчистка 600 ₽ за платье';
    expectNoResourceMissed(['Шоурум в аренде, стилистка, отпариватель и швейная машинка', 'Комната в аренде, стилистка, две машинки'], costs);
    expect(
      reviewBlock('cost_structure', canvasWith({ key_resources: 'Шоурум в аренде, стилистка, промышленные швейные машины', cost_structure: costs })),
    ).toEqual([{ key: 'costs_miss_resources', params: { items: 'промышленные швейные машины' } }]);
  });

  it('takes an item of its own saying everything is owned as owning every item not said rented', () => {
    const costs = 'Свет и вода около 900 в месяц, краска и шампуни по клиентам';
    expectNoResourceMissed(['Кресло, зеркало, фен. Всё моё, кабинет при доме', 'Кресло для стрижки, фен, зеркало — всё своё'], costs);
    expect(keys('cost_structure', { key_resources: 'Кресло, зеркало, фен, кабинет', cost_structure: costs })).toContain('costs_miss_resources');
    // Said owned as a whole, a place said rented still has its rent to pay.
    expect(
      reviewBlock('cost_structure', canvasWith({ key_resources: 'Кресло, фен — всё моё; помещение в аренде', cost_structure: 'Краска и шампуни' })),
    ).toEqual([{ key: 'costs_miss_resources', params: { items: 'помещение в аренде' } }, { key: 'costs_no_fixed_variable' }]);
  });

  it('takes the people of the resources named again as those a sum goes to, in the dative plural', () => {
    const resources = 'Штат из 30 сиделок с медобразованием, наше приложение';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Офис 40 000 ₽ в месяц; сиделкам 320 ₽ с часа' })).toEqual([]);
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Офис 40 000 ₽ в месяц; перчатки 20 ₽ с часа' })).toContain(
      'costs_miss_resources',
    );
  });

  it('does not ask for the cost of what is on the books or held in operational management, but does for what is leased', () => {
    const costs = 'Постоянные: зарплаты педагогов 300 тыс. Переменные: материалы для кружков.';
    expectNoResourceMissed(['Зал в оперативном управлении от района; проектор и звуковое оборудование на балансе центра; 4 педагога'], costs);
    expect(keys('cost_structure', { key_resources: 'Зал в аренде у района; звуковое оборудование в лизинге', cost_structure: costs })).toEqual([
      'costs_miss_resources',
    ]);
  });

  it('takes a bus or a crew for resources with a cost, and a management system for software', () => {
    const costs = 'Постоянные: аренда базы 30к/мес. Переменные: еда для туристов ~500 р на человека.';
    expect(reviewBlock('cost_structure', canvasWith({ key_resources: 'Байдарки, микроавтобус, палатки', cost_structure: costs }))).toEqual([
      { key: 'costs_miss_resources', params: { items: 'микроавтобус' } },
    ]);
    expect(keys('cost_structure', { key_resources: 'Boats, a crew of five', cost_structure: 'Fixed: mooring £400 a month. Variable: fuel per trip.' })).toEqual(
      ['costs_miss_resources'],
    );
    expect(keys('cost_structure', { key_resources: 'Цех в аренде; система учёта 1С', cost_structure: 'Постоянные: аренда цеха. Переменные: сырьё.' })).toEqual([
      'costs_miss_resources',
    ]);
  });

  it('does not take the work or the goods of the same stem as a trade, or a share in brackets after a payee, for pay', () => {
    const resources = 'Мастерская в аренде; два сотрудника — сборщик и упаковщица';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Постоянные: аренда мастерской. Переменные: упаковка, сборка.' })).toEqual([
      'costs_miss_resources',
    ]);
    expect(
      keys('cost_structure', { key_resources: resources, cost_structure: 'Постоянные: аренда мастерской. Переменные: комиссия Ozon (15% от продажи).' }),
    ).toEqual(['costs_miss_resources']);
    expect(
      keys('cost_structure', {
        key_resources: resources,
        cost_structure: 'Постоянные: аренда мастерской, упаковщице 35 тыс. Переменные: сборщику 20% от заказа.',
      }),
    ).toEqual([]);
  });

  it('works without an answered resources block', () => {
    expect(keys('cost_structure', { cost_structure: 'Постоянные: аренда. Переменные: зерно и доставка.' })).toEqual([]);
  });

  it('takes people paid by the piece of work as the cost of the staff, but not goods priced so', () => {
    const resources = 'Склад в аренде, бригада из 4 человек';
    expect(
      keys('cost_structure', { key_resources: resources, cost_structure: 'Постоянные: аренда склада 50к/мес. Переменные: грузчики по 400 ₽ за выход' }),
    ).toEqual([]);
    expect(
      keys('cost_structure', { key_resources: resources, cost_structure: 'Постоянные: аренда склада 50к/мес. Переменные: упаковка по 400 ₽ за паллету' }),
    ).toEqual(['costs_miss_resources']);
  });

  it('does not take an animal or a program that helps for staff, nor ask for the cost of software of our own', () => {
    const costs = 'Постоянные: аренда манежа 15 000 ₽/мес. Переменные: корм';
    expect(keys('cost_structure', { key_resources: 'Манеж в аренде, пёс-помощник', cost_structure: costs })).toEqual([]);
    expect(keys('cost_structure', { key_resources: 'Манеж в аренде, наёмный помощник', cost_structure: costs })).toEqual(['costs_miss_resources']);
    const officeCosts = 'Постоянные: аренда офиса 30к/мес. Переменные: реклама 5% от выручки';
    expect(keys('cost_structure', { key_resources: 'Своё приложение, офис в аренде', cost_structure: officeCosts })).toEqual([]);
    expect(keys('cost_structure', { key_resources: 'Приложение на подписке, офис в аренде', cost_structure: officeCosts })).toEqual(['costs_miss_resources']);
  });

  it('takes a sum from each item beside a sum a month as split, but not a sum with its tax', () => {
    expect(review('cost_structure', 'Аренда цеха 30 тыс/мес, швеи по 200 ₽ с изделия')).toEqual([]);
    expect(review('cost_structure', 'Аренда цеха 30 тыс/мес, ткань 1000 ₽ с НДС')).toEqual(['costs_no_fixed_variable']);
  });

  it('checks a long costs answer against the resources as a short one, each resource by its own cost words', () => {
    const resources = 'Пилорама в аренде, грузовик, два рабочих';
    const long =
      'Постоянные: аренда пилорамы 60 тыс. в месяц, связь и бухгалтерия по договору. Переменные: кругляк около 40% от заказа, электричество, солярка';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: long })).toEqual(['costs_miss_resources']);
    expect(keys('cost_structure', { key_resources: resources, cost_structure: `${long}, сдельная оплата рабочих` })).toEqual([]);
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Постоянные: аренда пилорамы 60 тыс. Переменные: кругляк, солярка' })).toEqual([
      'costs_miss_resources',
    ]);
  });

  it('takes an abbreviation named again in the costs as the cost of its item', () => {
    const resources = 'Мастерская (своя), станок ЧПУ в лизинге';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Постоянные: платёж за ЧПУ 35 тыс/мес. Переменные: фанера' })).toEqual([]);
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Постоянные: связь 2 тыс/мес. Переменные: фанера' })).toEqual([
      'costs_miss_resources',
    ]);
  });
  it('takes a sum per visit or shift as the pay of whoever goes, and a fee for a shared place as its rent', () => {
    const flat = 'Квартира посуточно (своя), клинер';
    expect(keys('cost_structure', { key_resources: flat, cost_structure: 'Коммуналка, уборка 1500 за выезд, комиссия Авито' })).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(reviewBlock('cost_structure', canvasWith({ key_resources: flat, cost_structure: 'Коммуналка, моющие средства, комиссия Авито' }))).toEqual([
      { key: 'costs_miss_resources', params: { items: 'клинер' } },
      { key: 'costs_no_fixed_variable' },
    ]);
    expect(keys('cost_structure', { key_resources: 'Studio in a shared space, my camera gear', cost_structure: 'Desk fee £150 a month, props' }, 'en')).toEqual(
      ['costs_no_fixed_variable'],
    );
  });

  it('takes a document of a trade as what the founder holds, not staff to pay, and asks about the staff named beside it', () => {
    const fuel = 'Топливо, реклама в Telegram';
    expect(keys('cost_structure', { key_resources: 'Свой Фольксваген Поло, моё удостоверение водителя', cost_structure: fuel })).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(keys('cost_structure', { key_resources: 'Диплом кондитера, духовой шкаф', cost_structure: 'Мука, масло, коробки' })).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(keys('cost_structure', { key_resources: 'My pickup, my plumber licence', cost_structure: 'Petrol, insurance and servicing' }, 'en')).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(reviewBlock('cost_structure', canvasWith({ key_resources: 'Сертификат тренера, два тренера на смене', cost_structure: fuel }))).toEqual([
      { key: 'costs_miss_resources', params: { items: 'два тренера на смене' } },
      { key: 'costs_no_fixed_variable' },
    ]);
  });

  it('takes the running costs of a vehicle as its cost line', () => {
    const resources = 'Своя Газель, инструменты';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Солярка, ОСАГО и ремонт Газели, объявления' })).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(keys('cost_structure', { key_resources: 'Our own van', cost_structure: 'Fuel, insurance and repairs, flyers' }, 'en')).toEqual([
      'costs_no_fixed_variable',
    ]);
  });

  it('reads people named again in any case of a noun in -ант or -ент as their pay', () => {
    const resources = 'Газель моя, грузчики — два студента по вызову';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Бензин, студентам, ремонт' })).toEqual(['costs_no_fixed_variable']);
    expect(keys('cost_structure', { key_resources: 'Два практиканта', cost_structure: 'Оплата практикантам, реклама в сети' })).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Бензин, ремонт' })).toContain('costs_miss_resources');
  });

  it('reads the paper of any trade as what the founder holds, and the owners of machinery as no machine of ours', () => {
    const costs = 'Аренда кабинета, материалы';
    expect(keys('cost_structure', { key_resources: 'Кабинет в аренде, диплом логопеда, методика', cost_structure: costs })).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(keys('cost_structure', { key_resources: 'Кабинет в аренде, два логопеда', cost_structure: costs })).toContain('costs_miss_resources');
    const platform = 'Зарплаты команде, реклама в сети';
    expect(keys('cost_structure', { key_resources: 'Своё приложение, база владельцев техники', cost_structure: platform })).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(keys('cost_structure', { key_resources: 'Своё приложение, арендованная техника', cost_structure: platform })).toContain('costs_miss_resources');
  });

  it('reads a folding table as no warehouse', () => {
    const costs = 'Бензин 6 тыс. в месяц, краски по расходу';
    expect(keys('cost_structure', { key_resources: 'Складной мольберт, свой автомобиль', cost_structure: costs })).not.toContain('costs_miss_resources');
    expect(keys('cost_structure', { key_resources: 'Склад в аренде, свой автомобиль', cost_structure: costs })).toContain('costs_miss_resources');
  });

  it('takes people who rent a chair or a desk from us for tenants, not staff to pay', () => {
    const costs = 'Аренда зала 60 тыс. в месяц, расходники по факту';
    expect(keys('cost_structure', { key_resources: 'Зал в аренде, мастера снимают у нас кабинеты', cost_structure: costs })).toEqual([]);
    expect(
      keys(
        'cost_structure',
        { key_resources: 'A rented salon; stylists rent chairs from us', cost_structure: 'Salon rent £2,000 a month, supplies per client' },
        'en',
      ),
    ).toEqual([]);
    expect(keys('cost_structure', { key_resources: 'Зал в аренде, два мастера', cost_structure: costs })).toContain('costs_miss_resources');
  });

  it('takes a place named with its equipment as one item, whose rent covers what it is fitted with', () => {
    const costs = 'Аренда кухни, зарплата поваров';
    expect(keys('cost_structure', { key_resources: 'Арендованная кухня с оборудованием, два повара', cost_structure: costs })).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(keys('cost_structure', { key_resources: 'A rented kitchen with equipment, two cooks', cost_structure: 'Kitchen rent, cooks wages' }, 'en')).toEqual([
      'costs_no_fixed_variable',
    ]);
    expect(keys('cost_structure', { key_resources: 'Арендованная кухня, оборудование в лизинге, два повара', cost_structure: costs })).toContain(
      'costs_miss_resources',
    );
    // A place with no cost line of its own is still asked about, equipment and all.
    expect(reviewBlock('cost_structure', canvasWith({ key_resources: 'Цех с оборудованием', cost_structure: 'Зарплата, материалы' }))[0]).toEqual({
      key: 'costs_miss_resources',
      params: { items: 'цех с оборудованием' },
    });
  });

  it('takes a place with its equipment as one item when its size stands between them', () => {
    const costs = 'Аренда цеха, зарплата пекарей';
    expect(keys('cost_structure', { key_resources: 'Арендованный цех 80 м² с печным оборудованием, два пекаря', cost_structure: costs })).not.toContain(
      'costs_miss_resources',
    );
    expect(keys('cost_structure', { key_resources: 'Цех 80 м² в аренде, оборудование в лизинге, два пекаря', cost_structure: costs })).toContain(
      'costs_miss_resources',
    );
  });

  it('does not take a word one letter away for a trade when no finger slips that way', () => {
    // "сборники" is one letter from "сборщики", but н and щ are far apart on the keyboard and sound nothing alike.
    const resources = 'Мой ноутбук, сборники упражнений, методички';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Интернет, реклама' })).not.toContain('costs_miss_resources');
    expect(keys('cost_structure', { key_resources: 'Мой ноутбук, два сборщика', cost_structure: 'Интернет, реклама' })).toContain('costs_miss_resources');
  });

  it('takes a helper paid by first name as their pay, and a place in my own flat as owned', () => {
    const resources = 'Мастерская в моём гараже, помощник Вова';
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Постоянные: Вове 20т в мес. Переменные: доски, лак' })).toEqual([]);
    expect(keys('cost_structure', { key_resources: resources, cost_structure: 'Постоянные: интернет 1т. Переменные: доски, лак' })).toContain(
      'costs_miss_resources',
    );
    expect(
      keys('cost_structure', { key_resources: 'Студия в моей арендованной квартире', cost_structure: 'Постоянные: интернет. Переменные: краски' }),
    ).toContain('costs_miss_resources');
  });

  it('takes an item said to be owned "тоже" after an owned one as owned', () => {
    const costs = 'Постоянные: место 10к/мес. Переменные: мука, масло';
    expect(keys('cost_structure', { key_resources: 'Фургон наш, печь и холодильник тоже, место в аренде', cost_structure: costs })).toEqual([]);
    expect(keys('cost_structure', { key_resources: 'Фургон наш, печь и холодильник в лизинге, место в аренде', cost_structure: costs })).toContain(
      'costs_miss_resources',
    );
  });

  it('takes one’s own years in a trade as the founder’s, not staff to pay', () => {
    const costs = 'Monthly: van lease £300, software £40. Per job: travel';
    expect(keys('cost_structure', { key_resources: 'My own experience (10 years as a chef), my knives', cost_structure: costs }, 'en')).not.toContain(
      'costs_miss_resources',
    );
    expect(keys('cost_structure', { key_resources: 'Two chefs, my knives', cost_structure: costs }, 'en')).toContain('costs_miss_resources');
  });
});

describe('reviewBlock: general', () => {
  it('calls a one- or two-word answer too short', () => {
    expect(review('key_activities', 'Обжарка')).toEqual(['too_short']);
    expect(review('key_activities', ['Обжарка', 'Контроль'])).toEqual(['too_short']);
  });

  it('does not call a block too short when one of its answers is a full one', () => {
    expect(review('key_activities', ['Обжарка и фасовка зерна', 'Продажи', 'Доставка'])).toEqual([]);
  });

  it('does not call a full answer too short', () => {
    expect(review('key_activities', 'Обжариваем зерно два раза в неделю и пробуем каждую партию')).toEqual([]);
  });

  it('returns at most two notes, the block-specific ones first', () => {
    const notes = review('revenue_streams', 'Кофе');
    expect(notes).toHaveLength(MAX_NOTES);
    expect(notes).toEqual(['revenue_no_frequency', 'revenue_no_pricing']);
    expect(review('value_propositions', 'Кофе')).toEqual(['value_no_problem', 'too_short']);
  });

  it('has nothing to say about a skipped or empty block', () => {
    expect(keys('value_propositions', {})).toEqual([]);
    expect(review('value_propositions', '   ')).toEqual([]);
  });

  it('reads ё as е and ignores case', () => {
    expect(review('customer_segments', 'ВСЕ, КТО ПЬЁТ КОФЕ')).toContain('segments_everyone');
    expect(review('key_partners', 'Импортёр поставляет зерно и даёт отсрочку, если продажи упадут')).toEqual([]);
  });

  for (const language of LANGUAGES) {
    it(`finds nothing to improve in the ${language} worked examples`, () => {
      const blocks = loadLocaleResources()[language].blocks as Record<string, { example: string }>;
      const canvas = canvasWith(Object.fromEntries(BLOCK_IDS.map((id) => [id, blocks[id]?.example ?? ''])), language);
      for (const blockId of BLOCK_IDS) expect(reviewBlock(blockId, canvas), blockId).toEqual([]);
    });
  }
});

describe('coaching texts', () => {
  const resources = loadLocaleResources();

  it('has a text for exactly the notes the checks return, in every language', () => {
    for (const language of LANGUAGES) {
      expect(Object.keys(resources[language].coaching ?? {}).sort()).toEqual([...NOTE_KEYS].sort());
    }
  });

  it('fills in the parameters of a note', () => {
    const note: CoachingNote = { key: 'segments_age_too_wide', params: { from: 18, to: 60 } };
    for (const language of LANGUAGES) {
      const text = translator(language)(`coaching:${note.key}`, note.params ?? {});
      expect(text).toContain('18');
      expect(text).toContain('60');
      expect(text).not.toContain('{{');
    }
    expect(translator('ru')('coaching:costs_miss_resources', { items: 'ростер в лизинге' })).toContain('ростер в лизинге');
  });

  it('is safe for Telegram HTML (no <, >, &)', () => {
    for (const language of LANGUAGES) {
      for (const text of Object.values(resources[language].coaching ?? {})) expect(String(text)).not.toMatch(/[<>&]/);
    }
  });
});

describe('coaching vocabulary', () => {
  const lists = [...Object.values(COACHING_PHRASES), ...Object.values(COSTLY_RESOURCES).flatMap(({ resource, cost }) => [resource, cost])];

  it('is written in the lexicon language only: no word ends in "=", the old mark of a whole word', () => {
    const words = lists.flatMap((patterns) => patterns.flatMap((pattern) => pattern.split(' ')));
    expect(words.filter((word) => /[=]$/u.test(word) || /\s/u.test(word) || word === '')).toEqual([]);
  });

  it('keeps its lines short enough to read', () => {
    const source = readFileSync(fileURLToPath(new URL('../../src/canvas/coaching-vocabulary.ts', import.meta.url)), 'utf8');
    expect(source.split('\n').filter((line) => line.length > 160)).toEqual([]);
  });
});
