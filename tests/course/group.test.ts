import { describe, expect, it } from 'vitest';
import { GROUP_ROLES, MAX_GROUP_NAME_LENGTH, canManage, canReview, checkText, isTimeZone } from '../../src/course/group.ts';
import { studentStage } from '../../src/course/cohort.ts';

describe('group roles', () => {
  it('let coaches and co-coaches review, and only the coach manage', () => {
    expect(GROUP_ROLES.filter(canReview)).toEqual(['coach', 'co_coach']);
    expect(GROUP_ROLES.filter(canManage)).toEqual(['coach']);
    expect(canReview(null)).toBe(false);
    expect(canManage(null)).toBe(false);
  });
});

describe('texts a coach types', () => {
  it('are trimmed and checked against their limit', () => {
    expect(checkText('  Весна-2026  ', MAX_GROUP_NAME_LENGTH)).toEqual({ ok: true, value: 'Весна-2026' });
    expect(checkText('   ', MAX_GROUP_NAME_LENGTH)).toEqual({ ok: false, error: 'empty' });
    expect(checkText('я'.repeat(MAX_GROUP_NAME_LENGTH + 1), MAX_GROUP_NAME_LENGTH)).toEqual({ ok: false, error: 'too_long' });
  });

  it('name time zones the runtime knows', () => {
    expect(isTimeZone('Europe/Moscow')).toBe(true);
    expect(isTimeZone('Asia/Almaty')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('student stage', () => {
  it('follows the latest submission, or the canvas before any', () => {
    expect(studentStage(null, null)).toBe('not_started');
    expect(studentStage(null, { completed: false })).toBe('filling');
    expect(studentStage(null, { completed: true })).toBe('finished');
    expect(studentStage('withdrawn', { completed: true })).toBe('finished');
    expect(studentStage('in_review', { completed: true })).toBe('in_review');
    expect(studentStage('returned', { completed: false })).toBe('returned');
  });
});
