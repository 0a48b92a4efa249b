import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createRepositories } from '../../src/storage/repositories.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

describe(`canvas repository (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('reads a canvas as the conversation sees it: step, step version, answers with their messages, types', async () => {
    const repos = createRepositories(database.db);
    await repos.users.upsert({ id: 8001, firstName: 'Анна', language: 'ru' });
    const canvas = await repos.canvases.create(8001, 'Пекарня', 'ru', { kind: 'question', blockId: 'customer_segments', questionIndex: 0 });
    await repos.canvases.answerQuestion(canvas.id, 'customer_segments', 0, 'Жители района', 501);
    await repos.canvases.addToBlock(canvas.id, 'customer_segments', 'И офисы рядом', 502);
    await repos.canvases.setBlockTypes(canvas.id, 'revenue_streams', [{ id: 'subscription', source: 'user' }]);
    await repos.canvases.setStep(canvas.id, { kind: 'question', blockId: 'value_propositions', questionIndex: 0 }, 4);
    const view = await repos.canvases.view(8001, canvas.id);
    expect(view?.stepVersion).toBe(4);
    expect(view?.step).toEqual({ kind: 'question', blockId: 'value_propositions', questionIndex: 0 });
    expect(view?.answers.customer_segments).toEqual([
      { questionIndex: 0, text: 'Жители района', messageId: 501 },
      { questionIndex: null, text: 'И офисы рядом', messageId: 502 },
    ]);
    expect(view?.types.revenue_streams).toEqual([{ id: 'subscription', source: 'user' }]);
    expect(await repos.canvases.view(8002, canvas.id)).toBeNull();
  });

  it('replaces a block at once, and updates the answer of an edited message only', async () => {
    const repos = createRepositories(database.db);
    await repos.users.upsert({ id: 8003, firstName: 'Анна', language: 'ru' });
    const canvas = await repos.canvases.create(8003, 'Автомойка', 'ru', { kind: 'done' });
    await repos.canvases.answerQuestion(canvas.id, 'channels', 0, 'Сайт', 10);
    await repos.canvases.answerQuestion(canvas.id, 'channels', 1, 'Лично', 11);
    await repos.canvases.updateAnswerOfMessage(canvas.id, 11, 'Лично на мойке');
    expect((await repos.canvases.view(8003, canvas.id))?.answers.channels.map((answer) => answer.text)).toEqual(['Сайт', 'Лично на мойке']);
    await repos.canvases.replaceBlock(canvas.id, 'channels', [{ questionIndex: 0, text: 'Карты', messageId: 12 }]);
    expect((await repos.canvases.view(8003, canvas.id))?.answers.channels).toEqual([{ questionIndex: 0, text: 'Карты', messageId: 12 }]);
  });

  it('stores an answer again in place of the earlier one and moves the canvas on with it, up to done', async () => {
    const repos = createRepositories(database.db);
    await repos.users.upsert({ id: 8005, firstName: 'Анна', language: 'ru' });
    const canvas = await repos.canvases.create(8005, 'Киоск', 'ru', { kind: 'question', blockId: 'cost_structure', questionIndex: 0 });
    await repos.canvases.answerQuestion(canvas.id, 'cost_structure', 0, 'Аренда', 20);
    await repos.canvases.answerQuestion(canvas.id, 'cost_structure', 0, 'Аренда и зарплата', 21, { step: { kind: 'done' }, stepVersion: 7 });
    const view = await repos.canvases.view(8005, canvas.id);
    expect(view?.answers.cost_structure).toEqual([{ questionIndex: 0, text: 'Аренда и зарплата', messageId: 21 }]);
    expect(view).toMatchObject({ step: { kind: 'done' }, stepVersion: 7 });
    expect((await repos.canvases.findOwned(8005, canvas.id))?.completedAt).toBeInstanceOf(Date);
  });

  it("lists the owner's canvases newest first with where each stands", async () => {
    const repos = createRepositories(database.db);
    await repos.users.upsert({ id: 8004, firstName: 'Анна', language: 'ru' });
    await repos.canvases.create(8004, 'Первый', 'ru', { kind: 'done' });
    await repos.canvases.create(8004, 'Второй', 'ru', { kind: 'question', blockId: 'channels', questionIndex: 1 });
    expect(await repos.canvases.summaries(8004)).toEqual([
      expect.objectContaining({ title: 'Второй', done: false, blockId: 'channels' }),
      expect.objectContaining({ title: 'Первый', done: true, blockId: null }),
    ]);
  });
});
