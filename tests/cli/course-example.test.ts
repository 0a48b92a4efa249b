import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InviteMemory, castLine, expandInvites, rememberInvites, userIdForName } from '../../src/cli/chat-cast.ts';
import { type ChatSession, scriptMessages, visibleTexts } from '../../src/cli/chat-session.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

describe(`the coach and two students example plays through (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('plays every line of examples/course-review.txt as the person it names, ending in an accepted canvas', async () => {
    const harness = createHarness(database);
    const script = readFileSync(new URL('../../examples/course-review.txt', import.meta.url), 'utf8');
    const people = new Map<string, ChatSession>();
    let invites: InviteMemory = { student: null, coCoach: null };
    let current: ChatSession | null = null;
    for (const line of scriptMessages(script)) {
      const cast = castLine(line);
      if (cast.name !== null) {
        const name = cast.name;
        current = people.get(name) ?? harness.chat({ id: userIdForName(name), first_name: name });
        people.set(name, current);
      }
      const text = expandInvites(cast.text, invites);
      expect(text, line).not.toContain('{invite}');
      const calls = await current!.say(text);
      for (const shown of visibleTexts(harness.calls.slice(-20))) invites = rememberInvites(invites, shown);
      expect(calls.length, line).toBeGreaterThan(0);
    }
    const anna = visibleTexts(people.get('Анна')!.calls);
    expect(anna.at(-1)).toContain('принят</b> (версия 2');
    expect(anna.some((text) => text.includes('возвращён на доработку'))).toBe(true);
    const sent = (name: string) => people.get(name)!.calls.filter((call) => call.method !== 'answerCallbackQuery').length;
    // Messages as the README counts them; the terminal chat adds the pictures (two to the coach, one to Анна).
    expect([sent('Ольга'), sent('Анна'), sent('Борис')]).toEqual([27, 37, 7]);
  });
});
