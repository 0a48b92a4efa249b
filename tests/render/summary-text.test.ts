import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/render/html.ts';
import { renderCanvasSummary, renderCaption } from '../../src/render/summary-text.ts';
import { emptyCanvas, overfullCanvas, typicalCanvas } from './fixtures/canvases.ts';

const visible = (html: string): string =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

describe('escapeHtml', () => {
  it('escapes the characters Telegram HTML treats as markup', () => {
    expect(escapeHtml('<b>"A&B"</b>')).toBe('&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt;');
  });
});

describe('renderCanvasSummary', () => {
  it('fits a typical canvas in one message with every block title in order', () => {
    const [message, ...rest] = renderCanvasSummary(typicalCanvas());
    expect(rest).toEqual([]);
    const text = visible(message ?? '');
    expect(text).toContain('Кофейня «Зерно» у метро Горьковская');
    expect(text).toContain('Автор: Анна Смирнова');
    const titles = ['1. Потребительские сегменты', '4. Взаимоотношения с клиентами', '5. Потоки поступления доходов', '9. Структура издержек'];
    const positions = titles.map((title) => text.indexOf(title));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('средний чек 320 ₽');
  });

  it('marks empty blocks as not filled in', () => {
    const text = visible(renderCanvasSummary(emptyCanvas()).join('\n'));
    expect(text.match(/не заполнено/g)).toHaveLength(9);
  });

  it('lists the recognised types of blocks 4 and 5', () => {
    const text = visible(renderCanvasSummary(typicalCanvas()).join('\n'));
    expect(text).toMatch(/Типы: .*(subscription_membership|Подписка)/);
    expect(text).toMatch(/Типы: .*(asset_sale|Продажа)/);
  });

  it('escapes HTML typed in answers and titles', () => {
    const canvas = typicalCanvas();
    canvas.title = '<script>alert(1)</script> & Co';
    canvas.blocks[0]!.answers = [{ question: 'Кто <клиенты>?', text: '<b>не жирный</b> & "кавычки"' }];
    const html = renderCanvasSummary(canvas).join('\n');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>не жирный');
    expect(html).toContain('&lt;b&gt;не жирный&lt;/b&gt; &amp; &quot;кавычки&quot;');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
  });

  it('splits an overfull canvas under 4096 characters per message, starting new messages at block headings', () => {
    const canvas = overfullCanvas();
    const messages = renderCanvasSummary(canvas);
    expect(messages.length).toBeGreaterThan(9);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(4096);
    // Every block heading opens a message: no message holds the end of one block and the start of the next.
    for (let number = 1; number <= 9; number += 1) {
      const holder = messages.find((message) => visible(message).includes(`${number}. `) && message.includes(`<b>${number}. `));
      expect(holder, `block ${number}`).toBeDefined();
      expect(holder!.startsWith(`<b>${number}. `)).toBe(true);
    }
    const allText = visible(messages.join('\n'));
    for (const block of canvas.blocks)
      for (const answer of block.answers) expect(allText.replace(/\s+/g, ' ')).toContain(answer.text.slice(0, 200).replace(/\s+/g, ' '));
  });

  it('uses the canvas language for block titles', () => {
    const canvas = typicalCanvas();
    canvas.language = 'en';
    const text = visible(renderCanvasSummary(canvas).join('\n'));
    expect(text).toContain('1. Customer Segments');
    expect(text).not.toContain('Потребительские сегменты');
  });
});

describe('renderCaption', () => {
  it('names the canvas and counts filled blocks', () => {
    const caption = visible(renderCaption(typicalCanvas()));
    expect(caption).toContain('Кофейня «Зерно»');
    expect(caption).toContain('8 из 9');
  });

  it('stays under 1024 characters for an overfull canvas', () => {
    const caption = renderCaption(overfullCanvas());
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(caption.startsWith('<b>')).toBe(true);
  });
});
