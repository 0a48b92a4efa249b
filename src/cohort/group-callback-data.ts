import { z } from 'zod';

/**
 * Button payloads of the coach's group view, all under the `grp` prefix so the view owns its
 * buttons. Parsed strictly: anything else (forged, outdated, another feature's) is null.
 * Whether the presser may see the group is checked where the press is handled, never here.
 */
const int = z
  .string()
  .regex(/^\d{1,10}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));

const groupCallbackSchema = z.union([
  z.tuple([z.literal('grp'), z.literal('open'), int]).transform(([, , groupId]) => ({ kind: 'open' as const, groupId, page: 0 })),
  z.tuple([z.literal('grp'), z.literal('p'), int, int]).transform(([, , groupId, page]) => ({ kind: 'open' as const, groupId, page })),
  z.tuple([z.literal('grp'), z.literal('rm'), int]).transform(([, , groupId]) => ({ kind: 'remind' as const, groupId })),
  z.tuple([z.literal('grp'), z.literal('pic'), int]).transform(([, , groupId]) => ({ kind: 'picture' as const, groupId })),
  z.tuple([z.literal('grp'), z.literal('csv'), int]).transform(([, , groupId]) => ({ kind: 'csv_latest' as const, groupId })),
  z.tuple([z.literal('grp'), z.literal('csvall'), int]).transform(([, , groupId]) => ({ kind: 'csv_all' as const, groupId })),
]);

export type GroupCallbackAction = z.infer<typeof groupCallbackSchema>;

/** Parses a press on one of the group view's buttons; null when the payload is not one of them. */
export function parseGroupCallbackData(data: string | undefined): GroupCallbackAction | null {
  if (!data || data.length > 64 || !data.startsWith('grp:')) return null;
  const parsed = groupCallbackSchema.safeParse(data.split(':'));
  return parsed.success ? parsed.data : null;
}

export const groupCallbackData = {
  open: (groupId: number) => `grp:open:${groupId}`,
  page: (groupId: number, page: number) => `grp:p:${groupId}:${page}`,
  remind: (groupId: number) => `grp:rm:${groupId}`,
  picture: (groupId: number) => `grp:pic:${groupId}`,
  csvLatest: (groupId: number) => `grp:csv:${groupId}`,
  csvAll: (groupId: number) => `grp:csvall:${groupId}`,
};
