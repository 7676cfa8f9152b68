// 历史 / history: the reports on one item (历史 92) or indicator (历史 E1), newest first, ten
// a page: when, who (and for whom), from which platform, how status and progress or the
// value moved, the note and the evidence. Corrections are marked both ways: the record
// that corrects, and the record that was corrected.
import type { Offer } from '../core/actions.ts';
import type { Context } from '../core/context.ts';
import type { ReportRecord } from '../domain/report.ts';
import type { Indicator } from '../domain/schema.ts';
import { parseQuery } from '../search/query.ts';
import { formatMoment } from '../core/clock.ts';
import { personName, unitName, type Voice } from '../views/format.ts';

export const HISTORY_PAGE = 10;

export type HistoryTarget = { kind: 'item'; no: number } | { kind: 'indicator'; code: string };

export type ParsedHistory =
  | { ok: true; target: HistoryTarget; page: number }
  | { ok: false; why: 'ask' | 'no-item' | 'no-indicator' | 'words'; value: string };

export function parseHistory(ctx: Context, args: string): ParsedHistory {
  let page = 1;
  const text = args
    .normalize('NFKC')
    .replace(/(?:\bpage\s*|第\s*)(\d+)\s*(?:页|頁)?$/i, (m, n: string) => {
      // "第92" alone is an item number, not a page: only "page N" or "第N页" turn the page.
      if (/^第/.test(m) && !/[页頁]$/.test(m)) return m;
      page = Math.max(1, Number(n));
      return '';
    })
    .trim();
  if (!text) return { ok: false, why: 'ask', value: '' };
  // After 历史 a bare number can only be an item number, even one that does not exist.
  const q = parseQuery(text, Number.MAX_SAFE_INTEGER);
  if (q.number !== undefined) {
    return ctx.plan.item(q.number)
      ? { ok: true, target: { kind: 'item', no: q.number }, page }
      : { ok: false, why: 'no-item', value: String(q.number) };
  }
  if (q.code !== undefined) {
    return ctx.plan.indicator(q.code)
      ? { ok: true, target: { kind: 'indicator', code: q.code }, page }
      : { ok: false, why: 'no-indicator', value: q.code };
  }
  return { ok: false, why: 'words', value: q.words || text };
}

/** The reports of one target, oldest first (log order breaks ties of the same time). */
export async function reportsFor(ctx: Context, target: HistoryTarget): Promise<ReportRecord[]> {
  const key = target.kind === 'item' ? (`item:${target.no}` as const) : (`indicator:${target.code}` as const);
  return (await ctx.plan.reportsOn(key))
    .map((r, i) => ({ r, i }))
    .sort((a, b) => Date.parse(a.r.at) - Date.parse(b.r.at) || a.i - b.i)
    .map(({ r }) => r);
}

export async function renderHistory(ctx: Context, target: HistoryTarget, page: number): Promise<{ text: string; choices: Offer[] }> {
  const label = targetLabel(ctx, target);
  const oldestFirst = await reportsFor(ctx, target);
  if (!oldestFirst.length) return { text: ctx.t('history-none', { target: label }), choices: [] };
  const pages = Math.ceil(oldestFirst.length / HISTORY_PAGE);
  if (page > pages) return { text: ctx.t('items-no-page', { page, pages }), choices: [] };

  const byId = new Map(oldestFirst.map((r) => [r.id, r]));
  const correctedBy = new Map(oldestFirst.filter((r) => r.corrects).map((r) => [r.corrects!, r]));
  const newestFirst = [...oldestFirst].reverse();
  const lines = [ctx.t('history-heading', { target: label, count: oldestFirst.length, page, pages })];
  for (const r of newestFirst.slice((page - 1) * HISTORY_PAGE, page * HISTORY_PAGE)) {
    // A correction is compared with what it corrects; any other record with the one before it
    // of the same kind (the lead unit's reports, or one responsible unit's part).
    const earlier = oldestFirst.slice(0, oldestFirst.indexOf(r)).filter((x) => x.contributionOf === r.contributionOf);
    const before = (r.corrects && byId.get(r.corrects)) || earlier.at(-1);
    lines.push('', ...entry(ctx, r, before, target, correctedBy.get(r.id)));
  }
  const base = target.kind === 'item' ? `history ${target.no}` : `history ${target.code}`;
  const choices: Offer[] = [];
  // Evidence Duban keeps opens with one tap, on any platform.
  for (const r of newestFirst.slice((page - 1) * HISTORY_PAGE, page * HISTORY_PAGE)) {
    const kept = keptEvidence(r.evidence);
    if (kept) choices.push({ label: ctx.t('file-open-button', { name: kept.name }), command: `file ${kept.id}` });
  }
  if (page > 1) choices.push({ label: ctx.t('page-prev'), command: `${base} page ${page - 1}` });
  if (page < pages) choices.push({ label: ctx.t('page-next'), command: `${base} page ${page + 1}` });
  return { text: lines.join('\n'), choices };
}

/** Evidence that is a file Duban keeps (`file:<name>#dbf_…`): its name and id. */
function keptEvidence(evidence: string | undefined): { name: string; id: string } | undefined {
  const m = /^file:([^#]*)#(dbf_[0-9a-f]{20})$/.exec(evidence ?? '');
  return m ? { name: m[1]!, id: m[2]! } : undefined;
}

function targetLabel(ctx: Context, target: HistoryTarget): string {
  if (target.kind === 'item') return ctx.t('history-target-item', { no: target.no });
  const ind = ctx.plan.indicator(target.code)!;
  return ctx.t('history-target-indicator', { code: ind.code, name: ctx.pick(ind.name, ind.nameEn) });
}

function entry(
  ctx: Context,
  r: ReportRecord,
  before: ReportRecord | undefined,
  target: HistoryTarget,
  correctedBy?: ReportRecord,
): string[] {
  const people = ctx.store.data.people;
  const person = personName(ctx, people, r.by);
  const who = r.onBehalfOf
    ? ctx.t('history-on-behalf', { person, dept: unitName(ctx, ctx.plan.data, r.onBehalfOf) })
    : r.contributionOf
      ? ctx.t('history-part', { person, dept: unitName(ctx, ctx.plan.data, r.contributionOf) })
      : person;
  const sample = r.provenance === 'sample' ? ` · ${ctx.t('sample-tag')}` : '';
  const lines = [`• ${formatMoment(ctx, r.at)} · ${who} · ${ctx.t('sv-platform', { platform: r.platform })}${sample}`];
  if (r.corrects) {
    const old = before?.id === r.corrects ? before : undefined;
    lines.push(`  ${ctx.t('history-corrects', { date: old ? formatMoment(ctx, old.at) : r.corrects })}`);
  }
  if (correctedBy) lines.push(`  ${ctx.t('history-corrected', { date: formatMoment(ctx, correctedBy.at) })}`);
  if (target.kind === 'item') lines.push(`  ${itemState(ctx, before, r)}`);
  else {
    lines.push(`  ${indicatorValue(ctx, ctx.plan.indicator(target.code)!, before, r)}`);
    if (r.source) lines.push(`  ${ctx.t('history-source', { source: r.source })}`);
  }
  if (r.note) lines.push(`  ${ctx.t('history-note', { note: r.note })}`);
  if (r.evidence) {
    const kept = keptEvidence(r.evidence);
    lines.push(`  ${ctx.t('history-evidence', { evidence: kept ? `📎 ${kept.name}` : r.evidence })}`);
  }
  return lines;
}

/** "状态 有风险 → 正常推进 · 进度 40% → 60%": how a report moved an item from the one before. */
export function itemState(voice: Voice, before: ReportRecord | undefined, r: ReportRecord): string {
  const status = (s: ReportRecord['status']) => voice.t('sv-status', { status: s ?? 'unknown' });
  const progress = (p: number | undefined) => (p === undefined ? '—' : `${p}%`);
  return voice.t('history-state', {
    status: change(before && status(before.status), status(r.status)),
    progress: change(before && progress(before.progress), progress(r.progress)),
  });
}

/** "数值 12 → 15 条（2016 年）": how a report moved an indicator's value. */
export function indicatorValue(voice: Voice, ind: Indicator, before: ReportRecord | undefined, r: ReportRecord): string {
  const unit = voice.pick(ind.unit ?? '', ind.unitEn ?? ind.unit);
  const value = (v: number | undefined) => (v === undefined ? '—' : `${v}${unit ? ` ${unit}` : ''}`);
  return voice.t('history-value', {
    value: change(before && value(before.value), value(r.value)),
    year: r.year === undefined ? 'none' : String(r.year),
  });
}

/** "old → new", or just the value when it is the first or did not move. */
function change(old: string | undefined, now: string): string {
  return old === undefined || old === now ? now : `${old} → ${now}`;
}
