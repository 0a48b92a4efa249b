import { GlobalFonts } from '@napi-rs/canvas';
import { FONT_FILES, fontPath } from './font-files.ts';

/** Family name the picture draws with; registered from the npm package, never from system fonts. */
export const FONT_FAMILY = 'Canvas Coach Sans';

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
