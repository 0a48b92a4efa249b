import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';
import { createCourse, createFilledCanvas } from '../storage/course-fixtures.ts';

const WEB_APP = { url: 'https://coach.example.com/app/', path: '/app/' };

/** The web_app buttons of the last message the bot sent to a chat. */
function webAppButtonsOf(calls: { method: string; payload: Record<string, unknown> }[], chatId: number): { text: string; url: string }[] {
  const sent = calls.filter((call) => call.method === 'sendMessage' && Number(call.payload.chat_id) === chatId);
  const markup = sent.at(-1)?.payload.reply_markup as { inline_keyboard?: Array<Array<{ text: string; web_app?: { url: string } }>> } | undefined;
  return (markup?.inline_keyboard ?? []).flat().flatMap((button) => (button.web_app ? [{ text: button.text, url: button.web_app.url }] : []));
}

describe(`the dashboard button in the coach's chat (${databaseKind})`, () => {
  let database: DatabaseHandle;
  let course: Awaited<ReturnType<typeof createCourse>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    course = await createCourse(database.db, { studentNames: ['Вера'] });
    const [vera] = course.students as [number];
    const canvasId = await createFilledCanvas(database.db, vera, 'Кофейня Веры', { customer_segments: 'Студенты', value_propositions: 'Быстро' });
    const submitted = await createSubmissionRepository(database.db).submit(vera, canvasId, course.groupId, 'Вера');
    if (!submitted.ok) throw new Error(submitted.error);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('offers "open the dashboard" at the inbox when WEB_APP_URL is set, opened at the group', async () => {
    const harness = createHarness(database, { webApp: WEB_APP });
    await harness.chat({ id: course.coach, first_name: 'Ольга' }).text('/inbox');
    const buttons = webAppButtonsOf(harness.calls, course.coach);
    expect(buttons).toHaveLength(1);
    expect(buttons[0]?.url).toBe(`https://coach.example.com/app/?group=${course.groupId}`);
  });

  it('shows no such button without WEB_APP_URL', async () => {
    const harness = createHarness(database);
    await harness.chat({ id: course.coach, first_name: 'Ольга' }).text('/inbox');
    expect(harness.calls.some((call) => call.method === 'sendMessage' && Number(call.payload.chat_id) === course.coach)).toBe(true);
    expect(webAppButtonsOf(harness.calls, course.coach)).toEqual([]);
  });
});
