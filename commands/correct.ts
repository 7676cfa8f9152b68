// correct / 更正: a reporter corrects their own last report within a set time. Nothing is
// overwritten: the correction is a new record pointing at the one it corrects.
import { defineCommand } from '../src/core/command.ts';
import type { ReportDraft } from '../src/flows/report-draft.ts';
import { reportFlow } from '../src/flows/report-flow.ts';

export const CORRECTION_HOURS = 24;

export default defineCommand({
  id: 'correct',
  names: { en: ['correct', 'fix'], zh: ['更正', '修改汇报'] },
  summary: 'cmd-correct',
  examples: ['更正', 'correct'],
  args: [],
  access: ['reporter', 'head', 'admin'],
  privateAnswer: true,
  writes: true,
  async run(ctx) {
    const last = ctx.plan.reports.lastItemReportBy.get(ctx.person!.id);
    if (!last) return ctx.reply(ctx.t('correct-none'));
    const ageHours = (ctx.now.getTime() - Date.parse(last.at)) / 3600_000;
    if (ageHours > CORRECTION_HOURS) return ctx.reply(ctx.t('correct-too-late', { hours: CORRECTION_HOURS, no: last.item! }));
    const draft: ReportDraft = {
      item: last.item!,
      corrects: last.id,
      ...(last.onBehalfOf ? { onBehalfOf: last.onBehalfOf } : {}),
      ...(last.contributionOf ? { contributionOf: last.contributionOf } : {}),
      prev: { status: last.status, progress: last.progress, note: last.note },
      oneLine: true,
    };
    await ctx.reply(ctx.t('correct-start', { no: last.item! }));
    return ctx.services.conversations.start(ctx, reportFlow, draft, 'status');
  },
});
