// export / 导出: the assessment table of all items as XLSX and CSV files, headers in the
// reader's language. "导出 csv" or "export xlsx" sends only that one.
import { defineCommand } from '../src/core/command.ts';
import { assessmentTable, CSV_MIME, exportFileName, toCsv, toXlsx, XLSX_MIME } from '../src/supervision/export.ts';
import { formatDay } from '../src/core/clock.ts';

const FORMATS = { xlsx: /^(xlsx|excel|xls)$/i, csv: /^(csv)$/i };

export default defineCommand({
  id: 'export',
  names: { en: ['export'], zh: ['导出'] },
  summary: 'cmd-export',
  examples: ['导出', 'export', '导出 csv', 'export xlsx'],
  args: [{ name: 'format', summary: 'arg-export-format' }],
  access: ['admin', 'official'],
  privateAnswer: true,
  async run(ctx, args) {
    const word = args.trim();
    const wanted = (Object.keys(FORMATS) as Array<keyof typeof FORMATS>).filter((f) => !word || FORMATS[f].test(word));
    if (!wanted.length) return ctx.reply(ctx.t('export-bad-format', { word: word.slice(0, 20) }));
    const table = assessmentTable(ctx, { plan: ctx.plan, people: ctx.store.data.people, now: ctx.now });
    for (const format of wanted) {
      const data = format === 'xlsx' ? await toXlsx(table) : toCsv(table);
      const text = ctx.t('export-ready', { format, count: table.rows.length, date: formatDay(ctx, ctx.now) });
      await ctx.reply(text, { file: { name: exportFileName(ctx.now, format), mime: format === 'xlsx' ? XLSX_MIME : CSV_MIME, data } });
    }
  },
});
