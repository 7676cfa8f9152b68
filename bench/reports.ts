// Report benchmarks, on a real lowdb store in a temp directory, every report through the
// real core as a person makes it (the line, then the confirmation):
// - reports saved and acknowledged per second with many reporters at once, against the
//   disk's raw durable write rate;
// - the cost of one report after 20, 1,000, 10,000 and 100,000 reports of history made
//   through the bot (the history is made by many reporters at once, through the same code
//   path, with fsync turned off while it is built so the bench does not take an hour), and
//   the bytes written per report and the files' sizes, at 1x and at 10x plan data.
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDuban } from '../src/app.ts';
import type { Duban } from '../src/core/bot.ts';
import { fixedClock } from '../src/core/clock.ts';
import { type DbData, openStore, type Store } from '../src/db.ts';
import type { PlanData } from '../src/domain/schema.ts';
import { REPORTS_LOG } from '../src/plan/report-log.ts';
import { createSeedDb } from '../src/seed.ts';
import { type FileHandleOps, type FileOps, nodeFileOps } from '../src/store/file-ops.ts';
import { rawDurableWrites } from './durable-writes.ts';

const NOW = '2016-09-01T10:00:00+08:00';
/** The unit the bench's reporters belong to, and the items they report on (its led items). */
const UNIT = 'coordination-group';

/** The real disk, counting the bytes written; `durable: false` skips fsync (only to build history fast). */
class CountingFs implements FileOps {
  bytes = 0;
  constructor(private readonly durable = true) {}
  async open(path: string, flags: string | number, mode?: number): Promise<FileHandleOps> {
    const h = await nodeFileOps.open(path, flags, mode);
    return {
      write: (buffer, offset, length, position) => ((this.bytes += length), h.write(buffer, offset, length, position)),
      read: (buffer, offset, length, position) => h.read(buffer, offset, length, position),
      sync: () => (this.durable ? h.sync() : Promise.resolve()),
      truncate: (length) => h.truncate(length),
      close: () => h.close(),
    };
  }
  readFile = nodeFileOps.readFile;
  rename = nodeFileOps.rename;
  link = nodeFileOps.link;
  unlink = nodeFileOps.unlink;
  readdir = nodeFileOps.readdir;
  stat = nodeFileOps.stat;
  mkdir = nodeFileOps.mkdir;
}

function seedWith(reporters: number, plan?: PlanData): () => DbData {
  return () => {
    const db = createSeedDb(new Date(NOW));
    if (plan) db.plan = plan;
    for (let i = 0; i < reporters; i++) {
      db.people.push({ id: `bench-${i}`, name: `测试${i}`, roles: ['reporter'], department: UNIT, provenance: 'sample' });
    }
    return db;
  };
}

/** The items the bench's reporters may report on (their unit leads them). */
function itemsOf(store: Store): number[] {
  const led = store.data.plan.items.filter((i) => i.lead.includes(UNIT)).map((i) => i.no);
  if (led.length === 0) throw new Error(`no item led by ${UNIT}`);
  return led;
}

/** One whole one-line report through the core: the line, then the confirmation. */
async function report(core: Duban, who: string, item: number, n: number): Promise<void> {
  const base = { platform: 'test' as const, chatId: who, chatType: 'direct' as const, accountId: who };
  await core.handle({ ...base, text: `汇报 ${item} ${n % 100}% 正常 第${n}次进展` });
  const replies = await core.handle({ ...base, text: '确认' });
  if (!replies.some((r) => r.text.startsWith('已保存'))) throw new Error(`report not saved: ${replies.map((r) => r.text).join(' | ')}`);
}

/** `total` reports by `reporters` people at once; returns the seconds it took. */
async function reportMany(core: Duban, items: number[], reporters: number, total: number, from = 0): Promise<number> {
  let next = from;
  const end = from + total;
  const worker = async (who: string) => {
    while (next < end) {
      const n = next++;
      await report(core, who, items[n % items.length]!, n);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: reporters }, (_, i) => worker(`bench-${i}`)));
  return (performance.now() - started) / 1000;
}

export function reportCount(store: Store): number {
  let n = 0;
  for (const { refs } of store.index(REPORTS_LOG).byKey.values()) n += refs.length;
  return n;
}

export interface HistoryRow {
  history: number;
  scale: string;
  /** Median of one report (line + confirm), sequential, on the real disk. */
  medianMs: number;
  /** Bytes written to disk per report over `measured` reports (checkpoints included). */
  bytesPerReport: number;
  measured: number;
  /** Sizes after: the main file, the plan file, the reports log. */
  mainBytes: number;
  planBytes: number;
  logBytes: number;
  /** Opening the store with this history (saved index), ms. */
  openMs: number;
}

/** A store with `history` reports made through the bot, then timed. */
async function atHistory(dir: string, history: number, scale: string, plan?: PlanData, measured = 1000): Promise<HistoryRow> {
  const file = join(dir, `h${history}-${scale}`, 'db.json');
  const reporters = 100;
  {
    const store = await openStore({ file, seed: seedWith(reporters, plan), fs: new CountingFs(false) });
    const core = await createDuban({ store, clock: fixedClock(NOW) });
    await reportMany(core, itemsOf(store), reporters, history);
    if (reportCount(store) !== history) throw new Error('history: a report was lost or doubled');
    await store.close();
  }
  const fs = new CountingFs(true);
  const opened = performance.now();
  const store = await openStore({ file, seed: seedWith(reporters, plan), fs });
  const openMs = performance.now() - opened;
  const core = await createDuban({ store, clock: fixedClock(NOW) });
  const items = itemsOf(store);
  const times: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t = performance.now();
    await report(core, 'bench-0', items[i % items.length]!, history + i);
    if (i > 0) times.push(performance.now() - t); // the first warms the code up
  }
  fs.bytes = 0;
  await reportMany(core, items, 1, measured, history + 21);
  const bytesPerReport = fs.bytes / measured;
  if (reportCount(store) !== history + 21 + measured) throw new Error('a report was lost or doubled');
  await store.close();
  const size = async (p: string) => (await stat(p)).size;
  return {
    history,
    scale,
    medianMs: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!,
    bytesPerReport,
    measured,
    mainBytes: await size(file),
    planBytes: await size(`${file}.plan.json`),
    logBytes: await size(`${file}.reports.jsonl`),
    openMs,
  };
}

export interface ReportBench {
  reportsPerSecond: number;
  rawDurablePerSecond: number;
  reporters: number;
  rows: HistoryRow[];
}

export async function benchReports(opts: { reporters?: number; plan10x: PlanData }): Promise<ReportBench> {
  const reporters = opts.reporters ?? 200;
  const dir = await mkdtemp(join(tmpdir(), 'duban-bench-'));
  try {
    const raw = await rawDurableWrites(dir, 200, 4096);
    const store = await openStore({ file: join(dir, 'rate', 'db.json'), seed: seedWith(reporters) });
    const core = await createDuban({ store, clock: fixedClock(NOW) });
    const seconds = await reportMany(core, itemsOf(store), reporters, reporters);
    if (reportCount(store) !== reporters) throw new Error('a report was lost or doubled');
    await store.close();

    const rows: HistoryRow[] = [];
    for (const history of [20, 1_000, 10_000, 100_000]) {
      console.error(`  history ${history}…`);
      rows.push(await atHistory(dir, history, '1x'));
    }
    console.error('  history 10,000 at 10x data…');
    rows.push(await atHistory(dir, 10_000, '10x', opts.plan10x));
    return { reportsPerSecond: reporters / seconds, rawDurablePerSecond: raw.perSecond, reporters, rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
