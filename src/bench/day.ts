// A day's simulated traffic in a fresh process, for the memory figure: 100 reports and
// 1,000 lookups through the real core on a lowdb file (invitations and a poll join when
// the committee work lands). Prints the resident memory as JSON on stdout.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDuban } from '../app.ts';
import { fixedClock } from '../core/clock.ts';
import { openLowdbStore } from '../store/lowdb-store.ts';
import { createSeedDb } from '../store/seed.ts';

const dir = await mkdtemp(join(tmpdir(), 'duban-day-'));
const clock = fixedClock('2016-09-01T10:00:00+08:00');
const store = await openLowdbStore({ file: join(dir, 'db.json'), seed: () => createSeedDb(clock.now()) });
const core = await createDuban({ store, clock });
const chat = (who: string, text: string) => core.handle({ platform: 'test', chatId: who, chatType: 'direct', accountId: who, text });

for (let i = 0; i < 100; i++) {
  await chat('secretariat', `汇报 ${1 + (i % 100)} ${i % 100}% 正常 第${i}次`);
  await chat('secretariat', '确认');
}
const queries = ['事项 92', '国际航线', 'hangxian', 'gdp', '市发改委', '专家咨询委员会', 'indicator air routes', '指标 E', 'items overdue', '崂山'];
for (let i = 0; i < 1000; i++) await chat(`viewer-${i % 20}`, queries[i % queries.length]!);
if (store.records('reports').length !== 100) throw new Error('reports missing');
globalThis.gc?.();
const { rss, heapUsed } = process.memoryUsage();
await store.close();
await rm(dir, { recursive: true, force: true });
process.stdout.write(JSON.stringify({ rssMB: rss / 2 ** 20, heapMB: heapUsed / 2 ** 20 }) + '\n');
