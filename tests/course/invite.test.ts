import { describe, expect, it } from 'vitest';
import { createInvitePayload, inviteLink, parseInvitePayload } from '../../src/course/invite.ts';

const TELEGRAM_START_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

describe('invite payloads', () => {
  it('fit Telegram deep links and differ every time', () => {
    const payloads = Array.from({ length: 200 }, (_, index) => createInvitePayload(index % 2 ? 'student' : 'co_coach'));
    for (const payload of payloads) expect(payload).toMatch(TELEGRAM_START_PAYLOAD);
    expect(new Set(payloads).size).toBe(payloads.length);
  });

  it('carry the role they grant and read back as the same token', () => {
    const student = createInvitePayload('student');
    const coCoach = createInvitePayload('co_coach');
    expect(parseInvitePayload(student)).toEqual({ role: 'student', token: student });
    expect(parseInvitePayload(coCoach)).toEqual({ role: 'co_coach', token: coCoach });
  });

  it('hold 192 random bits: bytes that differ give payloads that differ', () => {
    const zeros = createInvitePayload('student', (size) => Buffer.alloc(size, 0));
    const ones = createInvitePayload('student', (size) => Buffer.alloc(size, 0xff));
    expect(zeros).toBe(`j_${'A'.repeat(32)}`);
    expect(ones).toBe(`j_${'_'.repeat(32)}`);
  });

  it.each([
    [''],
    ['j_short'],
    [`x_${'A'.repeat(32)}`],
    [`j_${'A'.repeat(33)}`],
    [`j_${'A'.repeat(31)}!`],
    ['resume_12'],
    [`j_${'А'.repeat(32)}`], // Cyrillic look-alikes
  ])('rejects %j as no invite', (payload) => {
    expect(parseInvitePayload(payload)).toBeNull();
  });

  it('builds the deep link a coach shares', () => {
    expect(inviteLink('canvas_coach_bot', 'j_abc')).toBe('https://t.me/canvas_coach_bot?start=j_abc');
  });
});
