// Limits on what an import reads, checked before the work and each said in Chinese and
// English: the file's size, an XLSX that unpacks to too much, a sheet that reaches too far
// (one cell in the far corner), too many rows or columns, a cell too long; and an item
// number or a value no plan has (beyond 2^53) is a row problem, never a stack trace.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPlanData } from '../../src/domain/plan-data.ts';
import { IMPORT_LIMITS, unpackedSize } from '../../src/plan/import-limits.ts';
import { ImportError, parseTable, readIndicators, readItems } from '../../src/plan/import-parse.ts';
import { CHILD_PROCESS_TIMEOUT } from '../helpers/timeouts.ts';

const dir = mkdtempSync(join(tmpdir(), 'duban-import-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const plan = loadPlanData();
const HEADER = '序号,任务内容,完成时限,牵头单位,责任部门,所属部分';

function csv(name: string, lines: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, `\ufeff${lines.join('\r\n')}`);
  return file;
}

async function xlsx(name: string, build: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('行动计划');
  sheet.addRow(['序号', '任务内容', '完成时限', '牵头单位']);
  sheet.addRow([1, '任务', '2016-12', '市推进办']);
  build(sheet);
  const file = join(dir, name);
  await workbook.xlsx.writeFile(file);
  return file;
}

/** A zip with one stored-deflated entry, as an XLSX is (enough for the central directory check). */
function zipOf(name: string, data: Uint8Array): Buffer {
  const packed = deflateRawSync(data);
  const file = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(file.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(file.length, 28);
  const cdOffset = local.length + file.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + file.length, 12);
  end.writeUInt32LE(cdOffset, 16);
  return Buffer.concat([local, file, packed, central, file, end]);
}

async function refusal(work: Promise<unknown>): Promise<ImportError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  expect((error as ImportError).code).toBe('IMPORT_LIMIT');
  return error as ImportError;
}

describe('import limits', { timeout: CHILD_PROCESS_TIMEOUT }, () => {
  it('refuses a sheet that reaches too far down or right, before reading its cells', async () => {
    const down = await refusal(parseTable(await xlsx('down.xlsx', (s) => void (s.getCell('A5000').value = 'x'))));
    expect(down.message).toContain('延伸到第 5000 行');
    expect(down.messageEn).toContain('reaches row 5000');
    const right = await refusal(parseTable(await xlsx('right.xlsx', (s) => void (s.getCell('GR1').value = 'x'))));
    expect(right.messageEn).toMatch(/has 200 columns, over the limit of 50/);
  });

  it('refuses the 6.5 KB XLSX with one cell in the far corner (a sheet of 1,048,576 × 16,384)', async () => {
    const corner = await refusal(parseTable(await xlsx('corner.xlsx', (s) => void (s.getCell('XFD1048576').value = 'x'))));
    expect(corner.message).toContain('第 1048576 行');
  });

  it('refuses too many rows, too many columns and a cell too long in a CSV', async () => {
    const row = (n: number) => `${n},任务${n},2016-12,市推进办,,1`;
    expect(
      (await parseTable(csv('max.csv', [HEADER, ...Array.from({ length: IMPORT_LIMITS.rows }, (_, i) => row(i + 1))]))).rows,
    ).toHaveLength(IMPORT_LIMITS.rows);
    const rows = await refusal(
      parseTable(csv('rows.csv', [HEADER, ...Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => row(i + 1))])),
    );
    expect(rows.messageEn).toContain(`over the limit of ${IMPORT_LIMITS.rows} data rows`);
    const lines = await refusal(parseTable(csv('lines.csv', [HEADER, ...Array.from({ length: 20_000 }, () => '')])));
    expect(lines.messageEn).toContain('lines');
    const wide = await refusal(parseTable(csv('wide.csv', [`${HEADER}${',x'.repeat(60)}`, row(1)])));
    expect(wide.message).toContain('列，超过 50 列的上限');
    const long = await refusal(parseTable(csv('long.csv', [HEADER, `1,${'长'.repeat(IMPORT_LIMITS.cellChars + 1)},2016-12,市推进办,,1`])));
    expect(long.message).toContain('第 2 行第 2 列的单元格有 2001 个字符');
  });

  it('refuses a file too large before reading it, and an XLSX that unpacks to too much', async () => {
    const big = join(dir, 'big.csv');
    writeFileSync(big, Buffer.alloc(IMPORT_LIMITS.fileBytes + 1, 0x41));
    expect((await refusal(parseTable(big))).messageEn).toMatch(/the file is 2 MB, over the 2 MB limit/);
    const bomb = zipOf('xl/worksheets/sheet1.xml', new Uint8Array(IMPORT_LIMITS.unpackedBytes + 1));
    expect(bomb.length).toBeLessThan(IMPORT_LIMITS.fileBytes);
    expect(unpackedSize(bomb)).toBe(IMPORT_LIMITS.unpackedBytes + 1);
    const file = join(dir, 'bomb.xlsx');
    writeFileSync(file, bomb);
    expect((await refusal(parseTable(file))).messageEn).toContain('unpacks to more than 40 MB');
  });

  it('reads an item number beyond the plan, or beyond 2^53, and a value beyond any, as row problems', async () => {
    const items = readItems(
      await parseTable(csv('numbers.csv', [HEADER, '100000,任务,2016-12,市推进办,,1', '99999999999999999999,任务,2016-12,市推进办,,1'])),
      plan,
    );
    expect(items.ok).toBe(false);
    if (!items.ok) {
      expect(items.errors.map((e) => e.reasonEn)).toEqual([
        'number 100000 is out of range (1–99999)',
        'number 99999999999999999999 is out of range (1–99999)',
      ]);
    }
    const indicators = readIndicators(
      await parseTable(csv('values.csv', ['编码,指标名称,最新值,年份', 'A,国际竞争力,,', 'A1,人均GDP,1e400,2016'])),
      plan,
    );
    expect(indicators.ok).toBe(false);
    if (!indicators.ok) expect(indicators.errors.map((e) => e.reasonEn)).toContainEqual(expect.stringContaining('"1e400" is out of range'));
  });

  it('npm run import: an item number beyond 2^53 is answered with the row, never a stack trace', async () => {
    const file = csv('cli.csv', [HEADER, '99999999999999999999,任务,2016-12,市推进办,,1']);
    const run = await new Promise<{ code: number; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ['--import', 'tsx', 'src/tools/import.ts', file, '--dry-run'],
        { env: { ...process.env, DB_FILE: join(dir, 'db.json') } },
        (error, _stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stderr }),
      ),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      '第 2 行 / row 2: 序号 99999999999999999999 超出范围（1–99999） / number 99999999999999999999 is out of range (1–99999)',
    );
    expect(run.stderr).not.toMatch(/ZodError|\n\s+at /);
  });
});
