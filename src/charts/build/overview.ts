// 总览's chart: the items of the scope by health (done, on track, at risk, overdue, no report)
// per part and per lead unit as stacked bars, and the burn-up when there is report history.
// "No report" is not a health of its own yet: here it is every item without any report.
import type { Lang } from '../../core/types.ts';
import type { ReportPoint } from '../../domain/report.ts';
import type { PlanData } from '../../domain/schema.ts';
import type { Assessed } from '../../supervision/assess.ts';
import { shorten, unitName, type Voice } from '../../views/format.ts';
import { type BarsPanel, type Chart, CHART_HEIGHT, CHART_WIDTH, type Panel } from '../model.ts';
import { burnUp } from './burnup.ts';
import { dayLabel, FULL, inScript, sideBySide, twoAndOne } from './frame.ts';

export const CHART_HEALTHS = ['done', 'on-track', 'at-risk', 'overdue', 'no-report'] as const;
export type ChartHealth = (typeof CHART_HEALTHS)[number];
/** Lead units drawn at most; those with the most overdue, at-risk and unreported items first. */
export const UNIT_CAP = 20;

export interface OverviewInput {
  plan: PlanData;
  /** The items of the scope, assessed. */
  assessed: readonly Assessed[];
  reports: readonly ReportPoint[];
  now: Date;
  title: string;
  /** "全部事项", "第5部分", a unit's name. */
  scope: string;
  byPart: boolean;
  byUnit: boolean;
  unitCap?: number;
}

export function chartHealth(a: Assessed): ChartHealth {
  return a.latest ? a.view.health : 'no-report';
}

export function overviewChart(voice: Voice & { lang: Lang }, input: OverviewInput): Chart {
  const { plan, assessed } = input;
  const count = (list: readonly Assessed[]) => {
    const c = Object.fromEntries(CHART_HEALTHS.map((h) => [h, 0])) as Record<ChartHealth, number>;
    for (const a of list) c[chartHealth(a)]++;
    return c;
  };
  const rows = (title: string, groups: Array<[string, Assessed[]]>): BarsPanel => ({
    kind: 'bars',
    title,
    box: FULL,
    categories: groups.map(([label]) => label),
    horizontal: true,
    valueName: voice.t('chart-items'),
    series: CHART_HEALTHS.map((h) => ({
      key: h,
      label: voice.t('chart-health', { health: h }),
      values: groups.map(([, list]) => count(list)[h]),
    })),
  });

  let parts: Panel | undefined;
  let units: Panel | undefined;
  let burn: Panel | undefined;
  if (input.byPart) {
    const groups = plan.parts
      .map((p): [string, Assessed[]] => [
        `${voice.t('overview-scope-part', { id: p.id })} ${shorten(voice.pick(p.name, p.nameEn), 10)}`,
        assessed.filter((a) => a.item.part === p.id),
      ])
      .filter(([, list]) => list.length);
    parts = rows(voice.t('chart-overview-parts'), groups);
  }
  const history = burnUp(
    assessed.map((a) => a.item),
    input.reports,
    input.now,
  );
  if (input.byUnit) {
    const all = byUnit(assessed);
    const shown = all.slice(0, input.unitCap ?? UNIT_CAP).map(([id, list]): [string, Assessed[]] => [unitName(voice, plan, id), list]);
    units = rows(voice.t('chart-overview-units', { shown: shown.length < all.length ? shown.length : 'all', count: all.length }), shown);
  }
  if (history) {
    burn = {
      kind: 'lines',
      box: FULL,
      title: voice.t('chart-overview-burnup'),
      x: history.days.map((d) => dayLabel(voice.lang, d)),
      percent: true,
      area: true,
      series: [
        { key: 'done', label: voice.t('chart-health', { health: 'done' }), values: history.done },
        { key: 'on-track', label: voice.t('chart-health', { health: 'on-track' }), values: history.onTrack },
      ],
    };
  }
  const c = count(assessed);
  const sample = assessed.some((a) => a.item.provenance === 'sample' || a.latest?.provenance === 'sample');
  return inScript(
    {
      id: 'overview',
      title: input.title,
      subtitle: voice.t('chart-overview-subtitle', { scope: input.scope, count: assessed.length }),
      ...(sample ? { sample: voice.t('sample-tag') } : {}),
      alt: voice.t('chart-overview-alt', {
        count: assessed.length,
        done: c.done,
        ontrack: c['on-track'],
        risk: c['at-risk'],
        overdue: c.overdue,
        none: c['no-report'],
      }),
      width: CHART_WIDTH,
      height: CHART_HEIGHT,
      panels: place(parts, units, burn),
    },
    voice.lang,
  );
}

/** Boxes for the panels there are; with all three, the parts and the burn-up share the left column. */
function place(parts?: Panel, units?: Panel, burn?: Panel): Panel[] {
  if (parts && units && burn) {
    const [a, b, c] = twoAndOne();
    return [
      { ...parts, box: a },
      { ...burn, box: b },
      { ...units, box: c },
    ];
  }
  const list = [parts, units, burn].filter((p): p is Panel => p !== undefined);
  const boxes = list.length === 1 ? [FULL] : sideBySide();
  return list.map((p, i) => ({ ...p, box: boxes[i]! }));
}

/** Lead units with the items they lead; most trouble (overdue, at risk, no report) first. */
function byUnit(assessed: readonly Assessed[]): Array<[string, Assessed[]]> {
  const map = new Map<string, Assessed[]>();
  for (const a of assessed) for (const d of a.item.lead) map.set(d, [...(map.get(d) ?? []), a]);
  const trouble = (list: Assessed[]) => list.filter((a) => chartHealth(a) !== 'done' && chartHealth(a) !== 'on-track').length;
  return [...map].sort(([da, a], [db, b]) => trouble(b) - trouble(a) || b.length - a.length || da.localeCompare(db));
}
