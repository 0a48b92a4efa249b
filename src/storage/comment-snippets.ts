import { and, asc, eq } from 'drizzle-orm';
import { commentSnippets } from '../../db/schema.ts';
import { type CourseResult, fail, ok } from '../course/result.ts';
import type { Queryable } from './database.ts';

/** A coach's saved review comments, offered as buttons under the next blocks; each coach sees only their own. */
export function createCommentSnippets(db: Queryable) {
  return {
    /** Saves a comment the coach wants to reuse. */
    async addSnippet(coachId: number, text: string): Promise<{ id: number; text: string }> {
      const [row] = await db.insert(commentSnippets).values({ coachId, text }).returning({ id: commentSnippets.id, text: commentSnippets.text });
      if (!row) throw new Error('snippet insert returned no row');
      return row;
    },

    async listSnippets(coachId: number): Promise<Array<{ id: number; text: string }>> {
      return db
        .select({ id: commentSnippets.id, text: commentSnippets.text })
        .from(commentSnippets)
        .where(eq(commentSnippets.coachId, coachId))
        .orderBy(asc(commentSnippets.id));
    },

    /** A coach's own snippet by id (a button carries the id); `not_yours` for anyone else's. */
    async findSnippet(coachId: number, snippetId: number): Promise<CourseResult<{ id: number; text: string }>> {
      const [row] = await db
        .select({ id: commentSnippets.id, text: commentSnippets.text })
        .from(commentSnippets)
        .where(and(eq(commentSnippets.id, snippetId), eq(commentSnippets.coachId, coachId)));
      return row ? ok(row) : fail('not_yours');
    },

    async deleteSnippet(coachId: number, snippetId: number): Promise<CourseResult<null>> {
      const deleted = await db
        .delete(commentSnippets)
        .where(and(eq(commentSnippets.id, snippetId), eq(commentSnippets.coachId, coachId)))
        .returning({ id: commentSnippets.id });
      return deleted.length > 0 ? ok(null) : fail('not_yours');
    },
  };
}
