import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { LANGUAGES, loadLocaleResources, translator } from '../../src/i18n.ts';

interface BlockTexts {
  title: string;
  short: string;
  intro: string;
  questions: string[];
  example: string;
  example_service: string;
  example_platform: string;
}

const resources = loadLocaleResources();

function blockTexts(language: (typeof LANGUAGES)[number], blockId: string): BlockTexts {
  return (resources[language].blocks as Record<string, BlockTexts>)[blockId] as BlockTexts;
}

/** Full titles from the domain description, in asking order. */
const RUSSIAN_TITLES = [
  'Потребительские сегменты',
  'Ценностные предложения',
  'Каналы сбыта',
  'Взаимоотношения с клиентами',
  'Потоки поступления доходов',
  'Ключевые ресурсы',
  'Ключевые виды деятельности',
  'Ключевые партнёры',
  'Структура издержек',
];

describe('block texts', () => {
  it('gives every block the Russian title from the domain description', () => {
    expect(BLOCK_IDS.map((blockId) => blockTexts('ru', blockId).title)).toEqual(RUSSIAN_TITLES);
  });

  for (const language of LANGUAGES) {
    describe(language, () => {
      for (const blockId of BLOCK_IDS) {
        it(`${blockId} has a title, a button title of at most 18 characters, an intro and an example of at most 400`, () => {
          const texts = blockTexts(language, blockId);
          expect(texts.title.trim()).not.toBe('');
          expect(texts.short.trim()).not.toBe('');
          expect(texts.short.length).toBeLessThanOrEqual(18);
          expect(texts.intro.trim()).not.toBe('');
          // Three example businesses: a product (the coffee roaster), a service and a platform.
          for (const example of [texts.example, texts.example_service, texts.example_platform]) {
            expect(example.trim()).not.toBe('');
            expect(example.length).toBeLessThanOrEqual(400);
          }
        });

        it(`${blockId} has 2 to 3 guiding questions of at most 200 characters`, () => {
          const { questions } = blockTexts(language, blockId);
          expect(Array.isArray(questions)).toBe(true);
          expect(questions.length).toBeGreaterThanOrEqual(2);
          expect(questions.length).toBeLessThanOrEqual(3);
          for (const question of questions) {
            expect(question.trim()).not.toBe('');
            expect(question.length, question).toBeLessThanOrEqual(200);
          }
        });

        it(`${blockId} texts are safe for Telegram HTML (no <, >, &)`, () => {
          const texts = blockTexts(language, blockId);
          for (const text of [texts.title, texts.short, texts.intro, texts.example, texts.example_service, texts.example_platform, ...texts.questions]) {
            expect(text, text).not.toMatch(/[<>&]/);
          }
        });
      }
    });
  }

  it('asks the same number of questions in every language, so a stored question index means the same question', () => {
    for (const blockId of BLOCK_IDS) {
      const counts = LANGUAGES.map((language) => blockTexts(language, blockId).questions.length);
      expect(new Set(counts).size, blockId).toBe(1);
    }
  });

  it('returns the questions as an array through the translator', () => {
    const questions: unknown = translator('ru')('blocks:channels.questions', { returnObjects: true });
    expect(questions).toEqual(blockTexts('ru', 'channels').questions);
  });

  it('uses distinct button titles, so the edit menu can tell the blocks apart', () => {
    for (const language of LANGUAGES) {
      const shorts = BLOCK_IDS.map((blockId) => blockTexts(language, blockId).short);
      expect(new Set(shorts).size).toBe(BLOCK_IDS.length);
    }
  });
});
