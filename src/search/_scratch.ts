import { loadPlanData } from '../domain/plan-data.ts';
import { PlanIndex } from './plan-index.ts';
import { scalePlan } from './scale.ts';
import { sampleQueries } from './sample-queries.ts';
const plan = scalePlan(loadPlanData(), 10);
let t = performance.now();
const idx = new PlanIndex(plan);
console.log('build ms', performance.now() - t);
const sets = sampleQueries(plan, 300);
for (const set of ['exact','substring','fuzzy'] as const) {
  const times: Array<[number, string, number]> = [];
  for (const q of sets[set]) idx.search(q);
  for (const q of sets[set]) { const s = performance.now(); const r = idx.search(q); times.push([performance.now() - s, q, r.length]); }
  times.sort((a, b) => b[0] - a[0]);
  console.log(set, times.slice(0, 8).map(([ms, q, n]) => `${ms.toFixed(2)}ms ${q} (${n})`));
}
