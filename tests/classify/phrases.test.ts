import { describe, expect, it } from 'vitest';
import { createPhraseFinder } from '../../src/classify/index.ts';

describe('createPhraseFinder', () => {
  const find = createPhraseFinder({
    everyone: ['все', 'всех', 'любой|любые ~1 клиент|человек'],
    after_sales: ['после ~2 покупк|продаж', 'гаранти^гарантир'],
  });

  it('finds each named list in the user’s own words, in the order of the text', () => {
    expect(find('Любые Клиенты, а после покупки — гарантия')).toEqual([
      { key: 'everyone', words: 'Любые Клиенты', start: 0, negated: false },
      { key: 'after_sales', words: 'после покупки', start: 17, negated: false },
      { key: 'after_sales', words: 'гарантия', start: 33, negated: false },
    ]);
  });

  it('marks a negated mention and reads inflections and typos as the lexicons do', () => {
    expect(find('гарантии нет')).toEqual([{ key: 'after_sales', words: 'гарантии', start: 0, negated: true }]);
    expect(find('никаких гарантий').map((match) => match.negated)).toEqual([true]);
    expect(find('пока не знаю')).toEqual([]);
  });

  it('reads a short prefix written with a hyphen, and lets a word follow a comma across `*0`', () => {
    const short = createPhraseFinder({ talk: ['общ-'], everyone: ['"все *0 "кто'] });
    expect(short('Общаемся в чате').map((match) => match.words)).toEqual(['Общаемся']);
    expect(short('все, кто любит кофе').map((match) => match.key)).toEqual(['everyone']);
    expect(short('обувь')).toEqual([]);
  });
});
