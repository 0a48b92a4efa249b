import type { OutgoingMessage } from '../bot/outgoing.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../runtime/logger.ts';
import type { Queryable } from '../storage/database.ts';
import type { OutboxEntry } from '../storage/update-journal.ts';
import { createCourseDashboardService } from './course-dashboard-service.ts';
import { createCourseGroupFiles } from './course-group-files.ts';
import { type HttpRequestHandler, createWebAppHandler } from './web-app-handler.ts';

/**
 * The HTTP handlers the bot's server carries for the coach's dashboard: none without
 * WEB_APP_URL, else the page and its API under the URL's path, on the course repositories.
 * `deliver` sends the student's verdict right after a review is finished (the outbox flush
 * would send it too, a little later).
 */
export function dashboardHandlers(
  config: Pick<Config, 'botToken' | 'webApp' | 'course'>,
  db: Queryable,
  logger: Logger,
  deliver?: (entries: OutboxEntry<OutgoingMessage>[]) => Promise<unknown>,
): HttpRequestHandler[] {
  if (!config.webApp) return [];
  const onQueued = deliver
    ? (entries: OutboxEntry<OutgoingMessage>[]) =>
        void deliver(entries).catch((error: unknown) => logger.warn({ err: error }, 'review result not delivered yet'))
    : undefined;
  return [
    createWebAppHandler({
      botToken: config.botToken,
      service: createCourseDashboardService(db, { leaseMinutes: config.course.reviewLeaseMinutes, ...(onQueued ? { onQueued } : {}) }),
      files: createCourseGroupFiles(db),
      logger,
      basePath: config.webApp.path,
    }),
  ];
}
