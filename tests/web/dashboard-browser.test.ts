import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInitData } from '../../src/web/sign-init-data.ts';
import { BOT_TOKEN, COACH, STUDENT, demoFixture, signedFor, startDashboardServer } from './dashboard-server.ts';

/** Debian's headless Chromium (package chromium-headless-shell); playwright-core downloads nothing. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium-headless-shell';
const TELEGRAM_SCRIPT = 'https://telegram.org/js/telegram-web-app.js';
/** Screenshots go here for a person to look at; a temporary directory unless set. */
const SCREENSHOTS = process.env.DASHBOARD_SCREENSHOTS ?? join(tmpdir(), 'dashboard-screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

const DARK_THEME = { bg_color: '#17212b', text_color: '#f5f5f5', hint_color: '#708499', link_color: '#6ab3f3', button_color: '#5288c1', button_text_color: '#ffffff', secondary_bg_color: '#232e3c' };

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
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    const fixture = demoFixture();
    // A student whose answers and name carry markup: the page must show them as text.
    const ivan = fixture.submissions.find((submission) => submission.id === 21)!;
    ivan.blocks.find((block) => block.blockId === 'key_activities')!.answers = ['<script>window.__injected = 1</script><b>bold</b> <img src=x onerror="window.__injected = 2">'];
    fixture.groups[0]!.students.find((student) => student.id === 3002)!.name = 'Иван <i>Петров</i>';
    server = await startDashboardServer(fixture);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(initData: string, options: { viewport?: typeof PHONE; path?: string; theme?: Record<string, string>; scheme?: 'light' | 'dark' } = {}): Promise<Page> {
    const context = await browser.newContext({ viewport: options.viewport ?? DESKTOP, locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    contexts.push(context);
    // The page never reaches the internet: Telegram's script is answered here, anything else
    // that is not our server is refused.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(TELEGRAM_SCRIPT)) return route.fulfill({ contentType: 'text/javascript', body: telegramStub(initData, options.theme, options.scheme) });
      if (url.startsWith(server.origin)) return route.continue();
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}${options.path ?? '/app/?group=1'}`);
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
    const colour = (selector: string) => page.locator(selector).first().evaluate((cell) => (globalThis as unknown as { getComputedStyle(element: unknown): { backgroundColor: string } }).getComputedStyle(cell).backgroundColor);
    const colours = new Set([await colour('td.state-accepted'), await colour('td.state-returned'), await colour('td.state-changed'), await colour('td.state-submitted'), await colour('td.state-filled')]);
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

  it('shows a student\'s markup as text and runs none of it', async () => {
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
    expect(stored.blocks.find((block) => block.blockId === 'revenue_streams')).toMatchObject({ verdict: 'returned', comment: 'Какая доля у разовых продаж в деньгах?' });
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
});
