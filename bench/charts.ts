// Chart benchmarks: one chart to PNG (1600×1000, CJK labels: the overview of the 100 items
// with its per-part, per-unit and burn-up panels), warm, as CPU time of the whole process
// (the worker thread and the PNG encoder included), each drawing a chart not yet cached;
// and the same chart asked for again, from the model to the PNG bytes out of the cache.
import { overviewChartFor } from '../src/charts/answers.ts';
import { chartImage } from '../src/charts/image.ts';
import { toOption } from '../src/charts/option.ts';
import { renderPng, stopPngWorker } from '../src/charts/png.ts';
import { createDuban } from '../src/app.ts';
import { fixedClock } from '../src/core/clock.ts';
import { Context } from '../src/core/context.ts';
import { memoryStore } from '../src/db.ts';
import { createSeedDb } from '../src/seed.ts';
import type { ReportRecord } from '../src/domain/report.ts';
import { REPORTS_LOG } from '../src/plan/report-log.ts';

const NOW = '2016-09-01T10:00:00+08:00';

export interface ChartFigures {
  cpuMedianMs: number;
  wallMedianMs: number;
  pngKB: number;
  /** Model -> option -> hash -> PNG from the cache. */
  cachedMedianMs: number;
  cachedP99Ms: number;
  /** Option -> hash -> PNG from the cache (the model already built, as the adapter's render() does). */
  cachedRenderMedianMs: number;
  runs: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;

export async function benchCharts(runs = 30): Promise<ChartFigures> {
  const clock = fixedClock(NOW);
  const store = memoryStore(createSeedDb(clock.now()));
  // Three months of reports, so the overview has its burn-up.
  const reports: ReportRecord[] = [];
  for (let i = 0; i < 300; i++) {
    const at = new Date(Date.parse('2016-06-01T10:00:00+08:00') + i * 7 * 3600_000).toISOString();
    reports.push({
      id: `b${i}`,
      at,
      item: 1 + ((i * 7) % 100),
      status: i % 9 ? 'on-track' : 'at-risk',
      progress: i % 101,
      by: 'secretariat',
      platform: 'test',
      provenance: 'sample',
    });
  }
  await store.append(REPORTS_LOG, reports);
  const core = await createDuban({ store, clock });
  const msg = { platform: 'test' as const, chatId: 'bench', chatType: 'direct' as const, accountId: 'secretariat' };
  const ctx = new Context(
    core.services,
    msg,
    store.data.people.find((p) => p.id === 'secretariat'),
    'zh-Hans',
  );
  const chart = overviewChartFor(ctx, { allDepts: false, page: 1 })!;

  // Warm: the worker started, ECharts and the font loaded, the code paths compiled.
  for (let i = 0; i < 3; i++) await renderPng(toOption({ ...chart, title: `${chart.title} 预热 ${i}` }), chart.width, chart.height);
  const cpu: number[] = [];
  const wall: number[] = [];
  let bytes = 0;
  for (let i = 0; i < runs; i++) {
    // A new title each time: a chart the cache has not seen, with the same work to draw.
    const option = toOption({ ...chart, title: `${chart.title}（第 ${i + 1} 次）` });
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const png = await renderPng(option, chart.width, chart.height);
    wall.push(performance.now() - w0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
    bytes = png.byteLength;
  }

  await chartImage(chart).render(); // now cached
  const cached: number[] = [];
  const cachedRender: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    await chartImage(overviewChartFor(ctx, { allDepts: false, page: 1 })!).render();
    cached.push(performance.now() - t0);
    const t1 = performance.now();
    await chartImage(chart).render();
    cachedRender.push(performance.now() - t1);
  }
  await stopPngWorker();
  return {
    cpuMedianMs: median(cpu),
    wallMedianMs: median(wall),
    pngKB: bytes / 1024,
    cachedMedianMs: median(cached),
    cachedP99Ms: p99(cached),
    cachedRenderMedianMs: median(cachedRender),
    runs,
  };
}
