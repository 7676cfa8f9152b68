// The dashboard's pages through its routes (no browser): who sees what, the filters, the
// security headers, escaping, evidence files for those who may open them, the exports, and
// the reader's language.
import { describe, expect, it } from 'vitest';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';
import { report } from '../supervision/reports.ts';
import { makeDashboard, page, signIn } from './setup.ts';

/** The item numbers listed in an items table. */
const itemRows = (html: string) => [...html.matchAll(/<tr data-item="(\d+)">/g)].map((m) => Number(m[1]));

describe('dashboard pages', { timeout: 60_000 }, () => {
  it('sends the security headers with every page: a CSP without scripts, nosniff, no referrer, no caching', async () => {
    const { bot, app } = await makeDashboard();
    const cookie = await signIn(bot, app, 'secretariat');
    for (const path of ['/', '/items', '/signin?t=nothing']) {
      const { res, html } = await page(app, cookie, path);
      const csp = res.headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("style-src 'self'");
      expect(csp).not.toMatch(/script-src|unsafe-inline/);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(html).not.toMatch(/<script|\sstyle="|<style/i);
    }
  });

  it('shows the secretariat every page, with the charts inline as SVG', async () => {
    const { bot, app } = await makeDashboard();
    const cookie = await signIn(bot, app, 'secretariat');
    const overview = await page(app, cookie, '/');
    expect(overview.status).toBe(200);
    expect(overview.html.match(/<svg /g)).toHaveLength(2);
    expect(overview.html).toMatch(/<text[^>]*>第1部分/);
    expect(overview.html).toMatch(/<text[^>]*>协调组<\/text>/);
    expect(overview.html).toContain('示例数据 / sample');
    const items = await page(app, cookie, '/items');
    expect(itemRows(items.html)).toHaveLength(100);
    const item = await page(app, cookie, '/items/92');
    expect(item.html).toContain('汇报记录（2 条）');
    expect(item.html).toContain('30% → 60%');
    const indicators = await page(app, cookie, '/indicators');
    expect(indicators.html.match(/<tr data-indicator=/g)).toHaveLength(35);
    expect(indicators.html).toContain('新加坡');
    const indicator = await page(app, cookie, '/indicators/A2');
    expect(indicator.html).toMatch(/<svg [^>]*aria-label=/);
    const committee = await page(app, cookie, '/committee');
    expect(committee.html).toContain('已接受');
    expect(committee.html.match(/<tr data-expert=/g)).toHaveLength(bot.store.data.experts.length);
    const meeting = await page(app, cookie, '/committee/meetings/m1');
    expect(meeting.html).toMatch(
      /<tr data-person="zhang-haibo"><td>[^<]+<\/td><td class="vote vote-yes" data-slot="1" data-answer="yes">可以/,
    );
    expect(meeting.html).toMatch(/data-person="li-qiang".*?data-slot="1" data-answer="no"/s);
    expect(meeting.html).toContain('2 人可以 / 需 4 人');
  });

  it('shows a reporter only their unit’s items, the plan overview, and no committee or exports', async () => {
    const { bot, app } = await makeDashboard();
    const cookie = await signIn(bot, app, 'zhao-min'); // 协调组
    const items = await page(app, cookie, '/items');
    expect(itemRows(items.html).sort((a, b) => a - b)).toEqual([89, 92, 94]);
    // Asking for another unit in the URL changes nothing.
    expect(itemRows((await page(app, cookie, '/items?unit=promotion-office')).html).sort((a, b) => a - b)).toEqual([89, 92, 94]);
    expect((await page(app, cookie, '/items/92')).status).toBe(200);
    expect((await page(app, cookie, '/items/91')).status).toBe(404);
    const overview = await page(app, cookie, '/');
    expect(overview.status).toBe(200);
    expect(overview.html).toMatch(/<svg /);
    expect(overview.html).not.toContain('href="/items/91"');
    expect(overview.html).not.toContain('href="/committee"');
    for (const path of ['/committee', '/committee/meetings/m1', '/exports', '/exports/assessment.csv'])
      expect((await page(app, cookie, path)).status).toBe(403);
  });

  it('filters items by part, unit, health and deadline, and names a value it does not know', async () => {
    const { bot, app } = await makeDashboard();
    const cookie = await signIn(bot, app, 'secretariat');
    const plan = bot.store.data.plan;
    const part5 = itemRows((await page(app, cookie, '/items?part=5')).html);
    expect(part5.sort((a, b) => a - b)).toEqual(plan.items.filter((i) => i.part === 5).map((i) => i.no));
    const unit = itemRows((await page(app, cookie, '/items?unit=coordination-group')).html);
    expect(unit.sort((a, b) => a - b)).toEqual([89, 92, 94]);
    const noReport = itemRows((await page(app, cookie, '/items?part=5&health=no-report')).html);
    expect(noReport).not.toContain(92);
    expect(noReport).not.toContain(95);
    expect(noReport).toContain(91);
    const done = itemRows((await page(app, cookie, '/items?health=done')).html);
    expect(done).toEqual([95]);
    const overdue = itemRows((await page(app, cookie, '/items?due=overdue')).html);
    expect(overdue.length).toBeGreaterThan(0);
    for (const no of overdue) expect(plan.items.find((i) => i.no === no)!.deadline < '2016-09').toBe(true);
    const month = itemRows((await page(app, cookie, '/items?due=2016-10')).html);
    expect(month.sort((a, b) => a - b)).toEqual(plan.items.filter((i) => i.deadline.startsWith('2016-10')).map((i) => i.no));
    const bad = await page(app, cookie, '/items?health=%3Cb%3E&part=9');
    expect(bad.status).toBe(200);
    expect(bad.html).toContain('无法识别的筛选条件已忽略：part, health');
    expect(itemRows(bad.html)).toHaveLength(100);
    // The form keeps the choices made.
    expect((await page(app, cookie, '/items?part=5')).html).toMatch(/<option value="5" selected>/);
  });

  it('escapes what it shows: an injected title, unit name and note stay text on every page', async () => {
    const { bot, app } = await makeDashboard();
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    await bot.store.update((db) => {
      db.plan = {
        ...db.plan,
        items: db.plan.items.map((i) => (i.no === 92 ? { ...i, title: `专家${evil}` } : i)),
        departments: db.plan.departments.map((d) => (d.id === 'coordination-group' ? { ...d, name: `协调组${evil}` } : d)),
      };
    });
    await bot.store.append(REPORTS_LOG, [
      report({ id: 'evil', item: 92, status: 'on-track', progress: 70, note: evil, evidence: `javascript:${evil}` }),
    ]);
    const cookie = await signIn(bot, app, 'secretariat');
    for (const path of ['/', '/items', '/items/92', '/items?unit=coordination-group']) {
      const { html } = await page(app, cookie, path);
      expect(html, path).not.toContain('<img src=x');
      expect(html, path).not.toContain('<script>');
      expect(html, path).not.toContain('href="javascript:');
      expect(html, path).toContain('&lt;img src=x onerror=alert(1)&gt;');
    }
  });

  it('opens evidence kept by Duban for those who may see its item, as a download', async () => {
    const { bot, app } = await makeDashboard();
    const files = bot.core.services.files.store;
    const kept = await files.put(new TextEncoder().encode('charter draft'), {
      name: '章程草案.txt',
      mime: 'text/plain',
      at: '2016-08-10T02:00:00Z',
      by: 'zhao-min',
      purpose: { kind: 'evidence', item: 92 },
    });
    await bot.store.append(REPORTS_LOG, [
      report({ id: 'ev', item: 92, status: 'on-track', progress: 70, evidence: `file:章程草案.txt#${kept.id}` }),
    ]);
    const admin = await signIn(bot, app, 'secretariat');
    expect((await page(app, admin, '/items/92')).html).toContain(`href="/files/${kept.id}"`);
    for (const who of ['secretariat', 'zhao-min', 'liu-jianguo']) {
      const { status, res, html } = await page(app, await signIn(bot, app, who), `/files/${kept.id}`);
      expect(status, who).toBe(200);
      expect(html).toBe('charter draft');
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('章程草案.txt')}`);
      expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
    }
    // A reporter of another unit may open evidence in chat, but not of an item the dashboard does not show them.
    expect((await page(app, await signIn(bot, app, 'ma-li'), `/files/${kept.id}`)).status).toBe(404);
    expect((await page(app, admin, '/files/dbf_00000000000000000000')).status).toBe(404);
    expect((await page(app, admin, '/files/..%2F..%2Fdb.json')).status).toBe(404);
  });

  it('hands out the exports made by the chat’s export code', async () => {
    const { bot, app } = await makeDashboard();
    await bot.store.update((db) => {
      db.meetings.m1 = { ...db.meetings.m1!, status: 'scheduled', finalSlot: '2', schedule: 1 };
    });
    const cookie = await signIn(bot, app, 'liang-shuhua'); // an official
    const list = await page(app, cookie, '/exports');
    expect(list.html).toContain('/exports/meetings/m1.ics');
    const csv = await page(app, cookie, '/exports/assessment.csv');
    expect(csv.res.headers.get('content-type')).toContain('text/csv');
    expect(csv.html.split('\r\n').filter(Boolean)).toHaveLength(101);
    expect(csv.html).toContain('序号');
    const xlsx = await app.request('http://127.0.0.1:8080/exports/assessment.xlsx', { headers: { Cookie: cookie } });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    expect(new Uint8Array(await xlsx.arrayBuffer()).subarray(0, 2)).toEqual(new Uint8Array([0x50, 0x4b])); // a zip
    const ics = await page(app, cookie, '/exports/meetings/m1.ics');
    expect(ics.html).toContain('BEGIN:VEVENT');
    expect(ics.html).toContain('DTSTART:20161121T060000Z');
    expect((await page(app, cookie, '/exports/meetings/m9.ics')).status).toBe(404);
  });

  it('speaks the reader’s language: English, and Traditional Chinese converted from the data', async () => {
    const { bot, app } = await makeDashboard();
    await bot.store.update((db) => {
      db.people = db.people.map((p) =>
        p.id === 'liang-shuhua' ? { ...p, lang: 'en' as const } : p.id === 'han-dongsheng' ? { ...p, lang: 'zh-Hant' as const } : p,
      );
    });
    const en = await page(app, await signIn(bot, app, 'liang-shuhua'), '/');
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('Items never reported on');
    expect(en.html).toMatch(/<text[^>]*>Part 1/);
    expect(en.html).toContain('Coordination Group');
    const hant = await page(app, await signIn(bot, app, 'han-dongsheng'), '/items/92');
    expect(hant.html).toContain('<html lang="zh-Hant">');
    expect(hant.html).toContain('彙報記錄');
    expect(hant.html).toContain('協調組');
  });
});
