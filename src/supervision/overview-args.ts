// Reads what follows 总览 / overview: an optional part and/or department that narrows it
// ("总览 第五部分", "overview ndrc"), `部门` / `departments` for every department, and a
// list mode (`有风险` / `at-risk`, `逾期` / `overdue`, `尚无汇报` / `no-report`) with a page,
// used by the overview's own "list them all" choices. Part, department and status words are
// read as the item list reads them.
import type { Context } from '../core/context.ts';
import { toSimplified } from '../i18n/script.ts';
import { parseItemFilter } from '../plan/item-filter.ts';

/** The healths the overview lists item by item. */
export type ListHealth = 'overdue' | 'at-risk' | 'no-report';

export interface OverviewRequest {
  part?: number;
  dept?: string;
  /** Every department, not only those with overdue or at-risk items. */
  allDepts: boolean;
  /** List every item of this health in the scope, paged, instead of the summary. */
  list?: ListHealth;
  page: number;
}

export type ParsedOverview = { ok: true; req: OverviewRequest } | { ok: false; word: string };

const ALL_DEPTS = /^(部门|单位|各部门|各单位|departments?|depts?|units?)$/;
const LISTS: ReadonlyArray<[RegExp, ListHealth]> = [
  [/^(风险|有风险|at-?risk|risks?|risky)$/, 'at-risk'],
  [/^(尚无汇报|无汇报|未汇报|no-?report|unreported)$/, 'no-report'],
];

export function parseOverview(ctx: Context, args: string): ParsedOverview {
  const req: OverviewRequest = { allDepts: false, page: 1 };
  const rest: string[] = [];
  for (const tok of toSimplified(args.normalize('NFKC').toLowerCase())
    .split(/[\s,，、]+/)
    .filter(Boolean)) {
    if (ALL_DEPTS.test(tok)) req.allDepts = true;
    else {
      const list = LISTS.find(([re]) => re.test(tok))?.[1];
      if (list) req.list = list;
      else rest.push(tok);
    }
  }
  if (rest.length) {
    const parsed = parseItemFilter(ctx, rest.join(' '));
    if (!parsed.ok) return { ok: false, word: parsed.unknown };
    const f = parsed.filter;
    if (f.status && f.status !== 'overdue') return { ok: false, word: f.status };
    if (f.status === 'overdue') req.list = 'overdue';
    if (f.part !== undefined) req.part = f.part;
    if (f.dept) req.dept = f.dept;
    req.page = f.page;
  }
  return { ok: true, req };
}

/** The words that give the same scope back, for the command lines of choices. */
export function scopeArgs(req: Pick<OverviewRequest, 'part' | 'dept'>): string {
  return [req.part !== undefined && `part ${req.part}`, req.dept].filter(Boolean).join(' ');
}
