// The full answer about one work item: what, who, by when, against what benchmark,
// where it stands and how fresh that is, and whether the record is public or sample.
// A view draws what it is given: the reader's voice, the item and the facts around it.
import { formatDay, formatDeadline } from '../core/clock.ts';
import type { ReportRecord } from '../domain/report.ts';
import type { Item, Person, PlanData } from '../domain/schema.ts';
import { type Reader, visibleReport } from '../plan/visibility.ts';
import { healthOf } from '../supervision/health.ts';
import { daysAgo, daysLeft, daysText, joinList, provenanceLine, sampleTag, shorten, unitName, type Voice } from './format.ts';

/** What an item card shows besides the item: the plan (its part, unit names), its newest report and who made it, and today. */
export interface ItemFacts {
  plan: PlanData;
  report?: ReportRecord;
  reporter?: Person;
  now: Date;
}

export function renderItem(v: Voice & Reader, item: Item, facts: ItemFacts): string {
  const { plan, now } = facts;
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
  const health = healthOf(item, report, now);
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
    lines.push(v.t('item-health', { health: health.health, stale: health.stale ? 'yes' : 'no', days: health.daysSinceUpdate ?? 0 }));
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
    lines.push(v.t('item-health', { health: health.health, stale: 'no', days: 0 }));
  }
  lines.push(provenanceLine(v, item.provenance));
  return lines.join('\n');
}

/** One line per item, for lists and "did you mean". */
export function itemLine(v: Pick<Voice, 'pick'>, item: Item, width = 40): string {
  return `${item.no}. ${shorten(v.pick(item.title, item.titleEn), width)}`;
}
