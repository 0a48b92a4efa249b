import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { renderCanvasImage, renderPhoneImages } from '../render/canvas-image.ts';
import { parseCanvasJson } from '../render/canvas-json.ts';
import { renderCanvasSummary } from '../render/summary-text.ts';

const USAGE = 'usage: npm run render -- canvas.json out.png [--layout classic|phone] [--scale 2] [--summary]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    layout: { type: 'string', default: 'classic' },
    scale: { type: 'string', default: '1' },
    summary: { type: 'boolean', default: false },
  },
});
const [input, output] = positionals;
const scale = Number(values.scale);
if (!input || !output || !(scale > 0 && scale <= 4) || !['classic', 'phone'].includes(values.layout)) {
  console.error(USAGE);
  process.exit(2);
}

function readCanvas(path: string) {
  try {
    return parseCanvasJson(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    console.error(`${path}: ${error instanceof z.ZodError ? `not a canvas.json export\n${z.prettifyError(error)}` : String(error)}`);
    process.exit(1);
  }
}

/** out.png for one image; out-1.png, out-2.png … when the phone picture takes several. */
function imagePaths(path: string, count: number): string[] {
  if (count === 1) return [path];
  const dot = path.toLowerCase().endsWith('.png') ? path.length - 4 : path.length;
  return Array.from({ length: count }, (_, index) => `${path.slice(0, dot)}-${index + 1}${path.slice(dot)}`);
}

const snapshot = readCanvas(input);
const started = performance.now();
const images = values.layout === 'phone' ? await renderPhoneImages(snapshot) : [renderCanvasImage(snapshot, { scale })];
const elapsed = Math.round(performance.now() - started);
imagePaths(output, images.length).forEach((path, index) => {
  const png = images[index] as Buffer;
  writeFileSync(path, png);
  console.error(`${path}: ${png.length} bytes`);
});
console.error(`${images.length} image(s) in ${elapsed} ms`);
if (values.summary) console.log(renderCanvasSummary(snapshot).join('\n\n———\n\n'));
