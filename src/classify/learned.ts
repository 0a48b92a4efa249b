/**
 * A learned layer over the rules, measured but not used by the bot: per block and type a logistic
 * regression (one against the rest) over the types the rules found, what they did with each type's words
 * (set aside by role, plan, negation or a rival type), the roles of the clauses, and the answer's word
 * stems and word pairs. The rules give the features and the evidence; the model decides which types are
 * present and how sure each one is. Fitted by `npm run train:classify` into `model.json` (see train.ts).
 * Left out of `classifyAnswer` because it does not beat the rules on sets it was not fitted on
 * (`npm run eval:classify` prints the leave-one-set-out figures).
 */
import type { TypedBlockId } from '../canvas/blocks.ts';
import { TYPE_IDS_BY_BLOCK, type BusinessTypeId } from '../canvas/business-types.ts';
import { type Classification, type RuleReading, readByRules, type TypeEvidence } from './classify.ts';
import type { ClauseReading } from './roles.ts';
import { pricingOf, recurrenceOf } from './recurrence.ts';
import { stem } from './stem.ts';

/** One answer's features: those shared by every type of its block, and those about one type. */
export interface AnswerFeatures {
  readonly shared: readonly string[];
  readonly typed: ReadonlyMap<BusinessTypeId, readonly (readonly [string, number])[]>;
}

const CLAUSE_FLAGS: readonly (keyof ClauseReading)[] = [
  'outgoing',
  'acquisition',
  'ownStaff',
  'incoming',
  'customerBuysElsewhere',
  'incomeTotal',
  'personActs',
  'perk',
  'support',
  'membersInteract',
  'future',
];

const wordFeature = (norm: string): string => (/\d/.test(norm) ? '#' : stem(norm));

/** The rules' decision among the features: which types they found, and how many. */
export const isDecisionFeature = (name: string): boolean => name === 't:found' || name.startsWith('o:') || name.startsWith('n:');

/** The word stems and word pairs of an answer, the same for every type. */
function wordFeatures(reading: RuleReading): string[] {
  const words = new Set<string>();
  const { tokens } = reading;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token) continue;
    const word = wordFeature(token.norm);
    words.add(`w:${word}`);
    const next = tokens[i + 1];
    if (next && next.clause === token.clause) words.add(`b:${word}_${wordFeature(next.norm)}`);
  }
  return [...words];
}

/**
 * The features of an answer: its words, the roles of its clauses, what the rules did with each type's
 * words, and the types the rules found (`found`, by default the rules' own decision on the answer; for
 * training, what the rules found before they were tuned on the answer's set).
 */
export function featuresOf(blockId: TypedBlockId, reading: RuleReading, found: readonly BusinessTypeId[] = reading.classification.types): AnswerFeatures {
  const shared = wordFeatures(reading);
  for (const name of CLAUSE_FLAGS) if (reading.clauses.some((clause) => clause[name])) shared.push(`c:${name}`);
  shared.push(`n:${Math.min(3, found.length)}`);
  for (const type of found) shared.push(`o:${type}`);
  const typed = new Map<BusinessTypeId, (readonly [string, number])[]>();
  for (const type of TYPE_IDS_BY_BLOCK[blockId]) {
    const own: (readonly [string, number])[] = found.includes(type) ? [['t:found', 1]] : [];
    for (const flag of reading.flags.get(type) ?? []) own.push([`t:${flag}`, 1]);
    typed.set(type, own);
  }
  return { shared, typed };
}

/** Fitted weights of one block: per feature, one weight per type of the block (in TYPE_IDS_BY_BLOCK order). */
export interface BlockModel {
  readonly bias: readonly number[];
  readonly weights: ReadonlyMap<string, readonly number[]>;
}

export interface Model {
  /** Types whose confidence reaches this are pre-ticked (calibrated on leave-one-set-out predictions). */
  readonly pretick: number;
  readonly blocks: Readonly<Record<TypedBlockId, BlockModel>>;
}

/** The model as stored: per block, the bias and per feature the weights, one per type of the block. */
export interface StoredModel {
  readonly pretick: number;
  readonly blocks: Readonly<Record<TypedBlockId, { readonly bias: readonly number[]; readonly weights: Readonly<Record<string, readonly number[]>> }>>;
}

export function modelOf(stored: StoredModel): Model {
  const block = (id: TypedBlockId): BlockModel => ({
    bias: stored.blocks[id].bias,
    weights: new Map(Object.entries(stored.blocks[id].weights)),
  });
  return { pretick: stored.pretick, blocks: { customer_relationships: block('customer_relationships'), revenue_streams: block('revenue_streams') } };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The probability of each type of the block, in TYPE_IDS_BY_BLOCK order. */
export function probabilities(blockId: TypedBlockId, features: AnswerFeatures, model: BlockModel): number[] {
  const types = TYPE_IDS_BY_BLOCK[blockId];
  const z = [...model.bias];
  for (const name of features.shared) {
    const weights = model.weights.get(name);
    if (weights) for (let k = 0; k < types.length; k++) z[k] = (z[k] ?? 0) + (weights[k] ?? 0);
  }
  return types.map((type, k) => {
    let sum = z[k] ?? 0;
    for (const [name, value] of features.typed.get(type) ?? []) sum += (model.weights.get(name)?.[k] ?? 0) * value;
    return sigmoid(sum);
  });
}

/** Words of the answer that speak most for a type the rules did not name. */
function wordsFor(reading: RuleReading, text: string, k: number, model: BlockModel): string[] {
  const scored = reading.tokens
    .map((token) => ({ token, weight: model.weights.get(`w:${wordFeature(token.norm)}`)?.[k] ?? 0 }))
    .filter((item) => item.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.token.start - b.token.start)
    .slice(0, 2)
    .sort((a, b) => a.token.start - b.token.start);
  return scored.map((item) => text.slice(item.token.start, item.token.end));
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * Classifies one answer: the rules read it, the model decides each type and its confidence. `found`
 * stands in for the rules' decision (to score what the rules found before they were tuned on a set).
 */
export function classifyWithModel(blockId: TypedBlockId, text: string, model: Model, found?: readonly BusinessTypeId[]): Classification {
  const reading = readByRules(blockId, text);
  const blockModel = model.blocks[blockId];
  const p = probabilities(blockId, featuresOf(blockId, reading, found), blockModel);
  const typeIds = TYPE_IDS_BY_BLOCK[blockId];
  const evidence: TypeEvidence[] = [];
  typeIds.forEach((type, k) => {
    const probability = p[k] ?? 0;
    if (probability < 0.5) return;
    const ruled = reading.classification.evidence.find((item) => item.type === type);
    evidence.push({ type, words: ruled ? ruled.words : wordsFor(reading, text, k, blockModel), confidence: round(probability) });
  });
  const types = evidence.map((item) => item.type);
  if (blockId !== 'revenue_streams') return { types, evidence, recurrence: null, pricing: null };
  return { types, evidence, recurrence: recurrenceOf(types, reading.tags), pricing: pricingOf(reading.tags) };
}
