import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPictureSender } from '../../src/bot/canvas-picture.ts';
import { readSentFile } from '../../src/bot/local-api.ts';
import { visibleTexts } from '../../src/cli/chat-session.ts';
import { renderCanvasImage } from '../../src/render/canvas-image.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe(`canvas picture in the chat (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('/canvas sends the text and a photo only; /export sends canvas.json and the full-size PNG document', async () => {
    const harness = createHarness(database, {
      sendPicture: createPictureSender({ db: database.db, renderPicture: async (snapshot, scale) => renderCanvasImage(snapshot, { scale }) }),
    });
    const chat = harness.chat({ id: 4001 });
    await chat.text('/start');
    await chat.text('Пекарня «Колос»');
    await chat.text('Жители района');
    const calls = await chat.text('/canvas');
    const methods = calls.map((call) => call.method);
    expect(methods.indexOf('sendMessage')).toBeLessThan(methods.indexOf('sendPhoto'));
    expect(calls.find((call) => call.method === 'sendChatAction')?.payload.action).toBe('upload_photo');
    const photoCall = calls.find((call) => call.method === 'sendPhoto');
    expect(String(photoCall?.payload.caption)).toContain('Пекарня «Колос»');
    expect(String(photoCall?.payload.caption).length).toBeLessThanOrEqual(1024);
    const photo = await readSentFile(photoCall?.payload.photo);
    expect(photo?.data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(methods).not.toContain('sendDocument');

    const exported = await chat.text('/export');
    expect(exported.map((call) => call.method).filter((method) => method.startsWith('send') && method !== 'sendChatAction')).toEqual(['sendDocument', 'sendDocument']);
    const json = await readSentFile(exported[0]?.payload.document);
    expect(json?.name).toBe('canvas.json');
    const documentCall = exported.filter((call) => call.method === 'sendDocument')[1];
    const document = await readSentFile(documentCall?.payload.document);
    expect(document?.name).toBe('Пекарня-Колос.png');
    expect(document!.data.length).toBeGreaterThan(photo!.data.length);
  });

  it('still delivers the text summary and tells the user when the picture fails', async () => {
    const harness = createHarness(database, {
      sendPicture: createPictureSender({
        db: database.db,
        renderPicture: async () => {
          throw new Error('renderer down');
        },
      }),
    });
    const chat = harness.chat({ id: 4002 });
    await chat.text('/start');
    await chat.text('Автосервис');
    const texts = visibleTexts(await chat.text('/canvas')).join('\n');
    expect(texts).toContain('Автосервис');
    expect(texts).toContain('Картинку холста отправить не получилось');
  });
});
