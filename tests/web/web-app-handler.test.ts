import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInitData } from '../../src/web/sign-init-data.ts';
import { COACH, OTHER_COACH, STUDENT, demoFixture, signedFor, startDashboardServer } from './dashboard-server.ts';

type Server = Awaited<ReturnType<typeof startDashboardServer>>;

describe('the dashboard over HTTP', () => {
  let server: Server;
  beforeAll(async () => {
    server = await startDashboardServer();
  });
  afterAll(async () => server.close());

  const get = (path: string, initData?: string) =>
    fetch(`${server.origin}/app/api/${path}`, initData === undefined ? {} : { headers: { authorization: `tma ${initData}` } });
  const post = (path: string, initData: string, body: string, contentType = 'application/json') =>
    fetch(`${server.origin}/app/api/${path}`, { method: 'POST', headers: { authorization: `tma ${initData}`, 'content-type': contentType }, body });

  it('answers a coach with the groups they coach and the grid of one', async () => {
    const groups = await get('groups', signedFor(COACH));
    expect(groups.status).toBe(200);
    expect(((await groups.json()) as { groups: Array<{ id: string }> }).groups.map((group) => group.id)).toEqual([1]);
    const grid = await get('groups/1/grid', signedFor(COACH));
    expect(grid.status).toBe(200);
    const body = (await grid.json()) as { rows: Array<{ studentName: string; cells: unknown[] }> };
    expect(body.rows).toHaveLength(5);
    expect(body.rows.every((row) => row.cells.length === 9)).toBe(true);
  });

  it('refuses a request without initData, with a forged hash, with an edited user or stale data: 401', async () => {
    expect((await get('groups')).status).toBe(401);
    const forged = signInitData('999999:someone-elses-token-abcdefghijklmnop', { user: COACH, authDate: Math.floor(Date.now() / 1000) });
    expect((await get('groups/1/grid', forged)).status).toBe(401);
    const edited = new URLSearchParams(signedFor(STUDENT));
    edited.set('user', JSON.stringify(COACH));
    expect((await get('groups/1/grid', edited.toString())).status).toBe(401);
    const stale = signedFor(COACH, Math.floor(Date.now() / 1000) - 3700);
    const response = await get('groups/1/grid', stale);
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: 'stale' });
  });

  it('refuses a valid user who is not a coach of the group: 403, for the grid and every submission action', async () => {
    expect((await get('groups/1/grid', signedFor(STUDENT))).status).toBe(403);
    expect((await get('groups/1/grid', signedFor(OTHER_COACH))).status).toBe(403);
    expect((await get('submissions/12', signedFor(STUDENT))).status).toBe(403);
    expect((await get('submissions/12/diff', signedFor(OTHER_COACH))).status).toBe(403);
    const verdict = await post('submissions/12/blocks/customer_segments/verdict', signedFor(OTHER_COACH), JSON.stringify({ verdict: 'accepted' }));
    expect(verdict.status).toBe(403);
    const finish = await post('submissions/12/finish', signedFor(STUDENT), JSON.stringify({ comment: null, grade: 5 }));
    expect(finish.status).toBe(403);
    // Nothing changed for the coach who owns the group.
    const view = (await (await get('submissions/12', signedFor(COACH))).json()) as { status: string; blocks: Array<{ verdict: string | null }> };
    expect(view.status).toBe('submitted');
    expect(view.blocks[0]?.verdict).toBeNull();
  });

  it('answers 404 for an unknown group or block, 400 for a malformed body, 415 for a form post', async () => {
    expect((await get('groups/no-such-group/grid', signedFor(COACH))).status).toBe(404);
    expect((await post('submissions/21/blocks/nine/verdict', signedFor(COACH), '{"verdict":"accepted"}')).status).toBe(404);
    expect((await post('submissions/21/blocks/channels/verdict', signedFor(COACH), '{"verdict":"maybe"}')).status).toBe(400);
    expect((await post('submissions/21/blocks/channels/comment', signedFor(COACH), 'text=hi', 'application/x-www-form-urlencoded')).status).toBe(415);
  });

  it('refuses a body over the size limit: 413', async () => {
    const huge = JSON.stringify({ text: 'x'.repeat(40_000) });
    expect((await post('submissions/21/blocks/channels/comment', signedFor(COACH), huge)).status).toBe(413);
  });

  it('returns a block with a comment and finishes the review, as the coach of the group', async () => {
    const returned = await post('submissions/21/blocks/key_activities/comment', signedFor(COACH), JSON.stringify({ text: 'Fill this block in' }));
    expect(returned.status).toBe(200);
    const verdict = await post('submissions/21/blocks/channels/verdict', signedFor(COACH), JSON.stringify({ verdict: 'returned', comment: 'Add after-sales' }));
    const view = (await verdict.json()) as { status: string; blocks: Array<{ blockId: string; verdict: string | null; comment: string | null }> };
    expect(view.status).toBe('in_review');
    expect(view.blocks.find((block) => block.blockId === 'channels')).toMatchObject({ verdict: 'returned', comment: 'Add after-sales' });
    const finished = await post('submissions/21/finish', signedFor(COACH), JSON.stringify({ comment: 'Close', grade: 3 }));
    expect(await finished.json()).toMatchObject({ status: 'returned', grade: 3, overallComment: 'Close' });
    // A finished review takes no more verdicts.
    expect((await post('submissions/21/blocks/channels/verdict', signedFor(COACH), '{"verdict":"accepted"}')).status).toBe(409);
  });

  it("serves the page with a Content-Security-Policy allowing only its own files and Telegram's script", async () => {
    const page = await fetch(`${server.origin}/app/`);
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toContain("script-src 'self' https://telegram.org/js/telegram-web-app.js");
    expect(policy).not.toContain('unsafe-inline');
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<script type="module" src="app.js"></script>');
    expect((await fetch(`${server.origin}/app/../package.json`)).status).toBe(404);
    expect((await fetch(`${server.origin}/app/texts/en.json`)).status).toBe(200);
    expect((await fetch(`${server.origin}/elsewhere`)).status).toBe(404);
  });

  it('serves the page texts in both languages from the locale files', async () => {
    const ru = (await (await fetch(`${server.origin}/app/texts/ru.json`)).json()) as {
      texts: { filters: { waiting: string } };
      blocks: Record<string, { title: string }>;
    };
    const en = (await (await fetch(`${server.origin}/app/texts/en.json`)).json()) as {
      texts: { filters: { waiting: string } };
      blocks: Record<string, { title: string }>;
    };
    expect(en.texts.filters.waiting).toBe('Waiting for me');
    expect(ru.texts.filters.waiting).not.toBe(en.texts.filters.waiting);
    expect(en.blocks.customer_segments?.title).toBe('Customer Segments');
  });
});

describe('the per-user rate limit', () => {
  it('answers 429 with Retry-After once a user exceeds the limit, and other users still get through', async () => {
    const server = await startDashboardServer(undefined, { rateLimit: { requests: 3, windowMs: 60_000 } });
    try {
      const statuses: number[] = [];
      for (let index = 0; index < 5; index += 1) {
        statuses.push((await fetch(`${server.origin}/app/api/groups`, { headers: { authorization: `tma ${signedFor(COACH)}` } })).status);
      }
      expect(statuses).toEqual([200, 200, 200, 429, 429]);
      const limited = await fetch(`${server.origin}/app/api/groups`, { headers: { authorization: `tma ${signedFor(COACH)}` } });
      expect(limited.headers.get('retry-after')).toBe('60');
      expect((await fetch(`${server.origin}/app/api/groups`, { headers: { authorization: `tma ${signedFor(OTHER_COACH)}` } })).status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('two coaches of one group', () => {
  it('lets one coach take a review; the other gets 409 and no longer sees it as waiting', async () => {
    const fixture = demoFixture();
    fixture.groups[0]!.coachIds.push(OTHER_COACH.id);
    const server = await startDashboardServer(fixture);
    const verdict = (user: typeof COACH) =>
      fetch(`${server.origin}/app/api/submissions/21/blocks/channels/verdict`, {
        method: 'POST',
        headers: { authorization: `tma ${signedFor(user)}`, 'content-type': 'application/json' },
        body: JSON.stringify({ verdict: 'accepted' }),
      });
    try {
      expect((await verdict(COACH)).status).toBe(200);
      expect((await verdict(OTHER_COACH)).status).toBe(409);
      const grid = (await (await fetch(`${server.origin}/app/api/groups/1/grid`, { headers: { authorization: `tma ${signedFor(OTHER_COACH)}` } })).json()) as {
        rows: Array<{ studentId: number; waitingForMe: boolean }>;
      };
      expect(grid.rows.find((row) => row.studentId === 3002)?.waitingForMe).toBe(false);
      expect(fixture.submissions.find((submission) => submission.id === 21)?.reviewerId).toBe(COACH.id);
    } finally {
      await server.close();
    }
  });
});
