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
 * One repository per aggregate, all on the same transaction (or database), each built when first
 * used: an update uses two or three of them, and building all nine (some hundred closures) on
 * every update was a measurable part of an answer's CPU.
 */
class UpdateRepositories<OutboxPayload> {
  #users?: ReturnType<typeof createUserRepository>;
  #canvases?: ReturnType<typeof createCanvasRepository>;
  #conversations?: ReturnType<typeof createConversationSnapshots>;
  #outbox?: ReturnType<typeof createOutbox<OutboxPayload>>;
  #personalData?: ReturnType<typeof createPersonalDataRepository>;
  #groups?: ReturnType<typeof createGroupRepository>;
  #groupReminders?: ReturnType<typeof createGroupReminderRepository>;
  #groupData?: ReturnType<typeof createGroupDataSource>;
  #submissions?: ReturnType<typeof createSubmissionRepository>;

  constructor(private readonly db: Queryable) {}

  get users() {
    this.#users ??= createUserRepository(this.db);
    return this.#users;
  }
  get canvases() {
    this.#canvases ??= createCanvasRepository(this.db);
    return this.#canvases;
  }
  get conversations() {
    this.#conversations ??= createConversationSnapshots(this.db);
    return this.#conversations;
  }
  get outbox() {
    this.#outbox ??= createOutbox<OutboxPayload>(this.db);
    return this.#outbox;
  }
  get personalData() {
    this.#personalData ??= createPersonalDataRepository(this.db);
    return this.#personalData;
  }
  get groups() {
    this.#groups ??= createGroupRepository(this.db);
    return this.#groups;
  }
  get groupReminders() {
    this.#groupReminders ??= createGroupReminderRepository(this.db);
    return this.#groupReminders;
  }
  /** The coach's group views read here; access is checked by the caller. */
  get groupData() {
    this.#groupData ??= createGroupDataSource(this.db);
    return this.#groupData;
  }
  get submissions() {
    this.#submissions ??= createSubmissionRepository(this.db);
    return this.#submissions;
  }
}

/** The repositories on `db`: the one place they are built. */
export function createRepositories<OutboxPayload>(db: Queryable): Repositories<OutboxPayload> {
  return new UpdateRepositories<OutboxPayload>(db);
}

export type Repositories<OutboxPayload> = Pick<
  UpdateRepositories<OutboxPayload>,
  'users' | 'canvases' | 'conversations' | 'outbox' | 'personalData' | 'groups' | 'groupReminders' | 'groupData' | 'submissions'
>;
