// Saves a confirmed report: one record appended to the `reports` log (never overwriting),
// and the reply that says "saved" only after the record is on disk, with where the item now
// stands and why. Then the people who must know are told at once (report-notice.ts); a
// notice that cannot be delivered never turns "saved" into anything else.
import { randomUUID } from 'node:crypto';
import type { Context } from '../core/context.ts';
import type { ReportRecord } from '../domain/report.ts';
import { REPORTS_LOG } from '../plan/report-log.ts';
import { assessItem } from '../supervision/assess.ts';
import { healthText } from '../views/health-view.ts';
import { unitList, unitName } from '../views/format.ts';
import type { ReportDraft } from './report-draft.ts';
import { noticeReport } from './report-notice.ts';

function reportIdOf(ctx: Context): string {
  const conv = ctx.services.conversations.active(ctx);
  return conv ? `r-${conv.id}` : randomUUID();
}

export async function saveReport(ctx: Context, d: ReportDraft): Promise<ReportRecord> {
  const record: ReportRecord = {
    // From the conversation or form that made it, so confirming twice saves it once.
    id: d.id ?? reportIdOf(ctx),
    at: ctx.now.toISOString(),
    item: d.item!,
    status: d.status!,
    progress: d.progress!,
    note: d.note!,
    ...(d.evidence ? { evidence: d.evidence } : {}),
    by: ctx.person!.id,
    ...(d.onBehalfOf ? { onBehalfOf: d.onBehalfOf } : {}),
    ...(d.contributionOf ? { contributionOf: d.contributionOf } : {}),
    platform: ctx.msg.platform,
    ...(d.corrects ? { corrects: d.corrects } : {}),
    provenance: 'reported',
  };
  await ctx.store.append(REPORTS_LOG, [record]);
  const item = ctx.plan.item(record.item!)!;
  const now = assessItem(ctx.plan, item, ctx.now);
  const why = healthText(ctx, ctx.plan.data, now.view);
  await ctx.reply(
    d.contributionOf
      ? ctx.t('report-saved-part', {
          no: item.no,
          unit: unitName(ctx, ctx.plan.data, d.contributionOf),
          progress: record.progress!,
          lead: unitList(ctx, ctx.plan.data, item.lead),
          why,
        })
      : ctx.t('report-saved-why', { no: item.no, progress: record.progress!, why }),
  );
  try {
    await noticeReport(ctx, item, record);
  } catch (error) {
    ctx.services.log.error({ err: error, code: 'REPORT_NOTICE_FAILED', item: item.no }, 'report notice not sent');
  }
  return record;
}
