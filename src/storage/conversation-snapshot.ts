import { blockIndex, isBlockId } from '../canvas/blocks.ts';
import { parseCanvasStep } from '../canvas/conversation-mode.ts';
import type { CanvasView, ConversationState } from '../canvas/conversation-types.ts';
import { isLanguage } from '../i18n.ts';
import { type AnswerRow, type TypeRow, toCanvasView } from './canvas-repository.ts';
import type { Queryable } from './database.ts';
import { runStatement } from './statement.ts';
import { type TelegramPerson, type UserRecord, toUserRecord } from './user-repository.ts';

/** What the conversation is decided on, as stored: the active canvas and the course side (the canvas list is read only when a decision asks for it). */
export type StoredConversation = Pick<ConversationState, 'canvas' | 'canvases' | 'course'>;

export interface UserWithConversation {
  user: UserRecord;
  conversation: StoredConversation;
}

/** The row the statement below returns, as JSON (the same on postgres.js and PGlite). */
interface SnapshotJson {
  user: {
    id: number;
    first_name: string | null;
    username: string | null;
    language: string;
    language_chosen: boolean;
    active_canvas_id: number | null;
    mode: unknown;
    reminders_enabled: boolean;
    time_zone: string | null;
  } | null;
  canvas: { id: number; title: string; language: string; step: unknown; step_version: number; created_at: string; updated_at: string } | null;
  answers: Array<{ block_id: string; question_index: number | null; text: string; message_id: number | null }>;
  types: TypeRow[];
  returned: Array<{ group_id: number; block_id: string; comment: string | null }>;
  in_group: boolean;
}

/**
 * The user row `u` (inserted, updated or just read) with everything the conversation needs, in one
 * statement: the active canvas with its answers and types, and for the active
 * canvas the blocks a coach returned (latest live submission per group) and whether the user is a
 * student of a live group. Read after the chat lock, so it sees every earlier update of the chat.
 * `userRows` defines the CTE `u` (and whatever it is built from: a data-modifying CTE must be at the top).
 */
function snapshotStatement(userRows: string): string {
  return `
    with ${userRows},
    c as (
      select c.id, c.title, c.language, c.step, c.step_version, c.created_at, c.updated_at
      from canvases c join u on c.id = u.active_canvas_id and c.owner_id = u.id),
    latest as (
      select distinct on (s.group_id) s.id, s.group_id, s.status
      from submissions s
      join c on s.canvas_id = c.id
      join u on s.student_id = u.id
      join course_groups g on g.id = s.group_id
      where s.status <> 'withdrawn'
      order by s.group_id, s.revision desc)
    select json_build_object(
      'user', (select row_to_json(u) from u),
      'canvas', (select row_to_json(c) from c),
      'answers', (select coalesce(json_agg(json_build_object(
          'block_id', a.block_id, 'question_index', a.question_index, 'text', a.text, 'message_id', a.message_id)
          order by a.question_index asc nulls last, a.id), '[]'::json)
        from answers a join c on a.canvas_id = c.id),
      'types', (select coalesce(json_agg(json_build_object('blockId', t.block_id, 'typeId', t.type_id, 'source', t.source)
          order by t.created_at), '[]'::json)
        from block_types t join c on t.canvas_id = c.id),
      'returned', (select coalesce(json_agg(json_build_object('group_id', l.group_id, 'block_id', r.block_id, 'comment', r.comment)), '[]'::json)
        from latest l join block_reviews r on r.submission_id = l.id
        where l.status = 'returned' and r.verdict = 'returned'),
      'in_group', exists(
        select 1 from group_members m
        join u on m.user_id = u.id
        join course_groups g on g.id = m.group_id
        where m.role = 'student' and g.archived_at is null and exists(select 1 from c))
    ) as snapshot`;
}

const USER_COLUMNS = 'id, first_name, username, language, language_chosen, active_canvas_id, mode, reminders_enabled, time_zone';

function fromJson(json: SnapshotJson): UserWithConversation | null {
  if (!json.user) return null;
  const row = json.user;
  const user = toUserRecord({
    id: Number(row.id),
    firstName: row.first_name,
    username: row.username,
    language: row.language,
    languageChosen: row.language_chosen,
    activeCanvasId: row.active_canvas_id,
    mode: row.mode,
    remindersEnabled: row.reminders_enabled,
    timeZone: row.time_zone,
  });
  const stored = json.canvas;
  const canvas: CanvasView | null = stored
    ? toCanvasView(
        {
          id: stored.id,
          title: stored.title,
          language: isLanguage(stored.language) ? stored.language : 'ru',
          step: parseCanvasStep(stored.step),
          stepVersion: stored.step_version,
          createdAt: new Date(stored.created_at),
          updatedAt: new Date(stored.updated_at),
        },
        json.answers.map(
          (answer): AnswerRow => ({
            blockId: answer.block_id,
            questionIndex: answer.question_index,
            text: answer.text,
            messageId: answer.message_id === null ? null : Number(answer.message_id),
          }),
        ),
        json.types,
      )
    : null;
  // The canvas list is read only when a decision asks for it.
  const canvases = null;
  if (!canvas) return { user, conversation: { canvas, canvases } };
  // Per group in group order, each group's blocks in canvas order (as the submissions repository lists them).
  const returned = json.returned
    .flatMap((review) => (isBlockId(review.block_id) ? [{ groupId: review.group_id, blockId: review.block_id, comment: review.comment }] : []))
    .sort((a, b) => a.groupId - b.groupId || blockIndex(a.blockId) - blockIndex(b.blockId))
    .map(({ blockId, comment }) => ({ blockId, comment }));
  const inGroup = json.in_group;
  return returned.length > 0 || inGroup
    ? { user, conversation: { canvas, canvases, course: { canvasId: canvas.id, returned, inGroup } } }
    : { user, conversation: { canvas, canvases } };
}

async function snapshotOf(db: Queryable, statement: string, params: unknown[]): Promise<UserWithConversation | null> {
  const [row] = await runStatement<{ snapshot: SnapshotJson | string }>(db, statement, params);
  const snapshot = row?.snapshot;
  if (snapshot === undefined) return null;
  return fromJson(typeof snapshot === 'string' ? (JSON.parse(snapshot) as SnapshotJson) : snapshot);
}

/**
 * Creates or refreshes the user on contact (Telegram's language kept until one is chosen). The row
 * is read first and written only when it is missing or the name or username changed: most updates
 * come from a known user whose names are the same, and even an upsert that updates nothing locks
 * the row (a write to its page and the WAL) on every update. A row inserted meanwhile by another
 * transaction is still caught by ON CONFLICT. Parameters: id, first name, username, language.
 */
const ENTER = snapshotStatement(`
  known as (select ${USER_COLUMNS} from users where id = $1),
  written as (
    insert into users (id, first_name, username, language)
    select $1::bigint, $2::text, $3::text, $4::text
    where not exists (select 1 from known where (first_name, username) is not distinct from ($2::text, $3::text))
    on conflict (id) do update set first_name = excluded.first_name, username = excluded.username
    where (users.first_name, users.username) is distinct from (excluded.first_name, excluded.username)
    returning ${USER_COLUMNS}),
  u as (
    select ${USER_COLUMNS} from written
    union all
    select ${USER_COLUMNS} from known where not exists (select 1 from written))`);

/** The user with their conversation as stored. Parameter: the user's id. */
const READ = snapshotStatement(`u as (select ${USER_COLUMNS} from users where id = $1)`);

/** The user with their conversation, each read in one statement (one round trip per update). */
export function createConversationSnapshots(db: Queryable) {
  return {
    /** Creates or refreshes the user on contact (Telegram's language kept until one is chosen) and reads their conversation. */
    async enter(person: TelegramPerson): Promise<UserWithConversation> {
      const found = await snapshotOf(db, ENTER, [person.id, person.firstName ?? null, person.username ?? null, person.language]);
      if (!found) throw new Error('user upsert returned no row');
      return found;
    },

    /** The user's conversation as stored now; null for an unknown user. */
    async read(userId: number): Promise<UserWithConversation | null> {
      return snapshotOf(db, READ, [userId]);
    },
  };
}

export type ConversationSnapshots = ReturnType<typeof createConversationSnapshots>;
