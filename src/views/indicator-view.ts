// The full answer about one indicator: its value and year, the baseline, the three stage
// targets and which stage it has reached, the gap to the next, how it compares with the
// five benchmark cities, and where it sits in the tree.
import type { Context } from '../core/context.ts';
import { BENCHMARK_CITIES, type Indicator } from '../domain/schema.ts';
import { formatNumber, provenanceLine, sampleTag, unitName } from './format.ts';

export type Stage = 'none' | 'low' | 'middle' | 'high';

/** The highest stage a value reaches, and the next target (undefined at the top). */
export function stageOf(ind: Indicator, value: number): { stage: Stage; next?: { stage: Stage; target: number; gap: number } } {
  const t = ind.targets;
  if (!t) return { stage: 'none' };
  const reached = (target: number) => (ind.higherIsBetter ? value >= target : value <= target);
  const order: Array<[Stage, number]> = [
    ['low', t.low],
    ['middle', t.middle],
    ['high', t.high],
  ];
  let stage: Stage = 'none';
  for (const [s, target] of order) if (reached(target)) stage = s;
  const nextEntry = order[order.findIndex(([s]) => s === stage) + 1] ?? (stage === 'none' ? order[0] : undefined);
  if (!nextEntry) return { stage };
  return { stage, next: { stage: nextEntry[0], target: nextEntry[1], gap: Math.abs(nextEntry[1] - value) } };
}

/** The current value: the newest report if any, else the plan's latest figure. */
export function currentValue(ctx: Context, ind: Indicator): { value: number; year: number; reported: boolean } | undefined {
  const r = ctx.plan.latestReport(`indicator:${ind.code}`);
  if (r?.value !== undefined) return { value: r.value, year: r.year ?? new Date(r.at).getFullYear(), reported: true };
  return ind.latest && { ...ind.latest, reported: false };
}

export function renderIndicator(ctx: Context, ind: Indicator): string {
  const unit = ctx.pick(ind.unit ?? '', ind.unitEn ?? ind.unit);
  const num = (n: number) => (unit ? `${formatNumber(ctx, n)} ${unit}` : formatNumber(ctx, n));
  const lines = [`${ind.code} ${ctx.pick(ind.name, ind.nameEn)}${unit ? ` (${unit})` : ''}${sampleTag(ctx, ind.provenance)}`];
  if (!ind.parent) return renderFirstLevel(ctx, ind, lines);

  const parent = ctx.plan.indicator(ind.parent);
  lines.push(ctx.t('indicator-parent', { code: ind.parent, name: parent ? ctx.pick(parent.name, parent.nameEn) : '' }));
  const cur = currentValue(ctx, ind);
  if (cur) lines.push(ctx.t('indicator-latest', { value: num(cur.value), year: String(cur.year) }));
  if (ind.baseline) lines.push(ctx.t('indicator-baseline', { value: num(ind.baseline.value), year: String(ind.baseline.year) }));
  lines.push(ctx.t('indicator-direction', { higher: ind.higherIsBetter ? 'yes' : 'no' }));
  if (ind.targets) {
    lines.push(ctx.t('indicator-targets', { low: num(ind.targets.low), middle: num(ind.targets.middle), high: num(ind.targets.high) }));
    if (cur) {
      const { stage, next } = stageOf(ind, cur.value);
      lines.push(ctx.t('indicator-stage', { stage, next: next?.stage ?? 'none', gap: next ? num(next.gap) : '' }));
    }
  }
  if (ind.cities && cur) lines.push(...renderCities(ctx, ind, cur.value, num));
  if (ind.department) lines.push(ctx.t('indicator-department', { dept: unitName(ctx, ctx.plan.data, ind.department) }));
  if (ind.source) lines.push(ctx.t('indicator-source', { source: ind.source }));
  const siblings = ctx.plan.children(ind.parent).filter((s) => s.code !== ind.code);
  if (siblings.length)
    lines.push(ctx.t('indicator-siblings', { list: siblings.map((s) => `${s.code} ${ctx.pick(s.name, s.nameEn)}`).join(' · ') }));
  lines.push(provenanceLine(ctx, ind.provenance, ind.valuesProvenance));
  return lines.join('\n');
}

function renderCities(ctx: Context, ind: Indicator, value: number, num: (n: number) => string): string[] {
  const entries = BENCHMARK_CITIES.flatMap((c) => (ind.cities?.[c] === undefined ? [] : [[c, ind.cities[c]!] as const]));
  const better = entries.filter(([, v]) => (ind.higherIsBetter ? v > value : v < value)).length;
  return [
    ctx.t('indicator-cities', { list: entries.map(([c, v]) => `${ctx.t(`city-${c}`)} ${num(v)}`).join(' · ') }),
    ctx.t('indicator-rank', { rank: better + 1, total: entries.length + 1, ahead: entries.length - better }),
  ];
}

function renderFirstLevel(ctx: Context, ind: Indicator, lines: string[]): string {
  lines.push(ctx.t('indicator-first-level'));
  for (const child of ctx.plan.children(ind.code)) {
    const cur = currentValue(ctx, child);
    const stage = cur ? stageOf(child, cur.value).stage : 'none';
    lines.push(
      `  ${child.code} ${ctx.pick(child.name, child.nameEn)} — ${ctx.t('stage-name', { stage })}${sampleTag(ctx, child.provenance)}`,
    );
  }
  lines.push(provenanceLine(ctx, ind.provenance));
  return lines.join('\n');
}
