import { describe, expect, it } from 'vitest';
import { encodeCallbackData, parseCallbackData, prefixPattern } from '../../src/bot/callback-data.ts';
import type { ButtonAction } from '../../src/canvas/conversation-types.ts';

const MAX_ID = 2_147_483_647;

const EVERY_ACTION: ButtonAction[] = [
  { kind: 'navigate', action: 'skip', canvasId: MAX_ID, stepVersion: MAX_ID },
  { kind: 'toggle_type', typeId: 'advertising', canvasId: MAX_ID, stepVersion: MAX_ID },
  { kind: 'confirm_types', canvasId: MAX_ID, stepVersion: MAX_ID },
  { kind: 'types_legend', canvasId: MAX_ID, stepVersion: MAX_ID },
  { kind: 'add_held_text', canvasId: MAX_ID, stepVersion: MAX_ID },
  { kind: 'resume', canvasId: MAX_ID },
  { kind: 'resume_with_text', canvasId: MAX_ID },
  { kind: 'open_canvas', canvasId: MAX_ID },
  { kind: 'delete_canvas', canvasId: MAX_ID },
  { kind: 'delete_canvas_confirmed', canvasId: MAX_ID },
  { kind: 'fill_empty', canvasId: MAX_ID },
  { kind: 'edit_block', canvasId: MAX_ID, blockId: 'cost_structure' },
  { kind: 'edit_mode', how: 'replace', canvasId: MAX_ID, blockId: 'customer_segments' },
  { kind: 'menu', item: 'picture' },
  { kind: 'language', language: 'en' },
  { kind: 'classic_picture', canvasId: MAX_ID },
];

describe('callback data', () => {
  it('every button action survives encoding, within 64 bytes, even with the largest ids', () => {
    for (const action of EVERY_ACTION) {
      const data = encodeCallbackData(action);
      expect(Buffer.byteLength(data)).toBeLessThanOrEqual(64);
      expect(parseCallbackData(data)).toEqual(action);
    }
  });

  it('rejects forged, outdated or malformed payloads', () => {
    for (const data of [
      '',
      'nav:skip',
      'nav:explode:1:1',
      'ty:x:1:1',
      'edit:1:0',
      'edit:1:10',
      'lang:de',
      'menu:admin',
      'open:-1',
      'open:99999999999',
      'x'.repeat(65),
      'resume:1:2',
      'pic:classic',
      'pic:wide:1',
    ]) {
      expect(parseCallbackData(data), data).toBeNull();
    }
  });

  it('maps the canvas created in the same decision to its stored id', () => {
    expect(encodeCallbackData({ kind: 'resume', canvasId: 0 }, (id) => (id === 0 ? 42 : id))).toBe('resume:42');
  });

  it("a feature's prefixes match only its own payloads", () => {
    const pattern = prefixPattern(['edit', 'editmode']);
    expect(pattern.test('edit:1:2')).toBe(true);
    expect(pattern.test('editmode:add:1:2')).toBe(true);
    expect(pattern.test('del:1')).toBe(false);
    expect(prefixPattern(['del']).test('delok:1')).toBe(false);
  });
});
