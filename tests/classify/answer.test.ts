import { describe, expect, it } from 'vitest';
import { classifyAnswer as byRules } from '../../src/classify/classify.ts';
import { classifyAnswer } from '../../src/classify/index.ts';

// The bot's classifier: the rules read the answer, the learned layer in model.json (words and the rules' decision)
// weighs each type. These are answers of our own wording; what the stored model does with them is checked here.
describe('the bot’s classifier: the rules weighed by the learned layer', () => {
  it('drops a type the rules found only from weak evidence when the model is sure it is absent', () => {
    const text = 'клиенты платят за каждый час работы мастера, материалы покупают сами';
    expect(byRules('revenue_streams', text).types).toEqual(['asset_sale', 'usage_fee']);
    expect(classifyAnswer('revenue_streams', text).types).toEqual(['usage_fee']);
  });

  it('adds a type the rules missed, with the words that speak for it and its probability as confidence', () => {
    const text = 'Бот в вотсапе принимает заказы на торты, а на вопросы отвечают кондитеры, кто в цеху';
    expect(byRules('customer_relationships', text).types).not.toContain('personal_assistance');
    const added = classifyAnswer('customer_relationships', text).evidence.find((item) => item.type === 'personal_assistance');
    expect(added?.words.length).toBeGreaterThan(0);
    expect(added?.confidence).toBeGreaterThanOrEqual(0.5);
    expect(added?.confidence).toBeLessThan(1);
  });

  it('keeps a type the rules named plainly, in a spelling the model never saw, with the rules’ confidence', () => {
    for (const text of ['сообшество клиентов', 'Клиенты помогают друг другу в нашем чате в тг']) {
      const { evidence } = classifyAnswer('customer_relationships', text);
      expect(
        evidence.map((item) => item.type),
        text,
      ).toEqual(['community']);
      expect(evidence[0]?.confidence, text).toBe(byRules('customer_relationships', text).evidence[0]?.confidence);
    }
  });

  it('leaves an answer that names no type empty', () => {
    expect(classifyAnswer('revenue_streams', 'пока не думали, сначала запустимся').types).toEqual([]);
    expect(classifyAnswer('customer_relationships', '').types).toEqual([]);
  });
});
