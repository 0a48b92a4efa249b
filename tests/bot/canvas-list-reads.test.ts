import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { visibleTexts } from '../../src/cli/chat-session.ts';
import { type DatabaseHandle, openDatabase } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createServerDatabase, databaseKind } from '../helpers/test-database.ts';

/** A statement that reads every canvas of one owner: the canvas repository's summaries, or the list inside the conversation's read. */
const readsCanvasList = (query: string) =>
  /from "canvases" where "canvases"\."owner_id" = \$1 order by "canvases"\."updated_at" desc|from canvases \w+ join u on \w+\.owner_id = u\.id/i.test(
    query.replace(/\s+/g, ' '),
  );

describe(`the canvas list is read only for the screens that show it (${databaseKind})`, () => {
  const statements: string[] = [];
  let database: DatabaseHandle;
  let drop: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const onQuery = (query: string) => statements.push(query);
    const serverUrl = process.env.TEST_DATABASE_URL;
    if (serverUrl) {
      const server = await createServerDatabase(serverUrl, 'canvas_test');
      drop = server.drop;
      database = await openDatabase({ kind: 'postgres', url: server.url, onQuery });
    } else {
      database = await openDatabase({ kind: 'pglite', onQuery });
    }
  });
  afterAll(async () => {
    await database.close();
    await drop?.();
  });

  it('an ordinary answer does not read the list, and /list still shows every canvas', async () => {
    const chat = createHarness(database).chat({ id: 4101 });
    await chat.text('/start');
    await chat.text('Старая пекарня');
    await chat.text('/new');
    await chat.text('Кофейня у вокзала');

    statements.length = 0;
    const answered = visibleTexts(await chat.text('Пассажиры утренних электричек')).join('\n');
    expect(answered).toContain('Блок');
    expect(statements.length).toBeGreaterThan(0);
    expect(statements.filter(readsCanvasList)).toEqual([]);

    statements.length = 0;
    const listed = visibleTexts(await chat.text('/list')).join('\n');
    expect(statements.filter(readsCanvasList)).toHaveLength(1);
    expect(listed).toContain('Старая пекарня');
    expect(listed).toContain('Кофейня у вокзала');
    expect(chat.visibleButtons().filter((label) => label.includes('Старая пекарня') || label.includes('Кофейня у вокзала'))).toHaveLength(2);
  });
});
