// Saves a confirmed report: one record appended to the `reports` log (never overwriting),
// and the reply that says "saved" only after the record is on disk.
import { randomUUID } from 'node:crypto';
import type { Context } from '../core/context.ts';
import type { ReportRecord } from '../domain/report.ts';
import { REPORTS_LOG } from '../plan/report-log.ts';
import { healthOf } from '../supervision/health.ts';
import type { ReportDraft } from './report-flow.ts';

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
    platform: ctx.msg.platform,
    ...(d.corrects ? { corrects: d.corrects } : {}),
    provenance: 'reported',
  };
  await ctx.store.append(REPORTS_LOG, [record]);
  const item = ctx.plan.item(record.item!)!;
  const health = healthOf(item, record, ctx.now).health;
  await ctx.reply(ctx.t('report-saved', { no: record.item!, progress: record.progress!, health }));
  return record;
}
