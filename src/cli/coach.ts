/**
 * JSON Lines in, JSON Lines out: each input line `{"id","canvas"}` (canvas as /export writes it)
 * becomes `{"id","notes":[{"block","check"}]}` with every note the checks give, block by block.
 * A line that cannot be read becomes `{"id","error"}` and the run goes on.
 */
import { createInterface } from 'node:readline';
import { reviewCanvas } from '../canvas/coaching-evaluation.ts';
import { readCanvasLine } from './coach-input.ts';

/** The output object for one input line. */
export function coachLine(line: string): Record<string, unknown> {
  const read = readCanvasLine(line);
  if ('error' in read) return { id: read.id, error: read.error };
  return { id: read.id, notes: reviewCanvas(read.canvas) };
}

async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of lines) {
    if (line.trim() === '') continue;
    process.stdout.write(`${JSON.stringify(coachLine(line))}\n`);
  }
}

await main();
