// What a progress report holds while it is being made, which question comes next, and whose
// report it is: the lead unit's (it sets the item's status; the secretariat enters it on the
// lead's behalf) or a responsible unit's contribution (its own part; the item's status stays
// the lead's). Shared by the guided conversation, the one-line report and the Slack form.
import type { Context } from '../core/context.ts';
import type { StepResult } from '../core/conversation.ts';
import type { ReportStatus } from '../domain/report.ts';
import type { Item } from '../domain/schema.ts';
import { mayReportItem, ownItems } from '../plan/permissions.ts';
import { assessItem, ownFirst } from '../supervision/assess.ts';
import { joinList, unitName } from '../views/format.ts';

export const NOTE_MAX = 500;

export interface ReportDraft {
  /** The id the saved record gets (a form's submission); by default the conversation's. */
  id?: string;
  item?: number;
  status?: ReportStatus;
  progress?: number;
  note?: string;
  evidence?: string | null; // null: skipped
  onBehalfOf?: string;
  /** A responsible unit reporting its own part of the item: its department id. */
  contributionOf?: string;
  corrects?: string;
  /** One-line reports skip the optional evidence step. */
  oneLine?: boolean;
  /** The person said it is not done after all: "done" is not offered again. */
  notDone?: boolean;
  /** Which page of the item picker is shown (0: the first). */
  pickPage?: number;
  prev?: { status?: ReportStatus; progress?: number; note?: string };
}

export type ReportStep = 'item' | 'status' | 'progress' | 'clarify' | 'note' | 'evidence' | 'confirm';

/** Done means 100%, and 100% means done: anything else is asked about, not guessed. */
export function doneMismatch(d: Pick<ReportDraft, 'status' | 'progress'>): 'done-below' | 'full-not-done' | undefined {
  if (d.status === undefined || d.progress === undefined) return undefined;
  if (d.status === 'done' && d.progress < 100) return 'done-below';
  if (d.status !== 'done' && d.progress === 100) return 'full-not-done';
  return undefined;
}

/** The first step whose answer is still missing. */
export function nextStep(d: ReportDraft): ReportStep {
  if (d.item === undefined) return 'item';
  if (d.status === undefined) return 'status';
  if (d.progress === undefined) return 'progress';
  if (doneMismatch(d)) return 'clarify';
  if (d.note === undefined) return 'note';
  if (d.evidence === undefined && !d.oneLine) return 'evidence';
  return 'confirm';
}

/** The last report of this kind: the lead's for the item, or this unit's own contribution. */
export function lastOwnReport(ctx: Context, no: number, contributionOf?: string) {
  return contributionOf
    ? ctx.plan.contributionsTo(no).find((c) => c.contributionOf === contributionOf)
    : ctx.plan.latestReport(`item:${no}`);
}

/** Checks the item and the person's right to report on it; says whose report it is; fills the previous values. */
export function takeItem(ctx: Context, d: ReportDraft, no: number): StepResult | undefined {
  const item = ctx.plan.item(no);
  if (!item) return { retry: 'report-unknown-item', args: { no, max: ctx.plan.data.items.length } };
  const grant = mayReportItem(ctx.person, item);
  if (!grant.ok)
    return {
      retry: 'report-not-yours',
      args: {
        no,
        units: joinList(
          ctx,
          item.lead.map((u) => unitName(ctx, ctx.plan.data, u)),
        ),
      },
    };
  d.item = no;
  delete d.onBehalfOf;
  delete d.contributionOf;
  if (grant.onBehalfOf) d.onBehalfOf = grant.onBehalfOf;
  if (grant.contributionOf) d.contributionOf = grant.contributionOf;
  const last = lastOwnReport(ctx, no, grant.contributionOf);
  if (last) d.prev = { status: last.status, progress: last.progress, note: last.note };
  return undefined;
}

/**
 * The items a person is offered to report on, open ones only: the items their unit leads
 * first, then those it shares; within each, the most urgent first (overdue, at risk, not
 * reported, on track), then by deadline. `lead` says which are the unit's own.
 */
export function pickerItems(ctx: Context, opts: { allForAdmin?: boolean } = {}): Array<{ item: Item; lead: boolean }> {
  const dept = ctx.person?.department;
  return ownItems(ctx.person, ctx.plan.data.items, opts)
    .map((item) => assessItem(ctx.plan, item, ctx.now))
    .filter((a) => a.view.health !== 'done')
    .sort(ownFirst(dept))
    .map(({ item }) => ({ item, lead: dept !== undefined && item.lead.includes(dept) }));
}
