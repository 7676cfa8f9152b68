// The charts that go with the four answers, built from what the command's answer drew from:
// 总览 (the same scope), 指标 (the indicator the answer shows), 会议 (the secretariat's tally)
// and 邀请情况. Each returns undefined where that answer has no chart.
import { expertState } from '../committee/invitations/status.ts';
import { timeZoneOf } from '../committee/members.ts';
import { findMeeting } from '../committee/meetings/repo.ts';
import { currentVotes, quorumMin, tallyMeeting, VOTES_LOG } from '../committee/meetings/tally.ts';
import type { Context } from '../core/context.ts';
import { applyItemFilter } from '../plan/item-filter.ts';
import { reportPoints } from '../plan/report-log.ts';
import { assessItems } from '../supervision/assess.ts';
import type { OverviewRequest } from '../supervision/overview-args.ts';
import { unitName } from '../views/format.ts';
import { dayTitle } from './build/frame.ts';
import { indicatorChart } from './build/indicator.ts';
import { invitationsChart } from './build/invitations.ts';
import { meetingChart } from './build/meeting.ts';
import { overviewChart } from './build/overview.ts';
import type { Chart } from './model.ts';

/** The overview's scope as a chart; none for the "list them all" pages. */
export function overviewChartFor(ctx: Context, req: OverviewRequest): Chart | undefined {
  if (req.list) return undefined;
  const plan = ctx.plan.data;
  const assessed = assessItems(ctx.plan, ctx.now, applyItemFilter(ctx, plan.items, { part: req.part, dept: req.dept, page: 1 }));
  if (!assessed.length) return undefined;
  const scope = [
    ...(req.part !== undefined ? [ctx.t('overview-scope-part', { id: req.part })] : []),
    ...(req.dept ? [unitName(ctx, plan, req.dept)] : []),
  ];
  return overviewChart(ctx, {
    plan,
    assessed,
    reports: reportPoints(
      ctx.plan.reports,
      assessed.map((a) => a.item.no),
    ),
    now: ctx.now,
    title: ctx.t('overview-title', { date: dayTitle(ctx.lang, ctx.now) }),
    scope: scope.length ? scope.join(' · ') : ctx.t('overview-scope-all'),
    byPart: req.part === undefined,
    byUnit: !req.dept,
  });
}

/**
 * The indicator whose full answer is the last reply. An indicator's answer starts with its
 * code ("A2 跨国公司总部数量 …", views/indicator-view.ts); a list of choices or a "not found"
 * does not, and gets no chart.
 */
export async function indicatorChartFor(ctx: Context): Promise<Chart | undefined> {
  const reply = ctx.replies.at(-1);
  if (!reply || reply.choices?.length) return undefined;
  const code = /^([A-E]\d{1,2}) /.exec(reply.text)?.[1];
  const ind = code ? ctx.plan.indicator(code) : undefined;
  return ind && indicatorChart(ctx, ind, await ctx.plan.reportsOn(`indicator:${ind.code}`));
}

/** A meeting's votes against its quorum, as the secretariat's tally shows them. */
export function meetingChartFor(ctx: Context, meetingId: string): Chart | undefined {
  const meeting = findMeeting(ctx.store, meetingId);
  if (!meeting || !ctx.person || !ctx.hasRole('admin')) return undefined;
  const { people } = ctx.store.data;
  return meetingChart(ctx, {
    meeting,
    tallies: tallyMeeting(meeting, currentVotes(ctx.store.records(VOTES_LOG), meeting.id)),
    zone: timeZoneOf(ctx.store, ctx.person.id),
    quorum: quorumMin(meeting),
    sample: meeting.invitees.some((id) => people.find((p) => p.id === id)?.provenance === 'sample'),
  });
}

export function invitationsChartFor(ctx: Context): Chart | undefined {
  const { experts } = ctx.store.data;
  return experts.length ? invitationsChart(ctx, experts, (id) => expertState(ctx.store, id)) : undefined;
}
