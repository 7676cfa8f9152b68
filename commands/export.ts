// export / 导出: the assessment workbook of all items and the 40 indicators: an XLSX with a
// sheet each, and the same as two CSV files, headers in the reader's language. "导出 csv" or
// "export xlsx" sends only that format.
import { defineCommand } from '../src/core/command.ts';
import { assessmentTable, CSV_MIME, exportFileName, toCsv, toXlsx, XLSX_MIME } from '../src/supervision/export.ts';
import { indicatorTable } from '../src/supervision/indicator-export.ts';
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
    const items = assessmentTable(ctx, { plan: ctx.plan, people: ctx.store.data.people, now: ctx.now });
    const indicators = indicatorTable(ctx, ctx.plan);
    const date = formatDay(ctx, ctx.now);
    if (wanted.includes('xlsx')) {
      const text = ctx.t('export-ready-both', { items: items.rows.length, indicators: indicators.rows.length, date });
      const data = await toXlsx(items, indicators);
      await ctx.reply(text, { file: { name: exportFileName(ctx.now, 'xlsx'), mime: XLSX_MIME, data } });
    }
    if (wanted.includes('csv')) {
      const text = ctx.t('export-ready', { format: 'csv', count: items.rows.length, date });
      await ctx.reply(text, { file: { name: exportFileName(ctx.now, 'csv'), mime: CSV_MIME, data: toCsv(items) } });
      const about = ctx.t('export-ready-indicators', { count: indicators.rows.length, date });
      await ctx.reply(about, { file: { name: exportFileName(ctx.now, 'csv', 'indicators'), mime: CSV_MIME, data: toCsv(indicators) } });
    }
  },
});
