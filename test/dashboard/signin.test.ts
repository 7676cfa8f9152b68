// Signing in to the dashboard, through its routes (no browser): the chat command's link, the
// button page, the one-time use, expiry, refusals in both languages, and no page or data
// without a session.
import { describe, expect, it } from 'vitest';
import { issueLink, LINK_TTL_MS, LINKS_MAX, pruneLinks, tokenKey } from '../../src/dashboard/links.ts';
import { SESSION_TTL_MS } from '../../src/dashboard/session.ts';
import { BASE, makeDashboard, page, signIn } from './setup.ts';

const post = (token: string, origin = BASE) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
  body: new URLSearchParams({ t: token }).toString(),
});

describe('dashboard sign-in', { timeout: 60_000 }, () => {
  it('answers 看板 with a personal link whose button signs in once, with a signed httpOnly Lax cookie', async () => {
    const { bot, app } = await makeDashboard();
    bot.core.services.dashboardUrl = BASE;
    const answer = await bot.chat('secretariat').say('看板');
    const url = /http:\/\/127\.0\.0\.1:8080\/signin\?t=([A-Za-z0-9_-]{43})/.exec(answer);
    expect(url, answer).not.toBeNull();
    expect(answer).toMatch(/10 分钟/);
    const token = url![1]!;
    // The store keeps a hash of the token, never the token.
    expect(JSON.stringify(bot.store.data.dashboardLinks)).not.toContain(token);
    expect(bot.store.data.dashboardLinks[tokenKey(token)]?.personId).toBe('secretariat');

    // Opening the link (as a chat app's preview would) uses nothing: it shows a button.
    for (let i = 0; i < 2; i++) {
      const shown = await app.request(url![0]!);
      expect(shown.status).toBe(200);
      const html = await shown.text();
      expect(html).toContain('王立新');
      expect(html).toMatch(/<form method="post" action="\/signin">/);
      expect(html).not.toContain('组建国际城市战略专家咨询委员会');
    }
    const res = await app.request(`${BASE}/signin`, post(token));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^duban_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
    const overview = await page(app, cookie.split(';')[0]!, '/');
    expect(overview.status).toBe(200);
    expect(overview.html).toContain('从未汇报的事项');

    // The same link again: refused, in Chinese and English, and nothing else.
    const again = await app.request(`${BASE}/signin`, post(token));
    expect(again.status).toBe(410);
    expect(again.headers.get('set-cookie')).toBeNull();
    const refused = await again.text();
    expect(refused).toContain('链接已使用过');
    expect(refused).toContain('It has been used already');
    expect(refused).not.toContain('王立新');
    expect((await app.request(url![0]!)).status).toBe(410);
  });

  it('refuses an expired link and a wrong one with a clear page in both languages', async () => {
    const { bot, app } = await makeDashboard();
    const token = await issueLink(bot.store, 'secretariat', bot.clock.now());
    bot.clock.advance(LINK_TTL_MS + 1000);
    const expired = await app.request(`${BASE}/signin?t=${token}`);
    expect(expired.status).toBe(410);
    const html = await expired.text();
    expect(html).toContain('链接已过期');
    expect(html).toContain('It has expired');
    expect((await app.request(`${BASE}/signin`, post(token))).status).toBe(410);

    for (const wrong of ['x'.repeat(43), 'short', '<script>alert(1)</script>']) {
      const res = await app.request(`${BASE}/signin?t=${encodeURIComponent(wrong)}`);
      expect(res.status).toBe(404);
      const text = await res.text();
      expect(text).toContain('这不是有效的链接');
      expect(text).toContain('It is not a valid link');
      expect(text).not.toContain('<script>alert');
      expect((await app.request(`${BASE}/signin`, post(wrong))).status).toBe(404);
    }
  });

  it('gives no page and no data without a valid session', async () => {
    const { bot, app } = await makeDashboard();
    const cookie = await signIn(bot, app, 'secretariat');
    const paths = [
      '/',
      '/items',
      '/items/92',
      '/indicators',
      '/indicators/A2',
      '/committee',
      '/committee/meetings/m1',
      '/exports',
      '/exports/assessment.csv',
    ];
    const forged = `${cookie.split('=')[0]}=${encodeURIComponent('secretariat~9999999999.AAAA')}`;
    for (const path of paths) {
      for (const headers of [
        {} as Record<string, string>,
        { Cookie: forged },
        { Cookie: cookie.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) },
      ]) {
        const res = await app.request(`${BASE}${path}`, { headers });
        expect(res.status, path).toBe(401);
        const html = await res.text();
        expect(html).toContain('请先登录');
        expect(html).toContain('Please sign in');
        expect(html).not.toContain('协调组');
      }
    }
    expect((await page(app, cookie, '/items/92')).status).toBe(200);
    bot.clock.advance(SESSION_TTL_MS + 1000);
    expect((await page(app, cookie, '/items/92')).status).toBe(401);
  });

  it('gives experts and unbound accounts a clear answer and no link; a link for them opens nothing', async () => {
    const { bot, app } = await makeDashboard();
    bot.core.services.dashboardUrl = BASE;
    const expert = await bot.chat('zhang-haibo').say('dashboard');
    expect(expert).not.toMatch(/signin\?t=/);
    expect(expert).toMatch(/专家委员|committee members/);
    const unbound = await bot.chat('nobody', { platform: 'telegram' }).say('看板');
    expect(unbound).not.toMatch(/signin\?t=/);
    expect(unbound).toContain(bot.core.services.i18n.t('zh-Hans', 'not-bound'));
    const token = await issueLink(bot.store, 'zhang-haibo', bot.clock.now());
    const res = await app.request(`${BASE}/signin`, post(token));
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('says when the dashboard is not running, and sends the link by direct message when asked in a group', async () => {
    const { bot } = await makeDashboard();
    expect(await bot.chat('secretariat').say('看板')).toContain('DASHBOARD_PORT');
    bot.core.services.dashboardUrl = BASE;
    const direct: string[] = [];
    bot.core.services.notifier.register('telegram', async (to, reply) => {
      direct.push(`${to.chatId}: ${reply.text}`);
      return { ok: true };
    });
    await bot.store.update((db) => {
      db.accounts.push({ platform: 'telegram', accountId: '4242', personId: 'secretariat', boundAt: bot.clock.now().toISOString() });
    });
    const replies = await bot.core.handle({
      platform: 'telegram',
      chatId: '-100',
      chatType: 'group',
      accountId: '4242',
      text: '/dashboard',
      addressed: true,
    });
    const inGroup = replies.map((r) => r.text).join('\n');
    expect(inGroup).toContain('私信');
    expect(inGroup).not.toMatch(/signin\?t=/);
    expect(direct).toHaveLength(1);
    expect(direct[0]).toMatch(/^4242: .*\/signin\?t=[A-Za-z0-9_-]{43}/s);
  });

  it('refuses posts from another origin, bodies over the limit, and every other method', async () => {
    const { bot, app } = await makeDashboard();
    const token = await issueLink(bot.store, 'secretariat', bot.clock.now());
    expect((await app.request(`${BASE}/signin`, post(token, 'https://evil.example'))).status).toBe(403);
    const big = await app.request(`${BASE}/signin`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
      body: `t=${token}&pad=${'x'.repeat(5000)}`,
    });
    expect(big.status).toBe(413);
    // Neither refusal used the link.
    expect((await app.request(`${BASE}/signin`, post(token))).status).toBe(303);
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) expect((await app.request(`${BASE}/items`, { method })).status).toBe(405);
    expect((await app.request(`${BASE}/items?${'a'.repeat(3000)}`)).status).toBe(414);
  });

  it('keeps the links bounded: expired ones go when a link is issued, the oldest beyond the cap', async () => {
    const { bot } = await makeDashboard();
    await issueLink(bot.store, 'secretariat', bot.clock.now());
    bot.clock.advance(LINK_TTL_MS + 1);
    await issueLink(bot.store, 'secretariat', bot.clock.now());
    expect(Object.keys(bot.store.data.dashboardLinks)).toHaveLength(1);
    const links: Record<string, { personId: string; createdAt: string; expiresAt: string }> = {};
    for (let i = 0; i < LINKS_MAX + 5; i++)
      links[`k${i}`] = {
        personId: 'p',
        createdAt: new Date(Date.UTC(2016, 8, 1, 0, 0, i)).toISOString(),
        expiresAt: '2099-01-01T00:00:00Z',
      };
    pruneLinks(links, new Date('2016-09-01T00:00:00Z'));
    expect(Object.keys(links).length).toBeLessThan(LINKS_MAX);
    expect(links.k0).toBeUndefined();
    expect(links[`k${LINKS_MAX + 4}`]).toBeDefined();
  });
});
