/**
 * Applies each chat's updates strictly in the order they arrive, and keeps that order across a
 * failure: once an update of a chat is handed back unapplied (the database was away), the chat's
 * later updates are handed back too, unapplied, until the held one has been applied. Without this
 * a later answer could be stored before an earlier one and filed under the wrong question.
 */
export function createChatOrder() {
  const tails = new Map<number, Promise<unknown>>();
  /** Per chat, the id of the update that was handed back and must be applied first. */
  const heldAt = new Map<number, number>();

  return {
    /**
     * Runs `apply` once the chat's earlier updates are done. Resolves 'applied', or 'held' without
     * running it when an earlier update of the chat is waiting to be fetched again; when `apply`
     * fails with an error `isHandedBack` recognises, the chat is held from this update on.
     */
    run(chatId: number | null, updateId: number, apply: () => Promise<void>, isHandedBack: (error: unknown) => boolean): Promise<'applied' | 'held'> {
      if (chatId === null) return apply().then(() => 'applied' as const);
      const previous = tails.get(chatId) ?? Promise.resolve();
      const turn = previous.then(async (): Promise<'applied' | 'held'> => {
        const held = heldAt.get(chatId);
        if (held !== undefined && held < updateId) return 'held';
        try {
          await apply();
        } catch (error) {
          if (isHandedBack(error)) heldAt.set(chatId, Math.min(held ?? updateId, updateId));
          throw error;
        }
        if (held === updateId) heldAt.delete(chatId);
        return 'applied';
      });
      const tail = turn.catch(() => {});
      tails.set(chatId, tail);
      void tail.then(() => {
        if (tails.get(chatId) === tail) tails.delete(chatId);
      });
      return turn;
    },
    /** Whether a chat is held behind an update that was handed back (for tests and logs). */
    isHeld: (chatId: number) => heldAt.has(chatId),
  };
}
