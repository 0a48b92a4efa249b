import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { renderCanvasImage } from '../render/canvas-image.ts';
import { parseCanvasJson } from '../render/canvas-json.ts';
import { renderCanvasSummary } from '../render/summary-text.ts';

const USAGE = 'usage: npm run render -- canvas.json out.png [--scale 2] [--summary]';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { scale: { type: 'string', default: '1' }, summary: { type: 'boolean', default: false } },
});
const [input, output] = positionals;
const scale = Number(values.scale);
if (!input || !output || !(scale > 0 && scale <= 4)) {
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

const snapshot = readCanvas(input);
const started = performance.now();
const png = renderCanvasImage(snapshot, { scale });
writeFileSync(output, png);
console.error(`${output}: ${png.length} bytes in ${Math.round(performance.now() - started)} ms`);
if (values.summary) console.log(renderCanvasSummary(snapshot).join('\n\n———\n\n'));
