// A day's simulated traffic in a fresh process, for the memory figure: 100 reports, 59
// invitations (half accepted), a meeting poll sent and voted on, and 1,000 lookups through
// the real core on a lowdb file; with a number as argument (`day.js 50`), then that many
// charts drawn (the four answers' pictures, each a different chart). Prints the resident
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

const dir = await mkdtemp(join(tmpdir(), 'duban-day-'));
const clock = fixedClock('2016-09-01T10:00:00+08:00');
const store = await openStore({ file: join(dir, 'db.json'), seed: () => createSeedDb(clock.now()) });
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
if ([...store.index(REPORTS_LOG).byKey.values()].reduce((n, e) => n + e.refs.length, 0) !== 100) throw new Error('reports missing');
const charts = Number(process.argv[2] ?? 0);
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
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
await store.close();
await rm(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ rssMB: rss / 2 ** 20, heapMB: heapUsed / 2 ** 20 }) + '\n');
