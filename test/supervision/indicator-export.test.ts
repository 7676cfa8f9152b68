// The indicator sheet of 导出 (issue 10, Also): the 40 indicators with value, year, stage,
// next stage and the gap to it, targets, responsible unit, where the figure comes from and
// the provenance, as the XLSX's second sheet and as a CSV; a reported value replaces the
// plan's figure and says it was reported. Read back with exceljs, values worked out here.
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/core/types.ts';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { REPORTS_LOG } from '../../src/plan/report-log.ts';
import { makeBot } from '../helpers/fake-chat.ts';
import { report } from './reports.ts';

const plan = loadPlanData();
const HEADER = [
  '编码',
  '一级指标',
  '指标名称',
  '单位',
  '方向',
  '最新值',
  '年份',
  '所处阶段',
  '下一阶段',
  '距下一阶段差距（比重为百分点）',
  '低阶目标',
  '中阶目标',
  '高阶目标',
  '责任部门',
  '数值来源',
  '数据来源',
];

let replies: Reply[];
let sheet: ExcelJS.Worksheet;
beforeAll(async () => {
  const bot = await makeBot();
  await bot.store.append(REPORTS_LOG, [
    report({ indicator: 'E1', at: '2016-08-30T10:00:00+08:00', value: 36, year: 2016, source: '民航统计快报', by: 'secretariat' }),
  ]);
  replies = await bot.chat('secretariat').send({ text: '导出' });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(replies[0]!.file!.data) as never);
  sheet = workbook.worksheets[1]!;
});

const rowOf = (code: string) => {
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    if (values[0] === code) return values;
  }
  throw new Error(`no row ${code}`);
};

describe('the indicator sheet', () => {
  it('is the second sheet, with every indicator once, first levels before their own', () => {
    expect(sheet.name).toBe('指标');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const codes = Array.from({ length: sheet.rowCount - 1 }, (_, i) => String(sheet.getRow(i + 2).getCell(1).value));
    expect(codes).toHaveLength(40);
    expect(new Set(codes)).toEqual(new Set(plan.indicators.map((i) => i.code)));
    for (const ind of plan.indicators.filter((i) => i.parent)) expect(codes.indexOf(ind.parent!)).toBeLessThan(codes.indexOf(ind.code));
  });

  it("gives a second-level indicator's value, stage, gap to the next stage and provenance", () => {
    const a7 = plan.indicators.find((i) => i.code === 'A7')!;
    const row = rowOf('A7');
    expect(row.slice(0, 7)).toEqual(['A7', 'A 国际竞争力', a7.name, '%', '越高越好', a7.latest!.value, a7.latest!.year]);
    // 2.86% is under the low stage (3.0%): the gap is 0.14 percentage points.
    expect(row.slice(7, 13)).toEqual(['未达低阶', '低阶', 0.14, a7.targets!.low, a7.targets!.middle, a7.targets!.high]);
    expect(row[14]).toBe(a7.source);
    expect(row[15]).toBe('名称为示例；数值为示例数据');
  });

  it('takes a reported value over the plan figure, and says it was reported', () => {
    const row = rowOf('E1');
    // 36 routes reach the low stage (35); the middle stage is 60.
    expect(row.slice(5, 10)).toEqual([36, 2016, '低阶', '中阶', 24]);
    expect(row[14]).toBe('民航统计快报');
    expect(row[15]).toBe('名称来自公开资料；数值为部门汇报');
  });

  it('marks a first-level indicator as such, without values', () => {
    const row = rowOf('E');
    expect(row[1]).toBe('（一级指标）');
    expect(row[5] ?? null).toBeNull();
  });

  it('gives an English reader the English names and sources', async () => {
    const bot = await makeBot();
    const chat = bot.chat('han-dongsheng'); // an official, reading English
    await chat.say('lang en');
    const [, indicators] = await chat.send({ text: 'export csv' });
    const csv = new TextDecoder().decode(indicators!.file!.data);
    const a7 = plan.indicators.find((i) => i.code === 'A7')!;
    const line = csv.split('\r\n').find((l) => l.startsWith('A7,'))!;
    expect(line).toContain(a7.nameEn);
    expect(line).toContain(a7.sourceEn!);
    expect(line).not.toContain(a7.source!);
  });

  it('comes as a CSV of its own too', () => {
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(replies[2]!.file!.data);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split('\r\n');
    expect(lines[0]).toBe(HEADER.join(','));
    expect(lines).toHaveLength(41);
    expect(lines.find((l) => l.startsWith('E1,'))).toContain(',36,2016,');
  });
});
