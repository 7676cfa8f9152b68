// The full answer about one indicator: its value and year, the baseline, the three stage
// targets and which stage it has reached, the gap to the next, how it compares with the
// five benchmark cities, and where it sits in the tree.
import type { PlanReader } from '../domain/plan-reader.ts';
import { BENCHMARK_CITIES, type Indicator } from '../domain/schema.ts';
import { formatNumber, provenanceLine, sampleTag, unitName, type Voice } from './format.ts';

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
export function currentValue(
  plan: Pick<PlanReader, 'latestReport'>,
  ind: Indicator,
): { value: number; year: number; reported: boolean } | undefined {
  const r = plan.latestReport(`indicator:${ind.code}`);
  if (r?.value !== undefined) return { value: r.value, year: r.year ?? new Date(r.at).getFullYear(), reported: true };
  return ind.latest && { ...ind.latest, reported: false };
}

export function renderIndicator(v: Voice, ind: Indicator, plan: PlanReader): string {
  const unit = v.pick(ind.unit ?? '', ind.unitEn ?? ind.unit);
  const num = (n: number) => (unit ? `${formatNumber(v, n)} ${unit}` : formatNumber(v, n));
  const lines = [`${ind.code} ${v.pick(ind.name, ind.nameEn)}${unit ? ` (${unit})` : ''}${sampleTag(v, ind.provenance)}`];
  if (!ind.parent) return renderFirstLevel(v, ind, plan, lines);

  const parent = plan.indicator(ind.parent);
  lines.push(v.t('indicator-parent', { code: ind.parent, name: parent ? v.pick(parent.name, parent.nameEn) : '' }));
  const cur = currentValue(plan, ind);
  if (cur) lines.push(v.t('indicator-latest', { value: num(cur.value), year: String(cur.year) }));
  if (ind.baseline) lines.push(v.t('indicator-baseline', { value: num(ind.baseline.value), year: String(ind.baseline.year) }));
  lines.push(v.t('indicator-direction', { higher: ind.higherIsBetter ? 'yes' : 'no' }));
  if (ind.targets) {
    lines.push(v.t('indicator-targets', { low: num(ind.targets.low), middle: num(ind.targets.middle), high: num(ind.targets.high) }));
    if (cur) {
      const { stage, next } = stageOf(ind, cur.value);
      // The gap of a rate is in percentage points, not per cent of it.
      const gap = next ? (ind.unit === '%' ? v.t('gap-points', { gap: formatNumber(v, next.gap) }) : num(next.gap)) : '';
      lines.push(v.t('indicator-stage', { stage, next: next?.stage ?? 'none', gap }));
    }
  }
  if (ind.cities && cur) lines.push(...renderCities(v, ind, cur.value, num));
  if (ind.department) lines.push(v.t('indicator-department', { dept: unitName(v, plan.data, ind.department) }));
  if (ind.source) lines.push(v.t('indicator-source', { source: v.pick(ind.source, ind.sourceEn) }));
  const siblings = plan.children(ind.parent).filter((s) => s.code !== ind.code);
  if (siblings.length)
    lines.push(v.t('indicator-siblings', { list: siblings.map((s) => `${s.code} ${v.pick(s.name, s.nameEn)}`).join(' · ') }));
  lines.push(provenanceLine(v, ind.provenance, ind.valuesProvenance));
  return lines.join('\n');
}

function renderCities(v: Voice, ind: Indicator, value: number, num: (n: number) => string): string[] {
  const entries = BENCHMARK_CITIES.flatMap((c) => (ind.cities?.[c] === undefined ? [] : [[c, ind.cities[c]!] as const]));
  const better = entries.filter(([, x]) => (ind.higherIsBetter ? x > value : x < value)).length;
  const ahead = entries.length - better;
  const standing = ahead === 0 ? 'last' : better === 0 ? 'first' : 'middle';
  return [
    v.t('indicator-cities', { list: entries.map(([c, x]) => `${v.t(`city-${c}`)} ${num(x)}`).join(' · ') }),
    v.t('indicator-rank', { rank: better + 1, total: entries.length + 1, ahead, behind: better, cities: entries.length, standing }),
  ];
}

function renderFirstLevel(v: Voice, ind: Indicator, plan: PlanReader, lines: string[]): string {
  lines.push(v.t('indicator-first-level'));
  for (const child of plan.children(ind.code)) {
    const cur = currentValue(plan, child);
    const stage = cur ? stageOf(child, cur.value).stage : 'none';
    lines.push(`  ${child.code} ${v.pick(child.name, child.nameEn)} — ${v.t('stage-name', { stage })}${sampleTag(v, child.provenance)}`);
  }
  lines.push(provenanceLine(v, ind.provenance));
  return lines.join('\n');
}
