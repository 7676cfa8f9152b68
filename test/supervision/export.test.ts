// 导出 / export: the assessment table sent in chat as XLSX and CSV, read back here (the
// XLSX with exceljs, the CSV with a small RFC 4180 reader of the test's own), and the
// `npm run export` CLI run once as a child process over a store in a temp dir.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.ts';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { makeBot, type TestBot } from '../helpers/fake-chat.ts';
import { report } from './reports.ts';
import { openStore } from '../../src/db.ts';
import { createSeedDb } from '../../src/seed.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';
import { CHILD_PROCESS_TIMEOUT } from '../helpers/timeouts.ts';

const plan = loadPlanData();
const item92 = plan.items.find((i) => i.no === 92)!;
const NOTE = '专家名单已定, 但"首次会议"时间待定';
const ZH_HEADER = [
  '序号',
  '所属部分',
  '工作任务',
  '牵头单位',
  '责任单位',
  '完成时限',
  '汇报状态',
  '进度(%)',
  '健康度',
  '剩余天数(负数为逾期)',
  '最近汇报日期',
  '汇报人',
  '说明',
  '数据来源',
];

/** RFC 4180: fields split by commas, quoted fields may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

let bot: TestBot;
let replies: Reply[];
beforeAll(async () => {
  bot = await makeBot({ now: '2016-09-01T10:00:00+08:00' });
  await bot.store.append(REPORTS_LOG, [
    report({ item: 92, at: '2016-08-20T10:00:00+08:00', status: 'on-track', progress: 40, note: '旧的说明' }),
    report({
      item: 92,
      at: '2016-08-30T15:00:00+08:00',
      status: 'at-risk',
      progress: 45,
      note: NOTE,
      by: 'secretariat',
      onBehalfOf: 'coordination-group',
    }),
    report({ item: 95, at: '2016-08-28T10:00:00+08:00', status: 'done', progress: 100, note: '=1+1', provenance: 'sample' }),
  ]);
  replies = await bot.chat('liang-shuhua').send({ text: '导出' });
});

describe('export in chat', () => {
  it('sends one reply per file: the XLSX (items and indicators), the items CSV, the indicators CSV', () => {
    expect(replies.map((r) => r.file?.name)).toEqual([
      'duban-assessment-2016-09-01.xlsx',
      'duban-assessment-2016-09-01.csv',
      'duban-indicators-2016-09-01.csv',
    ]);
    expect(replies[0]!.file!.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(replies[1]!.file!.mime).toBe('text/csv');
    expect(replies[0]!.text).toBe('评估表（Excel，两张表）：事项 100 项、指标 40 个，截至 2016年9月1日。');
    expect(replies[2]!.text).toBe('指标表（CSV）：共 40 个指标，截至 2016年9月1日。');
  });

  it('writes an XLSX with a header row, frozen pane, widths, autofilter and a row per item', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(replies[0]!.file!.data) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('评估表');
    expect(sheet.rowCount).toBe(101);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(ZH_HEADER);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(40);
    const numbers = Array.from({ length: 100 }, (_, i) => sheet.getRow(i + 2).getCell(1).value);
    expect(numbers.sort((a, b) => Number(a) - Number(b))).toEqual(plan.items.map((i) => i.no).sort((a, b) => a - b));
    const row = (sheet.getRow(1 + plan.items.indexOf(item92) + 1).values as unknown[]).slice(1);
    expect(row).toEqual([
      92,
      '5 启动工作机制',
      item92.title,
      '协调组',
      '市贸促会',
      '2016-10',
      '有风险',
      45,
      expect.stringMatching(/^有风险：报为有风险/), // the health says why
      60,
      '2016-08-30',
      '王立新 代 协调组 录入',
      NOTE,
      '公开资料',
    ]);
  });

  it('writes a CSV with a BOM, a row per item, Chinese intact and quoting right', () => {
    const data = replies[1]!.file!.data;
    expect([...data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(data);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain(`"专家名单已定, 但""首次会议""时间待定"`);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(ZH_HEADER);
    expect(rows).toHaveLength(101);
    expect(
      rows
        .slice(1)
        .map((r) => Number(r[0]))
        .sort((a, b) => a - b),
    ).toEqual(plan.items.map((i) => i.no).sort((a, b) => a - b));
    expect(rows.every((r) => r.length === ZH_HEADER.length)).toBe(true);
    const r92 = rows.find((r) => r[0] === '92')!;
    expect(r92[2]).toBe(item92.title);
    expect(r92[12]).toBe(NOTE);
    const r95 = rows.find((r) => r[0] === '95')!;
    expect(r95[12]).toBe("'=1+1"); // a note that looks like a formula stays text in Excel
    expect(r95[13]).toBe('公开资料；汇报为示例数据');
    const r1 = rows.find((r) => r[0] === '1')!;
    expect(r1.slice(6, 9)).toEqual(['尚无汇报', '', '尚无汇报']);
  });

  it('has English headers and titles for an English reader, and sends one format on request', async () => {
    const chat = bot.chat('han-dongsheng');
    await chat.say('lang en');
    const [csv, indicators, ...rest] = await chat.send({ text: 'export csv' });
    expect(rest).toEqual([]);
    expect(indicators!.file!.name).toBe('duban-indicators-2016-09-01.csv');
    const rows = parseCsv(new TextDecoder().decode(csv!.file!.data));
    expect(rows[0]!.slice(0, 4)).toEqual(['No.', 'Part', 'Task', 'Lead unit']);
    expect(rows.find((r) => r[0] === '92')![2]).toBe(item92.titleEn);
    expect(await chat.say('export pdf')).toContain('Unknown format "pdf"');
  });

  it('is refused to a reporter and to an unbound account', async () => {
    expect(await bot.chat('zhao-min').say('导出')).toContain('无权使用“导出”');
    expect(await bot.chat('stranger').say('导出')).toContain('尚未绑定');
  });
});

describe('npm run export', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'duban-export-'));
  const dbFile = join(dir, 'db.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function exportCommand(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/tools/export.ts', ...args],
        { env: { ...process.env, DB_FILE: dbFile, DUBAN_NOW: '2016-09-01T10:00:00+08:00' } },
        (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
      );
    });
  }

  it('writes the XLSX from the store, and reports a store held by the bot', async () => {
    const file = join(dir, 'table.xlsx');
    const done = await exportCommand(file);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain('已导出 / exported 100 项、40 个指标');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as never);
    expect(workbook.worksheets[0]!.rowCount).toBe(101);
    expect(workbook.worksheets[0]!.getRow(1).getCell(1).value).toBe('序号');
    expect(workbook.worksheets[1]!.name).toBe('指标');
    expect(workbook.worksheets[1]!.rowCount).toBe(41);

    const held = await openStore({ file: dbFile, seed: () => createSeedDb() });
    try {
      const locked = await exportCommand(join(dir, 'locked.csv'));
      expect(locked.code).toBe(2);
      expect(locked.stderr).toContain('STORE_LOCKED');
      expect(existsSync(join(dir, 'locked.csv'))).toBe(false);
    } finally {
      await held.close();
    }
  });
});
