import type { Config } from '../config.ts';
import type { Logger } from '../runtime/logger.ts';
import type { Queryable } from '../storage/database.ts';
import { createCourseDashboardService } from './course-dashboard-service.ts';
import { createCourseGroupFiles } from './course-group-files.ts';
import { type HttpRequestHandler, createWebAppHandler } from './web-app-handler.ts';

/**
 * The HTTP handlers the bot's server carries for the coach's dashboard: none without
 * WEB_APP_URL, else the page and its API under the URL's path, on the course repositories.
 */
export function dashboardHandlers(config: Pick<Config, 'botToken' | 'webApp' | 'course'>, db: Queryable, logger: Logger): HttpRequestHandler[] {
  if (!config.webApp) return [];
  return [
    createWebAppHandler({
      botToken: config.botToken,
      service: createCourseDashboardService(db, { leaseMinutes: config.course.reviewLeaseMinutes }),
      files: createCourseGroupFiles(db),
      logger,
      basePath: config.webApp.path,
    }),
  ];
}
