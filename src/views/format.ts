// Small formatting helpers shared by the views: dates in the reader's language, the
// sample mark, unit names, relative ages. Prose itself lives in the catalogs.
import type { Context } from '../core/context.ts';
import { daysBetween, deadlineDay, shanghaiDate } from '../core/clock.ts';
import type { Provenance } from '../domain/schema.ts';

const INTL: Record<string, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en-GB' };

// Intl formatters are costly to build (a large part of a lookup's time): keep one of each.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function dateFormat(lang: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = lang + JSON.stringify(opts);
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(INTL[lang], opts)));
  return f;
}

/** A deadline as people say it: 2016年10月 / Oct 2016, or a full date. */
export function formatDeadline(ctx: Context, deadline: string): string {
  const [y, m, d] = deadline.split('-').map(Number) as [number, number, number?];
  const date = new Date(Date.UTC(y, m - 1, d ?? 1));
  const opts: Intl.DateTimeFormatOptions = d
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : { year: 'numeric', month: 'short', timeZone: 'UTC' };
  return dateFormat(ctx.lang, opts).format(date);
}

export function formatDate(ctx: Context, iso: string): string {
  return dateFormat(ctx.lang, { dateStyle: 'medium', timeZone: 'Asia/Shanghai' }).format(new Date(iso));
}

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
  if (!f) numberFormats.set(ctx.lang, (f = new Intl.NumberFormat(INTL[ctx.lang], { maximumFractionDigits: 2 })));
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
