import { loadImage } from '@napi-rs/canvas';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPictureSender } from '../../src/bot/canvas-picture.ts';
import { flushOutbox } from '../../src/bot/delivery.ts';
import { readSentFile, type RecordedCall } from '../../src/bot/local-api.ts';
import type { CanvasSnapshot } from '../../src/canvas/snapshot.ts';
import { type ChatSession, visibleTexts } from '../../src/cli/chat-session.ts';
import { layoutCanvasImage, layoutPhoneImages, renderCanvasImage, renderPhoneImages } from '../../src/render/canvas-image.ts';
import type { TextItem } from '../../src/render/draw-items.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createHarness } from '../helpers/bot-harness.ts';
import { createTestDatabase, databaseKind } from '../helpers/test-database.ts';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A picture sender with the real renderers that also keeps every snapshot it drew. */
function recordingSender(database: DatabaseHandle) {
  const drawn: CanvasSnapshot[] = [];
  const sendPicture = createPictureSender({
    db: database.db,
    renderPicture: async (snapshot, scale) => {
      drawn.push(snapshot);
      return renderCanvasImage(snapshot, { scale });
    },
    renderPhonePicture: async (snapshot) => {
      drawn.push(snapshot);
      return renderPhoneImages(snapshot);
    },
  });
  return { drawn, sendPicture };
}

const methodsOf = (calls: RecordedCall[]) => calls.map((call) => call.method).filter((method) => method !== 'sendChatAction');
const mediaOf = (call: RecordedCall | undefined) => (call?.payload.media ?? []) as Array<{ type: string; media: unknown; caption?: string }>;
const pictureTexts = (items: TextItem[][]) => items.flat().map((item) => item.text);

/** Answers the first block's questions at length, so the phone picture needs more than one image. */
async function fillFirstBlocks(chat: ChatSession): Promise<void> {
  await chat.text('/start');
  await chat.text('Пекарня «Колос»');
  const paragraph =
    'Жители соседних домов, которые берут хлеб утром по дороге на работу и вечером к ужину; мамы с детьми после школы; офисы рядом заказывают выпечку к совещаниям. ';
  for (let index = 0; index < 6; index += 1) await chat.text(paragraph.repeat(3));
}

describe(`canvas picture in the chat (${databaseKind})`, () => {
  let database: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.close();
  });

  it('/canvas sends the text, then the phone picture as one album with the caption on the first image, then the classic-view button', async () => {
    const { sendPicture } = recordingSender(database);
    const harness = createHarness(database, { sendPicture });
    const chat = harness.chat({ id: 4001 });
    await fillFirstBlocks(chat);
    const calls = await chat.text('/canvas');
    const methods = methodsOf(calls);
    expect(methods.indexOf('sendMessage')).toBeLessThan(methods.indexOf('sendMediaGroup'));
    expect(methods).not.toContain('sendDocument');
    expect(methods).not.toContain('sendPhoto');
    expect(calls.find((call) => call.method === 'sendChatAction')?.payload.action).toBe('upload_photo');

    const media = mediaOf(calls.find((call) => call.method === 'sendMediaGroup'));
    expect(media.length).toBeGreaterThanOrEqual(2);
    expect(media.length).toBeLessThanOrEqual(10);
    expect(media[0]?.caption).toContain('Пекарня «Колос»');
    expect(media[0]?.caption?.length).toBeLessThanOrEqual(1024);
    expect(media.slice(1).every((item) => item.caption === undefined)).toBe(true);
    for (const item of media) {
      expect(item.type).toBe('photo');
      const file = await readSentFile(item.media);
      expect(file?.data.subarray(0, 8)).toEqual(PNG_SIGNATURE);
      const image = await loadImage(file!.data);
      expect(image.width).toBe(1080);
      expect(image.height).toBeLessThanOrEqual(1920);
    }
    // The album came back as messages of one group, as Telegram answers sendMediaGroup.
    expect(methods.at(-1)).toBe('sendMessage');
    expect(chat.visibleButtons()).toEqual(['🖼 Классический вид']);
  });

  it('sends one image as a photo: an album needs two', async () => {
    const { sendPicture } = recordingSender(database);
    const harness = createHarness(database, { sendPicture });
    const chat = harness.chat({ id: 4003 });
    await chat.text('/start');
    await chat.text('Автомойка');
    await chat.text('Водители района');
    const calls = await chat.text('/canvas');
    const methods = methodsOf(calls);
    expect(methods).not.toContain('sendMediaGroup');
    const photo = await readSentFile(calls.find((call) => call.method === 'sendPhoto')?.payload.photo);
    expect((await loadImage(photo!.data)).width).toBe(1080);
  });

  it('the classic-view button sends the landscape picture as a photo, and /export adds the full-size document', async () => {
    const { sendPicture } = recordingSender(database);
    const harness = createHarness(database, { sendPicture });
    const chat = harness.chat({ id: 4004 });
    await chat.text('/start');
    await chat.text('Пекарня «Колос»');
    await chat.text('Жители района');
    await chat.text('/canvas');
    const classic = await chat.press('🖼 Классический вид');
    expect(methodsOf(classic)).toEqual(['answerCallbackQuery', 'sendPhoto']);
    const photo = await readSentFile(classic.find((call) => call.method === 'sendPhoto')?.payload.photo);
    const image = await loadImage(photo!.data);
    expect([image.width, image.height]).toEqual([1280, 905]);

    const exported = await chat.text('/export');
    expect(methodsOf(exported)).toEqual(['sendDocument', 'sendPhoto', 'sendDocument']);
    const documents = exported.filter((call) => call.method === 'sendDocument');
    expect((await readSentFile(documents[0]?.payload.document))?.name).toBe('canvas.json');
    const full = await readSentFile(documents[1]?.payload.document);
    expect(full?.name).toBe('Пекарня-Колос.png');
    expect((await loadImage(full!.data)).width).toBe(2560);
  });

  it('signs the picture with the same name as the text and canvas.json', async () => {
    const { drawn, sendPicture } = recordingSender(database);
    const harness = createHarness(database, { sendPicture });
    const chat = harness.chat({ id: 4005, first_name: 'Анна', last_name: 'Смирнова' });
    await chat.text('/start');
    await chat.text('Кофейня');
    await chat.text('Студенты');
    const shown = await chat.text('/canvas');
    expect(visibleTexts(shown)[0]).toContain('Автор: Анна Смирнова');
    const phone = layoutPhoneImages(drawn.at(-1)!);
    expect(
      pictureTexts(
        phone.pages.map((page) => [...page.items, ...page.blocks.flatMap((block) => block.items)].filter((item): item is TextItem => item.kind === 'text')),
      ),
    ).toContain('Автор: Анна Смирнова');

    await chat.press('🖼 Классический вид');
    const classic = layoutCanvasImage(drawn.at(-1)!);
    expect(pictureTexts([classic.items.filter((item): item is TextItem => item.kind === 'text')])).toContain('Автор: Анна Смирнова');
    const exported = await chat.text('/export');
    const json = JSON.parse((await readSentFile(exported.find((call) => call.method === 'sendDocument')?.payload.document))!.data.toString('utf8'));
    expect(json.author).toBe('Анна Смирнова');
    expect(drawn.at(-1)?.author).toBe('Анна Смирнова');
  });

  it('marks the picture of an unfinished canvas as a draft', async () => {
    const { drawn, sendPicture } = recordingSender(database);
    const harness = createHarness(database, { sendPicture });
    const chat = harness.chat({ id: 4006 });
    await chat.text('/start');
    await chat.text('Студия йоги');
    await chat.text('Офисные сотрудники');
    await chat.text('/canvas');
    expect(drawn.at(-1)?.draft).toBe(true);
    const page = layoutPhoneImages(drawn.at(-1)!).pages[0]!;
    expect(page.items.filter((item): item is TextItem => item.kind === 'text').map((item) => item.text)).toContain('ЧЕРНОВИК');
  });

  it('still delivers the text summary when the picture fails, and says so once a second try fails too', async () => {
    const harness = createHarness(database, {
      sendPicture: createPictureSender({
        db: database.db,
        renderPicture: async () => {
          throw new Error('renderer down');
        },
        renderPhonePicture: async () => {
          throw new Error('renderer down');
        },
      }),
    });
    const chat = harness.chat({ id: 4002 });
    await chat.text('/start');
    await chat.text('Автосервис');
    const texts = visibleTexts(await chat.text('/canvas')).join('\n');
    expect(texts).toContain('Автосервис');
    expect(texts).not.toContain('Картинку холста нарисовать не получилось');
    await flushOutbox(harness.bot.api, harness.delivery, 0);
    await harness.pictures?.idle();
    expect(visibleTexts(chat.calls).at(-1)).toContain('Картинку холста нарисовать не получилось');
  });
});
