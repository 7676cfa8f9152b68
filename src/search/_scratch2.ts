import { loadPlanData } from '../domain/plan-data.ts';
import { buildDocs } from './documents.ts';
import { NarrowedFuse, maxErrors } from './fuzzy.ts';
import { Slots } from './slots.ts';
import { scalePlan } from './scale.ts';
import { fold } from './normalize.ts';
const plan = scalePlan(loadPlanData(), 10);
const slots = new Slots(buildDocs(plan));
const nf = new NarrowedFuse(slots);
console.log('slots', slots.texts.length);
for (const q of ['hualiangjiti', 'Folowing the Edinburgh International', 'in Shnian District', 'duibioaxianggang', '嶗山區開通國際航線數', 'hangxain', '开通国际航限数']) {
  const w = fold(q);
  const t0 = performance.now();
  const c = nf.candidates(w);
  const t1 = performance.now();
  const hits = nf.search(w);
  const t2 = performance.now();
  console.log(q, 'm', w.length, 'k', maxErrors(Math.min(32, w.length)), 'cand', c.length, 'hits', hits.length, 'filter ms', (t1-t0).toFixed(2), 'search ms', (t2-t1).toFixed(2));
}
