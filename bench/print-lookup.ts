// Prints the lookup rows of the bench alone: `npx tsx bench/print-lookup.ts [--start]`
// (--start: also start-up as typed, the first lookup after a start and memory; builds dist/).
import { loadPlanData } from '../src/domain/plan-data.ts';
import { lookupRows, startRows } from './lookup-rows.ts';
import { build } from './startup.ts';

const log = (line: string) => console.error(line);
for (const row of await lookupRows(loadPlanData(), log)) console.log(row.join(' | '));
if (process.argv.includes('--start')) {
  build();
  for (const row of await startRows(loadPlanData(), log)) console.log(row.join(' | '));
}
