// Prints the lookup benchmark on the shipped plan data: `npx tsx bench/print-lookup.ts`.
import { loadPlanData } from '../src/domain/plan-data.ts';
import { benchLookups } from './lookup.ts';

const rows = await benchLookups({ plan: loadPlanData() });
const ms = (n: number) => n.toFixed(3).padStart(9);
console.log(`${'set'.padEnd(14)}${'median'.padStart(9)}${'p99'.padStart(9)}   ${'fuse med'.padStart(9)}${'fuse p99'.padStart(9)}   (ms)`);
for (const r of rows) {
  console.log(`${r.name.padEnd(14)}${ms(r.median_ms)}${ms(r.p99_ms)}   ${ms(r.baseline_median_ms)}${ms(r.baseline_p99_ms)}`);
}
