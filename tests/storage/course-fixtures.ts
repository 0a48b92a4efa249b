import type { BlockId } from '../../src/canvas/blocks.ts';
import type { AppDatabase } from '../../src/storage/database.ts';
import { createCanvasRepository } from '../../src/storage/canvas-repository.ts';
import { createGroupRepository } from '../../src/storage/group-repository.ts';
import { createUserRepository } from '../../src/storage/user-repository.ts';

/** A controllable clock for repositories: tests move it instead of sleeping. */
export function createTestClock(start = '2026-03-02T07:00:00Z') {
  let current = new Date(start);
  return {
    now: () => current,
    set(iso: string) {
      current = new Date(iso);
    },
    advanceMinutes(minutes: number) {
      current = new Date(current.getTime() + minutes * 60_000);
    },
  };
}

let nextUserId = 1000;

/** A new user of the bot, with a name that tells tests apart. */
export async function createPerson(db: AppDatabase, firstName: string): Promise<number> {
  nextUserId += 1;
  await createUserRepository(db).upsert({ id: nextUserId, firstName, username: firstName.toLowerCase(), language: 'ru' });
  return nextUserId;
}

/** A finished canvas of `ownerId` with these answers (one per block), as the bot stores them. */
export async function createFilledCanvas(db: AppDatabase, ownerId: number, title: string, answers: Partial<Record<BlockId, string>>): Promise<number> {
  const canvases = createCanvasRepository(db);
  const canvas = await canvases.create(ownerId, title, 'ru', { kind: 'question', blockId: 'customer_segments', questionIndex: 0 });
  for (const [blockId, text] of Object.entries(answers) as Array<[BlockId, string]>) {
    await canvases.answerQuestion(canvas.id, blockId, 0, text);
  }
  await canvases.setStep(canvas.id, { kind: 'done' }, 1);
  await createUserRepository(db).setActiveCanvas(ownerId, canvas.id, { kind: 'idle' });
  return canvas.id;
}

export const COFFEE_ANSWERS: Partial<Record<BlockId, string>> = {
  customer_segments: 'Офисные сотрудники 25–35 лет из бизнес-центра рядом — главный сегмент',
  value_propositions: 'Хороший кофе за три минуты без очереди, решаем проблему утренней спешки',
  channels: 'Узнают из вывески и карт, покупают у стойки',
  revenue_streams: 'Продаём кофе и выпечку, средний чек 350 рублей',
  cost_structure: 'Аренда, зарплаты, зерно',
};

/** A group of a coach with one co-coach and the given students, all joined through the links. */
export async function createCourse(db: AppDatabase, options: { deadline?: Date; studentNames?: string[] } = {}) {
  const groups = createGroupRepository(db);
  const coach = await createPerson(db, 'Coach');
  const coCoach = await createPerson(db, 'CoCoach');
  const created = await groups.create(coach, { name: 'Весна-2026', assignment: 'Канва вашего проекта', deadline: options.deadline ?? null });
  const joined = await groups.joinByInvite(coCoach, created.coCoachInvite.token);
  if (!joined.ok) throw new Error(`co-coach could not join: ${joined.error}`);
  const students: number[] = [];
  for (const name of options.studentNames ?? ['Anna', 'Boris']) {
    const student = await createPerson(db, name);
    const result = await groups.joinByInvite(student, created.studentInvite.token);
    if (!result.ok) throw new Error(`student could not join: ${result.error}`);
    students.push(student);
  }
  return { groupId: created.group.id, coach, coCoach, students, invites: created };
}
