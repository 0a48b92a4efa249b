import type { CourseAction } from '../canvas/course-mode.ts';
import type { Translate } from '../i18n.ts';
import type { ConversationDeps } from './conversation-runner.ts';
import type { Keyboard } from './outgoing.ts';

/** A button's text is cut to this: a title or a name longer than that wraps badly on a phone. */
export const MAX_BUTTON_TEXT = 40;

/**
 * What the course views (groups, submitting, reviews, revisions, settings) need from the course
 * run carrying out an operation.
 */
export interface CourseIo {
  readonly deps: ConversationDeps;
  readonly t: Translate;
  say(text: string, keyboard?: Keyboard, to?: number): void;
  key(label: string, action: CourseAction): Keyboard[number][number];
  notYours(): void;
  /** The short text shown over the chat when the button press is answered. */
  toast(text: string): void;
  /** Translates for another person, in their own language. */
  readerOf(userId: number): Promise<Translate>;
  /** The zone times are shown in to the reader: their own, else the group's, else Moscow. */
  zone(groupZone?: string | null): string;
}
