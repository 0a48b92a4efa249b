/**
 * Prices per unit of a service, told without a word for paying: "час юриста — 6 тыс", "балансировка
 * 400 р за диск", "300 рублей сутки", "7000 за трек", "приём врача 1200", "на стрижках по 1500". A price for a period, for goods counted by the
 * piece or weight, or for a number of sessions is not one.
 */
import type { Token } from './normalize.ts';

const MONEY_WORDS = new Set(['рубль', 'валюта', 'тыс', 'тысяч', 'тысячи', 'тысяча', 'косарь', 'косаря', 'тр', 'к']);
/** What a price "за …" is for when it buys a period or goods rather than a unit of service. */
const NOT_A_SERVICE_UNIT = [
  'месяц',
  'мес',
  'год',
  'недел',
  'квартал',
  'полгода',
  'сезон',
  'штук',
  'шт',
  'кг',
  'килограм',
  'грам',
  'литр',
  'упаковк',
  'порци',
  'чашк',
  'стакан',
  'кусок',
  'кусочек',
  'бутылк',
  'банк',
  'коробк',
  'пачк',
  'набор',
  'букет',
  'товар',
  'доступ',
  'подписк',
  'абонемент',
  'весь',
  'все',
  'всё',
];
/** Units of time and of service that a price may follow directly: "час студии — 2500", "приём врача 1200". */
const SERVICE_HEADS = [
  'час',
  'сутки',
  'ночь',
  'минут',
  'прием',
  'консультаци',
  'сеанс',
  'заняти',
  'урок',
  'визит',
  'процедур',
  'стриж',
  'маникюр',
  'массаж',
  'выезд',
  'вызов',
  'диагностик',
  'осмотр',
  'чистк',
  'мойк',
  'замен',
  'балансировк',
  'сведени',
  'запис',
  'экскурси',
  'фотосесси',
  'стирк',
];
/** "минута стоит 20 рублей": a unit of service, then what it costs. */
const COSTS = ['стоит', 'стоят', 'обойдется', 'обходится'];

const isNumber = (token: Token | undefined): boolean => token?.norm === '#num' || token?.norm === '#amount';
const isPrice = (tokens: readonly Token[], i: number): boolean => {
  const token = tokens[i];
  if (!token) return false;
  if (token.norm === '#amount' || token.norm === 'рубль' || token.norm === 'валюта') return true;
  return token.norm === '#num' && MONEY_WORDS.has(tokens[i + 1]?.norm ?? '');
};
const startsAny = (word: string, stems: readonly string[]): boolean => stems.some((stem) => word.startsWith(stem));

/** Token ranges [first, last] of each price per unit of a service in the answer. */
export function pricesPerServiceUnit(tokens: readonly Token[]): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "400 р за диск", "7000 за трек", "2500 за участие"
    if (isPrice(tokens, i) || (isNumber(token) && tokens[i + 1]?.norm === 'за')) {
      let at = i + 1;
      while (at < tokens.length && MONEY_WORDS.has((tokens[at] as Token).norm)) at++;
      const per = tokens[at];
      const unit = tokens[at + 1];
      const sameClause = per?.clause === token.clause && unit?.clause === token.clause;
      const forService = unit !== undefined && !isNumber(unit) && !startsAny(unit.norm, NOT_A_SERVICE_UNIT);
      if (sameClause && per?.norm === 'за' && forService && unit.norm !== 'каждый') found.push([i, at + 1]);
      // "300 рублей сутки", "2500 час": the unit right after the price.
      else if (isPrice(tokens, i) && per?.clause === token.clause && SERVICE_HEADS.some((stem) => per.norm.startsWith(stem))) found.push([i, at]);
    }
    // "час юриста — 6 тыс", "приём врача 1200": a unit at the head of its clause, then the price.
    const previous = tokens[i - 1];
    const head = !previous || previous.clause !== token.clause;
    // "зарабатываем на стрижках по 1500", "делаем чистку за 3 тыс": a unit anywhere, its price right after.
    const each = tokens[i + 1];
    if (!head && SERVICE_HEADS.some((stem) => token.norm.startsWith(stem)) && (each?.norm === 'по' || each?.norm === 'за')) {
      const price = tokens[i + 2];
      if (price && price.clause === token.clause && isNumber(price)) {
        const unit = tokens[i + 3];
        found.push([i, unit?.clause === price.clause && MONEY_WORDS.has(unit.norm) ? i + 3 : i + 2]);
        continue;
      }
    }
    // "минута стоит 20 рублей", "час работы стоит 1500": a price stated for one unit, wherever it stands.
    if (SERVICE_HEADS.some((stem) => token.norm.startsWith(stem))) {
      const verb = tokens.slice(i + 1, i + 4).findIndex((next) => next.clause === token.clause && COSTS.includes(next.norm));
      const at = verb < 0 ? -1 : i + 1 + verb;
      const price = at < 0 ? -1 : ([at + 1, at + 2].find((j) => tokens[j]?.clause === token.clause && isNumber(tokens[j])) ?? -1);
      if (price >= 0) {
        const unit = tokens[price + 1];
        found.push([i, unit?.clause === token.clause && MONEY_WORDS.has(unit.norm) ? price + 1 : price]);
        continue;
      }
    }
    if (head && SERVICE_HEADS.some((stem) => token.norm.startsWith(stem))) {
      for (let j = i + 1; j < tokens.length && j <= i + 4; j++) {
        const next = tokens[j] as Token;
        if (next.sentence !== token.sentence || next.clause > token.clause + 1) break;
        if (next.norm === 'от' || next.norm === 'по') continue;
        if (isNumber(next)) {
          // The evidence ends after the currency: "час юриста — 6 тыс", not "… — 6".
          const unit = tokens[j + 1];
          found.push([i, unit?.clause === next.clause && MONEY_WORDS.has(unit.norm) ? j + 1 : j]);
          break;
        }
      }
    }
  }
  return found;
}
