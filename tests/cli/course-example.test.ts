import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InviteMemory, castLine, expandInvites, rememberInvites, userIdForName } from '../../src/cli/chat-cast.ts';
import { createChatClock, parseWait } from '../../src/cli/chat-clock.ts';
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

  it('plays every line of examples/course-review.txt as the person it names, with the periodic work after each, ending in an accepted canvas', async () => {
    const harness = createHarness(database);
    // As the terminal chat does: the periodic work after every line, `!wait` moving its clock on.
    const clock = createChatClock(harness.bot.api, { db: database.db });
    const people = new Map<string, ChatSession>();
    const coachCallsAt: number[] = [];
    const script = readFileSync(new URL('../../examples/course-review.txt', import.meta.url), 'utf8');
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
      const wait = parseWait(text);
      if (wait !== null) {
        clock.advance(wait);
        coachCallsAt.push(people.get('Ольга')!.calls.length);
      } else {
        const calls = await current!.say(text);
        for (const shown of visibleTexts(harness.calls.slice(-20))) invites = rememberInvites(invites, shown);
        expect(calls.length, line).toBeGreaterThan(0);
      }
      // Nothing is due before the script lets the batching window pass.
      const periodic = await clock.tick();
      expect(periodic, line).toBe(wait === null ? 0 : 1);
    }
    // The coach got one message naming both students, right after the wait.
    const notified = visibleTexts(people.get('Ольга')!.calls.slice(coachCallsAt[0], (coachCallsAt[0] ?? 0) + 1));
    expect(notified[0]).toContain('Новые работы на проверку: 2');
    expect(notified[0]).toContain('Анна');
    expect(notified[0]).toContain('Борис');
    const anna = visibleTexts(people.get('Анна')!.calls);
    expect(anna.at(-1)).toContain('принят</b> (версия 2');
    expect(anna.some((text) => text.includes('возвращён на доработку'))).toBe(true);
    const sent = (name: string) => people.get(name)!.calls.filter((call) => call.method !== 'answerCallbackQuery').length;
    // Messages as the README counts them; the terminal chat adds the pictures (two to the coach, one to Анна).
    expect([sent('Ольга'), sent('Анна'), sent('Борис')]).toEqual([29, 37, 7]);
  });

  it('npm run chat plays the example and delivers the coach its batched notification after `!wait 15m`', async () => {
    const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
    const child = spawn('npx', ['tsx', 'src/cli/chat.ts', '--script', 'examples/course-review.txt'], { cwd: repoRoot, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code, stderr).toBe(0);
    const waited = stdout.indexOf('⏩ Прошло 15 мин.');
    expect(waited).toBeGreaterThan(0);
    const after = stdout.slice(waited);
    expect(after.indexOf('→ Ольга: 📬 Новые работы на проверку: 2')).toBeGreaterThan(0);
    expect(after.indexOf('Новые работы на проверку')).toBeLessThan(after.indexOf('> @Ольга /inbox'));
    expect(stdout.slice(0, waited)).not.toContain('Новые работы на проверку');
    // The counts the README gives: the terminal adds the pictures (two to the coach, one to Анна).
    expect(stderr).toContain('Ольга: 31, Анна: 38, Борис: 7');
  }, 180_000);
});
