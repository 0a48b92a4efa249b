import { describe, expect, it } from 'vitest';
import { castLine, expandInvites, rememberInvites, userIdForName } from '../../src/cli/chat-cast.ts';

const STUDENT = 'https://t.me/canvas_coach_bot?start=j_abcdefghijklmnopqrstuvwxyzABCDEF';
const CO_COACH = 'https://t.me/canvas_coach_bot?start=c_abcdefghijklmnopqrstuvwxyz012345';

describe('playing several people in the terminal chat', () => {
  it('gives each name its own stable id, the same whatever the case', () => {
    expect(userIdForName('Anna')).toBe(userIdForName('anna'));
    expect(userIdForName('anna')).not.toBe(userIdForName('boris'));
    expect(userIdForName('ольга')).toBeGreaterThanOrEqual(100_000);
  });

  it('reads who says a script line', () => {
    expect(castLine('@anna /start {invite}')).toEqual({ name: 'anna', text: '/start {invite}' });
    expect(castLine('@Ольга Бизнес-модели')).toEqual({ name: 'Ольга', text: 'Бизнес-модели' });
    expect(castLine('just text')).toEqual({ name: null, text: 'just text' });
    expect(castLine('mail me at a@b.c')).toEqual({ name: null, text: 'mail me at a@b.c' });
  });

  it('fills in the last invite links the bot gave and opens a pasted link as /start', () => {
    const memory = rememberInvites({ student: null, coCoach: null }, `Students:\n${STUDENT}\n\nCo-coaches:\n${CO_COACH}`);
    expect(expandInvites('/start {invite}', memory)).toBe('/start j_abcdefghijklmnopqrstuvwxyzABCDEF');
    expect(expandInvites('{coinvite}', memory)).toBe('/start c_abcdefghijklmnopqrstuvwxyz012345');
    expect(expandInvites('hello', memory)).toBe('hello');
    expect(expandInvites('/start {invite}', { student: null, coCoach: null })).toBe('/start {invite}');
  });
});
