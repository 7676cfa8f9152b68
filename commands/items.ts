// items / 事项列表: the work items, filtered by part, department and status, ten a page.
import { defineCommand } from '../src/core/command.ts';
import { applyItemFilter, parseItemFilter, type ItemFilter } from '../src/plan/item-filter.ts';
import { itemLine } from '../src/views/item-view.ts';
import { daysLeft, daysText, sampleTag, unitName } from '../src/views/format.ts';
import type { Offer } from '../src/core/actions.ts';

const PAGE = 10;

function asArgs(f: ItemFilter, page: number): string {
  return ['items', f.part && `part ${f.part}`, f.dept, f.status, `page ${page}`].filter(Boolean).join(' ');
}

export default defineCommand({
  id: 'items',
  names: { en: ['items', 'list'], zh: ['事项列表', '列表'] },
  summary: 'cmd-items',
  examples: ['事项列表 第五部分', 'items overdue', '事项列表 市发改委 即将到期', 'items part 2 page 2'],
  args: [{ name: 'filters', summary: 'arg-items-filters' }],
  access: ['anyone'],
  async run(ctx, args) {
    const parsed = parseItemFilter(ctx, args);
    if (!parsed.ok) return ctx.reply(ctx.t('items-bad-filter', { word: parsed.unknown.slice(0, 30) }));
    const f = parsed.filter;
    const found = applyItemFilter(ctx, ctx.plan.data.items, f);
    const pages = Math.max(1, Math.ceil(found.length / PAGE));
    if (f.page > pages) return ctx.reply(ctx.t('items-no-page', { page: f.page, pages }));
    const shown = found.slice((f.page - 1) * PAGE, f.page * PAGE);
    const heading = ctx.t('items-heading', {
      count: found.length,
      part: f.part ?? 0,
      dept: f.dept ? unitName(ctx, ctx.plan.data, f.dept) : 'none',
      status: f.status ?? 'any',
      page: f.page,
      pages,
    });
    if (!found.length) return ctx.reply(heading);
    const lines = shown.map(
      (i) =>
        `${itemLine(ctx, i, 34)} — ${unitName(ctx, ctx.plan.data, i.lead[0]!)} · ${daysText(ctx, daysLeft(ctx.now, i.deadline))}${sampleTag(ctx, i.provenance)}`,
    );
    const choices: Offer[] = [];
    if (f.page > 1) choices.push({ label: ctx.t('page-prev'), command: asArgs(f, f.page - 1) });
    if (f.page < pages) choices.push({ label: ctx.t('page-next'), command: asArgs(f, f.page + 1) });
    return ctx.reply([heading, ...lines].join('\n'), { choices });
  },
});
