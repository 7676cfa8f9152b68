// Reads and applies the filters of the item list: part, department, status, page.
// "事项列表 第五部分 逾期 第2页", "items part 5 overdue page 2", "items 市发改委 due-soon",
// "事项列表 有风险" (the derived health, as 总览 counts it).
import type { Context } from '../core/context.ts';
import type { Item } from '../domain/schema.ts';
import { WordTable } from '../core/subcommands.ts';
import { toSimplified } from '../i18n/script.ts';
import { assessItem } from '../supervision/assess.ts';
import { daysLeft } from '../views/format.ts';

export type StatusFilter = 'overdue' | 'due-soon' | 'done' | 'open' | 'no-report' | 'at-risk';

export interface ItemFilter {
  part?: number;
  dept?: string;
  status?: StatusFilter;
  page: number;
}

export const DUE_SOON_DAYS = 30;
const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const STATUS_WORDS = new WordTable<StatusFilter>({
  overdue: { zh: ['逾期', '超期', '已逾期', '过期'], en: ['overdue', 'late'] },
  'due-soon': { zh: ['即将到期', '临期', '快到期'], en: ['due-soon', 'duesoon', 'soon'] },
  done: { zh: ['已完成', '完成'], en: ['done', 'finished', 'completed'] },
  open: { zh: ['未完成', '进行中'], en: ['open', 'pending'] },
  'no-report': { zh: ['未汇报', '无汇报', '尚无汇报'], en: ['no-report', 'no-reports', 'noreport', 'unreported'] },
  'at-risk': { zh: ['有风险', '风险'], en: ['at-risk', 'atrisk', 'risk', 'risky'] },
});

export type ParsedFilter = { ok: true; filter: ItemFilter } | { ok: false; unknown: string };

export function parseItemFilter(ctx: Context, args: string): ParsedFilter {
  const filter: ItemFilter = { page: 1 };
  const text = toSimplified(args.normalize('NFKC').toLowerCase())
    .replace(/第\s*([一二三四五六七八九\d]+)\s*(部分|板块)/g, (_, n) => ` part ${ZH_DIGITS[n] ?? n} `)
    .replace(/第\s*(\d+)\s*页/g, ' page $1 ')
    .replace(/(部分|板块)\s*(\d)/g, ' part $2 ')
    .replace(/页\s*(\d+)/g, ' page $1 ')
    // English statuses typed as words: "at risk", "due soon", "no report(s) yet", "not reported"
    .replace(/\b(at|due|no)\s+(risk|soon|reports?)\b/g, '$1-$2')
    .replace(/\bnot\s+reported\b/g, 'no-report')
    .replace(/\b(no-reports?)\s+yet\b/g, '$1');
  const tokens = text.split(/[\s,，、]+/).filter(Boolean);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    const next = tokens[i + 1];
    if ((tok === 'part' || tok === 'p') && next && /^\d$/.test(next)) {
      filter.part = Number(next);
      i++;
      continue;
    }
    if (/^p\d$/.test(tok)) {
      filter.part = Number(tok.slice(1));
      continue;
    }
    if (tok === 'page' && next && /^\d+$/.test(next)) {
      filter.page = Math.max(1, Number(next));
      i++;
      continue;
    }
    const status = STATUS_WORDS.of(tok);
    if (status) {
      filter.status = status;
      continue;
    }
    const dept = ctx.plan.department(tok)?.id ?? topDepartment(ctx, tok);
    if (dept) {
      filter.dept = dept;
      continue;
    }
    return { ok: false, unknown: tok };
  }
  if (filter.part !== undefined && !ctx.plan.part(filter.part)) return { ok: false, unknown: `part ${filter.part}` };
  return { ok: true, filter };
}

function topDepartment(ctx: Context, word: string): string | undefined {
  const [hit] = ctx.plan.index.search(word, { kinds: ['department'], limit: 1 });
  return hit && hit.how !== 'fuzzy' ? hit.id : undefined;
}

export function applyItemFilter(ctx: Context, items: readonly Item[], f: ItemFilter): Item[] {
  return items.filter((item) => {
    if (f.part !== undefined && item.part !== f.part) return false;
    if (f.dept && !item.lead.includes(f.dept) && !item.responsible.includes(f.dept)) return false;
    if (!f.status) return true;
    const { latest: report, view } = assessItem(ctx.plan, item, ctx.now);
    const done = view.health === 'done';
    const left = daysLeft(ctx.now, item.deadline);
    switch (f.status) {
      case 'overdue':
        return !done && left < 0;
      case 'due-soon':
        return !done && left >= 0 && left <= DUE_SOON_DAYS;
      case 'done':
        return done;
      case 'open':
        return !done;
      case 'no-report':
        return !report;
      case 'at-risk':
        return view.health === 'at-risk';
      default:
        return true;
    }
  });
}
