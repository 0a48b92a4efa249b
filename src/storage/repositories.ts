import { createCanvasRepository } from './canvas-repository.ts';
import { createConversationSnapshots } from './conversation-snapshot.ts';
import type { Queryable } from './database.ts';
import { createPersonalDataRepository } from './personal-data.ts';
import { createGroupDataSource } from './group-data-source.ts';
import { createGroupRepository } from './group-repository.ts';
import { createGroupReminderRepository } from './group-reminder-repository.ts';
import { createSubmissionRepository } from './submission-repository.ts';
import { createOutbox } from './update-journal.ts';
import { createUserRepository } from './user-repository.ts';

/**
 * How each repository is built, by name: one per aggregate, all on the same transaction (or database).
 * `groupData` is where the coach's group views read; access is checked by the caller.
 */
const BUILDERS = {
  users: createUserRepository,
  canvases: createCanvasRepository,
  conversations: createConversationSnapshots,
  outbox: createOutbox,
  personalData: createPersonalDataRepository,
  groups: createGroupRepository,
  groupReminders: createGroupReminderRepository,
  groupData: createGroupDataSource,
  submissions: createSubmissionRepository,
} satisfies Record<string, (db: Queryable) => unknown>;

type RepositoryName = keyof typeof BUILDERS;

export type Repositories<OutboxPayload> = {
  readonly [Name in RepositoryName]: Name extends 'outbox' ? ReturnType<typeof createOutbox<OutboxPayload>> : ReturnType<(typeof BUILDERS)[Name]>;
};

/**
 * Each repository built when first used: an update uses two or three of them, and building all nine
 * (some hundred closures) on every update was a measurable part of an answer's CPU. The getters are
 * defined once, on the prototype, so an update costs one small object.
 */
class LazyRepositories {
  readonly built: Partial<Record<RepositoryName, unknown>> = {};
  constructor(readonly db: Queryable) {}
}
for (const name of Object.keys(BUILDERS) as RepositoryName[]) {
  Object.defineProperty(LazyRepositories.prototype, name, {
    get(this: LazyRepositories) {
      this.built[name] ??= BUILDERS[name](this.db);
      return this.built[name];
    },
  });
}

/** The repositories on `db`: the one place they are built. */
export function createRepositories<OutboxPayload>(db: Queryable): Repositories<OutboxPayload> {
  return new LazyRepositories(db) as unknown as Repositories<OutboxPayload>;
}
