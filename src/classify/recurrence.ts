/** How often revenue is paid (one-time / recurring) and how its price is set (fixed / dynamic). */
import type { BusinessTypeId } from '../canvas/business-types.ts';
import type { LexiconGroup, Tag } from './lexicon.ts';

export type Recurrence = 'one_time' | 'recurring' | 'both';
export type Pricing = 'fixed' | 'dynamic';

export const REVENUE_TAGS: readonly LexiconGroup[] = [
  {
    type: 'one_time',
    patterns: [
      'разов^разовиков', 'единоразов', 'одноразов', 'однократн', '"один "раз', 'за "раз', 'разом',
      'навсегда', 'бессрочн', 'пожизненн', 'раз и навсегда', 'по факту',
    ],
  },
  {
    type: 'recurring',
    patterns: [
      'ежемесячн', 'ежегодн', 'еженедельн', 'ежедневн', 'ежеквартальн', 'помесячн', 'понедельн', 'регулярн',
      'периодическ', 'рекуррент', 'автоплатеж', 'автосписан', 'автопродлен', 'абонентск', 'абонплат', 'подписк',
      'подписочн', 'абонемент', 'роялти', 'отчислени', 'членск', 'каждый|каждую|каждое|кажд "месяц|недел|год|квартал',
      'в|за|раз|рубль|#num|#amount "месяц|"неделю|"год|"квартал',
      'постоянн клиент|покупател|платеж|доход', 'повторн покупк|продаж|заказ', 'продлева|продлен',
    ],
  },
  {
    type: 'fixed',
    patterns: [
      'фиксированн', 'фикс', 'прайс', 'единая|одна|одинаков цен|стоимост|тариф', 'цен|стоимост не меня',
      'по тариф', 'тарифн сетк', '#amount', '#num рубль|валюта|тыс|тысяч|доллар|евро', 'рубль|валюта #num',
    ],
  },
  {
    type: 'dynamic',
    patterns: [
      'динамическ', 'плавающ', 'аукцион', 'торг^торгов^торгу', 'договорн', 'по договоренност', 'договарива',
      'обсужда', 'индивидуальн цен|расчет|стоимост|услови|тариф|предложен', 'зависит|зависят|зависимост от',
      'спрос', 'сезон', 'рыночн', 'меня цен|стоимост', 'цен|стоимост меня^меняю', 'скидк за объем|количеств|опт',
      'оптов скидк', 'от #num|#amount до', 'смет', 'рассчитыва', 'считаем индивидуальн',
    ],
  },
];

/** One-time and recurring cues in the words, plus what the types imply (a sale is a one-off deal). */
export function recurrenceOf(types: readonly BusinessTypeId[], tags: ReadonlySet<Tag>): Recurrence | null {
  const recurring = tags.has('recurring') || types.includes('subscription');
  const oneTime = tags.has('one_time') || types.includes('asset_sale');
  if (recurring && oneTime) return 'both';
  if (recurring) return 'recurring';
  if (oneTime) return 'one_time';
  return null;
}

/** Dynamic cues outweigh a quoted price: "от 990 в зависимости от объёма" is dynamic. */
export function pricingOf(tags: ReadonlySet<Tag>): Pricing | null {
  if (tags.has('dynamic')) return 'dynamic';
  if (tags.has('fixed')) return 'fixed';
  return null;
}
