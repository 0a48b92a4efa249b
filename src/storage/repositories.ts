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

/** One repository per aggregate, all on the same transaction (or database). The one place they are built. */
export function createRepositories<OutboxPayload>(db: Queryable) {
  return {
    users: createUserRepository(db),
    canvases: createCanvasRepository(db),
    conversations: createConversationSnapshots(db),
    outbox: createOutbox<OutboxPayload>(db),
    personalData: createPersonalDataRepository(db),
    groups: createGroupRepository(db),
    groupReminders: createGroupReminderRepository(db),
    /** The coach's group views read here; access is checked by the caller. */
    groupData: createGroupDataSource(db),
    submissions: createSubmissionRepository(db),
  };
}

export type Repositories<OutboxPayload> = ReturnType<typeof createRepositories<OutboxPayload>>;
