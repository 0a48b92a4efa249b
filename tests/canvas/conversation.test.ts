import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCallbackData, parseCallbackData } from '../../src/bot/callback-data.ts';
import { BLOCK_IDS, type BlockId } from '../../src/canvas/blocks.ts';
import { TYPE_IDS_BY_BLOCK } from '../../src/canvas/business-types.ts';
import { typesToTick } from '../../src/canvas/canvas-content.ts';
import { MAX_TITLE_LENGTH } from '../../src/canvas/canvas-list.ts';
import { decide } from '../../src/canvas/conversation.ts';
import type { CanvasStep, ConversationMode } from '../../src/canvas/conversation-mode.ts';
import {
  type ButtonAction,
  type CanvasView,
  type ConversationState,
  type Decision,
  type Effect,
  type Input,
  type Line,
  NEW_CANVAS_ID,
  type Param,
} from '../../src/canvas/conversation-types.ts';
import { businessKind } from '../../src/canvas/examples.ts';
import { questionCounts } from '../../src/canvas/questions.ts';
import type { Classification } from '../../src/classify/index.ts';

// ------------------------------------------------------------------ builders

function canvasAt(step: CanvasStep, answers: Partial<Record<BlockId, string[]>> = {}, id = 7): CanvasView {
  return {
    id,
    title: 'Пекарня',
    language: 'ru',
    step,
    stepVersion: 3,
    answers: Object.fromEntries(
      BLOCK_IDS.map((blockId) => [blockId, (answers[blockId] ?? []).map((text, index) => ({ questionIndex: index, text, messageId: 100 + index }))]),
    ) as CanvasView['answers'],
    types: { customer_relationships: [], revenue_streams: [] },
    createdAt: new Date(0),
    updatedAt: new Date(0),
  };
}

function stateWith(mode: ConversationMode, canvas: CanvasView | null, others: CanvasView[] = []): ConversationState {
  const summaries = [...(canvas ? [canvas] : []), ...others].map((item) => ({
    id: item.id,
    title: item.title,
    done: item.step.kind === 'done',
    blockId: item.step.kind === 'done' ? null : item.step.blockId,
  }));
  return { userId: 1, mode, language: 'ru', activeCanvasId: canvas?.id ?? null, author: 'Анна', canvas, canvases: summaries };
}

const question = (blockId: BlockId, questionIndex = 0): CanvasStep => ({ kind: 'question', blockId, questionIndex });
const allAnswered = (): Partial<Record<BlockId, string[]>> =>
  Object.fromEntries(BLOCK_IDS.map((blockId) => [blockId, Array.from({ length: questionCounts()[blockId] }, (_, index) => `ответ ${blockId} ${index}`)]));
const press = (action: ButtonAction, target: CanvasView | null): Input => ({ kind: 'button', action, messageId: 55, target });
const text = (value: string): Input => ({ kind: 'text', text: value, messageId: 900 });

function keysOf(decision: Decision): string[] {
  const keys: string[] = [];
  const fromParam = (param: Param): void => {
    if (typeof param !== 'object') return;
    if ('t' in param) {
      keys.push(param.t);
      for (const value of Object.values(param.params ?? {})) fromParam(value);
    } else if ('join' in param) {
      for (const part of param.join) fromParam(part);
    }
  };
  const fromLine = (line: Line): void => {
    if ('raw' in line) return;
    keys.push(line.key);
    for (const value of Object.values(line.params ?? {})) fromParam(value);
  };
  for (const effect of decision.effects) {
    if (effect.kind === 'send' || effect.kind === 'edit_message') {
      effect.message.lines.forEach(fromLine);
      for (const row of effect.buttons ?? []) for (const button of row) fromLine(button.label);
    }
    if (effect.kind === 'answer_button' && effect.text) fromLine(effect.text);
  }
  return keys;
}

const sends = (decision: Decision) => decision.effects.filter((effect): effect is Extract<Effect, { kind: 'send' }> => effect.kind === 'send');
const sentKeys = (decision: Decision) => sends(decision).flatMap((effect) => effect.message.lines.flatMap((line) => ('key' in line ? [line.key] : [])));
const buttonsOf = (decision: Decision) => sends(decision).flatMap((effect) => (effect.buttons ?? []).flat());
const buttonKinds = (decision: Decision) => buttonsOf(decision).map((button) => button.action.kind);
const writes = (decision: Decision) => decision.effects.filter((effect) => !['send', 'edit_message', 'answer_button'].includes(effect.kind));

// Locale keys, read as data: every key the conversation names must exist in both languages.
const localesDir = new URL('../../locales/', import.meta.url).pathname;
const localeFiles = new Map<string, unknown>();
function localeHas(language: string, key: string): boolean {
  const [namespace, path] = key.includes(':') ? (key.split(':') as [string, string]) : ['common', key];
  const file = join(localesDir, language, `${namespace}.json`);
  if (!localeFiles.has(file)) localeFiles.set(file, JSON.parse(readFileSync(file, 'utf8')));
  let node: unknown = localeFiles.get(file);
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string, unknown>)[part];
  }
  return node !== undefined;
}
const languages = readdirSync(localesDir);

// ------------------------------------------------------------------ exhaustive sweep

const MODES: ConversationMode[] = [
  { kind: 'idle' },
  { kind: 'awaiting_title' },
  { kind: 'filling' },
  { kind: 'paused' },
  { kind: 'paused', heldText: 'отложенный ответ' },
  { kind: 'adding', blockId: 'channels' },
];

const STEPS: Array<CanvasStep | null> = [
  null,
  question('customer_segments'),
  question('channels', 2),
  question('cost_structure', 1),
  { kind: 'question', blockId: 'key_partners', questionIndex: 0, returnTo: 'done', draft: [{ questionIndex: 0, text: 'новое', messageId: 5 }] },
  { kind: 'question', blockId: 'customer_segments', questionIndex: 1, returnTo: 'resume', resumeAt: { blockId: 'key_resources', questionIndex: 0 } },
  { kind: 'confirm_types', blockId: 'customer_relationships', recognised: ['community'], selected: ['community'] },
  { kind: 'confirm_types', blockId: 'revenue_streams', recognised: [], selected: [], heldText: 'ещё текст', returnTo: 'done' },
  { kind: 'done' },
];

function inputsFor(canvas: CanvasView | null): Input[] {
  const id = canvas?.id ?? 7;
  const version = canvas?.stepVersion ?? 3;
  const actions: ButtonAction[] = [
    ...(['example', 'skip', 'back', 'pause'] as const).map((action) => ({ kind: 'navigate' as const, action, canvasId: id, stepVersion: version })),
    { kind: 'navigate', action: 'skip', canvasId: id, stepVersion: version - 1 },
    { kind: 'toggle_type', typeId: 'personal_assistance', canvasId: id, stepVersion: version },
    { kind: 'toggle_type', typeId: 'advertising', canvasId: id, stepVersion: version },
    { kind: 'confirm_types', canvasId: id, stepVersion: version },
    { kind: 'types_legend', canvasId: id, stepVersion: version },
    { kind: 'add_held_text', canvasId: id, stepVersion: version },
    { kind: 'resume', canvasId: id },
    { kind: 'resume_with_text', canvasId: id },
    { kind: 'open_canvas', canvasId: id },
    { kind: 'delete_canvas', canvasId: id },
    { kind: 'delete_canvas_confirmed', canvasId: id },
    { kind: 'edit_block', canvasId: id, blockId: 'channels' },
    { kind: 'edit_block', canvasId: id, blockId: 'revenue_streams' },
    { kind: 'edit_mode', how: 'replace', canvasId: id, blockId: 'revenue_streams' },
    { kind: 'edit_mode', how: 'add', canvasId: id, blockId: 'channels' },
    { kind: 'fill_empty', canvasId: id },
    { kind: 'classic_picture', canvasId: id },
    ...(['new', 'list', 'edit', 'export', 'canvas', 'picture'] as const).map((item) => ({ kind: 'menu' as const, item })),
    { kind: 'language', language: 'en' },
  ];
  return [
    text('Жители района, которые платят подписку'),
    text('\u200b \u2060'),
    text('x'.repeat(4096)),
    { kind: 'edited_text', text: 'исправлено', messageId: 100 },
    { kind: 'media' },
    { kind: 'unknown_command', suggestion: 'cancel' },
    { kind: 'unknown_command', suggestion: null },
    { kind: 'unknown_button' },
    ...(
      [
        'start',
        'help',
        'lang',
        'cancel',
        'new',
        'list',
        'canvas',
        'export',
        'edit',
        'skip',
        'back',
        'pause',
        'resume',
        'stop_reminders',
        'start_reminders',
      ] as const
    ).map((command): Input => ({ kind: 'command', command })),
    ...actions.map((action) => press(action, canvas)),
    ...actions.slice(0, 3).map((action) => press(action, null)),
  ];
}

describe('decide: every input in every state', () => {
  const cases: Array<[string, ConversationState, Input]> = [];
  // Every step with the mode it is normally in, and every mode at a few steps.
  const pairs: Array<[ConversationMode, CanvasStep | null]> = [
    ...STEPS.map((step): [ConversationMode, CanvasStep | null] => [step ? { kind: 'filling' } : { kind: 'idle' }, step]),
    ...MODES.flatMap((mode) => [null, STEPS[2] ?? null, STEPS[6] ?? null, STEPS[8] ?? null].map((step): [ConversationMode, CanvasStep | null] => [mode, step])),
  ];
  for (const [mode, step] of pairs) {
    {
      const canvas = step ? canvasAt(step, { customer_segments: ['Офисные работники', 'Рядом с офисом'] }) : null;
      const other = canvasAt(question('channels'), {}, 8);
      for (const input of inputsFor(canvas)) cases.push([`${mode.kind}/${step?.kind ?? 'none'}/${input.kind}`, stateWith(mode, canvas, [other]), input]);
    }
  }

  it(`answers each of ${cases.length} combinations with something the user sees, in both languages, within Telegram's limits`, () => {
    for (const [name, state, input] of cases) {
      const frozen = structuredClone(state);
      const decision = decide(state, input);
      expect(state, `${name}: the state passed in is not changed`).toEqual(frozen);
      const visible = decision.effects.some((effect) =>
        ['send', 'edit_message', 'answer_button', 'send_summary', 'send_picture', 'send_export'].includes(effect.kind),
      );
      const silentEdit = input.kind === 'edited_text';
      if (!silentEdit) expect(visible, `${name}: replies`).toBe(true);
      for (const key of keysOf(decision)) for (const language of languages) expect(localeHas(language, key), `${name}: ${language} ${key}`).toBe(true);
      for (const effect of sends(decision)) {
        for (const row of effect.buttons ?? []) {
          for (const button of row) {
            const data = encodeCallbackData(button.action, (id) => (id === NEW_CANVAS_ID ? 2_147_483_647 : id));
            expect(Buffer.byteLength(data), `${name}: ${data}`).toBeLessThanOrEqual(64);
            expect(parseCallbackData(data), `${name}: ${data} parses back`).not.toBeNull();
          }
        }
      }
      // A decision never leaves a step version behind the one it started from.
      if (decision.state.canvas && state.canvas && decision.state.canvas.id === state.canvas.id) {
        expect(decision.state.canvas.stepVersion).toBeGreaterThanOrEqual(state.canvas.stepVersion);
      }
    }
  });

  it('is deterministic: the same state and input give the same decision', () => {
    for (const [, state, input] of cases.slice(0, 200)) expect(decide(state, input)).toEqual(decide(state, input));
  });

  it('decides without the canvas list as with it, or asks for the list and decides nothing', () => {
    for (const [name, state, input] of cases) {
      const withList = decide(state, input);
      const withoutList = decide({ ...state, canvases: null }, input);
      if (withoutList.needsCanvasList) {
        expect(withoutList.effects, `${name}: nothing decided before the list is read`).toEqual([]);
        continue;
      }
      expect(withoutList.effects, name).toEqual(withList.effects);
      expect({ ...withoutList.state, canvases: withList.state.canvases }, name).toEqual(withList.state);
    }
  });
});

describe('decide: the canvas list is needed only where it is shown or changes the outcome', () => {
  const canvas = canvasAt(question('customer_segments'), {}, 7);
  const older = canvasAt(question('channels'), {}, 8);
  const unread = (state: ConversationState): ConversationState => ({ ...state, canvases: null });

  it('an ordinary answer does not need the list', () => {
    const decision = decide(unread(stateWith({ kind: 'filling' }, canvas, [older])), text('Офисные работники рядом с бизнес-центром'));
    expect(decision.needsCanvasList).toBeUndefined();
    expect(decision.effects.map((effect) => effect.kind)).toContain('store_answer');
  });

  it('the list screen asks for the list when it was not read, then shows every canvas', () => {
    const state = stateWith({ kind: 'filling' }, canvas, [older]);
    const asked = decide(unread(state), { kind: 'command', command: 'list' });
    expect(asked).toEqual({ state: unread(state), effects: [], needsCanvasList: true });
    const shown = decide(state, { kind: 'command', command: 'list' });
    expect(shown.needsCanvasList).toBeUndefined();
    const actions = sends(shown).flatMap((effect) => (effect.buttons ?? []).flat().map((button) => button.action));
    expect(actions).toContainEqual({ kind: 'open_canvas', canvasId: 7 });
    expect(actions).toContainEqual({ kind: 'open_canvas', canvasId: 8 });
  });
});

// ------------------------------------------------------------------ the walk through a canvas

describe('decide: answering', () => {
  it('a name creates a canvas, makes it active and asks the first question with buttons bound to it', () => {
    const decision = decide(stateWith({ kind: 'awaiting_title' }, null), text('Пекарня «Колос»'));
    expect(decision.effects[0]).toEqual({ kind: 'create_canvas', title: 'Пекарня «Колос»', language: 'ru' });
    expect(decision.state.mode).toEqual({ kind: 'filling' });
    expect(decision.state.activeCanvasId).toBe(NEW_CANVAS_ID);
    expect(sentKeys(decision)).toContain('flow.question');
    expect(buttonsOf(decision).map((button) => button.action)).toContainEqual({ kind: 'navigate', action: 'skip', canvasId: NEW_CANVAS_ID, stepVersion: 0 });
  });

  it('a name over the limit is cut at a word and the user is told, instead of being refused', () => {
    const long = `Пекарня ${'очень '.repeat(30)}вкусная`;
    const decision = decide(stateWith({ kind: 'awaiting_title' }, null), text(long));
    const created = decision.effects.find((effect) => effect.kind === 'create_canvas');
    expect(created?.kind === 'create_canvas' && Array.from(created.title).length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(created?.kind === 'create_canvas' && created.title.endsWith('…')).toBe(true);
    expect(sentKeys(decision)).toContain('canvas.title_cut');
    expect(decision.state.mode).toEqual({ kind: 'filling' });
  });

  it('an answer is stored with the message it came in, and the canvas moves on with a new step version', () => {
    const canvas = canvasAt(question('customer_segments'));
    const decision = decide(stateWith({ kind: 'filling' }, canvas), text('  Офисные работники  '));
    expect(writes(decision)).toEqual([
      { kind: 'store_answer', canvasId: 7, blockId: 'customer_segments', questionIndex: 0, text: 'Офисные работники', messageId: 900 },
    ]);
    expect(decision.state.canvas?.step).toEqual(question('customer_segments', 1));
    expect(decision.state.canvas?.stepVersion).toBe(4);
  });

  it('an answer of invisible characters only is empty; up to 4096 characters is taken', () => {
    const canvas = canvasAt(question('customer_segments'));
    const empty = decide(stateWith({ kind: 'filling' }, canvas), text('\u200b\u200c\ufeff '));
    expect(writes(empty)).toEqual([]);
    expect(sentKeys(empty)).toEqual(['errors.empty_text']);
    const long = decide(stateWith({ kind: 'filling' }, canvas), text('б'.repeat(4096)));
    expect(writes(long)[0]).toMatchObject({ kind: 'store_answer', text: 'б'.repeat(4096) });
  });

  it('text sent while paused is held and offered as the answer; one tap keeps it', () => {
    const canvas = canvasAt(question('channels', 1));
    const held = decide(stateWith({ kind: 'paused' }, canvas), text('Через сайт'));
    expect(writes(held)).toEqual([]);
    expect(held.state.mode).toEqual({ kind: 'paused', heldText: 'Через сайт' });
    expect(buttonKinds(held)).toContain('resume_with_text');
    const kept = decide(held.state, press({ kind: 'resume_with_text', canvasId: 7 }, canvas));
    expect(writes(kept)).toEqual([{ kind: 'store_answer', canvasId: 7, blockId: 'channels', questionIndex: 1, text: 'Через сайт', messageId: null }]);
    expect(kept.state.mode).toEqual({ kind: 'filling' });
  });

  it('text typed while the type screen is open is kept and can be added to the block', () => {
    const canvas = canvasAt(
      { kind: 'confirm_types', blockId: 'customer_relationships', recognised: [], selected: [] },
      { customer_relationships: ['Чат', 'Звонки'] },
    );
    const held = decide(stateWith({ kind: 'filling' }, canvas), text('Ещё у нас есть клуб для постоянных'));
    expect(writes(held)).toEqual([]);
    expect(held.state.canvas?.step).toMatchObject({ kind: 'confirm_types', heldText: 'Ещё у нас есть клуб для постоянных' });
    const addButton = buttonsOf(held).find((button) => button.action.kind === 'add_held_text');
    expect(addButton).toBeDefined();
    const added = decide(held.state, press(addButton!.action, held.state.canvas));
    expect(writes(added)[0]).toMatchObject({ kind: 'add_answer', blockId: 'customer_relationships', text: 'Ещё у нас есть клуб для постоянных' });
  });

  it('the type screen is short: the legend is behind a button, toggles are short', () => {
    const canvas = canvasAt(question('customer_relationships', 1), { customer_relationships: ['Личный тренер у каждого клиента'] });
    const decision = decide(stateWith({ kind: 'filling' }, canvas), text('Общий чат в телеграме, где участники помогают друг другу'));
    const keys = sentKeys(decision);
    expect(keys).toContain('types.header');
    expect(keys).not.toContain('types.legend_line');
    expect(buttonKinds(decision)).toContain('types_legend');
    const legend = decide(decision.state, press({ kind: 'types_legend', canvasId: 7, stepVersion: decision.state.canvas!.stepVersion }, decision.state.canvas));
    expect(sentKeys(legend).filter((key) => key === 'types.legend_line')).toHaveLength(TYPE_IDS_BY_BLOCK.customer_relationships.length);
    // The screen itself, without the legend, stays short: a few lines, not a page.
    const screen = sends(decision).at(-1)!;
    expect(screen.message.lines.length).toBeLessThanOrEqual(8);
  });

  it('a coaching note comes with the block it concerns and a button to add to that block', () => {
    const canvas = canvasAt(question('customer_segments', 1), { customer_segments: ['все'] });
    const decision = decide(stateWith({ kind: 'filling' }, canvas), text('все'));
    expect(sentKeys(decision)).toContain('coaching_about');
    expect(buttonsOf(decision).map((button) => button.action)).toContainEqual({ kind: 'edit_mode', how: 'add', canvasId: 7, blockId: 'customer_segments' });
  });
});

describe('decide: editing', () => {
  const finished = () => canvasAt({ kind: 'done' }, allAnswered());

  it('replacing a block keeps the old answers until the new ones are complete', () => {
    const canvas = finished();
    const start = decide(stateWith({ kind: 'idle' }, canvas), press({ kind: 'edit_mode', how: 'replace', canvasId: 7, blockId: 'revenue_streams' }, canvas));
    expect(writes(start)).toEqual([]);
    expect(start.state.canvas?.step).toMatchObject({ kind: 'question', blockId: 'revenue_streams', questionIndex: 0, draft: [] });
    const first = decide(start.state, text('Продаём хлеб'));
    expect(writes(first)).toEqual([]);
    expect(first.state.canvas?.answers.revenue_streams).toEqual(canvas.answers.revenue_streams);
    const cancelled = decide(first.state, { kind: 'command', command: 'cancel' });
    expect(writes(cancelled)).toEqual([]);
    expect(cancelled.state.canvas?.step).toEqual({ kind: 'done' });
    expect(sentKeys(cancelled)).toContain('cancel.replace_left');
  });

  it('a replaced block is written at once when its last question is answered', () => {
    const canvas = finished();
    let state = decide(stateWith({ kind: 'idle' }, canvas), press({ kind: 'edit_mode', how: 'replace', canvasId: 7, blockId: 'key_partners' }, canvas)).state;
    state = decide(state, text('Мельница')).state;
    const last = decide(state, text('Курьерская служба'));
    expect(writes(last)).toEqual([
      {
        kind: 'replace_block',
        canvasId: 7,
        blockId: 'key_partners',
        answers: [
          { questionIndex: 0, text: 'Мельница', messageId: 900 },
          { questionIndex: 1, text: 'Курьерская служба', messageId: 900 },
        ],
      },
    ]);
    // Back on the finished canvas: what changed, and the picture on request, not the whole canvas again.
    expect(last.effects.some((effect) => effect.kind === 'send_summary' || effect.kind === 'send_picture')).toBe(false);
    expect(sentKeys(last)).toContain('edit.block_now');
    expect(buttonsOf(last).map((button) => button.action)).toContainEqual({ kind: 'menu', item: 'picture' });
  });

  it('/edit of a block with a skipped question goes to that question', () => {
    const answers = allAnswered();
    answers.channels = ['Сайт'];
    const canvas = canvasAt({ kind: 'done' }, answers);
    const decision = decide(stateWith({ kind: 'idle' }, canvas), press({ kind: 'edit_block', canvasId: 7, blockId: 'channels' }, canvas));
    expect(decision.state.canvas?.step).toMatchObject({ kind: 'question', blockId: 'channels', questionIndex: 1, returnTo: 'done' });
    expect(sentKeys(decision)).toContain('edit.skipped_question');
  });

  it('an edited message that was stored as an answer updates that answer and says so', () => {
    const canvas = canvasAt(question('channels'), { customer_segments: ['Офис'] });
    const decision = decide(stateWith({ kind: 'filling' }, canvas), { kind: 'edited_text', text: 'Офисные работники', messageId: 100 });
    expect(writes(decision)).toEqual([{ kind: 'update_answer', canvasId: 7, messageId: 100, text: 'Офисные работники' }]);
    expect(sentKeys(decision)).toEqual(['flow.answer_edited']);
    const unrelated = decide(stateWith({ kind: 'filling' }, canvas), { kind: 'edited_text', text: 'что-то', messageId: 999 });
    expect(unrelated.effects).toEqual([]);
  });
});

describe('decide: finishing and canvases', () => {
  it('a canvas with empty blocks is not called filled: it says how many and offers to fill them', () => {
    const canvas = canvasAt(question('cost_structure', 1), { customer_segments: ['Офис', 'Утро'], cost_structure: ['Аренда'] });
    const decision = decide(stateWith({ kind: 'filling' }, canvas), text('Мука'));
    expect(sentKeys(decision)).toContain('flow.finished_with_gaps');
    expect(sentKeys(decision)).not.toContain('flow.finished');
    const gaps = sends(decision)
      .flatMap((effect) => effect.message.lines)
      .find((line) => 'key' in line && line.key === 'flow.finished_with_gaps');
    expect(gaps && 'params' in gaps ? gaps.params?.empty : null).toBe(7);
    expect(buttonKinds(decision)).toContain('fill_empty');
    const fill = decide(decision.state, press({ kind: 'fill_empty', canvasId: 7 }, decision.state.canvas));
    expect(fill.state.canvas?.step).toMatchObject({
      kind: 'question',
      blockId: 'value_propositions',
      questionIndex: 0,
      returnTo: 'resume',
      resumeAt: { blockId: 'channels', questionIndex: 0 },
    });
  });

  it('deleting the active canvas switches to the most recent other one and says so', () => {
    const active = canvasAt(question('channels'), {}, 7);
    const other = canvasAt(question('customer_segments'), {}, 9);
    const decision = decide(stateWith({ kind: 'filling' }, active, [other]), press({ kind: 'delete_canvas_confirmed', canvasId: 7 }, active));
    expect(writes(decision)).toEqual([{ kind: 'delete_canvas', canvasId: 7 }]);
    expect(decision.state.activeCanvasId).toBe(9);
    expect(decision.state.mode).toEqual({ kind: 'paused' });
    expect(sentKeys(decision)).toEqual(['canvas.deleted_switched']);
  });

  it('/canvas sends the summary and the phone picture; /export the file and the full-size picture', () => {
    const canvas = canvasAt({ kind: 'done' }, allAnswered());
    expect(decide(stateWith({ kind: 'idle' }, canvas), { kind: 'command', command: 'canvas' }).effects).toEqual([
      { kind: 'send_summary', canvasId: 7 },
      { kind: 'send_picture', canvasId: 7, view: 'phone' },
    ]);
    expect(decide(stateWith({ kind: 'idle' }, canvas), { kind: 'command', command: 'export' }).effects.map((effect) => effect.kind)).toEqual(['send_export']);
  });

  it('a finished canvas ends with the phone picture after the verdict', () => {
    const canvas = canvasAt(question('cost_structure', 1), allAnswered());
    const decision = decide(stateWith({ kind: 'filling' }, canvas), text('Мука и зарплаты пекарей'));
    expect(decision.state.canvas?.step).toEqual({ kind: 'done' });
    const kinds = decision.effects.map((effect) => effect.kind);
    expect(kinds.lastIndexOf('send')).toBeLessThan(kinds.indexOf('send_picture'));
    expect(decision.effects.at(-1)).toEqual({ kind: 'send_picture', canvasId: 7, view: 'phone' });
  });

  it('the classic-view button sends the classic picture of that canvas, active or not, and changes nothing', () => {
    const active = canvasAt(question('channels'), {}, 7);
    const older = canvasAt({ kind: 'done' }, allAnswered(), 9);
    const state = stateWith({ kind: 'filling' }, active, [older]);
    const decision = decide(state, press({ kind: 'classic_picture', canvasId: 9 }, older));
    expect(decision.effects).toEqual([{ kind: 'answer_button' }, { kind: 'send_picture', canvasId: 9, view: 'classic' }]);
    expect(decision.state.activeCanvasId).toBe(7);
    expect(decision.state.mode).toEqual(state.mode);

    const gone = decide(state, press({ kind: 'classic_picture', canvasId: 12 }, null));
    expect(gone.effects.some((effect) => effect.kind === 'send_picture')).toBe(false);
    expect(sentKeys(gone)).toEqual(['errors.canvas_gone']);
  });

  it('a press on an older message only re-shows where the canvas is', () => {
    const canvas = canvasAt(question('channels'));
    const decision = decide(stateWith({ kind: 'filling' }, canvas), press({ kind: 'navigate', action: 'skip', canvasId: 7, stepVersion: 2 }, canvas));
    expect(writes(decision)).toEqual([]);
    expect(decision.state.canvas?.step).toEqual(canvas.step);
    expect(decision.effects[0]).toEqual({ kind: 'answer_button', text: { key: 'errors.stale_button' } });
  });

  it('an unknown command suggests the nearest one', () => {
    const decision = decide(stateWith({ kind: 'idle' }, null), { kind: 'unknown_command', suggestion: 'cancel' });
    expect(sends(decision)[0]?.message.lines[0]).toEqual({ key: 'errors.unknown_command_suggest', params: { command: 'cancel' } });
  });
});

describe("typesToTick: the user's choices win over the classifier", () => {
  const classified = (entries: Array<[string, string[], number?]>): Classification => ({
    types: entries.map(([type]) => type) as Classification['types'],
    evidence: entries.map(([type, words, confidence]) => ({ type: type as Classification['types'][number], words, confidence: confidence ?? 1 })),
    recurrence: null,
    pricing: null,
  });

  it('a type switched off stays off while the words that triggered it are the same', () => {
    const before = classified([
      ['community', ['чат']],
      ['personal_assistance', ['менеджер']],
    ]);
    const now = classified([
      ['community', ['чат']],
      ['personal_assistance', ['менеджер']],
    ]);
    expect(typesToTick('customer_relationships', now, before, [{ id: 'personal_assistance', source: 'classifier' }])).toEqual(['personal_assistance']);
  });

  it('a type switched off comes back when new words trigger it', () => {
    const before = classified([['community', ['чат']]]);
    const now = classified([['community', ['чат', 'клуб']]]);
    expect(typesToTick('customer_relationships', now, before, [])).toEqual(['community']);
  });

  it('a type the user switched on stays on although the classifier does not see it', () => {
    const now = classified([['community', ['чат']]]);
    expect(
      typesToTick('customer_relationships', now, now, [
        { id: 'community', source: 'classifier' },
        { id: 'co_creation', source: 'user' },
      ]),
    ).toEqual(['community', 'co_creation']);
  });

  it('only confident types are pre-ticked', () => {
    const now = classified([
      ['community', ['чат'], 1],
      ['self_service', ['сайт'], 0.3],
    ]);
    expect(typesToTick('customer_relationships', now, null, null)).toEqual(['community']);
  });
});

describe("examples close to the user's business", () => {
  it('a service, a platform and a product each get their own example', () => {
    expect(businessKind('Барбершоп «Борода»', '')).toBe('service');
    expect(businessKind('Фитнес-студия', '')).toBe('service');
    expect(businessKind('Платформа для репетиторов', '')).toBe('platform');
    expect(businessKind('Маркетплейс керамики', '')).toBe('platform');
    expect(businessKind('Обжарка кофе', 'кофейни города')).toBe('product');
  });

  it('the example button shows the example of the closest business', () => {
    const canvas = { ...canvasAt(question('revenue_streams')), title: 'Салон красоты' };
    const decision = decide(stateWith({ kind: 'filling' }, canvas), press({ kind: 'navigate', action: 'example', canvasId: 7, stepVersion: 3 }, canvas));
    expect(sends(decision)[0]?.message.lines[0]).toEqual({ key: 'flow.example', params: { example: { t: 'blocks:revenue_streams.example_service' } } });
  });
});
