// The dashboard's overview page at 10x data (1,000 items, 400 indicators, a few thousand
// reports over four months): server time per request, in process (the hono app's own
// handling, no network), after a warm-up. Two figures: the page as it is asked for again and
// again (the charts' SVG cached), and the page right after a new report (the data changed:
// the charts are drawn again).
import { createDuban } from '../src/app.ts';
import { fixedClock } from '../src/core/clock.ts';
import { dashboardApp } from '../src/dashboard/app.ts';
import { issueLink } from '../src/dashboard/links.ts';
import { memoryStore } from '../src/db.ts';
import { loadPlanData } from '../src/domain/plan-data.ts';
import { REPORTS_LOG } from '../src/plan/report-log.ts';
import { createSeedDb } from '../src/seed.ts';
import { pick, seededRandom } from './random.ts';
import { scalePlan } from './scale.ts';

const BASE = 'http://127.0.0.1:8080';
const STATUSES = ['on-track', 'on-track', 'at-risk', 'delayed', 'done'] as const;

export interface DashboardBench {
  items: number;
  reports: number;
  htmlKB: number;
  coldMs: number;
  medianMs: number;
  p99Ms: number;
  /** The same requests' CPU time (this process): what the server did, whatever else ran on the machine. */
  cpuMedianMs: number;
  cpuP99Ms: number;
  changedMedianMs: number;
  changedP99Ms: number;
}

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

export async function benchDashboard(runs = 400, changes = 20): Promise<DashboardBench> {
  const clock = fixedClock('2016-09-01T10:00:00+08:00');
  const plan = scalePlan(loadPlanData(), 10);
  const store = memoryStore({ ...createSeedDb(clock.now()), plan });
  const next = seededRandom(13);
  const reports = [];
  for (const item of plan.items) {
    if (next() < 0.3) continue; // never reported
    const n = 1 + Math.floor(next() * 5);
    for (let k = 0; k < n; k++) {
      const day = 1 + Math.floor(next() * 75); // June 16 .. August 30
      reports.push({
        id: `b-${item.no}-${k}`,
        at: new Date(Date.UTC(2016, 5, 16 + day, 2)).toISOString(),
        item: item.no,
        status: pick(next, STATUSES),
        progress: Math.min(100, 20 * (k + 1)),
        by: 'secretariat',
        platform: 'test',
      });
    }
  }
  reports.sort((a, b) => a.at.localeCompare(b.at));
  await store.append(REPORTS_LOG, reports);
  const core = await createDuban({ store, clock });
  const app = dashboardApp({ services: core.services, secret: 'bench-secret-bench-secret-bench-secret', baseUrl: BASE });
  const token = await issueLink(store, 'secretariat', clock.now());
  const signedIn = await app.request(`${BASE}/signin`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: BASE },
    body: `t=${token}`,
  });
  const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  const overview = async () => {
    const t = performance.now();
    const cpu = process.cpuUsage();
    const res = await app.request(`${BASE}/`, { headers: { Cookie: cookie } });
    const body = await res.arrayBuffer(); // the bytes as sent; decoding them is the browser's work
    if (res.status !== 200) throw new Error(`overview answered ${res.status}`);
    const used = process.cpuUsage(cpu);
    return { ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000, bytes: body.byteLength };
  };

  const cold = await overview();
  for (let i = 0; i < 30; i++) await overview();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const r = await overview();
    times.push(r.ms);
    cpu.push(r.cpuMs);
  }
  const changed: number[] = [];
  for (let i = 0; i < changes; i++) {
    const no = plan.items[i * 37]!.no;
    await store.append(REPORTS_LOG, [
      { id: `c-${i}`, at: clock.now().toISOString(), item: no, status: 'on-track', progress: 50, by: 'secretariat', platform: 'test' },
    ]);
    changed.push((await overview()).ms);
  }
  return {
    items: plan.items.length,
    reports: reports.length,
    htmlKB: cold.bytes / 1024,
    coldMs: cold.ms,
    medianMs: quantile(times, 0.5),
    p99Ms: quantile(times, 0.99),
    cpuMedianMs: quantile(cpu, 0.5),
    cpuP99Ms: quantile(cpu, 0.99),
    changedMedianMs: quantile(changed, 0.5),
    changedP99Ms: quantile(changed, 0.99),
  };
}
