// Report benchmarks: reports saved and acknowledged per second with many reporters at
// once, against the disk's raw durable write rate; and the cost of one report as the
// history grows from 1,000 to 100,000 records. Everything runs the real core on a real
// lowdb file in a temp directory.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDuban } from '../src/app.ts';
import { fixedClock } from '../src/core/clock.ts';
import type { Duban } from '../src/core/bot.ts';
import { rawDurableWrites } from './durable-writes.ts';
import type { ReportRecord } from '../src/domain/report.ts';
import { REPORTS_LOG } from '../src/plan/report-log.ts';
import { openStore, type Store } from '../src/db.ts';
import { createSeedDb } from '../src/seed.ts';

const NOW = '2016-09-01T10:00:00+08:00';

/** A store with `reporters` sample reporters of 协调组 (which leads item 92) and `history` old reports. */
async function benchStore(dir: string, reporters: number, history: number): Promise<Store> {
  const store = await openStore({
    file: join(dir, 'db.json'),
    seed: () => {
      const db = createSeedDb(new Date(NOW));
      for (let i = 0; i < reporters; i++) {
        db.people.push({ id: `bench-${i}`, name: `测试${i}`, roles: ['reporter'], department: 'coordination-group', provenance: 'sample' });
      }
      return db;
    },
  });
  const batch: ReportRecord[] = [];
  for (let i = 0; i < history; i++) {
    batch.push({
      id: `h${i}`,
      at: new Date(Date.parse(NOW) - (history - i) * 60_000).toISOString(),
      item: 1 + (i % 100),
      status: 'on-track',
      progress: i % 100,
      note: '历史记录',
      by: 'bench-0',
      platform: 'test',
      provenance: 'sample',
    });
    if (batch.length === 10_000) await store.append(REPORTS_LOG, batch.splice(0));
  }
  if (batch.length) await store.append(REPORTS_LOG, batch);
  return store;
}

/** How many reports the store holds. */
export function reportCount(store: Store): number {
  let n = 0;
  for (const { refs } of store.index(REPORTS_LOG).byKey.values()) n += refs.length;
  return n;
}

/** One whole one-line report through the core: the line, then the confirmation. */
async function report(core: Duban, who: string, n: number): Promise<void> {
  const base = { platform: 'test' as const, chatId: who, chatType: 'direct' as const, accountId: who };
  await core.handle({ ...base, text: `汇报 92 ${n % 101}% 正常 第${n}次进展` });
  const replies = await core.handle({ ...base, text: '确认' });
  if (!replies.some((r) => r.text.startsWith('已保存'))) throw new Error(`report not saved: ${replies.map((r) => r.text).join(' | ')}`);
}

export interface ReportBench {
  reportsPerSecond: number;
  rawDurablePerSecond: number;
  reporters: number;
  msAt1k: number;
  msAt100k: number;
}

export async function benchReports(reporters = 200): Promise<ReportBench> {
  const dir = await mkdtemp(join(tmpdir(), 'duban-bench-'));
  try {
    const raw = await rawDurableWrites(dir, 200, 4096);
    const store = await benchStore(dir, reporters, 0);
    const core = await createDuban({ store, clock: fixedClock(NOW) });
    const started = performance.now();
    await Promise.all(Array.from({ length: reporters }, (_, i) => report(core, `bench-${i}`, i)));
    const seconds = (performance.now() - started) / 1000;
    if (reportCount(store) !== reporters) throw new Error('a report was lost or doubled');
    await store.close();
    await rm(join(dir, 'db.json'), { force: true });
    await rm(join(dir, 'db.json.reports.jsonl'), { force: true });

    const at = async (history: number) => {
      const sub = await mkdtemp(join(dir, `h${history}-`));
      const s = await benchStore(sub, 1, history);
      const c = await createDuban({ store: s, clock: fixedClock(NOW) });
      await report(c, 'bench-0', 0); // warm up
      const times: number[] = [];
      for (let i = 1; i <= 20; i++) {
        const t = performance.now();
        await report(c, 'bench-0', i);
        times.push(performance.now() - t);
      }
      await s.close();
      return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
    };
    return {
      reportsPerSecond: reporters / seconds,
      rawDurablePerSecond: raw.perSecond,
      reporters,
      msAt1k: await at(1_000),
      msAt100k: await at(100_000),
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
