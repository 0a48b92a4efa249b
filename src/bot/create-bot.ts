import { Bot, type Transformer } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import { languageFromTelegram, translator } from '../i18n.ts';
import type { AppDatabase } from '../storage/database.ts';
import type { BotContext } from './context.ts';
import type { PictureSender } from './delivery.ts';
import { answeringFeature } from './features/answering.ts';
import { canvasesFeature } from './features/canvases.ts';
import { editingFeature } from './features/editing.ts';
import { fallbackFeature } from './features/fallback.ts';
import { startFeature } from './features/start.ts';
import { typesFeature } from './features/types.ts';
import { unitOfWork } from './middleware/unit-of-work.ts';

export interface BotDeps {
  token: string;
  db: AppDatabase;
  /** Known in tests and the terminal chat; fetched with getMe otherwise. */
  botInfo?: UserFromGetMe;
  apiRoot?: string | undefined;
  /** Installed before anything is sent (tests record calls; the terminal chat prints them). */
  apiTransformers?: Transformer[];
  sendPicture?: PictureSender;
  onError?: (error: unknown) => void;
}

/** The bot with its middleware in order: unit of work, then one composer per feature, the fallback last. */
export function createBot(deps: BotDeps): Bot<BotContext> {
  const bot = new Bot<BotContext>(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: deps.apiRoot ? { apiRoot: deps.apiRoot } : {},
  });
  for (const transformer of deps.apiTransformers ?? []) bot.api.config.use(transformer);

  // A failed update rolled back whole; the user is told so and may simply try again.
  const features = bot.errorBoundary(async (error) => {
    deps.onError?.(error.error);
    const chatId = error.ctx.chat?.id;
    if (chatId === undefined || error.ctx.chat?.type !== 'private') return;
    const t = translator(languageFromTelegram(error.ctx.from?.language_code));
    await error.ctx.api.sendMessage(chatId, t('errors.internal')).catch((sendError: unknown) => deps.onError?.(sendError));
  });
  features.use(unitOfWork(deps.db, { sendPicture: deps.sendPicture, onError: (error) => deps.onError?.(error) }));
  features.use(startFeature, canvasesFeature, editingFeature, typesFeature, answeringFeature, fallbackFeature);

  bot.catch((error) => {
    deps.onError?.(error.error);
  });
  return bot;
}
