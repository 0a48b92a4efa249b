/** The relationship and revenue type classifier: the API the bot and the command-line tools use. */
export { classifyAnswer } from './answer.ts';
export { PRETICK_CONFIDENCE, type Classification, type TypeEvidence } from './classify.ts';
export type { Pricing, Recurrence } from './recurrence.ts';
export { evaluate, formatReport, parseExamples, type Classifier, type EvalExample, type EvalReport } from './evaluate.ts';
export { createPhraseFinder, type PhraseFinder, type PhraseMatch } from './phrases.ts';
