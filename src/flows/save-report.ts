// Saves a confirmed report: one record appended to the `reports` log (never overwriting),
// and the reply that says "saved" only after the record is on disk.
import { randomUUID } from 'node:crypto';
import type { Context } from '../core/context.ts';
import type { ReportRecord } from '../domain/report.ts';
import { healthOf } from '../supervision/health.ts';
import type { ReportDraft } from './report-flow.ts';

export async function saveReport(ctx: Context, d: ReportDraft): Promise<ReportRecord> {
  const record: ReportRecord = {
    id: randomUUID(),
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
  await ctx.store.append('reports', [record as unknown as import('../store/types.ts').LogRecord]);
  const item = ctx.plan.item(record.item!)!;
  const health = healthOf(item, record, ctx.now).health;
  await ctx.reply(ctx.t('report-saved', { no: record.item!, progress: record.progress!, health }));
  return record;
}
