import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { projectPath } from '../project-files.ts';

/*
 * The sample inputs the benchmarks type and store (canvas titles, answers, names, comments), kept
 * as data in examples/bench-answers.json so the scripts hold no text of their own; what the bot
 * answers is read through the locale keys instead.
 */

const text = z.string().min(1);

const benchAnswersSchema = z.object({
  /** bench:bot: the canvases its chats fill in. */
  bot: z.object({ canvasTitle: text, probeTitle: text, answers: z.array(text).min(4) }),
  /** bench:finish: the canvas each chat fills in to the end. */
  finish: z.object({ canvasTitle: text, answer: text }),
  /** bench:render: the canvas drawn, its blocks filled with the sentence repeated. */
  render: z.object({ title: text, author: text, sentence: text }),
  /** bench:group: the seeded group; `{students}` and `{block}` are filled in. */
  group: z.object({
    coachName: text,
    studentName: text,
    groupName: text,
    canvasTitle: text,
    submittedTitle: text,
    answer: text,
    comment: text,
  }),
});

export type BenchAnswers = z.infer<typeof benchAnswersSchema>;

export const BENCH_ANSWERS_FILE = projectPath('examples', 'bench-answers.json');

/** The benchmarks' sample inputs, read and checked once. */
export const benchAnswers: BenchAnswers = benchAnswersSchema.parse(JSON.parse(readFileSync(BENCH_ANSWERS_FILE, 'utf8')));
