import { describe, expect, it } from 'vitest';
import { wordDiff } from '../../src/course/revision-diff.ts';
import { formatDateTime, renderCoachNotification, renderInbox, renderInvitePreview, renderReviewResult, renderWordDiff } from '../../src/render/course-text.ts';
import { TELEGRAM_MESSAGE_LIMIT } from '../../src/render/split-telegram-html.ts';

const group = {
  id: 1,
  ownerId: 10,
  name: 'Весна <2026>',
  assignment: 'Заполните канву & пришлите',
  deadline: new Date('2026-03-05T20:59:00Z'),
  timeZone: 'Europe/Moscow',
  archivedAt: null,
  createdAt: new Date('2026-02-01T00:00:00Z'),
};

describe('course messages', () => {
  it('tell an invited student the group, the coach, the assignment, the deadline in the group zone and what the coach sees', () => {
    const text = renderInvitePreview('ru', { group, role: 'student', coach: { id: 10, firstName: 'Ольга', username: 'olga' } });
    expect(text).toContain('«Весна &lt;2026&gt;»');
    expect(text).toContain('Тренер: Ольга');
    expect(text).toContain('Заполните канву &amp; пришлите');
    expect(text).toContain('23:59');
    expect(text).toContain('только те холсты, которые вы сами отправите');
    expect(
      renderInvitePreview('en', {
        group: { ...group, assignment: null, deadline: null },
        role: 'co_coach',
        coach: { id: 10, firstName: null, username: 'olga' },
      }),
    ).toBe(
      '<b>Invitation to co-coach the group “Весна &lt;2026&gt;”</b>\nCoach: @olga\n\n' +
        'A co-coach sees the work students send to this group and can review it. Only the coach manages the group (links, deleting).\n\nJoin the group?',
    );
  });

  it('give the student the verdict with every returned block and its comment', () => {
    const [text, ...rest] = renderReviewResult(
      'ru',
      { title: 'Кофейня', revision: 2, groupName: 'Весна' },
      {
        outcome: 'returned',
        returned: [
          { blockId: 'channels', comment: 'Что после <покупки>?' },
          { blockId: 'cost_structure', comment: null },
        ],
        accepted: ['customer_segments'],
        remarks: [{ blockId: 'customer_segments', comment: 'Хорошо' }],
        overallComment: 'Неплохо',
        grade: 3,
      },
    );
    expect(rest).toEqual([]);
    expect(text).toBe(
      [
        '↩️ <b>Холст «Кофейня» возвращён на доработку</b> (версия 2, группа «Весна»).',
        'Что доработать:\n• <b>Каналы сбыта</b>: Что после &lt;покупки&gt;?\n• <b>Структура издержек</b>',
        'Замечания тренера:\n• <b>Потребительские сегменты</b>: Хорошо',
        '<b>Общий комментарий:</b> Неплохо',
        '<b>Оценка:</b> 3 из 5',
        'Исправьте отмеченные блоки через /edit и отправьте холст снова — /submit. Тренер увидит, что изменилось.',
      ].join('\n\n'),
    );
  });

  it('split a verdict with long comments into messages within the limit', () => {
    const comment = 'Очень подробный комментарий. '.repeat(50);
    const messages = renderReviewResult(
      'en',
      { title: 'Cafe', revision: 1, groupName: 'Spring' },
      {
        outcome: 'returned',
        returned: (['customer_segments', 'value_propositions', 'channels', 'key_resources', 'cost_structure'] as const).map((blockId) => ({
          blockId,
          comment,
        })),
        accepted: [],
        remarks: [],
        overallComment: null,
        grade: null,
      },
    );
    expect(messages.length).toBeGreaterThan(1);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(TELEGRAM_MESSAGE_LIMIT);
    expect(messages.join('')).toContain('Cost Structure');
  });

  it('name each new submission once in the coach notification and count the rest', () => {
    const items = Array.from({ length: 12 }, (_, index) => ({
      submissionId: index,
      groupId: 1,
      groupName: 'Весна',
      student: { id: 100 + index, firstName: `Студент${index}`, username: null },
      title: 'Кофейня',
      revision: 1,
      late: index === 0,
    }));
    const text = renderCoachNotification({ coachId: 10, language: 'ru', items });
    expect(text.startsWith('📬 <b>Новые работы на проверку: 12</b>')).toBe(true);
    expect(text).toContain('• Весна: Студент0 — «Кофейня», версия 1 ⏰ после дедлайна');
    expect(text).toContain('Студент9');
    expect(text).not.toContain('Студент10');
    expect(text).toContain('…и ещё 2');
  });

  it('list the inbox by group with counts, or say it is empty', () => {
    expect(renderInbox('en', [])).toBe('No new work: everything is reviewed.');
    const text = renderInbox('ru', [
      {
        groupId: 1,
        groupName: 'Весна',
        items: [
          {
            submissionId: 1,
            student: { id: 1, firstName: 'Анна', username: null },
            title: 'Кофейня',
            revision: 2,
            status: 'in_review',
            late: true,
            submittedAt: new Date(),
            claim: null,
          },
        ],
      },
    ]);
    expect(text).toBe('<b>Работы на проверку: 1</b>\n\n<b>Весна</b> — ждут: 1\nАнна · «Кофейня» · версия 2 · ⏰ после дедлайна · на проверке');
  });

  it('show a word diff with removed words struck through and inserted ones underlined', () => {
    expect(renderWordDiff(wordDiff('Кофе за три минуты', 'Кофе & чай за две минуты', 'ru'))).toBe('Кофе <u>&amp; чай </u>за <s>три</s><u>две</u> минуты');
  });

  it('format a deadline in the group zone', () => {
    expect(formatDateTime('en', new Date('2026-03-05T20:59:00Z'), 'Europe/Moscow')).toContain('11:59');
  });
});
