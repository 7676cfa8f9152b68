// What a page drew from the plan and the reports, kept until either changes or the day turns
// (health moves by the day): the overview at 10x data takes tens of milliseconds to work out
// and is the same for everyone of one language and scope until then. One small cache per
// store; a key says everything the cached markup depends on.
import { shanghaiDate } from '../core/clock.ts';
import type { Services } from '../core/context.ts';
import type { PlanData } from '../domain/schema.ts';
import type { Html } from './html.ts';
import type { Viewer } from './viewer.ts';

const ENTRIES = 16;
const caches = new WeakMap<object, Map<string, Html>>();
const planIds = new WeakMap<PlanData, number>();
let nextPlanId = 0;

/** How many reports the index holds: grows with every report, so a new one changes every key. */
function reportsVersion(services: Services): number {
  let n = 0;
  for (const entry of services.plan.reports.byKey.values()) n += entry.refs.length;
  return n;
}

/** The key of what depends on the plan, the reports, the day and the reader (language and scope). */
export function dataKey(services: Services, viewer: Viewer, now: Date, page: string): string {
  const plan = services.plan.data;
  let planId = planIds.get(plan);
  if (planId === undefined) planIds.set(plan, (planId = ++nextPlanId));
  const scope = viewer.scope.kind === 'all' ? 'all' : `unit:${viewer.scope.dept}`;
  return [page, viewer.lang, scope, planId, reportsVersion(services), shanghaiDate(now)].join('|');
}

export async function cachedPart(services: Services, key: string, make: () => Promise<Html>): Promise<Html> {
  let cache = caches.get(services.store);
  if (!cache) caches.set(services.store, (cache = new Map()));
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const made = await make();
  cache.set(key, made);
  if (cache.size > ENTRIES) cache.delete(cache.keys().next().value!);
  return made;
}
