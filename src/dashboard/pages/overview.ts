// The overview (/): where the whole plan stands — counts by health, the overview's charts
// (by part with the burn-up; every lead unit), the units that lag (overdue or at-risk items
// they lead), the units silent this month, and the items never reported on. A unit's head
// or reporter sees the plan's overview, and of the silent units and unreported items only
// their own.
import { dayTitle } from '../../charts/build/frame.ts';
import { CHART_HEALTHS, chartHealth, overviewChart } from '../../charts/build/overview.ts';
import { formatMonth } from '../../core/clock.ts';
import { reportPoints } from '../../plan/report-log.ts';
import { type Assessed, assessItems, missingReports, periodOf } from '../../supervision/assess.ts';
import { unitList, unitName } from '../../views/format.ts';
import { chartFigure } from '../chart-svg.ts';
import { cachedPart, dataKey } from '../page-cache.ts';
import { h, type Html } from '../html.ts';
import type { Page } from '../layout.ts';
import { healthCell, type PageContext, sampleMark, table } from '../page.ts';
import { mayViewItem } from '../viewer.ts';

/** Rows of a lead unit in the chart: room for its label. */
const UNIT_ROW_PX = 30;

export async function overviewPage(p: PageContext): Promise<Page> {
  const { services, viewer, now } = p;
  const { voice } = viewer;
  const plan = services.plan.data;
  const sample = plan.items.some((i) => i.provenance === 'sample');
  const body = await cachedPart(services, dataKey(services, viewer, now, 'overview'), () => overviewBody(p));
  return { title: voice.t('dash-nav', { page: 'overview' }), nav: 'overview', body, sample };
}

async function overviewBody(p: PageContext): Promise<Html> {
  const { services, viewer, now } = p;
  const { voice } = viewer;
  const plan = services.plan.data;
  const assessed = assessItems(services.plan, now);
  const title = voice.t('overview-title', { date: dayTitle(voice.lang, now) });
  const scope = voice.t('overview-scope-all');
  const history = reportPoints(
    services.plan.reports,
    assessed.map((a) => a.item.no),
  );
  const byPart = overviewChart(voice, { plan, assessed, reports: history, now, title, scope, byPart: true, byUnit: false });
  const units = overviewChart(voice, {
    plan,
    assessed,
    reports: [],
    now,
    title: voice.t('chart-overview-units', { shown: 'all', count: leadUnits(assessed) }),
    scope,
    byPart: false,
    byUnit: true,
    unitCap: Number.POSITIVE_INFINITY,
  });
  const tall = { ...units, height: Math.max(units.height, 260 + leadUnits(assessed) * UNIT_ROW_PX) };

  const mine = assessed.filter((a) => mayViewItem(viewer, a.item));
  const silent = missingReports(plan, assessed, services.plan.reports, now).filter(
    (m) => viewer.scope.kind === 'all' || m.dept === viewer.scope.dept,
  );
  const never = mine.filter((a) => !a.latest);
  const month = formatMonth(voice, periodOf(now));

  return h`
<div class="cards">${CHART_HEALTHS.map((health) => {
    const n = assessed.filter((a) => chartHealth(a) === health).length;
    return h`<div class="card">${healthCell(voice, health)}<b data-health="${health}">${n}</b></div>`;
  })}</div>
${await chartFigure(byPart)}
${await chartFigure(tall)}
<h2 id="lagging">${voice.t('dash-lagging')}</h2>
${laggingTable(p, assessed)}
<h2 id="silent">${voice.t('dash-silent', { month })}</h2>
${table(
  h`<tr><th>${voice.t('dash-col', { col: 'unit' })}</th><th class="num">${voice.t('dash-col', { col: 'open' })}</th></tr>`,
  silent.map((m) => h`<tr><td>${unitName(voice, plan, m.dept)}</td><td class="num">${m.open}</td></tr>`),
  voice.t('dash-silent-none', { month }),
)}
<h2 id="never">${voice.t('dash-never', { count: never.length })}</h2>
${table(
  h`<tr><th class="num">${voice.t('dash-col', { col: 'no' })}</th><th>${voice.t('dash-col', { col: 'task' })}</th><th>${voice.t('dash-col', { col: 'lead' })}</th><th>${voice.t('dash-col', { col: 'deadline' })}</th></tr>`,
  never.map(
    (a) =>
      h`<tr><td class="num"><a href="/items/${a.item.no}">${a.item.no}</a></td><td>${voice.pick(a.item.title, a.item.titleEn)}${sampleMark(voice, a.item.provenance)}</td><td>${unitList(voice, plan, a.item.lead)}</td><td>${a.item.deadline}</td></tr>`,
  ),
  voice.t('dash-never-none'),
)}`;
}

function leadUnits(assessed: readonly Assessed[]): number {
  return new Set(assessed.flatMap((a) => a.item.lead)).size;
}

/** Lead units with overdue or at-risk items; most overdue and at risk first. */
function laggingTable(p: PageContext, assessed: readonly Assessed[]): Html {
  const { voice } = p.viewer;
  const plan = p.services.plan.data;
  const rows = new Map<string, Record<string, number>>();
  for (const a of assessed) {
    for (const dept of a.item.lead) {
      const row = rows.get(dept) ?? { items: 0, overdue: 0, 'at-risk': 0, 'no-report': 0 };
      row.items!++;
      if (a.view.health === 'overdue' || a.view.health === 'at-risk') row[a.view.health]!++;
      if (!a.latest) row['no-report']!++;
      rows.set(dept, row);
    }
  }
  const lagging = [...rows]
    .filter(([, r]) => r.overdue! + r['at-risk']! > 0)
    .sort(
      ([da, a], [db, b]) => b.overdue! + b['at-risk']! - (a.overdue! + a['at-risk']!) || b.overdue! - a.overdue! || da.localeCompare(db),
    );
  const cols = ['items', 'overdue', 'at-risk', 'no-report'] as const;
  return table(
    h`<tr><th>${voice.t('dash-col', { col: 'unit' })}</th>${cols.map((c) => h`<th class="num">${voice.t('dash-col', { col: c })}</th>`)}</tr>`,
    lagging.map(
      ([dept, r]) =>
        h`<tr><td><a href="/items?unit=${dept}">${unitName(voice, plan, dept)}</a></td>${cols.map((c) => h`<td class="num">${r[c]}</td>`)}</tr>`,
    ),
    voice.t('dash-lagging-none'),
  );
}
