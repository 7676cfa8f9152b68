// `npm run bench`: every benchmark in one run, one table, each figure next to its baseline
// measured in the same run. Figures, never pass/fail: goals are printed beside them.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { os } from './machine.ts';
import { loadPlanData } from '../src/domain/plan-data.ts';
import { lookupRows, startRows } from './lookup-rows.ts';
import { benchReports } from './reports.ts';
import { scalePlan } from './scale.ts';
import { benchDayMemory, build } from './startup.ts';

const f = (n: number, d = 3) => n.toFixed(d);
const rows: string[][] = [['benchmark', 'figure', 'baseline (same run)', 'goal']];

console.error(`machine: ${os()}`);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');
const loadAtStart = load();
rows.push(...(await lookupRows(loadPlanData(), (line) => console.error(line))));
console.error('reports…');
const rep = await benchReports({ reporters: 200, plan10x: scalePlan(loadPlanData(), 10) });
rows.push([
  `reports saved+acknowledged/s, ${rep.reporters} reporters at once`,
  f(rep.reportsPerSecond, 0),
  `raw durable writes/s ${f(rep.rawDurablePerSecond, 0)} (ratio ${f(rep.reportsPerSecond / rep.rawDurablePerSecond, 2)}x)`,
  '>= 0.5x raw',
]);
const base = rep.rows.find((r) => r.history === 20 && r.scale === '1x')!;
for (const r of rep.rows) {
  if (r === base) continue;
  rows.push([
    `one report (line + confirm) after ${r.history.toLocaleString('en')} reports made through the bot, ${r.scale} data, median ms`,
    f(r.medianMs, 2),
    `after 20: ${f(base.medianMs, 2)} ms (ratio ${f(r.medianMs / base.medianMs, 2)}x)`,
    r.history === 10_000 && r.scale === '1x' ? '<= 1.5x' : '',
  ]);
}
for (const r of rep.rows.filter((x) => x.history === 10_000)) {
  rows.push([
    `bytes written per report (over ${r.measured}, checkpoints included), ${r.scale} data, 10,000 history`,
    f(r.bytesPerReport, 0),
    `files after: main ${r.mainBytes} B, plan ${r.planBytes} B, reports log ${r.logBytes} B; opened in ${f(r.openMs, 0)} ms`,
    '<= 64 KiB, independent of the plan',
  ]);
}
const big = rep.rows.find((r) => r.history === 100_000)!;
rows.push([
  'opening the store with 100,000 reports of history (saved index), ms',
  f(big.openMs, 0),
  `with 20: ${f(base.openMs, 0)} ms`,
  '',
]);
console.error('broadcast…');
const { benchBroadcast } = await import('./telegram-broadcast.ts');
for (const inject of [0, 3]) {
  const bc = await benchBroadcast(59, undefined, inject);
  rows.push([
    `59 invitations through the Telegram adapter (rate-limited)${inject ? `, ${inject} chats answering 429 (retry after 1 s) once` : ''}, s`,
    f(bc.seconds, 2),
    `limit allows ${f(bc.lowerBoundSeconds, 2)} s (ratio ${f(bc.seconds / bc.lowerBoundSeconds, 2)}x), ${bc.delivered}/${bc.n} delivered, ${bc.tooManyRequests} × 429 (${bc.injected} injected)`,
    '<= 1.2x, none lost',
  ]);
}
const { benchInvitations } = await import('./invitations.ts');
const inv = await benchInvitations();
rows.push([
  `59 invitations (邀请 发送 全部 + confirm) through the core and the Telegram adapter, first→last letter s`,
  f(inv.sendingSeconds, 2),
  `limit allows ${f(inv.lowerBoundSeconds, 2)} s (ratio ${f(inv.sendingSeconds / inv.lowerBoundSeconds, 2)}x); press→last ${f(inv.seconds, 2)} s; ${inv.received}/${inv.experts} received, ${inv.tooManyRequests} × 429`,
  '<= 1.2x, none lost',
]);
console.error('dingtalk…');
const { benchDingTalkBroadcast, benchDingTalkLookup } = await import('./dingtalk.ts');
const dtb = await benchDingTalkBroadcast(59);
rows.push([
  '59 invitations through the DingTalk adapter (20 QPS enforced by the stand-in, a 429 and a flow-controlled user injected), s',
  f(dtb.seconds, 2),
  `limit allows ${f(dtb.lowerBoundSeconds, 2)} s for 59 calls (ratio ${f(dtb.seconds / dtb.lowerBoundSeconds, 2)}x), ${f(dtb.callsLowerBoundSeconds, 2)} s for the ${dtb.calls} calls made (ratio ${f(dtb.seconds / dtb.callsLowerBoundSeconds, 2)}x); ${dtb.delivered}/${dtb.n} delivered, ${dtb.wrongCounts} lost or doubled, ${dtb.throttled} throttled`,
  '<= 1.2x, none lost',
]);
const dtl = await benchDingTalkLookup();
rows.push([
  'a lookup through the DingTalk adapter in-process (frame → core → Markdown → outbox → send), one message a second, median ms',
  f(dtl.adapterMedianMs, 3),
  `the core alone, given the same DingTalk message (its delivery id kept) ${f(dtl.coreMedianMs, 3)} ms (ratio ${f(dtl.ratio, 2)}x); the core given a local test message (no delivery id) ${f(dtl.bareCoreMedianMs, 3)} ms`,
  '<= 1.5x',
]);
console.error('charts…');
const { benchCharts } = await import('./charts.ts');
const ch = await benchCharts();
rows.push([
  'one chart to PNG (1600×1000, CJK labels, the overview: 3 panels), warm, CPU time median ms',
  f(ch.cpuMedianMs, 1),
  `wall ${f(ch.wallMedianMs, 1)} ms; ${f(ch.pngKB, 0)} KB; ${ch.runs} charts not cached, drawn in the worker`,
  '≤ 150 ms',
]);
rows.push([
  'a cached chart: model → option → hash → PNG bytes, median / p99 ms',
  `${f(ch.cachedMedianMs, 2)} / ${f(ch.cachedP99Ms, 2)}`,
  `option → hash → PNG (model built) ${f(ch.cachedRenderMedianMs, 2)} ms`,
  '≤ 2 ms',
]);
console.error('dashboard…');
const { benchDashboard } = await import('./dashboard.ts');
const dash = await benchDashboard();
rows.push([
  `dashboard overview page at 10x data (${dash.items} items, ${dash.reports} reports; ${f(dash.htmlKB, 0)} KB), server time median / p99 ms`,
  `${f(dash.medianMs, 2)} / ${f(dash.p99Ms, 2)}`,
  `CPU ${f(dash.cpuMedianMs, 2)} / ${f(dash.cpuP99Ms, 2)} ms; right after a new report (charts drawn again, in the worker) ${f(dash.changedMedianMs, 0)} / ${f(dash.changedP99Ms, 0)} ms; first page ${f(dash.coldMs, 0)} ms`,
  'p99 ≤ 20 ms',
]);
console.error('start-up and memory…');
build();
rows.push(...(await startRows(loadPlanData(), (line) => console.error(line))));
const dayBuilt = await benchDayMemory('compiled');
const dayTsx = await benchDayMemory('tsx');
rows.push([
  'resident memory after a day (100 reports, 59 invitations, a poll, 1,000 lookups), npm run serve, MB',
  f(dayBuilt.rssMB, 1),
  `V8 heap ${f(dayBuilt.heapMB, 1)} MB; npm start (tsx) ${f(dayTsx.rssMB, 1)} MB`,
  '< 150 MB',
]);
const dayBig = await benchDayMemory('compiled', 0, false, { scale: 10, history: 100_000 });
rows.push([
  'resident memory after the same day at 10x data (1,000 items) with 100,000 reports of history, npm run serve, MB',
  f(dayBig.rssMB, 1),
  `V8 heap ${f(dayBig.heapMB, 1)} MB; 1x without history ${f(dayBuilt.rssMB, 1)} MB`,
  '< 150 MB',
]);
const dayCharts = await benchDayMemory('compiled', 50);
rows.push([
  'resident memory after the same day and 50 charts drawn, npm run serve, MB',
  f(dayCharts.rssMB, 1),
  `no chart: ${f(dayBuilt.rssMB, 1)} MB (+${f(dayCharts.rssMB - dayBuilt.rssMB, 1)} MB for ECharts, Skia, the font and the worker)`,
  '< 200 MB',
]);

const dayDashboard = await benchDayMemory('compiled', 0, true);
rows.push([
  'resident memory after the same day and 160 dashboard page views over HTTP (every page, an export), npm run serve, MB',
  f(dayDashboard.rssMB, 1),
  `no dashboard: ${f(dayBuilt.rssMB, 1)} MB (+${f(dayDashboard.rssMB - dayBuilt.rssMB, 1)} MB: hono, the pages, and the charts' worker, which ends after 5 idle minutes)`,
  '< 200 MB',
]);

if (process.argv.includes('--write')) {
  const md = [
    '# Benchmarks',
    '',
    `Latest figures of \`npm run bench\` (written by \`npm run bench -- --write\`), ${new Date().toISOString().slice(0, 10)}, on ${os()}; load average ${loadAtStart} at the start, ${load()} at the end.`,
    'Every figure stands next to its baseline measured in the same run; goals are from the issues. Nothing here is asserted by a test.',
    '',
    `| ${rows[0]!.join(' | ')} |`,
    `|${rows[0]!.map(() => '---').join('|')}|`,
    ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
  writeFileSync('BENCHMARKS.md', md);
}

const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => cell.padEnd(widths[c]!)).join(' | '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
}
