// `npm run bench`: every benchmark in one run, one table, each figure next to its baseline
// measured in the same run. Figures, never pass/fail: goals are printed beside them.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { os } from './machine.ts';
import { loadPlanData } from '../src/domain/plan-data.ts';
import { lookupRows, startRows } from './lookup-rows.ts';
import { benchReports } from './reports.ts';
import { benchDayMemory, build } from './startup.ts';

const f = (n: number, d = 3) => n.toFixed(d);
const rows: string[][] = [['benchmark', 'figure', 'baseline (same run)', 'goal']];

console.error(`machine: ${os()}`);
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const loadAtStart = load();
rows.push(...(await lookupRows(loadPlanData(), (line) => console.error(line))));
console.error('reports…');
const rep = await benchReports(200);
rows.push([
  `reports saved+acknowledged/s, ${rep.reporters} reporters at once`,
  f(rep.reportsPerSecond, 0),
  `raw durable writes/s ${f(rep.rawDurablePerSecond, 0)} (ratio ${f(rep.reportsPerSecond / rep.rawDurablePerSecond, 2)}x)`,
  '>= 0.5x raw',
]);
rows.push([
  'one report (line + confirm), median ms at 100,000 history',
  f(rep.msAt100k, 2),
  `at 1,000 history ${f(rep.msAt1k, 2)} (ratio ${f(rep.msAt100k / rep.msAt1k, 2)}x)`,
  '<= 2x',
]);
console.error('broadcast…');
const { benchBroadcast } = await import('./telegram-broadcast.ts');
const bc = await benchBroadcast(59);
rows.push([
  `59 invitations through the Telegram adapter (rate-limited), s`,
  f(bc.seconds, 2),
  `limit allows ${f(bc.lowerBoundSeconds, 2)} s (ratio ${f(bc.seconds / bc.lowerBoundSeconds, 2)}x), ${bc.delivered}/${bc.n} delivered, ${bc.tooManyRequests} × 429`,
  '<= 1.2x, none lost',
]);
const { benchInvitations } = await import('./invitations.ts');
const inv = await benchInvitations();
rows.push([
  `59 invitations (邀请 发送 全部 + confirm) through the core and the Telegram adapter, first→last letter s`,
  f(inv.sendingSeconds, 2),
  `limit allows ${f(inv.lowerBoundSeconds, 2)} s (ratio ${f(inv.sendingSeconds / inv.lowerBoundSeconds, 2)}x); press→last ${f(inv.seconds, 2)} s; ${inv.received}/${inv.experts} received, ${inv.tooManyRequests} × 429`,
  '<= 1.2x, none lost',
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
