// The full answer about one work item: what, who, by when, against what benchmark,
// where it stands and how fresh that is, and whether the record is public or sample.
import type { Context } from '../core/context.ts';
import type { Item } from '../domain/schema.ts';
import { healthOf } from '../supervision/health.ts';
import { formatDay, formatDeadline } from '../core/clock.ts';
import { daysAgo, daysLeft, daysText, joinList, provenanceLine, sampleTag, unitName } from './format.ts';

export function renderItem(ctx: Context, item: Item): string {
  const part = ctx.plan.part(item.part);
  const report = ctx.plan.latestReport(`item:${item.no}`);
  const lines = [
    ctx.t('item-heading', { no: item.no }) + sampleTag(ctx, item.provenance),
    ctx.pick(item.title, item.titleEn),
    ctx.t('item-part', { part: part ? ctx.pick(part.name, part.nameEn) : String(item.part), id: item.part }),
    ctx.t('item-lead', {
      units: joinList(
        ctx,
        item.lead.map((d) => unitName(ctx, ctx.plan.data, d)),
      ),
    }),
  ];
  const shared = [...item.responsible.map((d) => unitName(ctx, ctx.plan.data, d)), ...(item.responsibleNote ? [item.responsibleNote] : [])];
  if (shared.length) lines.push(ctx.t('item-responsible', { units: joinList(ctx, shared) }));
  const health = healthOf(item, report, ctx.now);
  const done = health.health === 'done';
  lines.push(
    ctx.t('item-deadline', {
      deadline: formatDeadline(ctx, item.deadline),
      left: done ? ctx.t('status-done') : daysText(ctx, daysLeft(ctx.now, item.deadline)),
    }),
  );
  if (item.benchmark) lines.push(ctx.t('item-benchmark', { benchmark: ctx.pick(item.benchmark, item.benchmarkEn) }));
  if (report) {
    const by = ctx.store.data.people.find((p) => p.id === report.by);
    lines.push(ctx.t('item-status', { status: report.status ?? 'unknown', progress: report.progress ?? -1 }));
    lines.push(ctx.t('item-health', { health: health.health, stale: health.stale ? 'yes' : 'no', days: health.daysSinceUpdate ?? 0 }));
    if (report.note) lines.push(ctx.t('item-note', { note: report.note }));
    lines.push(
      ctx.t('item-updated', {
        who: by ? ctx.pick(by.name, by.nameEn) : report.by,
        date: formatDay(ctx, report.at),
        days: daysAgo(ctx.now, report.at),
      }) + (report.provenance === 'sample' ? ` · ${ctx.t('sample-tag')}` : ''),
    );
  } else {
    lines.push(ctx.t('item-no-report'));
    lines.push(ctx.t('item-health', { health: health.health, stale: 'no', days: 0 }));
  }
  lines.push(provenanceLine(ctx, item.provenance));
  return lines.join('\n');
}

/** One line per item, for lists and "did you mean". */
export function itemLine(ctx: Context, item: Item, width = 40): string {
  const title = ctx.pick(item.title, item.titleEn);
  const short = title.length > width ? title.slice(0, width - 1) + '…' : title;
  return `${item.no}. ${short}`;
}
