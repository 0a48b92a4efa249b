import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/*
 * The font files apart from their registration with the canvas library, so that reading which
 * characters they cover (font-coverage.ts, on the bot's thread) does not load the native renderer
 * there: only the render workers draw.
 */

export const FONT_FILES = ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf'] as const;

/** Path of a font file of the `dejavu-fonts-ttf` package. */
export function fontPath(file: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', file);
}
