import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { BLOCK_IDS } from '../canvas/blocks.ts';
import type { CanvasSnapshot } from '../canvas/snapshot.ts';
import { layoutPhoneImages, renderCanvasImage, renderPhoneImages } from '../render/canvas-image.ts';
import { createCanvasRenderer } from '../render/canvas-renderer.ts';
import { benchAnswers } from './bench-answers.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' }, json: { type: 'boolean', default: false } } });
const runs = Math.max(1, Number(values.runs));

const SENTENCE = benchAnswers.render.sentence;

/** A canvas whose nine blocks each hold `chars` characters of answers, with types in blocks 4 and 5. */
function benchCanvas(chars: number): CanvasSnapshot {
  const text = SENTENCE.repeat(Math.ceil(chars / SENTENCE.length)).slice(0, chars);
  return {
    id: `bench-${chars}`,
    title: benchAnswers.render.title,
    author: benchAnswers.render.author,
    language: 'ru',
    createdAt: new Date('2025-03-10T12:00:00Z'),
    updatedAt: new Date('2025-03-12T12:00:00Z'),
    blocks: BLOCK_IDS.map((id) => ({
      id,
      answers: [{ question: null, text }],
      types:
        id === 'customer_relationships'
          ? [
              { id: 'personal_assistance', source: 'classifier' },
              { id: 'automated_service', source: 'classifier' },
            ]
          : id === 'revenue_streams'
            ? [
                { id: 'asset_sale', source: 'classifier' },
                { id: 'subscription', source: 'user' },
              ]
            : [],
      skipped: false,
    })),
  };
}

let peakRss = process.memoryUsage().rss;
const sampleMemory = (): void => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
};

function stats(samples: number[]): { median: number; p95: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? NaN };
}

async function timeRuns(render: () => unknown): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const started = performance.now();
    await render();
    samples.push(performance.now() - started);
    sampleMemory();
  }
  return samples;
}

const typical = benchCanvas(300);
const overfull = benchCanvas(4000);
const results: Array<{ name: string; cold?: number; median: number; p95: number; max: number }> = [];
const load = loadavg()[0] ?? 0;

// Cold: the first render in this process loads fonts and warms the layout code.
let started = performance.now();
renderCanvasImage(typical);
const cold = performance.now() - started;
sampleMemory();

for (const [name, snapshot, scale] of [
  ['main thread, typical, 1280×905', typical, 1],
  ['main thread, overfull, 1280×905', overfull, 1],
  ['main thread, typical, 2560×1810', typical, 2],
] as const) {
  results.push({ name, ...stats(await timeRuns(() => renderCanvasImage(snapshot, { scale }))) });
}
results[0] = { ...results[0]!, cold };
const phonePages = (snapshot: CanvasSnapshot): number => layoutPhoneImages(snapshot).pages.length;
for (const [name, snapshot, format] of [
  [`main thread, phone, typical (${phonePages(typical)} images), JPEG`, typical, 'jpeg'],
  [`main thread, phone, typical (${phonePages(typical)} images), PNG`, typical, 'png'],
  [`main thread, phone, overfull (${phonePages(overfull)} images), JPEG`, overfull, 'jpeg'],
] as const) {
  results.push({ name, ...stats(await timeRuns(() => renderPhoneImages(snapshot, { format }))) });
}

const renderer = createCanvasRenderer();
started = performance.now();
await renderer.render(typical);
const workerCold = performance.now() - started;
const workerFirst = results.length;
for (const [name, snapshot] of [
  ['worker round trip, typical, 1280×905', typical],
  ['worker round trip, overfull, 1280×905', overfull],
] as const) {
  results.push({ name, ...stats(await timeRuns(() => renderer.render(snapshot))) });
}
results.push({ name: 'worker round trip, phone, typical, JPEG', ...stats(await timeRuns(() => renderer.renderPhone(typical))) });
results[workerFirst] = { ...results[workerFirst]!, cold: workerCold };
await renderer.close();

const maxRssMb = process.resourceUsage().maxRSS / 1024;
const report = { runs, loadAverage1m: load, results, peakRssMb: peakRss / 2 ** 20, maxRssMb };
if (values.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const ms = (value: number | undefined): string => (value === undefined ? '—' : `${value.toFixed(1)} ms`);
  console.log(`canvas picture render, ${runs} warm runs each (1-minute load average at start: ${load.toFixed(2)})`);
  for (const row of results) {
    console.log(
      `  ${row.name.padEnd(52)} cold ${ms(row.cold).padStart(9)}  median ${ms(row.median).padStart(9)}  p95 ${ms(row.p95).padStart(9)}  max ${ms(row.max).padStart(9)}`,
    );
  }
  console.log(`  peak RSS sampled ${report.peakRssMb.toFixed(0)} MB, maxRSS ${maxRssMb.toFixed(0)} MB (main thread and worker share one process)`);
}
