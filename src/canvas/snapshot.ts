import type { BlockId } from './blocks.ts';
import type { BusinessTypeId } from './business-types.ts';

/** Where a confirmed type came from: recognised by the classifier or chosen by the user. */
export type TypeSource = 'classifier' | 'user';

export interface CanvasAnswer {
  /** The guiding question the answer was given to, if any (in the canvas's language). */
  question: string | null;
  /** Index of the guiding question within the block; null for a free addition. */
  questionIndex?: number | null;
  text: string;
}

export interface CanvasBlockSnapshot {
  id: BlockId;
  answers: CanvasAnswer[];
  types: Array<{ id: BusinessTypeId; source: TypeSource }>;
  skipped: boolean;
}

/**
 * A whole canvas as read from storage, independent of Telegram and the database:
 * what the summary, the picture and the JSON export are made from.
 * `blocks` always holds all nine blocks in asking order.
 */
export interface CanvasSnapshot {
  id: string;
  title: string;
  author: string | null;
  language: 'ru' | 'en';
  createdAt: Date;
  updatedAt: Date;
  /** The conversation has not reached the end yet: pictures mark the canvas as a draft. */
  draft?: boolean;
  blocks: CanvasBlockSnapshot[];
}
