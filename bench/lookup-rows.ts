// The lookup rows of `npm run bench`'s table: each figure next to its baseline from the
// same run, and the goal from issues 10, 11 and 12.
import type { PlanData } from '../src/domain/schema.ts';
import { benchReaders, benchSearch, heldOutAccuracy, type Figures } from './lookup.ts';
import { scalePlan } from './scale.ts';
import { benchWorstMessage } from './worst-message.ts';

const f = (n: number, d = 3) => n.toFixed(d);
const mp = (x: Figures) => `${f(x.median)} / ${f(x.p99)}`;
const ratio = (a: number, b: number) => `${f(a / b, 2)}x`;

export async function lookupRows(plan: PlanData, log: (line: string) => void = () => {}): Promise<string[][]> {
  const rows: string[][] = [];
  log('lookups: search alone…');
  for (const r of benchSearch(plan)) {
    rows.push([
      `lookup ${r.size}, search alone, realistic mix of ${r.queries} (median / p99 ms)`,
      mp(r.ours),
      `competent peer ${mp(r.peer)} (ratio ${ratio(r.ours.median, r.peer.median)} / ${ratio(r.ours.p99, r.peer.p99)}); bare fuse.js ${mp(r.fuse)}`,
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
  const readers = await benchReaders(big);
  const hans = readers['zh-Hans'];
  rows.push(['lookup 10x through the core on lowdb, zh-Hans reader (median / p99 ms)', mp(hans), '', 'p99 < 2 ms']);
  for (const reader of ['zh-Hant', 'en'] as const) {
    const r = readers[reader];
    rows.push([
      `lookup 10x through the core on lowdb, ${reader} reader (median / p99 ms)`,
      mp(r),
      `zh-Hans reader ${mp(hans)} (ratio ${ratio(r.median, hans.median)} / ${ratio(r.p99, hans.p99)})`,
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
