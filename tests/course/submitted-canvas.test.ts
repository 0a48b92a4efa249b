import { describe, expect, it } from 'vitest';
import { freezeCanvas, parseSubmittedCanvas, submissionChecklist, toCanvasSnapshot, typesChangedByStudent } from '../../src/course/submitted-canvas.ts';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { reviewBlock } from '../../src/canvas/coaching.ts';
import { toCanvasJson } from '../../src/render/canvas-json.ts';
import { typicalCanvas } from '../render/fixtures/canvases.ts';

describe('the frozen snapshot of a submission', () => {
  const canvas = typicalCanvas();
  const frozen = freezeCanvas(canvas);

  it('holds all nine blocks with answers, types with their source, and the coaching notes of the moment', () => {
    expect(frozen.blocks.map((block) => block.id)).toEqual([...BLOCK_IDS]);
    for (const block of frozen.blocks) {
      const live = canvas.blocks.find((candidate) => candidate.id === block.id)!;
      expect(block.answers.map((answer) => answer.text)).toEqual(live.answers.map((answer) => answer.text));
      expect(block.types).toEqual(live.types);
      expect(block.notes).toEqual(live.answers.length > 0 ? reviewBlock(block.id, canvas) : []);
    }
    expect(frozen.blocks.some((block) => block.notes.length > 0)).toBe(true);
  });

  it('survives a round trip through JSON (the jsonb column) unchanged', () => {
    expect(parseSubmittedCanvas(JSON.parse(JSON.stringify(frozen)))).toEqual(frozen);
  });

  it('refuses a stored value of another shape', () => {
    expect(() => parseSubmittedCanvas({ version: 2 })).toThrow();
    expect(() => parseSubmittedCanvas({ ...frozen, blocks: [{ ...frozen.blocks[0], id: 'nope' }] })).toThrow();
  });

  it('turns back into a canvas that exports like the live one', () => {
    const again = toCanvasSnapshot(frozen, 'rev-1', new Date('2026-03-01T00:00:00Z'));
    expect(toCanvasJson(again).blocks).toEqual(toCanvasJson(canvas).blocks);
    expect(again.title).toBe(canvas.title);
  });

  it('lists the empty blocks and open notes to show before sending', () => {
    const checklist = submissionChecklist(frozen);
    expect(checklist.emptyBlocks).toEqual(frozen.blocks.filter((block) => block.answers.length === 0).map((block) => block.id));
    expect(checklist.emptyBlocks.length).toBeGreaterThan(0);
    expect(checklist.notes.length).toBe(frozen.blocks.reduce((sum, block) => sum + block.notes.length, 0));
  });

  it('tells whether the student switched on a type the classifier had not recognised', () => {
    const block = frozen.blocks.find((candidate) => candidate.id === 'revenue_streams')!;
    expect(typesChangedByStudent({ ...block, types: [{ id: 'subscription', source: 'classifier' }] })).toBe(false);
    expect(typesChangedByStudent({ ...block, types: [{ id: 'subscription', source: 'user' }] })).toBe(true);
  });
});
