// Prints the lookup rows of the bench alone: `npx tsx bench/print-lookup.ts`.
import { loadPlanData } from '../src/domain/plan-data.ts';
import { lookupRows } from './lookup-rows.ts';

for (const row of await lookupRows(loadPlanData(), (line) => console.error(line))) console.log(row.join(' | '));
