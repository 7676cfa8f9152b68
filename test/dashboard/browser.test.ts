// The dashboard in a real browser (headless Chromium through playwright-core), against the
// real server on 127.0.0.1: signing in by the chat's link, refused links, every page with its
// charts and tables in Chinese and in English, the filters, a poll's grid, a reporter's view,
// escaping, and no console errors anywhere. Tests wait for pages and selectors, never for time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DashboardServer, startDashboard } from '../../src/dashboard/server.ts';
import { LINK_TTL_MS } from '../../src/dashboard/links.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';
import type { TestBot } from '../helpers/fake-chat.ts';
import { report } from '../supervision/reports.ts';
import { type Browser, launchBrowser } from './browser.ts';
import { makeDashboard } from './setup.ts';
import { CHILD_PROCESS_TIMEOUT } from '../helpers/timeouts.ts';

/** Generous: a machine five times slower, shared with other test runs, still passes. */
const SLOW = 180_000;

let bot: TestBot;
let server: DashboardServer;
let browser: Browser;

beforeAll(async () => {
  ({ bot } = await makeDashboard());
  await bot.store.update((db) => {
    db.people = db.people.map((p) => (p.id === 'liang-shuhua' ? { ...p, lang: 'en' as const } : p));
  });
  server = await startDashboard(bot.core.services, { host: '127.0.0.1', port: 0 });
  bot.core.services.dashboardUrl = server.url;
  browser = await launchBrowser();
}, SLOW);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, SLOW);

/** The sign-in link the chat gives this person. */
async function linkFor(person: string): Promise<string> {
  const answer = await bot.chat(person).say('dashboard');
  const url = /http:\/\/\S+\/signin\?t=[A-Za-z0-9_-]{43}/.exec(answer)?.[0];
  if (!url) throw new Error(`no link in: ${answer}`);
  return url;
}

/** Opens the person's link in a fresh session and presses the button; lands on the overview. */
async function signIn(person: string) {
  await browser.context.clearCookies();
  const page = await browser.open();
  await page.goto(await linkFor(person));
  await Promise.all([page.waitForURL(`${server.url}/`), page.getByRole('button').click()]);
  await page.waitForSelector('figure.chart svg');
  return page;
}

/** The texts of a chart's labels. */
const chartLabels = (page: Awaited<ReturnType<typeof signIn>>, nth = 0) =>
  page.locator('figure.chart svg').nth(nth).locator('text').allTextContents();

describe('the dashboard in a browser', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it(
    'signs in by the chat link once; the used link, an expired one and a wrong one are refused',
    async () => {
      await browser.context.clearCookies();
      const page = await browser.open();
      const link = await linkFor('secretariat');
      await page.goto(link);
      await expect(page.getByRole('button').textContent()).resolves.toContain('打开督办看板');
      await Promise.all([page.waitForURL(`${server.url}/`), page.getByRole('button').click()]);
      await expect(page.locator('h1').textContent()).resolves.toBe('总览');
      const cookies = await browser.context.cookies();
      expect(cookies.find((c) => c.name === 'duban_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

      await browser.context.clearCookies();
      await page.goto(link);
      await expect(page.locator('body').textContent()).resolves.toContain('链接已使用过');
      await expect(page.locator('body').textContent()).resolves.toContain('It has been used already');
      expect(await page.getByRole('button').count()).toBe(0);

      const late = await linkFor('secretariat');
      bot.clock.advance(LINK_TTL_MS + 1000);
      await page.goto(late);
      await expect(page.locator('body').textContent()).resolves.toContain('It has expired');
      await page.goto(`${server.url}/signin?t=${'A'.repeat(43)}`);
      await expect(page.locator('body').textContent()).resolves.toContain('这不是有效的链接');
      await page.goto(`${server.url}/items`);
      await expect(page.locator('body').textContent()).resolves.toContain('Please sign in');
      await page.close();
      expect(browser.errors.filter((e) => !/status of 40[14]|status of 410/.test(e))).toEqual([]);
      browser.errors.length = 0;
    },
    SLOW,
  );

  it(
    'renders every page with its charts and tables in Chinese',
    async () => {
      const page = await signIn('secretariat');
      expect(await page.locator('figure.chart svg').count()).toBe(2);
      expect(await chartLabels(page)).toEqual(expect.arrayContaining(['已完成', '进展正常', '已逾期']));
      expect((await chartLabels(page, 1)).join(' ')).toContain('协调组');
      expect(await page.locator('#never + .scroll tbody tr').count()).toBeGreaterThan(90);
      await expect(page.locator('.banner').textContent()).resolves.toContain('示例数据 / sample');

      await page.getByRole('link', { name: '工作事项' }).click();
      await page.waitForSelector('tr[data-item="92"]');
      expect(await page.locator('tbody tr[data-item]').count()).toBe(100);
      await page.locator('tr[data-item="92"] a').first().click();
      await page.waitForSelector('#history');
      await expect(page.locator('#history').textContent()).resolves.toContain('汇报记录（2 条）');

      await page.getByRole('link', { name: '指标' }).click();
      await page.waitForSelector('tr[data-indicator="A2"]');
      await page.locator('tr[data-indicator="A2"] a').first().click();
      await page.waitForSelector('figure.chart svg');
      expect((await chartLabels(page)).join(' ')).toContain('新加坡');

      await page.getByRole('link', { name: '专家委员会' }).click();
      await page.waitForSelector('figure.chart svg');
      expect((await chartLabels(page)).join(' ')).toContain('已接受');
      expect(await page.locator('tr[data-expert]').count()).toBe(bot.store.data.experts.length);
      await page.close();
      expect(browser.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'renders the pages in English for a reader who reads English',
    async () => {
      const page = await signIn('liang-shuhua');
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
      expect(await chartLabels(page)).toEqual(expect.arrayContaining(['Done', 'On track', 'Overdue']));
      await expect(page.locator('#never').textContent()).resolves.toContain('Items never reported on');
      await page.getByRole('link', { name: 'Work items' }).click();
      await page.waitForSelector('tr[data-item="92"]');
      await expect(page.locator('thead').first().textContent()).resolves.toContain('Lead unit');
      await page.goto(`${server.url}/indicators/A2`);
      await page.waitForSelector('figure.chart svg');
      expect((await chartLabels(page)).join(' ')).toContain('Singapore');
      await page.goto(`${server.url}/committee/meetings/m1`);
      await page.waitForSelector('table.grid');
      await expect(page.locator('tr[data-person="zhang-haibo"] td[data-slot="1"]').textContent()).resolves.toBe('Yes');
      await page.close();
      expect(browser.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'filters the items with the form, and keeps the filters in the address',
    async () => {
      const page = await signIn('secretariat');
      await page.goto(`${server.url}/items`);
      await page.selectOption('select[name="part"]', '5');
      await page.selectOption('select[name="health"]', 'no-report');
      await Promise.all([page.waitForURL(/part=5/), page.getByRole('button', { name: '筛选' }).click()]);
      expect(page.url()).toContain('health=no-report');
      const shown = (await page.locator('tbody tr[data-item]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-item')))))
        .slice()
        .sort((a, b) => a - b);
      const expected = bot.store.data.plan.items.filter((i) => i.part === 5 && ![92, 95].includes(i.no)).map((i) => i.no);
      expect(shown).toEqual(expected);
      await expect(page.locator('select[name="part"]').inputValue()).resolves.toBe('5');
      await page.close();
      expect(browser.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'shows a poll as a grid of who answered what, with the quorum per slot',
    async () => {
      const page = await signIn('secretariat');
      await page.goto(`${server.url}/committee/meetings/m1`);
      await page.waitForSelector('table.grid');
      const answer = (person: string, slot: string) =>
        page.locator(`tr[data-person="${person}"] td[data-slot="${slot}"]`).getAttribute('data-answer');
      await expect(answer('zhang-haibo', '1')).resolves.toBe('yes');
      await expect(answer('wang-xiaomei', '1')).resolves.toBe('ifneedbe');
      await expect(answer('li-qiang', '1')).resolves.toBe('no');
      await expect(answer('liu-yan', '1')).resolves.toBe('missing');
      await expect(page.locator('tr[data-person="zhang-haibo"] td').first().textContent()).resolves.toBe('张海波');
      await expect(page.locator('tfoot td[data-slot="1"]').textContent()).resolves.toContain('2 人可以 / 需 4 人');
      expect((await chartLabels(page)).join(' ')).toContain('法定人数');
      await page.close();
      expect(browser.errors).toEqual([]);
    },
    SLOW,
  );

  it(
    'shows a reporter only their unit’s items, and no committee',
    async () => {
      const page = await signIn('zhao-min');
      expect(await page.getByRole('link', { name: '专家委员会' }).count()).toBe(0);
      await page.getByRole('link', { name: '工作事项' }).click();
      await page.waitForSelector('tbody tr[data-item]');
      const shown = await page.locator('tbody tr[data-item]').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-item'))));
      expect(shown.sort((a, b) => a - b)).toEqual([89, 92, 94]);
      const refused = await page.goto(`${server.url}/committee`);
      expect(refused?.status()).toBe(403);
      await page.close();
      expect(browser.errors.filter((e) => !/status of 403/.test(e))).toEqual([]);
      browser.errors.length = 0;
    },
    SLOW,
  );

  it(
    'shows an injected title as text: no element made of it, no script run',
    async () => {
      await bot.store.update((db) => {
        db.plan = {
          ...db.plan,
          items: db.plan.items.map((i) => (i.no === 94 ? { ...i, title: '基金<img src=x id=evil><script>window.pwned=1</script>' } : i)),
        };
      });
      await bot.store.append(REPORTS_LOG, [report({ id: 'evil-note', item: 94, note: '<b id="bold">note</b>' })]);
      const page = await signIn('secretariat');
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      for (const path of ['/items', '/items/94']) {
        await page.goto(`${server.url}${path}`);
        await page.waitForSelector('main table');
        expect(await page.locator('#evil, #bold').count()).toBe(0);
        expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
        await expect(page.locator('main').textContent()).resolves.toContain('基金<img src=x id=evil><script>');
      }
      expect(dialogs).toEqual([]);
      await page.close();
      expect(browser.errors).toEqual([]);
    },
    SLOW,
  );
});
