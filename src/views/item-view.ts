// The full answer about one work item: what, who, by when, against what benchmark,
// where it stands and how fresh that is, and whether the record is public or sample.
// A view draws what it is given: the reader's voice, the item and the facts around it.
import { formatDay, formatDeadline } from '../core/clock.ts';
import type { ReportRecord } from '../domain/report.ts';
import type { Item, Person, PlanData } from '../domain/schema.ts';
import { type Reader, visibleReport } from '../plan/visibility.ts';
import { healthOf } from '../supervision/health.ts';
import {
  daysAgo,
  daysLeft,
  daysText,
  EN_WIDTH,
  fitText,
  joinList,
  personName,
  provenanceLine,
  sampleTag,
  shorten,
  unitName,
  type Voice,
} from './format.ts';
import { healthText } from './health-view.ts';

/**
 * What an item card shows besides the item: the plan (its part, unit names), the lead unit's
 * newest report and who made it, the responsible units' latest contributions, the people (to
 * name who made them) and today.
 */
export interface ItemFacts {
  plan: PlanData;
  report?: ReportRecord;
  reporter?: Person;
  contributions?: readonly ReportRecord[];
  people?: readonly Person[];
  now: Date;
}

export function renderItem(v: Voice & Reader, item: Item, facts: ItemFacts): string {
  const { plan, contributions = [], people = [], now } = facts;
  // What a report says, and who made it, only for those who may read reports (src/plan/visibility.ts).
  const { report, reporter, withheld } = visibleReport(v, facts.report, facts.reporter);
  const part = plan.parts.find((p) => p.id === item.part);
  const lines = [
    v.t('item-heading', { no: item.no }) + sampleTag(v, item.provenance),
    v.pick(item.title, item.titleEn),
    v.t('item-part', { part: part ? v.pick(part.name, part.nameEn) : String(item.part), id: item.part }),
    v.t('item-lead', {
      units: joinList(
        v,
        item.lead.map((d) => unitName(v, plan, d)),
      ),
    }),
  ];
  const shared = [...item.responsible.map((d) => unitName(v, plan, d)), ...(item.responsibleNote ? [item.responsibleNote] : [])];
  if (shared.length) lines.push(v.t('item-responsible', { units: joinList(v, shared) }));
  const health = healthOf(item, report, now, contributions);
  const done = health.health === 'done';
  lines.push(
    v.t('item-deadline', {
      deadline: formatDeadline(v, item.deadline),
      left: done ? v.t('status-done') : daysText(v, daysLeft(now, item.deadline)),
    }),
  );
  if (item.benchmark) lines.push(v.t('item-benchmark', { benchmark: v.pick(item.benchmark, item.benchmarkEn) }));
  if (report) {
    lines.push(v.t('item-status', { status: report.status ?? 'unknown', progress: report.progress ?? -1 }));
    // A stale report near its deadline says so among the reasons already.
    const stale = health.stale && !health.reasons.some((r) => r.kind === 'stale');
    lines.push(
      v.t('item-health-why', { why: healthText(v, plan, health), stale: stale ? 'yes' : 'no', days: health.daysSinceUpdate ?? 0 }),
    );
    if (report.note) lines.push(v.t('item-note', { note: report.note }));
    const when = { date: formatDay(v, report.at), days: daysAgo(now, report.at) };
    const who = reporter ? v.pick(reporter.name, reporter.nameEn) : report.by;
    lines.push(
      (withheld ? v.t('item-updated-when', when) : v.t('item-updated', { who, ...when })) +
        (report.provenance === 'sample' ? ` · ${v.t('sample-tag')}` : ''),
    );
    if (withheld) lines.push(v.t('item-report-staff-only'));
  } else {
    lines.push(v.t('item-no-report'));
    lines.push(v.t('item-health-why', { why: healthText(v, plan, health), stale: 'no', days: 0 }));
  }
  for (const contribution of contributions) {
    const c = visibleReport(v, contribution, undefined);
    lines.push(
      v.t('item-contribution', {
        unit: unitName(v, plan, contribution.contributionOf!),
        status: contribution.status ?? 'unknown',
        progress: contribution.progress ?? -1,
        who: c.withheld ? '—' : personName(v, people, contribution.by),
        date: formatDay(v, contribution.at),
      }),
    );
    if (c.report?.note) lines.push(`  ${v.t('item-contribution-note', { note: c.report.note })}`);
  }
  lines.push(provenanceLine(v, item.provenance));
  return lines.join('\n');
}

/** One line per item, for lists and "did you mean". `width` is in Chinese characters (see itemTitle). */
export function itemLine(v: Pick<Voice, 'pick' | 'lang'>, item: Item, width = 40): string {
  return `${item.no}. ${itemTitle(v, item, width)}`;
}

/** "Following Singapore's whole-of-government approach, set up…": the lead-in names the benchmark. */
const LEAD_IN = /^(?:following|after|against|like|as in|modell?ed on)\b[^,]*,\s*(.+)$/i;

/**
 * An item's title in the reader's language, cut to about `width` Chinese characters (fitText).
 * English titles nearly all start "Following X's …,": cut from the front, that leaves nothing
 * but the benchmark, so a long English title drops its lead-in and keeps what the item does.
 */
export function itemTitle(v: Pick<Voice, 'pick' | 'lang'>, item: Item, width: number): string {
  if (v.lang !== 'en' || !item.titleEn) return shorten(v.pick(item.title, item.titleEn), width);
  if (item.titleEn.length <= width * EN_WIDTH) return item.titleEn;
  const main = LEAD_IN.exec(item.titleEn)?.[1];
  return fitText(v, main ? main[0]!.toUpperCase() + main.slice(1) : item.titleEn, width);
}
