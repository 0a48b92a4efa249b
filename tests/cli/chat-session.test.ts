import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { continueUpdateIdsAfter, restartUpdateIds, scriptMessages, visibleTexts } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { lastAppliedUpdateId } from '../../src/storage/update-journal.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

describe(`terminal chat (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('started again on the same data, resumes and answers every message', async () => {
    const first = createHarness(database).chat({ id: 7001 });
    await first.text('/start');
    await first.text('Пекарня');
    await first.text('Жители района');

    // A new process: ids start at 1 again, but continue after the ones the database holds.
    restartUpdateIds();
    continueUpdateIdsAfter(await lastAppliedUpdateId(database.db));
    const again = createHarness(database).chat({ id: 7001 });
    expect(visibleTexts(await again.text('/start')).join('\n')).toContain('С возвращением');
    expect(visibleTexts(await again.text('Рядом с домом')).join('\n')).toContain('Сохранено');
  });
});

describe('script lines', () => {
  it('a line ending with a backslash continues the message on the next line', () => {
    expect(scriptMessages('# comment\n/start\nПекарня\nПервая строка\\\nвторая строка\\\nтретья\n\nОтвет')).toEqual([
      '/start',
      'Пекарня',
      'Первая строка\nвторая строка\nтретья',
      'Ответ',
    ]);
  });
});
