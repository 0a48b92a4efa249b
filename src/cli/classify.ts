/**
 * JSON Lines in, JSON Lines out: each input line `{"id","block","text"}` becomes one output line
 * `{"id","types","evidence"}` (revenue lines also `"recurrence"` and `"pricing"`), in input order.
 * A line that cannot be read becomes `{"id","error"}` and the run goes on.
 */
import { createInterface } from 'node:readline';
import { isTypedBlock } from '../canvas/blocks.ts';
import { classifyAnswer } from '../classify/index.ts';
import { idOfBrokenLine, type LineId } from './json-lines.ts';

type Id = LineId;

/** The output object for one input line. */
export function classifyLine(line: string): Record<string, unknown> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch {
    return { id: idOfBrokenLine(line), error: 'not valid JSON' };
  }
  if (input === null || typeof input !== 'object' || Array.isArray(input)) return { id: null, error: 'expected a JSON object' };
  const { id: rawId, block, text } = input as Record<string, unknown>;
  const id: Id = typeof rawId === 'string' || typeof rawId === 'number' ? rawId : null;
  if (typeof block !== 'string' || !isTypedBlock(block as never)) {
    return { id, error: 'block must be "customer_relationships" or "revenue_streams"' };
  }
  if (typeof text !== 'string') return { id, error: 'text must be a string' };
  const result = classifyAnswer(block as 'customer_relationships' | 'revenue_streams', text);
  const output: Record<string, unknown> = { id, types: result.types, evidence: result.evidence };
  if (block === 'revenue_streams') {
    output.recurrence = result.recurrence;
    output.pricing = result.pricing;
  }
  return output;
}

async function main(): Promise<void> {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
  for await (const line of lines) {
    if (line.trim() === '') continue;
    buffer += `${JSON.stringify(classifyLine(line))}\n`;
    if (buffer.length > 64 * 1024) {
      process.stdout.write(buffer);
      buffer = '';
    }
  }
  process.stdout.write(buffer);
}

await main();
