// A day's simulated traffic in a fresh process, for the memory figure: 100 reports, 59
// invitations (half accepted), a meeting poll sent and voted on, and 1,000 lookups through
// the real core on a lowdb file; with a number as argument (`day.js 50`), then that many
// charts drawn (the four answers' pictures, each a different chart); with `--dashboard`, the
// dashboard served on a free port and 160 page views over real HTTP (signed in by the chat's
// link, every page, an export); with `--scale 10` on a plan ten times the size, and with
// `--history 100000` on a store that already holds that many reports: `--prepare DIR` writes
// them into a store in DIR and exits; `--dir DIR` then runs the day on it in a new process, as
// a restart would find it (the reports index is saved, not the reports). Prints the resident
// memory as JSON on stdout.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDuban } from '../src/app.ts';
import { fixedClock } from '../src/core/clock.ts';
import { openStore } from '../src/db.ts';
import { createSeedDb } from '../src/seed.ts';
import { VOTES_LOG } from '../src/committee/meetings/tally.ts';
import { REPORTS_LOG } from '../src/plan/report-log.ts';
import type { ReportRecord } from '../src/domain/report.ts';
import { scalePlan } from './scale.ts';

const given = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
const prepare = given('--prepare');
const dir = prepare ?? given('--dir') ?? (await mkdtemp(join(tmpdir(), 'duban-day-')));
const clock = fixedClock('2016-09-01T10:00:00+08:00');
const scale = Number(given('--scale') ?? 0);
const history = Number(given('--history') ?? 0);
const seed = () => {
  const db = createSeedDb(clock.now());
  return scale > 1 ? { ...db, plan: scalePlan(db.plan, scale) } : db;
};
if (history > 0 && prepare) {
  // The history, written straight to the log in large batches (its cost per report is the report bench's).
  const before = await openStore({ file: join(dir, 'db.json'), seed });
  const items = before.data.plan.items.map((i) => i.no);
  for (let i = 0; i < history; ) {
    const batch: ReportRecord[] = [];
    for (const end = Math.min(history, i + 10_000); i < end; i++) {
      const at = new Date(Date.parse('2016-06-15T02:00:00Z') + i * 60_000).toISOString();
      batch.push({
        id: `h${i}`,
        at,
        item: items[i % items.length]!,
        status: 'on-track',
        progress: i % 100,
        note: '历史记录',
        by: 'secretariat',
        platform: 'test',
        provenance: 'sample',
      });
    }
    await before.append(REPORTS_LOG, batch);
  }
  await before.close();
}
if (prepare) process.exit(0);
const store = await openStore({ file: join(dir, 'db.json'), seed });
const core = await createDuban({ store, clock });
const chat = (who: string, text: string) => core.handle({ platform: 'test', chatId: who, chatType: 'direct', accountId: who, text });
/** Presses the first choice of the replies, as the person would. */
const pressFirst = async (who: string, replies: Awaited<ReturnType<typeof chat>>) => {
  const key = replies.find((r) => r.choices?.length)?.choices?.[0]?.key;
  if (!key)
    throw new Error(
      `nothing to press: ${replies
        .map((r) => r.text)
        .join(' | ')
        .slice(0, 200)}`,
    );
  return core.handle({ platform: 'test', chatId: who, chatType: 'direct', accountId: who, action: key });
};

for (let i = 0; i < 100; i++) {
  await chat('secretariat', `汇报 ${1 + (i % 100)} ${i % 100}% 正常 第${i}次`);
  await chat('secretariat', '确认');
}
// Every expert reachable through a platform port that accepts everything.
core.services.notifier.register('test', async () => ({ ok: true }));
await store.update((db) => {
  for (const e of db.experts) db.accounts.push({ platform: 'test', accountId: e.id, personId: e.id, boundAt: clock.now().toISOString() });
});
await pressFirst('secretariat', await chat('secretariat', '邀请 发送 全部'));
const experts = store.data.experts.map((e) => e.id);
for (const [i, id] of experts.entries()) await chat(id, i % 2 ? '邀请函 拒绝 时间冲突' : '邀请函 接受');
await pressFirst(
  'secretariat',
  await chat(
    'secretariat',
    '会议 新建 第一次工作会议 | 2016-11-20 09:30-11:30, 2016-11-21 14:00-16:00, 2016-11-22 09:30 | 截止 2016-11-15 18:00 | 地点 市级机关会议中心',
  ),
);
for (const [i, id] of experts.entries()) if (i % 2 === 0) await chat(id, `投票 m1 ${1 + (i % 3)} 可以`);
if (!store.records(VOTES_LOG).length) throw new Error('no votes were recorded');
const queries = [
  '事项 92',
  '国际航线',
  'hangxian',
  'gdp',
  '市发改委',
  '专家咨询委员会',
  'indicator air routes',
  '指标 E',
  'items overdue',
  '崂山',
];
for (let i = 0; i < 1000; i++) await chat(`viewer-${i % 20}`, queries[i % queries.length]!);
if ([...store.index(REPORTS_LOG).byKey.values()].reduce((n, e) => n + e.refs.length, 0) !== 100 + Number(given('--had') ?? 0))
  throw new Error('reports missing');
const charts = /^\d+$/.test(process.argv[2] ?? '') ? Number(process.argv[2]) : 0;
if (charts > 0) {
  const second = store.data.plan.indicators.filter((i) => i.parent).map((i) => `指标 ${i.code}`);
  const scopes = [1, 2, 3, 4, 5].map((n) => `总览 第${n}部分`);
  const units = ['市发改委', '市商务局', '协调组', '市推进办', '市外办', '市统计局', '市社科院'].map((u) => `总览 ${u}`);
  let drawn = 0;
  for (const line of ['总览', '邀请情况', '会议 m1', ...second, ...scopes, ...units]) {
    if (drawn === charts) break;
    const image = (await chat('secretariat', line)).find((r) => r.image)?.image;
    if (image && (await image.render()).byteLength) drawn++;
  }
  if (drawn < charts) throw new Error(`only ${drawn} of ${charts} charts drawn`);
}
if (process.argv.includes('--dashboard')) {
  const { startDashboard } = await import('../src/dashboard/server.ts');
  const server = await startDashboard(core.services, { host: '127.0.0.1', port: 0 });
  core.services.dashboardUrl = server.url;
  const link = /http:\/\/\S+\/signin\?t=[A-Za-z0-9_-]{43}/.exec((await chat('secretariat', '看板')).map((r) => r.text).join('\n'))?.[0];
  if (!link) throw new Error('no dashboard link');
  const token = new URL(link).searchParams.get('t')!;
  if ((await fetch(link)).status !== 200) throw new Error('the sign-in page did not open');
  const signedIn = await fetch(`${server.url}/signin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: server.url },
    body: `t=${token}`,
    redirect: 'manual',
  });
  const cookie = signedIn.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error('not signed in');
  const pages = [
    '/',
    '/items',
    '/items?part=5&health=overdue',
    '/items/92',
    '/indicators',
    '/indicators/A2',
    '/committee',
    '/committee/meetings/m1',
  ];
  for (let round = 0; round < 20; round++) {
    for (const path of pages) {
      const res = await fetch(`${server.url}${path}`, { headers: { Cookie: cookie } });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      await res.arrayBuffer();
    }
  }
  await (await fetch(`${server.url}/exports/assessment.csv`, { headers: { Cookie: cookie } })).arrayBuffer();
  await server.stop();
}
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
await store.close();
await rm(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ rssMB: rss / 2 ** 20, heapMB: heapUsed / 2 ** 20 }) + '\n');
