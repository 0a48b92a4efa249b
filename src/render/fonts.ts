import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

/** Family name the picture draws with; registered from the npm package, never from system fonts. */
export const FONT_FAMILY = 'Canvas Coach Sans';

export const FONT_FILES = ['DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf'] as const;

/** Path of a font file of the `dejavu-fonts-ttf` package. */
export function fontPath(file: string): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', file);
}

let registered = false;

/** Registers the bundled DejaVu Sans Condensed faces (Cyrillic, Latin, ₽) once per process. */
export function ensureFonts(): string {
  if (registered) return FONT_FAMILY;
  for (const file of FONT_FILES) {
    if (!GlobalFonts.registerFromPath(fontPath(file), FONT_FAMILY)) throw new Error(`Cannot load font ${fontPath(file)}`);
  }
  registered = true;
  return FONT_FAMILY;
}
