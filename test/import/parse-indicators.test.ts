// Reading the indicator list: Traditional headers, parents by code or name, values kept
// from the previous list when the file has none, and every broken rule reported by row.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { detectKind, parseTable, readIndicators } from '../../src/plan/import-parse.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-import-ind-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = loadPlanData();
const shipped = (code: string) => plan.indicators.find((i) => i.code === code)!;

describe('readIndicators', () => {
  it('imports an XLSX indicator list with Traditional headers and a tree given by names and codes', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('指標體系');
    sheet.addRow(['青島國際城市戰略指標體系']);
    sheet.addRow([
      '編碼',
      '指標名稱',
      '英文名稱',
      '上級指標',
      '單位',
      '方向',
      '基期值',
      '基期年份',
      '最新值',
      '年份',
      '低階目標',
      '中階目標',
      '高階目標',
      '新加坡',
      '舊金山',
      '漢堡',
      '鹿特丹',
      '大阪',
      '責任部門',
      '數據來源',
      '英文來源',
    ]);
    sheet.addRow(['A', '國際競爭力', 'International competitiveness']);
    sheet.addRow([
      'A1',
      '人均GDP',
      '',
      '國際競爭力',
      '美元',
      '正向',
      '16,400',
      2015,
      16500,
      2016,
      20000,
      30000,
      45000,
      53600,
      95000,
      66000,
      52000,
      36000,
      '市統計局',
      '青島統計年鑑',
    ]);
    sheet.addRow(['B', '國際影響力', 'International influence']);
    sheet.addRow([
      'B9',
      'PM2.5年均濃度',
      'Annual mean PM2.5',
      'B',
      '微克/立方米',
      '逆向',
      45,
      2015,
      null,
      null,
      40,
      30,
      20,
      18,
      null,
      null,
      null,
      null,
      '市環保局',
      '青島市環境狀況公報',
      'Qingdao State of the Environment bulletin',
    ]);
    const file = join(dir, 'indicators.xlsx');
    await workbook.xlsx.writeFile(file);

    const table = await parseTable(file);
    expect(table.headerRow).toBe(2);
    expect(detectKind(table.header)).toBe('indicators');
    const result = readIndicators(table, plan);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.indicators.map((i) => i.code)).toEqual(['A', 'A1', 'B', 'B9']);
    // The English name, unit and source come from the previous list: the code and name are unchanged.
    expect(result.indicators[1]).toEqual({ ...shipped('A1'), provenance: 'imported', valuesProvenance: 'imported' });
    expect(result.indicators[3]).toEqual({
      code: 'B9',
      parent: 'B',
      name: 'PM2.5年均浓度',
      nameEn: 'Annual mean PM2.5',
      unit: '微克/立方米',
      higherIsBetter: false,
      baseline: { value: 45, year: 2015 },
      targets: { low: 40, middle: 30, high: 20 },
      cities: { singapore: 18 },
      department: 'environment',
      source: '青岛市环境状况公报',
      sourceEn: 'Qingdao State of the Environment bulletin',
      provenance: 'imported',
      valuesProvenance: 'imported',
    });
  });

  it('reports target order, unknown or wrong parents, bad codes and values by row', async () => {
    const lines = [
      'code,name,english name,parent,direction,baseline,baseline year,low target,middle target,high target,department',
      'A,竞争力,Competitiveness,,,,,,,,',
      'A1,指标一,One,A,正向,,,30,20,10,',
      'A2,指标二,Two,国际名气,,,,,,,',
      'B3,指标三,Three,A,,,,,,,',
      'A,重复,Dup,,,,,,,,',
      'A4,指标四,Four,,横向,,,,,,',
      'A5,指标五,Five,,,,,1,,3,',
      'C,一级,Top,A,,,,,,,',
      'A6,指标六,Six,A1,,,,,,,',
      'G1,指标七,Seven,,,,,,,,',
      'C1,没有英文,,,,,,,,,',
      'A7,指标八,Eight,,,约100,2015,,,,市统计句',
      'A8,指标九,Nine,,逆向,,,10,20,30,',
      'A9,指标十,Ten,,,5,,,,,',
      'D1,指标十一,Eleven,,,,,,,,',
    ];
    const file = join(dir, 'bad-indicators.csv');
    writeFileSync(file, lines.join('\n'));
    const result = readIndicators(await parseTable(file), plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.row, e.reasonEn])).toEqual([
      [3, 'targets do not follow the direction: higher is better, so low ≤ middle ≤ high (got 30 / 20 / 10)'],
      [4, 'parent "国际名气" is not in the file'],
      [5, 'code B3 does not belong under A (Competitiveness)'],
      [6, 'code A is repeated (already on row 2)'],
      [7, 'direction "横向" not understood (higher or lower)'],
      [8, 'give all three stage targets or none'],
      [9, 'first-level indicator C cannot have a parent ("A")'],
      [10, 'parent "A1" is itself second-level: only two levels are allowed'],
      [11, 'code "G1" is not valid (A-E, or a letter and number such as A1)'],
      [12, 'missing English name (new or renamed indicator)'],
      [13, 'baseline "约100" is not a number'],
      [13, 'department "市统计句" is not a known department; did you mean "市统计局" (Qingdao Statistics Bureau)?'],
      [14, 'targets do not follow the direction: lower is better, so low ≥ middle ≥ high (got 10 / 20 / 30)'],
      [15, 'baseline has no year'],
      [16, 'the parent D of D1 is not in the file'],
    ]);
    expect(result.errors[0]!.reason).toContain('正向指标应为 低阶 ≤ 中阶 ≤ 高阶');
  });
});
