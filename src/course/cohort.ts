import type { SubmissionStatus } from './submission.ts';

/** Where a student of a group stands, for the coach's overview of the whole group. */
export type StudentStage = 'not_started' | 'filling' | 'finished' | 'submitted' | 'in_review' | 'returned' | 'accepted';

/**
 * The stage from the student's latest submission (withdrawn ones do not count) or, before any,
 * from the canvas they work on.
 */
export function studentStage(latest: SubmissionStatus | null, canvas: { completed: boolean } | null): StudentStage {
  if (latest !== null && latest !== 'withdrawn') return latest;
  if (canvas === null) return 'not_started';
  return canvas.completed ? 'finished' : 'filling';
}
