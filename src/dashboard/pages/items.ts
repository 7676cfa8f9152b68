// The items (/items): every item the viewer may see, filtered by part, unit, health and
// deadline through the query string (a plain GET form: no script), 100 a page. A unit's head
// or reporter sees their unit's items only (led or shared), whatever the URL asks.
import { CHART_HEALTHS } from '../../charts/build/overview.ts';
import { type Assessed, assessItems } from '../../supervision/assess.ts';
import { daysText, unitList, unitName } from '../../views/format.ts';
import { h, type Html, query } from '../html.ts';
import type { Page } from '../layout.ts';
import { healthCell, type PageContext, sampleMark, table } from '../page.ts';
import { mayViewItem } from '../viewer.ts';

export const ITEMS_PAGE = 100;
const DUE = ['overdue', '30', '90'] as const;

interface Filters {
  part?: number;
  unit?: string;
  health?: string;
  due?: string;
  page: number;
}

/** Reads the filters; a value the form could not have sent is dropped and named in `bad`. */
export function readFilters(p: PageContext, months: readonly string[]): { f: Filters; bad: string[] } {
  const { query: q, services } = p;
  const f: Filters = { page: 1 };
  const bad: string[] = [];
  const take = (name: string, ok: (v: string) => boolean, set: (v: string) => void) => {
    const v = q.get(name);
    if (!v) return;
    if (ok(v)) set(v);
    else bad.push(name);
  };
  take(
    'part',
    (v) => /^\d$/.test(v) && services.plan.part(Number(v)) !== undefined,
    (v) => (f.part = Number(v)),
  );
  take(
    'unit',
    (v) => /^[a-z0-9-]+$/.test(v) && services.plan.department(v) !== undefined,
    (v) => (f.unit = v),
  );
  take(
    'health',
    (v) => (CHART_HEALTHS as readonly string[]).includes(v),
    (v) => (f.health = v),
  );
  take(
    'due',
    (v) => (DUE as readonly string[]).includes(v) || months.includes(v),
    (v) => (f.due = v),
  );
  take(
    'page',
    (v) => /^\d{1,4}$/.test(v) && Number(v) >= 1,
    (v) => (f.page = Number(v)),
  );
  return { f, bad };
}

export function matches(a: Assessed, f: Filters): boolean {
  const { item, view } = a;
  if (f.part !== undefined && item.part !== f.part) return false;
  if (f.unit && !item.lead.includes(f.unit) && !item.responsible.includes(f.unit)) return false;
  if (f.health === 'no-report' ? a.latest !== undefined : f.health && view.health !== f.health) return false;
  if (!f.due) return true;
  const open = view.health !== 'done';
  if (f.due === 'overdue') return open && view.daysLeft < 0;
  if (f.due === '30' || f.due === '90') return open && view.daysLeft >= 0 && view.daysLeft <= Number(f.due);
  return item.deadline.startsWith(f.due);
}

export function itemsPage(p: PageContext): Page {
  const { services, viewer, now } = p;
  const { voice } = viewer;
  const plan = services.plan.data;
  const visible = plan.items.filter((i) => mayViewItem(viewer, i));
  const months = [...new Set(visible.map((i) => i.deadline.slice(0, 7)))].sort();
  const { f, bad } = readFilters(p, months);
  if (viewer.scope.kind === 'unit') delete f.unit;
  const all = assessItems(services.plan, now, visible).filter((a) => matches(a, f));
  const pages = Math.max(1, Math.ceil(all.length / ITEMS_PAGE));
  const page = Math.min(f.page, pages);
  const shown = all.slice((page - 1) * ITEMS_PAGE, page * ITEMS_PAGE);
  const units = [...new Set(visible.flatMap((i) => [...i.lead, ...i.responsible]))]
    .map((id) => [id, unitName(voice, plan, id)] as const)
    .sort((a, b) => a[1].localeCompare(b[1], voice.lang === 'en' ? 'en' : 'zh'));

  const select = (name: string, options: ReadonlyArray<readonly [string, string]>, current: string | undefined): Html =>
    h`<label>${voice.t('dash-filter', { name })}<select name="${name}"><option value="">${voice.t('dash-filter-any')}</option>${options.map(
      ([value, label]) => h`<option value="${value}"${value === current ? h` selected` : ''}>${label}</option>`,
    )}</select></label>`;
  const form = h`<form class="filters" method="get" action="/items">
${select(
  'part',
  plan.parts.map((pt) => [String(pt.id), `${pt.id} ${voice.pick(pt.name, pt.nameEn)}`] as const),
  f.part?.toString(),
)}
${viewer.scope.kind === 'all' ? select('unit', units, f.unit) : h`<span class="muted">${voice.t('dash-own-unit', { unit: unitName(voice, plan, viewer.scope.dept) })}</span>`}
${select(
  'health',
  CHART_HEALTHS.map((x) => [x, voice.t('chart-health', { health: x })] as const),
  f.health,
)}
${select('due', [...DUE.map((d) => [d, voice.t('dash-due', { due: d })] as const), ...months.map((m) => [m, m] as const)], f.due)}
<button type="submit">${voice.t('dash-filter-apply')}</button> <a href="/items">${voice.t('dash-filter-clear')}</a>
</form>`;

  const col = (c: string, num = false) => h`<th${num ? h` class="num"` : ''}>${voice.t('dash-col', { col: c })}</th>`;
  const rows = shown.map(({ item, latest, view }) => {
    const health = latest ? view.health : 'no-report';
    return h`<tr data-item="${item.no}"><td class="num"><a href="/items/${item.no}">${item.no}</a></td><td>${item.part}</td><td><a href="/items/${item.no}">${voice.pick(item.title, item.titleEn)}</a>${sampleMark(voice, item.provenance)}</td><td>${unitList(voice, plan, item.lead)}</td><td>${item.deadline}<br><span class="muted">${view.health === 'done' ? '' : daysText(voice, view.daysLeft)}</span></td><td>${healthCell(voice, health)}${!latest && (view.health === 'overdue' || view.health === 'at-risk') ? h`<br>${healthCell(voice, view.health)}` : ''}</td><td class="num">${latest?.progress === undefined ? '—' : `${latest.progress}%`}</td></tr>`;
  });
  const nav = (n: number, label: string) =>
    h`<a href="/items${query({ part: f.part, unit: f.unit, health: f.health, due: f.due, page: n })}">${label}</a>`;
  const body = h`${form}
${bad.length ? h`<p class="notice">${voice.t('dash-filter-bad', { names: bad.join(', ') })}</p>` : ''}
<p class="muted" id="count">${voice.t('dash-items-count', { count: all.length, page, pages })}</p>
${table(h`<tr>${col('no', true)}${col('part')}${col('task')}${col('lead')}${col('deadline')}${col('health')}${col('progress', true)}</tr>`, rows, voice.t('dash-items-none'))}
<div class="pages">${page > 1 ? nav(page - 1, voice.t('page-prev')) : ''}${page < pages ? nav(page + 1, voice.t('page-next')) : ''}</div>`;
  const sample = shown.some((a) => a.item.provenance === 'sample' || a.latest?.provenance === 'sample');
  return { title: voice.t('dash-nav', { page: 'items' }), nav: 'items', body, sample };
}
