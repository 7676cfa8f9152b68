// 指标's chart: one second-level indicator's values by year (baseline, the plan's latest
// figure and every reported value) against its low / middle / high stage targets, with the
// five benchmark cities in a column beside them. For a lower-is-better indicator the axis is
// turned over, so "better" is up on every indicator chart.
import type { Lang } from '../../core/types.ts';
import type { ReportRecord } from '../../domain/report.ts';
import { BENCHMARK_CITIES, type Indicator } from '../../domain/schema.ts';
import type { Voice } from '../../views/format.ts';
import { type Chart, CHART_HEIGHT, CHART_WIDTH } from '../model.ts';
import { FULL, inScript, numberFormat } from './frame.ts';

/** Years drawn at most, ending with the latest known. */
const MAX_YEARS = 15;

/** Undefined for a first-level indicator, or one with neither values nor targets. */
export function indicatorChart(voice: Voice & { lang: Lang }, ind: Indicator, reports: readonly ReportRecord[]): Chart | undefined {
  if (!ind.parent) return undefined;
  const byYear = new Map<number, number>();
  if (ind.baseline) byYear.set(ind.baseline.year, ind.baseline.value);
  if (ind.latest) byYear.set(ind.latest.year, ind.latest.value);
  const reported = reports.filter((r) => r.indicator === ind.code && r.value !== undefined);
  for (const r of reported) byYear.set(r.year ?? new Date(r.at).getUTCFullYear(), r.value!);
  if (!byYear.size && !ind.targets) return undefined;

  const known = [...byYear.keys()].sort((a, b) => a - b);
  const last = known.at(-1) ?? 0;
  const first = Math.max(known[0] ?? 0, last - MAX_YEARS + 1);
  const years = known.length ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  const num = numberFormat(voice.lang);
  const unit = voice.pick(ind.unit ?? '', ind.unitEn ?? ind.unit);
  const sample = (ind.valuesProvenance ?? ind.provenance) === 'sample' || reported.some((r) => r.provenance === 'sample');
  const chart: Chart = {
    id: `indicator-${ind.code}`,
    title: `${ind.code} ${voice.pick(ind.name, ind.nameEn)}${unit ? ` (${unit})` : ''}`,
    subtitle: voice.t('chart-indicator-subtitle', { direction: ind.higherIsBetter ? 'higher' : 'lower' }),
    ...(sample ? { sample: voice.t('sample-tag') } : {}),
    alt: voice.t('chart-indicator-alt', { code: ind.code }),
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    panels: [
      {
        kind: 'indicator',
        title: '',
        box: FULL,
        unit,
        years,
        values: { key: 'value', label: voice.t('chart-indicator-values'), values: years.map((y) => byYear.get(y) ?? null) },
        notes: ind.baseline && ind.baseline.year >= first ? [{ year: ind.baseline.year, label: voice.t('chart-indicator-baseline') }] : [],
        targets: ind.targets
          ? (['low', 'middle', 'high'] as const).map((stage) => ({
              key: stage,
              value: ind.targets![stage],
              label: voice.t('chart-indicator-target', { stage, value: num(ind.targets![stage]) }),
            }))
          : [],
        citiesLabel: voice.t('chart-indicator-cities'),
        cities: BENCHMARK_CITIES.flatMap((c) => {
          const v = ind.cities?.[c];
          return v === undefined ? [] : [{ label: `${voice.t(`city-${c}`)} ${num(v)}`, value: v }];
        }),
        higherIsBetter: ind.higherIsBetter,
        directionLabel: voice.t('chart-indicator-better'),
      },
    ],
  };
  return inScript(chart, voice.lang);
}
