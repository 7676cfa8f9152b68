// A health with its reasons, in words: "有风险：进度 25%（按时间应约 57%）", "已逾期 12 天；报为滞后",
// "尚无汇报". Every place that shows an item's health (the item card, the "saved" reply, 我的,
// the overview, the digest, the export) says why through here.
import type { PlanData } from '../domain/schema.ts';
import type { HealthView, RiskReason } from '../supervision/health.ts';
import { daysText, unitName, type Voice } from './format.ts';

export function reasonText(v: Voice, plan: PlanData, r: RiskReason): string {
  switch (r.kind) {
    case 'reported':
      return v.t('sv-reason-reported', { status: r.status });
    case 'behind':
      return v.t('sv-behind', { progress: r.progress, expected: r.expected });
    case 'stale':
      return v.t('sv-reason-stale', { days: r.days });
    case 'contribution':
      return v.t('sv-reason-contribution', { unit: unitName(v, plan, r.unit), status: r.status });
  }
}

/** The reasons alone, joined ("进度 25%（按时间应约 57%）；市商务局报其承担部分滞后"). */
export function reasonsText(v: Voice, plan: PlanData, view: HealthView): string {
  return view.reasons.map((r) => reasonText(v, plan, r)).join(v.lang === 'en' ? '; ' : '；');
}

/** The health and why: "有风险：…", "已逾期 3 天：…", "尚无汇报", "进展正常", "已完成". */
export function healthText(v: Voice, plan: PlanData, view: HealthView): string {
  const why = reasonsText(v, plan, view);
  const name = view.health === 'overdue' ? daysText(v, view.daysLeft) : v.t('sv-health', { health: view.health });
  return why ? v.t('sv-health-why', { health: name, why }) : name;
}
