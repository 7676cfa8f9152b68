// Small formatting helpers shared by the views: days left and ago, the sample mark, unit
// names, numbers. Prose itself lives in the catalogs; dates are written in core/clock.ts.
import type { Context } from '../core/context.ts';
import { daysBetween, deadlineDay, intlLocale, shanghaiDate } from '../core/clock.ts';
import type { Provenance } from '../domain/schema.ts';

const numberFormats = new Map<string, Intl.NumberFormat>();

/** Days from today (Shanghai) to the deadline's last day: negative once it has passed. */
export function daysLeft(ctx: Context, deadline: string): number {
  return daysBetween(shanghaiDate(ctx.now), deadlineDay(deadline));
}

/** "in 12 days" / "3 days overdue" / "due today". */
export function formatDaysLeft(ctx: Context, deadline: string): string {
  const days = daysLeft(ctx, deadline);
  if (days === 0) return ctx.t('due-today');
  return days > 0 ? ctx.t('days-left', { days }) : ctx.t('days-overdue', { days: -days });
}

/** Whole days since an ISO time, for "last update 31 days ago". */
export function daysAgo(ctx: Context, iso: string): number {
  return Math.max(0, daysBetween(shanghaiDate(new Date(iso)), shanghaiDate(ctx.now)));
}

/** The provenance line every record shows. */
export function provenanceLine(ctx: Context, p: Provenance, values?: Provenance): string {
  if (values && values !== p) return ctx.t('provenance-mixed', { name: p, values });
  return ctx.t('provenance', { p });
}

/** " · 示例数据 / sample" after a title, when the record is made up. */
export function sampleTag(ctx: Context, p: Provenance): string {
  return p === 'sample' ? ` · ${ctx.t('sample-tag')}` : '';
}

export function formatNumber(ctx: Context, n: number): string {
  let f = numberFormats.get(ctx.lang);
  if (!f) numberFormats.set(ctx.lang, (f = new Intl.NumberFormat(intlLocale(ctx.lang), { maximumFractionDigits: 2 })));
  return f.format(n);
}

/** A department's name in the reader's language. */
export function deptName(ctx: Context, id: string): string {
  const d = ctx.plan.department(id);
  return d ? ctx.pick(d.name, d.nameEn) : id;
}

export function list(ctx: Context, parts: string[]): string {
  return parts.join(ctx.lang === 'en' ? ', ' : '、');
}
