/**
 * The classifier the bot uses: the rules alone, or, with CLASSIFY_WITH_MODEL (learned.ts), the learned layer stored
 * in model.json weighing the rules' reading (RULES_WITH_MODEL). The bot pre-ticks from PRETICK_CONFIDENCE either way; the stored
 * model's own pre-tick is calibrated at or under it (a test holds this), so what it pre-ticks stays as right.
 */
import { readFileSync } from 'node:fs';
import type { TypedBlockId } from '../canvas/blocks.ts';
import { projectPath } from '../project-files.ts';
import { type Classification, classifyAnswer as classifyByRules } from './classify.ts';
import { CLASSIFY_WITH_MODEL, classifyWithModel, type Model, modelOf, RULES_WITH_MODEL, type StoredModel } from './learned.ts';

let storedModel: Model | undefined;

/** model.json, read once on first use: half a megabyte the rules alone never need. */
function stored(): Model {
  storedModel ??= modelOf(JSON.parse(readFileSync(projectPath('src', 'classify', 'model.json'), 'utf8')) as StoredModel);
  return storedModel;
}

/** Classifies one answer of a typed block. */
export function classifyAnswer(blockId: TypedBlockId, text: string): Classification {
  return CLASSIFY_WITH_MODEL ? classifyWithModel(blockId, text, stored(), undefined, RULES_WITH_MODEL) : classifyByRules(blockId, text);
}
