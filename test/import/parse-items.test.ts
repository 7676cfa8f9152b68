// Reading the official item list: XLSX with a title row and Traditional headers, CSV in
// UTF-8 with BOM and in GBK, deadline formats, and every kind of bad row reported by number.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { detectKind, parseDeadline, parseTable, readItems } from '../../src/plan/import-parse.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-import-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = loadPlanData();

type Cell = string | number | Date | null;

async function writeXlsx(name: string, build: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('行动计划'));
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

function csvLine(cells: Cell[]): string {
  return cells.map((c) => (c === null ? '' : /[",\n]/.test(String(c)) ? `"${String(c).replace(/"/g, '""')}"` : String(c))).join(',');
}

/** GBK bytes for a text, from a reverse table built with the platform's GBK decoder. */
function encodeGbk(text: string): Uint8Array {
  const table = new Map<string, number[]>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else {
      const pair = table.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

const shipped = (no: number) => plan.items.find((item) => item.no === no)!;

describe('parseDeadline', () => {
  it.each([
    ['2016-10', '2016-10'],
    ['2016.10', '2016-10'],
    ['2016/8', '2016-08'],
    ['2016年10月', '2016-10'],
    ['2016年10月底', '2016-10'],
    ['2016年底', '2016-12'],
    ['2016年底前', '2016-12'],
    ['２０１６年１０月', '2016-10'],
    ['2016-10-31', '2016-10-31'],
    ['2016年10月31日', '2016-10-31'],
    ['年底前', '2017-12'],
    ['6月底', '2017-06'],
  ])('reads %s as %s', (text, expected) => {
    expect(parseDeadline(text, 2017)).toEqual({ value: expected });
  });

  it.each([['明年'], ['2016-13'], ['2016-02-30'], ['长期坚持'], ['42674']])('refuses %s', (text) => {
    expect(parseDeadline(text, 2016)).toEqual({ error: 'invalid' });
  });

  it('needs a year for 年底前 and flags 2016.1 typed as a number', () => {
    expect(parseDeadline('年底前')).toEqual({ error: 'no-year' });
    expect(parseDeadline('2016.1', 2016, true)).toEqual({ error: 'ambiguous' });
    expect(parseDeadline('2016.1', 2016, false)).toEqual({ value: '2016-01' });
  });
});

describe('readItems', () => {
  it('imports an XLSX list with a title row, Traditional headers, a part heading, aliases and mixed deadlines', async () => {
    const file = await writeXlsx('items.xlsx', (sheet) => {
      sheet.addRow(['青島市"國際化+"行動計劃（2016）重點工作實事']);
      sheet.mergeCells('A1:F1');
      sheet.addRow([]);
      sheet.addRow(['序 號', '任務內容', '完成 時限', '牽頭單位', '責任部門', '對標對象']);
      sheet.addRow(['五、啟動工作機制']);
      sheet.mergeCells('A4:F4');
      sheet.addRow([
        91,
        '制定國際城市戰略年度考核細則，建立日常督查工作機制',
        '2016年底',
        '市推進辦',
        '市考核辦、市商務局、市發改委、市統計局',
        null,
      ]);
      sheet.addRow([92, shipped(92).title, '2016.10', '協調組', '市贸促会', null]);
      sheet.addRow([93, shipped(93).title, new Date(Date.UTC(2016, 11, 1)), '市民信息调查社会征集工作组', '青岛市社会科学院', null]);
      sheet.getCell('C7').numFmt = 'yyyy"年"m"月"';
      sheet.addRow([94, shipped(94).title, '2016年10月底', '协调组', '推进办', null]);
      sheet.addRow([95, shipped(95).title, '2016/8', ' 市推进办 ', '', null]);
      sheet.addRow([
        96,
        shipped(96).title,
        new Date(Date.UTC(2016, 11, 31)),
        '市推进办',
        '市商务局，市发展改革委；市统计局/市社科院\n高校课题组',
        '新加坡国民收入统计',
      ]);
      sheet.getCell('C10').numFmt = 'yyyy-mm-dd';
    });
    const table = await parseTable(file);
    expect(table.headerRow).toBe(3);
    expect(detectKind(table.header)).toBe('items');
    expect(table.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9, 10]);

    const result = readItems(table, plan);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.items.map((i) => i.no)).toEqual([91, 92, 93, 94, 95, 96]);
    for (const no of [91, 92, 93, 94, 95]) {
      expect(result.items.find((i) => i.no === no)).toEqual({ ...shipped(no), provenance: 'imported' });
    }
    // The Chinese title is unchanged, so the English title is kept; a new benchmark has no English.
    expect(result.items[5]).toEqual({
      ...shipped(96),
      deadline: '2016-12-31',
      benchmark: '新加坡国民收入统计',
      provenance: 'imported',
    });
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatchObject({ row: 10, reason: expect.stringContaining('高校课题组') });
  });

  it('reports every bad row by number with its reason', async () => {
    const file = join(dir, 'bad-items.csv');
    const rows: Cell[][] = [
      ['序号', '工作任务', '完成时限', '牵头单位', '责任单位', '所属板块'],
      [1, '对标新加坡编制规划', '2016-12', '市规划局', '市发改委', 1],
      [2, '缺牵头单位', '2016-12', '', '', 1],
      [2, '重复序号', '2016-12', '市规划局', '', 1],
      ['九十七', '序号不是数字', '2016-12', '市规划局', '', 1],
      [5, '', '2016-12', '市规划局', '', 1],
      [6, '部分不存在', '2016-12', '市规划局', '', '第九部分'],
      [7, '时限无法识别', '明年', '市规划局', '', 2],
      [8, '牵头单位写错', '2016-12', '市发改局', '', 2],
      [null, '缺序号', '2016-12', '市规划局', '', 2],
    ];
    writeFileSync(file, rows.map(csvLine).join('\r\n'));
    const result = readItems(await parseTable(file), plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byRow = result.errors.map((e) => [e.row, e.column, e.reasonEn]);
    expect(byRow).toEqual([
      [3, '牵头单位', 'missing lead unit'],
      [4, '序号', 'number 2 is repeated (already on row 3)'],
      [5, '序号', 'number "九十七" is not a positive whole number'],
      [6, '工作任务', 'task is empty'],
      [7, '所属板块', 'part "第九部分" is not known'],
      [8, '完成时限', 'deadline "明年" not understood'],
      [9, '牵头单位', expect.stringContaining('lead unit "市发改局" is not a known department; did you mean "市发展改革委"')],
      [10, '序号', 'missing number'],
    ]);
    expect(result.errors[5]!.reason).toBe('完成时限 "明年" 无法识别');
  });

  it('reports missing columns against the header row', async () => {
    const file = join(dir, 'no-lead.csv');
    writeFileSync(file, ['标题行', '序号,任务内容,完成时限', '1,任务,2016-12'].join('\n'));
    const result = readItems(await parseTable(file), plan);
    expect(result).toEqual({
      ok: false,
      errors: [{ row: 2, column: '牵头单位', reason: '缺少 "牵头单位" 列', reasonEn: 'missing column "Lead"' }],
    });
  });

  it('reads a UTF-8 CSV with BOM and English headers', async () => {
    const file = join(dir, 'items-en.csv');
    const text = [
      csvLine(['No.', 'Task', 'Deadline', 'Lead unit', 'Responsible units', 'Part', 'English title']),
      csvLine([
        95,
        shipped(95).title,
        '2016-08',
        'Office of the International City Strategy Promotion Committee',
        '',
        'Launch the working mechanism',
        'Promotion centre',
      ]),
    ].join('\n');
    writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const result = readItems(await parseTable(file), plan);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.items).toEqual([{ ...shipped(95), titleEn: 'Promotion centre', provenance: 'imported' }]);
  });

  it('reads a GBK-encoded CSV saved by Chinese Excel', async () => {
    const file = join(dir, 'items-gbk.csv');
    const text = [
      csvLine(['序号', '重点工作', '完成时限', '牵头单位', '责任部门', '所属部分']),
      csvLine([92, shipped(92).title, '2016年10月', '协调组', '市贸促会', 5]),
    ].join('\r\n');
    writeFileSync(file, encodeGbk(text));
    const result = readItems(await parseTable(file), plan);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.items).toEqual([{ ...shipped(92), provenance: 'imported' }]);
  });

  it('passes over a leading instructions sheet, and names files it cannot use', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('填表说明').addRows([['请按下表填写'], ['完成时限写作 2016-10']]);
    workbook.addWorksheet('清单').addRows([
      ['序号', '任务内容', '完成时限', '牵头单位', '所属部分'],
      [1, '任务', '2016-10', '市规划局', 1],
    ]);
    const file = join(dir, 'two-sheets.xlsx');
    await workbook.xlsx.writeFile(file);
    expect(await parseTable(file)).toMatchObject({ sheet: '清单', headerRow: 1, rows: [{ row: 2 }] });

    writeFileSync(join(dir, 'old.xls'), 'not really');
    await expect(parseTable(join(dir, 'old.xls'))).rejects.toMatchObject({
      code: 'IMPORT_FILE',
      messageEn: 'unsupported file type ".xls": save it as .xlsx or .csv',
    });
    writeFileSync(join(dir, 'notes.csv'), '会议纪要\n第一条,第二条\n');
    await expect(parseTable(join(dir, 'notes.csv'))).rejects.toMatchObject({ code: 'IMPORT_HEADER' });
  });

  it('flags a deadline that Excel stored as the number 2016.1, but not one shown with two decimals', async () => {
    const file = await writeXlsx('numeric-deadline.xlsx', (sheet) => {
      sheet.addRow(['序号', '任务内容', '完成时限', '牵头单位', '所属部分']);
      sheet.addRow([1, '任务甲', 2016.1, '市规划局', 1]);
      sheet.addRow([2, '任务乙', 2016.1, '市规划局', 1]);
      sheet.getCell('C3').numFmt = '0.00';
    });
    const result = readItems(await parseTable(file), plan);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ row: 2, column: '完成时限' });
    expect(result.errors[0]!.reasonEn).toContain('may be 2016.10');
  });
});
