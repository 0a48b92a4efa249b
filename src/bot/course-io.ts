import type { CourseAction } from '../canvas/course-mode.ts';
import type { Translate } from '../i18n.ts';
import type { ConversationDeps } from './conversation-runner.ts';
import type { Keyboard } from './outgoing.ts';

/** What the course views (revisions, settings) need from the course run carrying out an operation. */
export interface CourseIo {
  readonly deps: ConversationDeps;
  readonly t: Translate;
  say(text: string, keyboard?: Keyboard, to?: number): void;
  key(label: string, action: CourseAction): Keyboard[number][number];
  notYours(): void;
  /** The zone times are shown in to the reader: their own, else the group's, else Moscow. */
  zone(groupZone?: string | null): string;
}
