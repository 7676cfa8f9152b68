// 总览 / overview: counts by health for the whole plan (or a part or department), each part,
// and the lead units with overdue or at-risk items; the overdue, at-risk and not-reported
// items with their lead units; for the secretariat, who has not reported this month and
// whose reminders reach nobody. A department's own scope counts the items it leads and those
// it shares apart, and says which is which. Sized for a chat: lists are capped and "list
// them all" is a choice.
import type { Offer } from '../core/actions.ts';
import type { Context } from '../core/context.ts';
import { applyItemFilter } from '../plan/item-filter.ts';
import { assessItems, byUrgency, countArgs, countHealth, missingReports, periodOf, type Assessed } from './assess.ts';
import type { Health } from './health.ts';
import { scopeArgs, type ListHealth, type OverviewRequest } from './overview-args.ts';
import { itemStanding } from './standing.ts';
import { unreachedLines, unreachedUnits } from './unreached.ts';
import { formatDay, formatMonth } from '../core/clock.ts';
import { fitText, joinList, unitName } from '../views/format.ts';

/** Items shown per list, and departments shown unless all are asked for. */
export const LIST_CAP = 10;
export const DEPT_CAP = 10;
/** How far back 总览 looks for reminders that reached nobody. */
export const UNREACHED_DAYS = 30;

export interface Rendered {
  text: string;
  choices: Offer[];
}

export function renderOverview(ctx: Context, req: OverviewRequest): Rendered {
  const plan = ctx.plan.data;
  const items = applyItemFilter(ctx, plan.items, { part: req.part, dept: req.dept, page: 1 });
  const assessed = assessItems(ctx.plan, ctx.now, items);
  if (req.list) return renderList(ctx, req, assessed, req.list);

  const lines = [ctx.t('overview-title', { date: formatDay(ctx, ctx.now) })];
  const choices: Offer[] = [];
  const counts = (list: Assessed[]) => ctx.t('sv-counts', countArgs(countHealth(list)));
  if (req.dept) {
    // A unit's scope holds the items it leads and those it shares: counted apart, and named so.
    const dept = req.dept;
    const led = assessed.filter((a) => a.item.lead.includes(dept));
    const shared = assessed.filter((a) => !a.item.lead.includes(dept));
    const scope = scopeLabel(ctx, req);
    lines.push(ctx.t('overview-scope-led', { scope, count: led.length, counts: counts(led) }));
    lines.push(ctx.t('overview-scope-shared', { scope, count: shared.length, counts: counts(shared) }));
  } else {
    lines.push(ctx.t('overview-scope', { scope: scopeLabel(ctx, req), count: assessed.length, counts: counts(assessed) }));
  }
  if (req.part === undefined) {
    for (const part of plan.parts) {
      const inPart = assessed.filter((a) => a.item.part === part.id);
      if (inPart.length)
        lines.push(
          ctx.t('overview-part', {
            id: part.id,
            name: fitText(ctx, ctx.pick(part.name, part.nameEn), 20),
            count: inPart.length,
            counts: counts(inPart),
          }),
        );
    }
  }

  if (!req.dept) {
    const depts = byDepartment(assessed);
    const troubled = depts.filter((d) => d.bad > 0);
    const shown = req.allDepts ? depts : troubled.slice(0, DEPT_CAP);
    lines.push(
      '',
      req.allDepts
        ? ctx.t('overview-depts-all', { count: depts.length })
        : ctx.t('overview-depts-troubled', { count: troubled.length, shown: shown.length }),
    );
    for (const d of shown)
      lines.push(`  ${ctx.t('overview-dept-led', { dept: unitName(ctx, plan, d.dept), count: d.items.length, counts: counts(d.items) })}`);
    if (!req.allDepts)
      choices.push({
        label: ctx.t('overview-all-depts', { count: depts.length }),
        command: `overview departments ${scopeArgs(req)}`.trim(),
      });
  }

  for (const health of ['overdue', 'at-risk', 'no-report'] as const) {
    const list = assessed.filter((a) => a.view.health === health).sort(byUrgency);
    if (!list.length) continue;
    lines.push('', ctx.t('overview-items', { health, count: list.length }));
    lines.push(...list.slice(0, LIST_CAP).map((a) => `  ${itemStanding(ctx, plan, a)}`));
    if (list.length > LIST_CAP) {
      lines.push(`  ${ctx.t('more', { count: list.length - LIST_CAP })}`);
      choices.push({
        label: ctx.t('overview-list-all', { health, count: list.length }),
        command: `overview ${health} ${scopeArgs(req)}`.trim(),
      });
    }
  }

  // The secretariat's to-do names units and people: not for a group to read.
  if (ctx.hasRole('admin') && ctx.inPrivate) lines.push(...secretariatLines(ctx, req, assessed));
  return { text: lines.join('\n'), choices };
}

/** Who has not reported this month, and whose reminders reach nobody: the secretariat's to-do. */
function secretariatLines(ctx: Context, req: OverviewRequest, assessed: readonly Assessed[]): string[] {
  const plan = ctx.plan.data;
  const month = formatMonth(ctx, periodOf(ctx.now));
  // In a department's overview only that department's own reporting is its business.
  const missing = missingReports(plan, assessed, ctx.plan.reports, ctx.now).filter((m) => !req.dept || m.dept === req.dept);
  const lines = [
    '',
    missing.length
      ? ctx.t('overview-missing', {
          month,
          count: missing.length,
          list: joinList(
            ctx,
            missing.map((m) => unitName(ctx, plan, m.dept)),
          ),
        })
      : ctx.t('overview-missing-none', { month }),
  ];
  const since = new Date(ctx.now.getTime() - UNREACHED_DAYS * 86_400_000);
  const units = unreachedUnits(ctx.services, since, ctx.now).filter((u) => !req.dept || u.unit === req.dept);
  if (units.length) {
    lines.push('', ctx.t('unreached-heading', { days: UNREACHED_DAYS, count: units.length }));
    lines.push(...unreachedLines(ctx, ctx.services, units, req.allDepts ? units.length : DEPT_CAP).map((l) => `  ${l}`));
  }
  return lines;
}

/** Every item of one health in the scope, ten a page. */
function renderList(ctx: Context, req: OverviewRequest, assessed: Assessed[], health: ListHealth): Rendered {
  const list = assessed.filter((a) => a.view.health === health).sort(byUrgency);
  const pages = Math.max(1, Math.ceil(list.length / LIST_CAP));
  if (req.page > pages) return { text: ctx.t('items-no-page', { page: req.page, pages }), choices: [] };
  const heading = ctx.t('overview-list-heading', { health, scope: scopeLabel(ctx, req), count: list.length, page: req.page, pages });
  const shown = list.slice((req.page - 1) * LIST_CAP, req.page * LIST_CAP).map((a) => `  ${itemStanding(ctx, ctx.plan.data, a)}`);
  const base = `overview ${health} ${scopeArgs(req)}`.trim();
  const choices: Offer[] = [];
  if (req.page > 1) choices.push({ label: ctx.t('page-prev'), command: `${base} page ${req.page - 1}` });
  if (req.page < pages) choices.push({ label: ctx.t('page-next'), command: `${base} page ${req.page + 1}` });
  return { text: [heading, ...shown].join('\n'), choices };
}

function scopeLabel(ctx: Context, req: OverviewRequest): string {
  const parts: string[] = [];
  if (req.part !== undefined) parts.push(ctx.t('overview-scope-part', { id: req.part }));
  if (req.dept) parts.push(unitName(ctx, ctx.plan.data, req.dept));
  return parts.length ? parts.join(' · ') : ctx.t('overview-scope-all');
}

interface DeptRow {
  dept: string;
  items: Assessed[];
  /** Overdue plus at-risk items it leads. */
  bad: number;
}

const BAD: ReadonlySet<Health> = new Set(['overdue', 'at-risk']);

/** The lead units of the items, with the items they lead; most overdue/at-risk first. */
function byDepartment(assessed: readonly Assessed[]): DeptRow[] {
  const rows = new Map<string, DeptRow>();
  for (const a of assessed) {
    for (const dept of a.item.lead) {
      const row = rows.get(dept) ?? { dept, items: [], bad: 0 };
      row.items.push(a);
      if (BAD.has(a.view.health)) row.bad++;
      rows.set(dept, row);
    }
  }
  const overdue = (r: DeptRow) => r.items.filter((a) => a.view.health === 'overdue').length;
  return [...rows.values()].sort(
    (a, b) => b.bad - a.bad || overdue(b) - overdue(a) || b.items.length - a.items.length || a.dept.localeCompare(b.dept),
  );
}
