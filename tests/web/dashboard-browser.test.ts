import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import { blockReviews, outbox, submissions } from '../../db/schema.ts';
import type { BlockId } from '../../src/canvas/blocks.ts';
import { createLogger } from '../../src/runtime/logger.ts';
import { createCanvasRepository } from '../../src/storage/canvas-repository.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { createSubmissionRepository } from '../../src/storage/submission-repository.ts';
import { dashboardHandlers } from '../../src/web/mount-dashboard.ts';
import { signInitData } from '../../src/web/sign-init-data.ts';
import { createTestDatabase } from '../helpers/test-database.ts';
import { createCourse, createFilledCanvas } from '../storage/course-fixtures.ts';
import { BOT_TOKEN, COACH, STUDENT, demoFixture, signedFor, startDashboardServer, startHttpServer } from './dashboard-server.ts';

/** Debian's headless Chromium (package chromium-headless-shell); playwright-core downloads nothing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
const TELEGRAM_SCRIPT = 'https://telegram.org/js/telegram-web-app.js';
/** Screenshots go here for a person to look at; a temporary directory unless set. */
const SCREENSHOTS = process.env.DASHBOARD_SCREENSHOTS ?? join(tmpdir(), 'dashboard-screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** A whole canvas, as a student in the course writes it: what the coach reviews on the real service. */
const BAKERY_ANSWERS: Record<BlockId, string> = {
  customer_segments: 'Семьи с детьми из жилого квартала рядом; утром — офисные сотрудники по дороге на работу',
  value_propositions: 'Свежий хлеб к завтраку каждый день до 7 утра, без консервантов, можно заказать заранее',
  channels: 'Узнают из вывески и чата дома, покупают у прилавка',
  customer_relationships: 'Личное обслуживание у прилавка, карта постоянного покупателя',
  revenue_streams: 'Продаём хлеб и выпечку, средний чек 400 рублей; предзаказы на праздники',
  key_resources: 'Печь, помещение на первом этаже, пекарь с опытом',
  key_activities: 'Выпекать каждое утро, закупать муку, вести чат дома',
  key_partners: 'Мельница, поставщик молочных продуктов',
  cost_structure: 'Аренда, зарплата пекаря, мука и электричество',
};

const DARK_THEME = {
  bg_color: '#17212b',
  text_color: '#f5f5f5',
  hint_color: '#708499',
  link_color: '#6ab3f3',
  button_color: '#5288c1',
  button_text_color: '#ffffff',
  secondary_bg_color: '#232e3c',
};

/** What Telegram's script gives the page, with initData the test signed; nothing else of Telegram is needed. */
function telegramStub(initData: string, themeParams: Record<string, string> = {}, colorScheme: 'light' | 'dark' = 'light'): string {
  const unsafe = Object.fromEntries(new URLSearchParams(initData));
  return `window.Telegram = { WebApp: {
    initData: ${JSON.stringify(initData)},
    initDataUnsafe: ${JSON.stringify({ ...unsafe, user: unsafe.user ? JSON.parse(unsafe.user) : undefined })},
    themeParams: ${JSON.stringify(themeParams)},
    colorScheme: ${JSON.stringify(colorScheme)},
    ready() {}, expand() {}, onEvent() {},
  } };`;
}

describe.skipIf(!existsSync(CHROMIUM))('the dashboard in a real browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof startDashboardServer>>;
  /** The bot's own mount of the dashboard, on the course repositories and a migrated database. */
  let real: Awaited<ReturnType<typeof startHttpServer>>;
  let database: DatabaseHandle;
  let course: Awaited<ReturnType<typeof createCourse>> & { maria: number; ivan: number; canvasId: number; submissionId: number };
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const fixture = demoFixture();
    // A student whose answers and name carry markup: the page must show them as text.
    const ivan = fixture.submissions.find((submission) => submission.id === 21)!;
    ivan.blocks.find((block) => block.blockId === 'key_activities')!.answers = [
      '<script>window.__injected = 1</script><b>bold</b> <img src=x onerror="window.__injected = 2">',
    ];
    fixture.groups[0]!.students.find((student) => student.id === 3002)!.name = 'Иван <i>Петров</i>';
    server = await startDashboardServer(fixture);

    database = await createTestDatabase();
    const created = await createCourse(database.db, { studentNames: ['Мария', 'Иван', 'Ольга'], deadline: new Date('2030-05-01T18:00:00Z') });
    const [maria, bikeStudent] = created.students as [number, number];
    const canvasId = await createFilledCanvas(database.db, maria, 'Пекарня у дома', BAKERY_ANSWERS);
    // Ivan is on block 3 of his canvas: two blocks written, nothing handed in.
    const bikeCanvas = await createFilledCanvas(database.db, bikeStudent, 'Ремонт велосипедов', {
      customer_segments: 'Студенты и курьеры на велосипедах',
      value_propositions: 'Ремонт за час',
    });
    await createCanvasRepository(database.db).setStep(bikeCanvas, { kind: 'question', blockId: 'channels', questionIndex: 0 }, 1);
    const submitted = await createSubmissionRepository(database.db).submit(maria, canvasId, created.groupId, 'Мария');
    if (!submitted.ok) throw new Error(submitted.error);
    course = { ...created, maria, ivan: bikeStudent, canvasId, submissionId: submitted.value.submission.id };
    const logger = createLogger({ level: 'silent', secrets: [BOT_TOKEN] });
    const config = {
      botToken: BOT_TOKEN,
      webApp: { url: 'https://coach.example.com/real/', path: '/real/' },
      course: { notifyWindowMinutes: 10, reviewLeaseMinutes: 30 },
    };
    real = await startHttpServer(dashboardHandlers(config, database.db, logger));

    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await real?.close();
    await database?.close();
  });

  async function open(
    initData: string,
    options: { viewport?: typeof PHONE; path?: string; theme?: Record<string, string>; scheme?: 'light' | 'dark'; origin?: string } = {},
  ): Promise<Page> {
    const origin = options.origin ?? server.origin;
    const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    contexts.push(context);
    // The page never reaches the internet: Telegram's script is answered here, anything else
    // that is not our server is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(TELEGRAM_SCRIPT))
        return route.fulfill({ contentType: 'text/javascript', body: telegramStub(initData, options.theme, options.scheme) });
      if (url.startsWith(origin)) return route.continue();
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}${options.path ?? '/app/?group=1'}`);
    (page as Page & { errors?: string[] }).errors = errors;
    return page;
  }

  // Code that runs in the page is passed as text: the project compiles for Node, without DOM types.
  const noHorizontalScroll = (page: Page) =>
    page.evaluate<{ scroll: number; client: number }>('({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth })');

  it('refuses a forged hash with 401 and says so on the page', async () => {
    const forged = signInitData('999999:someone-elses-token-abcdefghijklmnop', { user: COACH, authDate: Math.floor(Date.now() / 1000) });
    const page = await open(forged);
    const alert = page.locator('[role=alert][data-error="401"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Telegram');
  }, 60_000);

  it('refuses initData older than an hour with 401', async () => {
    const page = await open(signedFor(COACH, Math.floor(Date.now() / 1000) - 2 * 3600));
    await page.locator('[role=alert][data-error="401"]').waitFor();
    expect(await page.locator('table.grid').count()).toBe(0);
  }, 60_000);

  it("refuses a student's own initData for the coach's group with 403", async () => {
    const page = await open(signedFor(STUDENT));
    const response = await page.waitForResponse((candidate) => candidate.url().includes('/api/groups/1/grid'));
    expect(response.status()).toBe(403);
    await page.locator('[role=alert][data-error="403"]').waitFor();
    expect(await page.getByText('Мария Орлова').count()).toBe(0);
  }, 60_000);

  it('shows the grid of the group, filters and sorts it', async () => {
    const page = await open(signedFor(COACH));
    await page.locator('table.grid tbody tr').first().waitFor();
    const names = () => page.locator('table.grid tbody tr th.name').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent));
    expect(await names()).toHaveLength(5);
    // Waiting first, the longest-waiting on top.
    expect((await names()).slice(0, 2)).toEqual(['Иван <i>Петров</i>', 'Мария Орлова']);
    expect(await page.locator('tr[data-student="3004"] td.cell.state-accepted').count()).toBe(9);
    expect(await page.locator('tr[data-student="3001"] td.cell.state-changed').count()).toBe(2);
    expect(await page.locator('tr[data-student="3005"] td.cell.state-filled').count()).toBe(3);
    const colour = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate(
          (cell) => (globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } }).getComputedStyle(cell).backgroundColor,
        );
    const colours = new Set([
      await colour('td.state-accepted'),
      await colour('td.state-returned'),
      await colour('td.state-changed'),
      await colour('td.state-submitted'),
      await colour('td.state-filled'),
    ]);
    expect(colours.size).toBe(5);

    await page.click('button[data-filter="waiting"]');
    expect(await names()).toEqual(['Иван <i>Петров</i>', 'Мария Орлова']);
    await page.click('button[data-filter="late"]');
    expect(await names()).toEqual(['Иван <i>Петров</i>']);
    await page.click('button[data-filter="returned"]');
    expect(await names()).toEqual(['Ольга Смирнова']);
    await page.click('button[data-filter="all"]');
    await page.selectOption('select[data-sort]', 'name');
    expect(await names()).toEqual(['Дмитрий Лебедев', 'Иван <i>Петров</i>', 'Мария Орлова', 'Ольга Смирнова', 'Пётр Васильев']);
    await page.screenshot({ path: join(SCREENSHOTS, 'grid-desktop.png'), fullPage: true });
  }, 60_000);

  it("shows a student's markup as text and runs none of it", async () => {
    const page = await open(signedFor(COACH), { path: '/app/?submission=21' });
    const block = page.locator('article[data-block="key_activities"] .answer');
    await block.waitFor();
    expect(await block.textContent()).toBe('<script>window.__injected = 1</script><b>bold</b> <img src=x onerror="window.__injected = 2">');
    expect(await block.locator('script, b, img').count()).toBe(0);
    expect(await page.locator('h1').textContent()).toContain('Иван <i>Петров</i>');
    expect(await page.evaluate('window.__injected')).toBeUndefined();
  }, 60_000);

  it('reviews a resubmission: the canvas, the diff, accept from the diff, return with a snippet, finish', async () => {
    const page = await open(signedFor(COACH));
    await page.click('tr[data-student="3001"]');
    await page.locator('section.board').waitFor();
    // The classic layout: partners on the left, segments on the right, costs and revenue below.
    const box = async (id: string) => (await page.locator(`article[data-block="${id}"]`).boundingBox())!;
    expect((await box('key_partners')).x).toBeLessThan((await box('value_propositions')).x);
    expect((await box('value_propositions')).x).toBeLessThan((await box('customer_segments')).x);
    expect((await box('cost_structure')).y).toBeGreaterThan((await box('key_resources')).y);
    expect(await page.locator('article[data-block="revenue_streams"] .types li').allTextContents()).toEqual([
      expect.stringContaining('распознал бот'),
      expect.stringContaining('выбрал студент'),
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, 'canvas-desktop.png'), fullPage: true });

    await page.click('button[data-tab="diff"]');
    const segments = page.locator('article.diff-block[data-block="customer_segments"]');
    await segments.waitFor();
    expect(await segments.locator('.before del').allTextContents()).toEqual([expect.stringContaining('Все, кто любит кофе.')]);
    expect(await segments.locator('.after ins').first().textContent()).toContain('Кофейни');
    expect(await page.locator('article.diff-block').count()).toBe(2);
    await page.screenshot({ path: join(SCREENSHOTS, 'diff-desktop.png'), fullPage: true });

    await segments.locator('button[data-action="accept"]').click();
    await segments.locator('.badge.state-accepted').waitFor();
    const revenue = page.locator('article.diff-block[data-block="revenue_streams"]');
    await revenue.locator('button[data-action="return"]').click();
    await revenue.locator('button.snippet').first().click();
    expect(await revenue.locator('textarea').inputValue()).toBe('Назовите один главный сегмент и почему он главный.');
    await revenue.locator('textarea').fill('Какая доля у разовых продаж в деньгах?');
    await revenue.locator('.editor button.primary').click();
    await revenue.locator('.badge.state-returned').waitFor();
    expect(await revenue.locator('.comment p').textContent()).toBe('Какая доля у разовых продаж в деньгах?');

    await page.fill('#overall-comment', 'Сегменты теперь отличные.');
    await page.selectOption('#grade', '4');
    await page.click('button[data-action="finish"]');
    await page.locator('section.review.done').waitFor();
    const stored = server.fixture.submissions.find((submission) => submission.id === 12)!;
    expect(stored.status).toBe('returned');
    expect(stored.grade).toBe(4);
    expect(stored.blocks.find((block) => block.blockId === 'customer_segments')?.verdict).toBe('accepted');
    expect(stored.blocks.find((block) => block.blockId === 'revenue_streams')).toMatchObject({
      verdict: 'returned',
      comment: 'Какая доля у разовых продаж в деньгах?',
    });
    expect((page as Page & { errors?: string[] }).errors).toEqual([]);
  }, 90_000);

  it('has no horizontal scrolling at 390 px: the grid becomes a list, the canvas one column', async () => {
    const page = await open(signedFor(COACH), { viewport: PHONE });
    await page.locator('ul.grid-list li').first().waitFor();
    expect(await page.locator('table.grid').isVisible()).toBe(false);
    expect(await page.locator('ul.grid-list li').count()).toBe(5);
    let size = await noHorizontalScroll(page);
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    await page.screenshot({ path: join(SCREENSHOTS, 'grid-phone.png'), fullPage: true });

    await page.click('li[data-student="3002"] button.card');
    await page.locator('section.board').waitFor();
    size = await noHorizontalScroll(page);
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    await page.screenshot({ path: join(SCREENSHOTS, 'canvas-phone.png'), fullPage: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'canvas-phone-first-screen.png') });

    await page.click('button.back');
    await page.click('li[data-student="3001"] button.card');
    await page.click('button[data-tab="diff"]');
    await page.locator('article.diff-block').first().waitFor();
    size = await noHorizontalScroll(page);
    expect(size.scroll).toBeLessThanOrEqual(size.client);
    await page.screenshot({ path: join(SCREENSHOTS, 'diff-phone.png'), fullPage: true });
  }, 90_000);

  it("takes the colours of Telegram's dark theme and speaks English to an English client", async () => {
    const english = signInitData(BOT_TOKEN, { user: { ...COACH, language_code: 'en' }, authDate: Math.floor(Date.now() / 1000) });
    const page = await open(english, { theme: DARK_THEME, scheme: 'dark' });
    await page.locator('table.grid tbody tr').first().waitFor();
    expect(await page.evaluate('getComputedStyle(document.body).backgroundColor')).toBe('rgb(23, 33, 43)');
    expect(await page.locator('button[data-filter="waiting"]').textContent()).toBe('Waiting for me');
    await page.screenshot({ path: join(SCREENSHOTS, 'grid-desktop-dark.png'), fullPage: true });
  }, 60_000);
  describe('on the course repositories and a migrated database', () => {
    const signedAs = (id: number, name: string) =>
      signInitData(BOT_TOKEN, { user: { id, first_name: name, language_code: 'ru' }, authDate: Math.floor(Date.now() / 1000) });
    const openReal = (initData: string, path: string, viewport = DESKTOP) => open(initData, { origin: real.origin, path, viewport });
    /** What the student's chat receives: the outbox entries addressed to them, oldest first. */
    const studentChat = async () =>
      (await database.db.select().from(outbox).where(eq(outbox.chatId, course.maria)).orderBy(asc(outbox.id))).map(
        (row) => (row.payload as { text: string }).text,
      );
    const gridNames = (page: Page) => page.locator('table.grid tbody tr th.name').evaluateAll((cells) => cells.map((cell) => cell.firstChild?.textContent));

    it('a coach filters the grid, opens the submission, returns a block with a comment and finishes; the student is told', async () => {
      const page = await openReal(signedAs(course.coach, 'Coach'), `/real/?group=${course.groupId}`);
      await page.locator('table.grid tbody tr').first().waitFor();
      // The submission waiting for the coach comes first.
      expect(await gridNames(page)).toEqual(['Мария', 'Ольга', 'Иван']);
      expect(await page.locator(`tr[data-student="${course.maria}"] td.cell.state-submitted`).count()).toBe(9);
      expect(await page.locator(`tr[data-student="${course.ivan}"] td.cell.state-filled`).count()).toBe(2);
      expect(await page.locator('header.page-head h1').textContent()).toBe('Весна-2026');
      await page.screenshot({ path: join(SCREENSHOTS, 'real-grid-desktop.png'), fullPage: true });
      await page.click('button[data-filter="waiting"]');
      expect(await gridNames(page)).toEqual(['Мария']);

      await page.click(`tr[data-student="${course.maria}"]`);
      await page.locator('section.board').waitFor();
      expect(await page.locator('h1').textContent()).toContain('Пекарня у дома');
      await page.screenshot({ path: join(SCREENSHOTS, 'real-canvas-desktop.png'), fullPage: true });
      const channels = page.locator('article[data-block="channels"]');
      await channels.locator('button[data-action="return"]').click();
      await channels.locator('textarea').fill('Где ещё покупают, кроме прилавка?');
      await channels.locator('.editor button.primary').click();
      await channels.locator('.badge.state-returned').waitFor();
      // One button accepts the eight blocks left undecided.
      expect(await page.locator('button[data-action="accept-rest"]').textContent()).toContain('(8)');
      await page.click('button[data-action="accept-rest"]');
      await page.locator('button[data-action="finish"]:not([disabled])').waitFor();
      expect(await page.locator('article.block .badge.state-accepted').count()).toBe(8);
      expect(await studentChat()).toEqual([]);
      await page.fill('#overall-comment', 'Хорошая основа.');
      await page.selectOption('#grade', '4');
      await page.click('button[data-action="finish"]');
      await page.locator('section.review.done').waitFor();

      const [stored] = await database.db.select().from(submissions).where(eq(submissions.id, course.submissionId));
      expect(stored).toMatchObject({ status: 'returned', grade: 4, overallComment: 'Хорошая основа.', reviewerId: course.coach });
      const reviews = await database.db.select().from(blockReviews).where(eq(blockReviews.submissionId, course.submissionId));
      expect(reviews.find((review) => review.blockId === 'channels')).toMatchObject({ verdict: 'returned', comment: 'Где ещё покупают, кроме прилавка?' });
      expect(reviews.filter((review) => review.verdict === 'accepted')).toHaveLength(8);
      const chat = await studentChat();
      expect(chat).toHaveLength(1);
      expect(chat[0]).toContain('возвращён на доработку');
      expect(chat[0]).toContain('Где ещё покупают, кроме прилавка?');
      expect(chat[0]).toContain('Хорошая основа.');
      expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    }, 120_000);

    it('accepts the resubmission from the diff view, and the student is told it is accepted', async () => {
      await createCanvasRepository(database.db).answerQuestion(
        course.canvasId,
        'channels',
        0,
        'Узнают из вывески и чата дома, покупают у прилавка и через предзаказ в чате',
      );
      const again = await createSubmissionRepository(database.db).submit(course.maria, course.canvasId, course.groupId, 'Мария');
      if (!again.ok) throw new Error(again.error);
      const resubmission = again.value.submission.id;
      const page = await openReal(signedAs(course.coach, 'Coach'), `/real/?submission=${resubmission}`);
      await page.locator('section.board').waitFor();
      expect(await page.locator('article.block.state-accepted').count()).toBe(8);
      await page.click('button[data-tab="diff"]');
      const channels = page.locator('article.diff-block[data-block="channels"]');
      await channels.waitFor();
      expect(await page.locator('article.diff-block').count()).toBe(1);
      expect(await channels.locator('.after ins').allTextContents()).toEqual([expect.stringContaining('предзаказ')]);
      expect(await channels.locator('.earlier p').allTextContents()).toEqual(['Где ещё покупают, кроме прилавка?']);
      await page.screenshot({ path: join(SCREENSHOTS, 'real-diff-desktop.png'), fullPage: true });
      await channels.locator('button[data-action="accept"]').click();
      await channels.locator('.badge.state-accepted').waitFor();
      await page.click('button[data-action="finish"]');
      await page.locator('section.review.done').waitFor();
      const [stored] = await database.db.select().from(submissions).where(eq(submissions.id, resubmission));
      expect(stored).toMatchObject({ status: 'accepted', revision: 2 });
      const chat = await studentChat();
      expect(chat).toHaveLength(2);
      expect(chat[1]).toContain('принят');
      expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    }, 120_000);

    it("refuses the student's own initData with 403", async () => {
      const page = await openReal(signedAs(course.maria, 'Мария'), `/real/?group=${course.groupId}`);
      const response = await page.waitForResponse((candidate) => candidate.url().includes(`/api/groups/${course.groupId}/grid`));
      expect(response.status()).toBe(403);
      await page.locator('[role=alert][data-error="403"]').waitFor();
      expect(await page.locator('table.grid').count()).toBe(0);
    }, 60_000);

    it("downloads the group's CSV and shows its chart", async () => {
      const page = await openReal(signedAs(course.coach, 'Coach'), `/real/?group=${course.groupId}`);
      await page.locator('table.grid tbody tr').first().waitFor();
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('button[data-action="csv"]')]);
      expect(download.suggestedFilename()).toBe(`group-${course.groupId}.csv`);
      const csv = readFileSync(await download.path(), 'utf8');
      expect(csv).toContain('Пекарня у дома');
      expect(csv.split('\n').length).toBeGreaterThan(1);
      await page.click('button[data-action="chart"]');
      const chart = page.locator('figure.chart img');
      await chart.waitFor();
      await page.waitForFunction('document.querySelector("figure.chart img").naturalWidth > 0');
      expect(await chart.evaluate((image) => (image as unknown as { naturalWidth: number }).naturalWidth)).toBeGreaterThan(600);
      await page.screenshot({ path: join(SCREENSHOTS, 'real-chart-desktop.png'), fullPage: true });
      expect((page as Page & { errors?: string[] }).errors).toEqual([]);
    }, 90_000);

    it('fits a 390-px phone on real data: grid list, canvas and diff without horizontal scrolling', async () => {
      const page = await openReal(signedAs(course.coach, 'Coach'), `/real/?group=${course.groupId}`, PHONE);
      await page.locator('ul.grid-list li').first().waitFor();
      let size = await noHorizontalScroll(page);
      expect(size.scroll).toBeLessThanOrEqual(size.client);
      await page.screenshot({ path: join(SCREENSHOTS, 'real-grid-phone.png'), fullPage: true });
      await page.click(`li[data-student="${course.maria}"] button.card`);
      await page.locator('section.board').waitFor();
      size = await noHorizontalScroll(page);
      expect(size.scroll).toBeLessThanOrEqual(size.client);
      await page.screenshot({ path: join(SCREENSHOTS, 'real-canvas-phone.png'), fullPage: true });
      await page.click('button[data-tab="diff"]');
      await page.locator('article.diff-block').first().waitFor();
      size = await noHorizontalScroll(page);
      expect(size.scroll).toBeLessThanOrEqual(size.client);
      await page.screenshot({ path: join(SCREENSHOTS, 'real-diff-phone.png'), fullPage: true });
    }, 90_000);
  });
});
