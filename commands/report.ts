// report / 汇报: a department reports where its item stands, guided step by step, or in one
// line ("汇报 92 进度80% 已完成章程初稿"); whatever the line does not say is asked for.
import { defineCommand } from '../src/core/command.ts';
import { NOTE_MAX, nextStep, takeItem, type ReportDraft } from '../src/flows/report-draft.ts';
import { reportFlow } from '../src/flows/report-flow.ts';
import { parseOneLine } from '../src/flows/report-parse.ts';
import { startIndicatorReport } from '../src/flows/start-indicator-report.ts';
import { toSimplified } from '../src/i18n/script.ts';

export default defineCommand({
  id: 'report',
  names: { en: ['report'], zh: ['汇报', '上报'] },
  summary: 'cmd-report',
  examples: ['汇报', '汇报 92 进度80% 已完成章程初稿', 'report 92 80% on track draft charter done', '汇报 指标 E1 28 2017 民航统计公报'],
  args: [{ name: 'report', summary: 'arg-report' }],
  access: ['reporter', 'head', 'admin'],
  privateAnswer: true,
  writes: true,
  async run(ctx, args) {
    const { conversations } = ctx.services;
    const indicator = /^(指标|indicator|ind)(\s+|$)/i.exec(toSimplified(args));
    if (indicator) return startIndicatorReport(ctx, args.slice(indicator[0].length));
    // Where a form can be shown (a Slack modal), the whole report is one form.
    if (ctx.msg.canShowForm && (!args || /^\d{1,4}$/.test(args.trim()))) {
      const form = ctx.services.forms.build(ctx, 'report', args.trim() || undefined);
      if (form && (await ctx.showForm(ctx.t('form-report-title'), form))) return;
    }
    const draft: ReportDraft = {};
    if (args) {
      const line = parseOneLine(args);
      draft.oneLine = true;
      if (line.item !== undefined) {
        const refused = takeItem(ctx, draft, line.item);
        if (refused && 'retry' in refused) await ctx.reply(ctx.t(refused.retry, refused.args));
      }
      if (line.badProgress) await ctx.reply(ctx.t('report-bad-percent', { input: line.badProgress }));
      if (line.status) draft.status = line.status;
      if (line.progress !== undefined) draft.progress = line.progress;
      // "已完成" alone means 100%; with a smaller percent it is asked about (nextStep: clarify).
      else if (line.status === 'done') draft.progress = 100;
      if (line.note && line.note.length > NOTE_MAX)
        await ctx.reply(ctx.t('report-note-too-long', { max: NOTE_MAX, length: line.note.length }));
      else if (line.note) draft.note = line.note;
      if (draft.item === undefined && line.item === undefined && !line.note && !line.status && line.progress === undefined) {
        await ctx.reply(ctx.t('report-item-not-number'));
      }
    }
    // A percent that could not be read is asked for first, right after saying why.
    const first =
      draft.item !== undefined && draft.progress === undefined && args && parseOneLine(args).badProgress ? 'progress' : nextStep(draft);
    return conversations.start(ctx, reportFlow, draft, first);
  },
});
