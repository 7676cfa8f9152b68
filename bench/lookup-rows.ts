// The lookup rows of `npm run bench`'s table: each figure next to its baseline from the
// same run, and the goal from issues 10, 11 and 12.
import type { PlanData } from '../src/domain/schema.ts';
import { benchReaders, benchSearch, heldOutAccuracy, type Figures, type Timed } from './lookup.ts';
import { scalePlan } from './scale.ts';
import { benchFirstLookup, benchLookupMemory, benchStartup } from './startup.ts';
import { benchWorstMessage } from './worst-message.ts';

const f = (n: number, d = 3) => n.toFixed(d);
const mp = (x: Figures) => `${f(x.median)} / ${f(x.p99)}`;
/** Wall-clock median / p99, then the CPU figures. */
const wc = (x: Timed) => `${mp(x.wall)} (CPU ${mp(x.cpu)})`;
const ratio = (a: number, b: number) => `${f(a / b, 2)}x`;

export async function lookupRows(plan: PlanData, log: (line: string) => void = () => {}): Promise<string[][]> {
  const rows: string[][] = [];
  log('lookups: search alone…');
  for (const r of benchSearch(plan)) {
    rows.push([
      `lookup ${r.size}, search alone, realistic mix of ${r.queries} (median / p99 ms, wall and CPU)`,
      wc(r.ours),
      `competent peer ${wc(r.peer)} (ratio ${ratio(r.ours.wall.median, r.peer.wall.median)} / ${ratio(r.ours.wall.p99, r.peer.wall.p99)}); bare fuse.js ${wc(r.fuse)}`,
      r.size === '1x' ? '' : 'p99 < 2 ms; median <= 1.5x peer, p99 <= 0.2x peer',
    ]);
  }
  const acc = heldOutAccuracy(plan);
  rows.push([
    `held-out lookups answered as a person expects, 1x (of ${acc.total})`,
    String(acc.right.ours),
    `competent peer ${acc.right.peer}; bare fuse.js ${acc.right.fuse}`,
    '',
  ]);
  log('lookups: through the core, per reader…');
  const big = scalePlan(plan, 10);
  const readers = await benchReaders(big, 'disk');
  const inMemory = await benchReaders(big, 'memory');
  const hans = readers['zh-Hans'];
  for (const reader of ['zh-Hans', 'zh-Hant', 'en'] as const) {
    const r = readers[reader];
    const vsHans =
      reader === 'zh-Hans'
        ? ''
        : `; vs zh-Hans: wall ${ratio(r.wall.median, hans.wall.median)} / ${ratio(r.wall.p99, hans.wall.p99)}, CPU ${ratio(r.cpu.median, hans.cpu.median)} / ${ratio(r.cpu.p99, hans.cpu.p99)}`;
    rows.push([
      `lookup 10x through the core on lowdb (choices written), ${reader} reader (median / p99 ms, wall and CPU)`,
      wc(r),
      `in-memory store ${wc(inMemory[reader])}${vsHans}`,
      reader === 'zh-Hant' ? 'p99 < 2 ms; <= 1.2x zh-Hans' : 'p99 < 2 ms',
    ]);
  }
  log('lookups: the worst message…');
  const worst = await benchWorstMessage(big);
  rows.push([
    `worst message at 10x, 4,000 characters (${worst.worstName}), CPU ms`,
    f(worst.worstCpuMs, 2),
    `ordinary lookup CPU ${mp(worst.normal)} (ratio to p99 ${ratio(worst.worstCpuMs, worst.normal.p99)})`,
    'about an ordinary lookup',
  ]);
  return rows;
}

/** Start-up as typed, the first lookups after a start, and memory at 10x: run after `build()`. */
export async function startRows(plan: PlanData, log: (line: string) => void = () => {}): Promise<string[][]> {
  const rows: string[][] = [];
  const big = scalePlan(plan, 10);
  log('start-up as typed…');
  const serve = await benchStartup('compiled', 5);
  const start = await benchStartup('tsx', 5);
  const serve10 = await benchStartup('compiled', 5, big);
  rows.push([
    'start-up to first reply, `npm run serve` as typed (npm included, index built at start), median ms',
    f(serve.medianMs, 0),
    `\`npm start\` ${f(start.medianMs, 0)} ms; \`npm run serve\` at 10x data ${f(serve10.medianMs, 0)} ms; first start (no search cache yet) ${f(serve.firstMs, 0)} ms`,
    '< 1000 ms',
  ]);
  log('first lookup after a start…');
  const first1 = await benchFirstLookup(plan);
  const first10 = await benchFirstLookup(big);
  rows.push([
    'first lookup after a start at 10x (国际航线, zh-Hans reader), ms',
    f(first10.firstMs, 1),
    `first zh-Hant lookup ${f(first10.firstHantMs, 1)} ms at once (it builds the Traditional converter), ${f(first10.readiedHantMs, 1)} ms once main.ts has readied it (1 s after start); start (store, core, index) ${f(first10.startMs, 0)} ms; at 1x: ${f(first1.firstMs, 1)} / ${f(first1.firstHantMs, 1)} / ${f(first1.readiedHantMs, 1)} / ${f(first1.startMs, 0)} ms`,
    '',
  ]);
  log('memory of lookups at 10x…');
  const mem10 = await benchLookupMemory(10);
  const mem1 = await benchLookupMemory(1);
  rows.push([
    'resident memory after 1,000 lookups by zh-Hans, zh-Hant and en readers at 10x data, compiled, MB',
    f(mem10.rssMB, 1),
    `V8 heap ${f(mem10.heapMB, 1)} MB; at 1x ${f(mem1.rssMB, 1)} MB`,
    '< 150 MB (issue 12: at 10x, with the store and a day of traffic)',
  ]);
  return rows;
}
