import type { WebAppConfig } from '../config.ts';
import { sequentialize } from '@grammyjs/runner';
import { Bot, type Context, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { languageFromTelegram, translator } from '../i18n.ts';
import type { AppDatabase } from '../storage/database.ts';
import type { BotContext } from './context.ts';
import type { PictureQueue } from './delivery.ts';
import { answeringFeature } from './features/answering.ts';
import { canvasesFeature } from './features/canvases.ts';
import { coachFeature } from './features/coach.ts';
import { editingFeature } from './features/editing.ts';
import { fallbackFeature } from './features/fallback.ts';
import { groupFeature } from './features/group.ts';
import { privacyFeature } from './features/privacy.ts';
import { picturesFeature } from './features/pictures.ts';
import { remindersFeature } from './features/reminders.ts';
import { reviewFeature } from './features/review.ts';
import { revisionsFeature } from './features/revisions.ts';
import { startFeature } from './features/start.ts';
import { studentFeature } from './features/student.ts';
import { textFeature } from './features/text.ts';
import { typesFeature } from './features/types.ts';
import { commandsInAnyCase } from './commands.ts';
import { type RateLimitOptions, rateLimit } from './middleware/rate-limit.ts';
import { isUpdateNotApplied, unitOfWork } from './middleware/unit-of-work.ts';

export interface BotDeps {
  token: string;
  db: AppDatabase;
  /** Known in tests and the terminal chat; fetched with getMe otherwise. */
  botInfo?: UserFromGetMe;
  apiRoot?: string | undefined;
  /** Installed before anything is sent (tests record calls; the terminal chat prints them; main retries). */
  apiTransformers?: Transformer[];
  /** Draws and sends picture replies after their update; without it pictures are left out. */
  pictures?: PictureQueue | undefined;
  /** Per-chat flood limit; off when not given (tests and the terminal chat). */
  rateLimit?: Omit<RateLimitOptions, 'onDrop'> | undefined;
  onError?: (error: unknown) => void;
  /** Told about updates dropped by the flood limit. */
  onFlood?: (chatId: number) => void;
  /** The coach's dashboard (WEB_APP_URL): review messages get a button that opens it. */
  webApp?: WebAppConfig | undefined;
  /** The time reminders are measured by; the real clock unless a test controls it. */
  clock?: (() => Date) | undefined;
}

/** Chats are independent; within a chat, updates run one after another in arrival order. */
function chatKey(ctx: Context): string | undefined {
  // A malformed update may carry a chat without an id; it is refused later, not here.
  return ctx.chat?.id?.toString();
}

/**
 * The bot with its middleware in order: flood limit (no database), per-chat sequencing,
 * then inside the error boundary the unit of work and one composer per feature, the fallback last.
 */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: {
      ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}),
      // A stuck request must not hold an update (and the chat behind it) for grammY's default 500 s.
      timeoutSeconds: 60,
    },
  });
  for (const transformer of deps.apiTransformers ?? []) bot.api.config.use(transformer);

  // Before sequencing, so a flood is dropped at once instead of queueing behind the chat.
  if (deps.rateLimit) bot.use(rateLimit({ ...deps.rateLimit, onDrop: (chatId) => deps.onFlood?.(chatId) }));
  bot.use(sequentialize(chatKey));

  // A failed update rolled back whole; the user is told so and may simply try again.
  const features = bot.errorBoundary(async (error) => {
    // Nothing of it was stored: the runtime hands it back for another try instead of apologising.
    if (isUpdateNotApplied(error.error)) throw error.error;
    deps.onError?.(error.error);
    const chatId = error.ctx.chat?.id;
    if (chatId === undefined || error.ctx.chat?.type !== 'private') return;
    const t = translator(languageFromTelegram(error.ctx.from?.language_code));
    await error.ctx.api.sendMessage(chatId, t('errors.internal')).catch((sendError: unknown) => deps.onError?.(sendError));
  });
  features.use(unitOfWork(deps.db, { pictures: deps.pictures, onError: (error) => deps.onError?.(error) }, { webApp: deps.webApp, clock: deps.clock }));
  features.use(commandsInAnyCase);
  // Each feature listens only to its own commands and button prefixes, so their order does not matter;
  // the fallback comes last.
  // The student feature sees `/start <invite>` before the greeting does.
  features.use(
    studentFeature,
    coachFeature,
    groupFeature,
    reviewFeature,
    revisionsFeature,
    startFeature,
    privacyFeature,
    canvasesFeature,
    editingFeature,
    typesFeature,
    answeringFeature,
    remindersFeature,
    picturesFeature,
    textFeature,
    fallbackFeature,
  );

  bot.catch((error) => {
    deps.onError?.(error.error);
  });
  return bot;
}
