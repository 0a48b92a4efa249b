import { describe, expect, it } from 'vitest';
import { parseGroupCallbackData } from '../../src/cohort/group-callback-data.ts';
import { buildGroupChooser, buildGroupStatusPage, type GroupStatusPage } from '../../src/cohort/group-status-message.ts';
import { countStatuses } from '../../src/cohort/member-status.ts';
import { groupOf, member } from './fixtures.ts';

const now = new Date('2026-12-01T12:00:00Z');
const group = { id: 42, name: 'МБА-2026 & друзья', deadline: new Date('2026-12-04T15:00:00Z') };
const options = { language: 'en' as const, timeZone: 'Europe/Moscow', now };

function allPages(members: ReturnType<typeof groupOf>, language: 'ru' | 'en' = 'en'): GroupStatusPage[] {
  const first = buildGroupStatusPage(group, members, { ...options, language });
  return Array.from({ length: first.pageCount }, (_, page) => buildGroupStatusPage(group, members, { ...options, language, page }));
}

function callbackData(page: GroupStatusPage): string[] {
  return page.keyboard.flat().map((button) => button.callback_data);
}

describe('countStatuses', () => {
  it('counts everyone who joined, each status once, and the late ones on top', () => {
    const members = [
      member({ userId: 1, status: 'not_started' }),
      member({ userId: 2, status: 'filling' }),
      member({ userId: 3, status: 'submitted', revision: 1, late: true }),
      member({ userId: 4, status: 'returned', revision: 1 }),
      member({ userId: 5, status: 'submitted', revision: 2 }),
      member({ userId: 6, status: 'accepted', revision: 3, late: true }),
      member({ userId: 7, status: 'in_review', revision: 1 }),
    ];
    expect(countStatuses(members)).toEqual({
      joined: 7,
      not_started: 1,
      filling: 1,
      submitted: 2,
      in_review: 1,
      returned: 1,
      accepted: 1,
      late: 2,
    });
  });
});

describe('the /group message', () => {
  it('opens with the counts and the deadline, then lists students with status, block, revision and last activity', () => {
    const members = [
      member({
        userId: 1,
        name: 'Anna',
        username: 'anna_k',
        status: 'filling',
        currentBlock: 'customer_relationships',
        lastActiveAt: new Date(now.getTime() - 2 * 3_600_000),
      }),
      member({
        userId: 2,
        name: 'Boris',
        status: 'returned',
        currentBlock: null,
        revision: 2,
        late: true,
        lastActiveAt: new Date(now.getTime() - 26 * 3_600_000),
      }),
      member({ userId: 3, name: 'Vera <b>', status: 'not_started', currentBlock: null }),
    ];
    const page = buildGroupStatusPage(group, members, options);
    expect(page.text).toContain('🎓 <b>МБА-2026 &amp; друзья</b>');
    expect(page.text).toContain('Deadline: 4 Dec, 18:00 (in 3 days)');
    expect(page.text).toContain('👥 in the group: 3 · ⚪ not started: 1 · ✏️ filling in: 1 · ↩️ returned: 1 · ⏰ late: 1');
    expect(page.text).toContain('1. <b>Anna</b> @anna_k\n    ✏️ filling in · block 4/9 · 2 hr ago');
    expect(page.text).toContain('2. <b>Boris</b>\n    ↩️ returned for rework · revision 2 · ⏰ late · yesterday');
    expect(page.text).toContain('3. <b>Vera &lt;b&gt;</b>\n    ⚪ not started · not active yet');
    expect(page.pageCount).toBe(1);
    expect(callbackData(page)).toEqual(['grp:rm:42', 'grp:pic:42', 'grp:csv:42', 'grp:csvall:42']);
  });

  it('speaks Russian to a Russian coach', () => {
    const page = buildGroupStatusPage(
      group,
      [member({ userId: 1, name: 'Анна', status: 'submitted', revision: 1, lastActiveAt: new Date(now.getTime() - 5 * 60_000) })],
      { ...options, language: 'ru' },
    );
    expect(page.text).toContain('📨 сдано · версия 1 · 5 мин. назад');
    expect(page.text).toContain('Срок: 4 дек., 18:00 (через 3 дн.)');
  });

  it('names a deadline more than a month away once, as a date', () => {
    const far = { ...group, deadline: new Date('2027-03-01T15:00:00Z') };
    const page = buildGroupStatusPage(far, [], options);
    expect(page.text).toContain('Deadline: 1 Mar, 18:00\n');
    expect(page.text).not.toContain('(1 Mar');
  });

  it('pages a group of 40 with buttons, each student on exactly one page', () => {
    const members = groupOf(40, now);
    const pages = allPages(members);
    expect(pages).toHaveLength(3);
    expect(callbackData(pages[0]!)).toContain('grp:p:42:1');
    expect(callbackData(pages[0]!).some((data) => data.startsWith('grp:p:42:') && data !== 'grp:p:42:1')).toBe(false);
    expect(callbackData(pages[1]!)).toEqual(expect.arrayContaining(['grp:p:42:0', 'grp:p:42:2']));
    expect(pages[2]!.text).toContain('Page 3 of 3 · students 31–40 of 40');
    const listed = pages.flatMap((page) => [...page.text.matchAll(/Студент (\d{3})/g)].map((match) => match[1]));
    expect(listed).toHaveLength(40);
    expect(new Set(listed).size).toBe(40);
  });

  it('stays under Telegram limits for long names full of escaped characters and emoji', () => {
    const members = Array.from({ length: 120 }, (_, index) =>
      member({
        userId: index + 1,
        name: `${'&<>"'.repeat(30)}👨‍👩‍👧‍👦`.repeat(3),
        username: 'u'.repeat(32),
        status: 'returned',
        revision: 99,
        late: true,
        lastActiveAt: new Date(0),
      }),
    );
    const pages = allPages(members, 'ru');
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      expect(page.text.length).toBeLessThan(4096);
      for (const data of callbackData(page)) expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
    }
    expect(pages.reduce((sum, page) => sum + [...page.text.matchAll(/^\d+\. /gm)].length, 0)).toBe(120);
  });

  it('shows the last page when asked for one past the end', () => {
    const page = buildGroupStatusPage(group, groupOf(20, now), { ...options, page: 7 });
    expect([page.page, page.pageCount]).toEqual([1, 2]);
  });

  it('tells a coach with an empty group to send the invite link, without buttons', () => {
    const page = buildGroupStatusPage(group, [], options);
    expect(page.text).toContain('Nobody has joined yet');
    expect(page.keyboard).toEqual([]);
  });
});

describe('group buttons', () => {
  it('parse back to the action they stand for and reject anything else', () => {
    expect(parseGroupCallbackData('grp:p:42:2')).toEqual({ kind: 'open', groupId: 42, page: 2 });
    expect(parseGroupCallbackData('grp:open:7')).toEqual({ kind: 'open', groupId: 7, page: 0 });
    expect(parseGroupCallbackData('grp:rm:42')).toEqual({ kind: 'remind', groupId: 42 });
    expect(parseGroupCallbackData('grp:csvall:42')).toEqual({ kind: 'csv_all', groupId: 42 });
    for (const forged of ['grp:rm:-1', 'grp:rm:42:1', 'grp:p:42', 'grp:zz:1', 'nav:back:1:1', `grp:rm:${'9'.repeat(70)}`, undefined]) {
      expect(parseGroupCallbackData(forged)).toBeNull();
    }
  });

  it('offer a choice when the coach has several groups', () => {
    const chooser = buildGroupChooser(
      [
        { id: 1, name: 'Morning', deadline: null },
        { id: 2, name: 'Evening', deadline: null },
      ],
      'en',
    );
    expect(chooser.text).toBe('Which group shall I show?');
    expect(chooser.keyboard.flat().map((b) => [b.text, b.callback_data])).toEqual([
      ['Morning', 'grp:open:1'],
      ['Evening', 'grp:open:2'],
    ]);
  });
});
