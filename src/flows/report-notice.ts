// Who hears of a report at once, not only in Monday's digest (as Status Hero and Geekbot put
// a blocker in front of the manager the moment it is reported): the lead unit's reporters and
// heads and the secretariat, when a responsible unit reports its part, when the secretariat
// reports for the lead unit, or when anyone reports an item at risk or delayed. Each is told
// in their own language through the notifier; the reporter is told who was reached and who
// could not be (an account not bound yet).
import type { Context } from '../core/context.ts';
import { langOf } from '../core/lang.ts';
import type { ReportRecord } from '../domain/report.ts';
import type { Item, Person } from '../domain/schema.ts';
import { toHant } from '../i18n/script.ts';
import { assessItem } from '../supervision/assess.ts';
import { joinList, personName, unitList, unitName, voiceFor, type Voice } from '../views/format.ts';
import { healthText } from '../views/health-view.ts';
import { itemTitle } from '../views/item-view.ts';

/** Whether this report is news the lead unit and the secretariat must not wait for. */
export function isNews(r: ReportRecord): boolean {
  return Boolean(r.contributionOf || r.onBehalfOf || r.status === 'at-risk' || r.status === 'delayed');
}

/** The lead unit's reporters and heads, and the secretariat, but not the person who reported. */
export function noticeRecipients(people: readonly Person[], item: Item, by: string): Person[] {
  const lead = (p: Person) =>
    p.department !== undefined && item.lead.includes(p.department) && (p.roles.includes('reporter') || p.roles.includes('head'));
  return people.filter((p) => p.id !== by && (p.roles.includes('admin') || lead(p)));
}

export async function noticeReport(ctx: Context, item: Item, r: ReportRecord): Promise<void> {
  if (!isNews(r)) return;
  const { services } = ctx;
  const to = noticeRecipients(services.store.data.people, item, r.by);
  if (!to.length) return;
  const results = await Promise.all(
    to.map(async (p) => {
      const lang = langOf(services, p);
      const text = noticeText(voiceFor(services.i18n, lang), ctx, item, r);
      const sent = await services.notifier.toPerson(p, { text: lang === 'zh-Hant' ? toHant(text) : text });
      return { p, ok: sent.ok };
    }),
  );
  const names = (ok: boolean) =>
    joinList(
      ctx,
      results.filter((x) => x.ok === ok).map((x) => personName(ctx, services.store.data.people, x.p.id)),
    );
  if (results.some((x) => x.ok)) await ctx.reply(ctx.t('report-notified', { names: names(true) }));
  if (results.some((x) => !x.ok)) await ctx.reply(ctx.t('report-notice-missed', { names: names(false) }));
}

function noticeText(v: Voice, ctx: Context, item: Item, r: ReportRecord): string {
  const plan = ctx.plan.data;
  const people = ctx.store.data.people;
  const author = people.find((p) => p.id === r.by);
  const kind = r.contributionOf ? 'part' : r.onBehalfOf ? 'behalf' : 'lead';
  return v.t('report-notice', {
    no: item.no,
    title: itemTitle(v, item, 40),
    who: personName(v, people, r.by),
    // A part names its unit already.
    from: author?.department && kind !== 'part' ? unitName(v, plan, author.department) : 'none',
    kind,
    unit: unitName(v, plan, r.contributionOf ?? r.onBehalfOf ?? item.lead[0]!),
    status: r.status ?? 'unknown',
    progress: r.progress ?? 0,
    note: r.note ?? '-',
    why: healthText(v, plan, assessItem(ctx.plan, item, ctx.now).view),
    lead: unitList(v, plan, item.lead),
  });
}
