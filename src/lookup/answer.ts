// Answers a question about the plan: "92", "第92项进展怎么样", "國際航線", "hangxian",
// "市发改委". A number or code goes straight to its record; words go through the search
// index. One clear hit gets the full answer, several get up to five choices, none gets a
// hint on how to search. This is a feature (the core calls it through Services.lookup for
// a direct message that is no command); the views draw the answer from what it gives them.
import type { Context } from '../core/context.ts';
import type { PlanHit, PlanKind } from '../domain/plan-reader.ts';
import type { Item } from '../domain/schema.ts';
import { parseQuery } from '../search/query.ts';
import { renderDepartment } from '../views/department-view.ts';
import { renderIndicator } from '../views/indicator-view.ts';
import { type ItemFacts, itemLine, renderItem } from '../views/item-view.ts';

const MAX_CHOICES = 5;

export async function answerLookup(ctx: Context, text: string, kinds?: PlanKind[]): Promise<void> {
  const wants = (k: PlanKind) => !kinds || kinds.includes(k);
  const q = parseQuery(text);
  if (q.number !== undefined && wants('item')) {
    const item = ctx.plan.item(q.number);
    if (item) return ctx.reply(renderItem(ctx, item, itemFacts(ctx, item)));
    if (!q.words) return ctx.reply(ctx.t('item-not-found', { no: q.number, max: ctx.plan.data.items.length }));
  }
  if (q.code !== undefined && wants('indicator')) {
    const ind = ctx.plan.indicator(q.code);
    if (ind) return ctx.reply(renderIndicator(ctx, ind, ctx.plan));
    if (!q.words) return ctx.reply(ctx.t('indicator-not-found', { code: q.code }));
  }
  // A bare number that is no item ("101"): say how many items there are.
  if (q.number === undefined && wants('item') && /^\d{1,6}$/.test(q.words.trim())) {
    return ctx.reply(ctx.t('item-not-found', { no: q.words.trim(), max: ctx.plan.data.items.length }));
  }
  const words = q.words || text;
  const hits = ctx.plan.index.search(words, { kinds, limit: MAX_CHOICES + 1 });
  if (!hits.length) return ctx.reply(ctx.t('lookup-none', { query: words.slice(0, 40), kind: kinds?.length === 1 ? kinds[0]! : 'any' }));
  if (isClear(hits)) return showHit(ctx, hits[0]!);
  const shown = hits.slice(0, MAX_CHOICES);
  await ctx.reply(ctx.t('lookup-several', { count: shown.length }), {
    choices: shown.map((h) => ({ label: hitLabel(ctx, h), command: hitCommand(h) })),
  });
}

/** What an item card needs besides the item: the plan, its newest report and who made it, the units' contributions, today. */
function itemFacts(ctx: Context, item: Item): ItemFacts {
  const report = ctx.plan.latestReport(`item:${item.no}`);
  const reporter = report && ctx.store.data.people.find((p) => p.id === report.by);
  const contributions = ctx.plan.contributionsTo(item.no);
  return {
    plan: ctx.plan.data,
    now: ctx.now,
    contributions,
    people: ctx.store.data.people,
    ...(report ? { report } : {}),
    ...(reporter ? { reporter } : {}),
  };
}

/** One hit, or an exact hit above non-exact ones, or a lone substring hit above fuzzy ones. */
function isClear(hits: PlanHit[]): boolean {
  const [top, second] = hits;
  if (!second) return true;
  if (top!.how === 'exact') return second.how !== 'exact';
  return top!.how === 'substring' && second.how === 'fuzzy' && second.score - top!.score > 0.15;
}

async function showHit(ctx: Context, hit: PlanHit): Promise<void> {
  if (hit.kind === 'item') {
    const item = ctx.plan.item(Number(hit.id))!;
    return ctx.reply(renderItem(ctx, item, itemFacts(ctx, item)));
  }
  if (hit.kind === 'indicator') return ctx.reply(renderIndicator(ctx, ctx.plan.indicator(hit.id)!, ctx.plan));
  return ctx.reply(renderDepartment(ctx, ctx.plan.department(hit.id)!, ctx.plan));
}

function hitLabel(ctx: Context, hit: PlanHit): string {
  if (hit.kind === 'item') return itemLine(ctx, ctx.plan.item(Number(hit.id))!, 30);
  if (hit.kind === 'indicator') {
    const ind = ctx.plan.indicator(hit.id)!;
    return `${ind.code} ${ctx.pick(ind.name, ind.nameEn)}`;
  }
  const d = ctx.plan.department(hit.id)!;
  return ctx.pick(d.name, d.nameEn);
}

function hitCommand(hit: PlanHit): string {
  if (hit.kind === 'item') return `item ${hit.id}`;
  if (hit.kind === 'indicator') return `indicator ${hit.id}`;
  return `unit ${hit.id}`;
}
