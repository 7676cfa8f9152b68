// One line on where an item stands, for the overview's lists and the digest:
// "92. 组建… — 协调组 · 剩余 60 天 · 进度 20%（按时间应约 57%）· 40 天未更新". Its reasons are
// the health's own (health.ts), so a list says the same as the item card.
import type { PlanData } from '../domain/schema.ts';
import { daysText, unitList, type Voice } from '../views/format.ts';
import { reasonText } from '../views/health-view.ts';
import { itemTitle } from '../views/item-view.ts';
import type { Assessed } from './assess.ts';

export function itemStanding(voice: Voice, plan: PlanData, a: Assessed, width = 28): string {
  const { item, latest, view } = a;
  const bits = [daysText(voice, view.daysLeft), ...view.reasons.filter((r) => r.kind !== 'stale').map((r) => reasonText(voice, plan, r))];
  if (!latest) bits.push(voice.t('sv-no-report'));
  else if (view.stale) bits.push(voice.t('sv-stale', { days: view.daysSinceUpdate ?? 0 }));
  return `${item.no}. ${itemTitle(voice, item, width)} — ${unitList(voice, plan, item.lead)} · ${bits.join(' · ')}`;
}
