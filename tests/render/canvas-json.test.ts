import { describe, expect, it } from 'vitest';
import { BLOCK_IDS } from '../../src/canvas/blocks.ts';
import { parseCanvasJson, toCanvasJson } from '../../src/render/canvas-json.ts';
import { typicalCanvas } from './fixtures/canvases.ts';

const minimal = { version: 1, title: 'Тест', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-02T00:00:00.000Z' };

describe('canvas.json', () => {
  it('round-trips a canvas through the export format', () => {
    const canvas = typicalCanvas();
    const json = JSON.parse(JSON.stringify(toCanvasJson(canvas)));
    const back = parseCanvasJson(json);
    expect(back.blocks).toEqual(canvas.blocks.map((block) => ({ ...block, types: block.types.map((type) => ({ ...type, source: 'user' })) })));
    expect(back.updatedAt.toISOString()).toBe(canvas.updatedAt.toISOString());
    expect(json.blocks.map((block: { id: string }) => block.id)).toEqual([...BLOCK_IDS]);
    expect(json.blocks[3].title).toBe('Взаимоотношения с клиентами');
    expect(json.blocks[4].types).toEqual(['asset_sale', 'subscription']);
  });

  it('writes block titles in the canvas language', () => {
    const canvas = { ...typicalCanvas(), language: 'en' as const };
    expect(toCanvasJson(canvas).blocks[0]?.title).toBe('Customer Segments');
  });

  it('fills missing blocks as empty, defaults language to ru and type sources to user', () => {
    const canvas = parseCanvasJson({ ...minimal, blocks: [{ id: 'revenue_streams', answers: [{ text: 'Подписка' }], types: ['subscription'] }] });
    expect(canvas.language).toBe('ru');
    expect(canvas.author).toBeNull();
    expect(canvas.blocks.map((block) => block.id)).toEqual([...BLOCK_IDS]);
    expect(canvas.blocks[0]).toEqual({ id: 'customer_segments', answers: [], types: [], skipped: false });
    expect(canvas.blocks[4]?.types).toEqual([{ id: 'subscription', source: 'user' }]);
    expect(canvas.blocks[4]?.answers).toEqual([{ question: null, text: 'Подписка' }]);
  });

  it('rejects unknown block ids, types of another block and duplicates', () => {
    expect(() => parseCanvasJson({ ...minimal, blocks: [{ id: 'marketing', answers: [] }] })).toThrow(/unknown block id/);
    expect(() => parseCanvasJson({ ...minimal, blocks: [{ id: 'customer_relationships', types: ['subscription'] }] })).toThrow(/does not belong/);
    expect(() => parseCanvasJson({ ...minimal, blocks: [{ id: 'channels' }, { id: 'channels' }] })).toThrow(/twice/);
    expect(() => parseCanvasJson({ ...minimal, version: 2, blocks: [] })).toThrow();
    expect(() => parseCanvasJson({ ...minimal, updatedAt: 'yesterday', blocks: [] })).toThrow();
  });
});
