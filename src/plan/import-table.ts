// Reading an XLSX or CSV file into a table of text cells: the sheet and row that hold the
// header, CSV encodings and delimiters, and cell values shown as the person sees them
// (formatted numbers, dates, rich text, formula results). Knows nothing of either list's
// rules beyond the column names used to find the header row.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { columnLookups, normaliseHeader } from './import-columns.ts';
import { checkCell, checkFileSize, checkLineCount, checkRowCount, checkSheetExtent, checkUnpackedSize } from './import-limits.ts';
import { ImportError, type Table, type TableRow } from './import-types.ts';

const HEADER_SEARCH_ROWS = 10;

/**
 * Reads an XLSX file (the first sheet that has a header row: a leading 说明 sheet is passed
 * over) or a CSV file (UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK). The limits of
 * import-limits.ts are checked before each step that could grow with the file.
 */
export async function parseTable(file: string): Promise<Table> {
  const type = extname(file).toLowerCase();
  const workbook = new ExcelJS.Workbook();
  let sheets: ExcelJS.Worksheet[];
  try {
    if (type === '.xlsx' || type === '.xlsm') {
      checkFileSize((await stat(file)).size);
      const bytes = await readFile(file);
      checkUnpackedSize(bytes);
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]); // a Buffer, typed by an older @types/node
      sheets = workbook.worksheets;
    } else if (type === '.csv' || type === '.txt' || type === '.tsv') {
      checkFileSize((await stat(file)).size);
      const text = decodeText(await readFile(file));
      checkLineCount(text, HEADER_SEARCH_ROWS);
      sheets = [
        await workbook.csv.read(Readable.from([text]), {
          map: (datum: string) => datum, // keep text as written: 2016.10 must not become 2016.1
          parserOptions: { delimiter: guessDelimiter(text) },
        }),
      ];
    } else {
      throw new ImportError(
        'IMPORT_FILE',
        `不支持的文件类型 "${type}"，请另存为 .xlsx 或 .csv`,
        `unsupported file type "${type}": save it as .xlsx or .csv`,
      );
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('IMPORT_FILE', `无法读取文件 ${file}：${reason}`, `cannot read ${file}: ${reason}`);
  }

  let found: { sheet: ExcelJS.Worksheet; grid: Grid; headerIndex: number } | undefined;
  for (const sheet of sheets) {
    checkSheetExtent(sheet.name, sheet.rowCount, sheet.columnCount, HEADER_SEARCH_ROWS);
    const grid = readGrid(sheet);
    const headerIndex = findHeaderRow(grid.slice(0, HEADER_SEARCH_ROWS).map((row) => row.texts));
    if (headerIndex !== undefined) {
      found = { sheet, grid, headerIndex };
      break;
    }
  }
  if (!found) {
    throw new ImportError(
      'IMPORT_HEADER',
      `前 ${HEADER_SEARCH_ROWS} 行中找不到表头（如 序号、任务内容、完成时限、牵头单位 或 编码、指标名称）`,
      `no header row in the first ${HEADER_SEARCH_ROWS} rows (expected columns such as No., Task, Deadline, Lead or Code, Name)`,
    );
  }
  const { sheet, grid, headerIndex } = found;
  const header = grid[headerIndex]!.texts.map((text) => text.replace(/\s+/g, ' ').trim());
  const seen = new Set<string>();
  for (const name of header) {
    if (name === '') continue;
    if (seen.has(name)) {
      throw new ImportError(
        'IMPORT_HEADER',
        `第 ${headerIndex + 1} 行：表头 "${name}" 出现两次`,
        `row ${headerIndex + 1}: column "${name}" appears twice`,
      );
    }
    seen.add(name);
  }

  const rows: TableRow[] = [];
  grid.slice(headerIndex + 1).forEach((line, offset) => {
    if (line.texts.every((text) => text === '')) return;
    const cells: Record<string, string> = {};
    const numeric: string[] = [];
    header.forEach((name, c) => {
      if (name === '') return;
      cells[name] = line.texts[c] ?? '';
      if (line.numeric[c]) numeric.push(name);
    });
    rows.push({ row: headerIndex + 2 + offset, cells, numeric });
  });
  checkRowCount(rows.length);
  return { sheet: sheet.name, headerRow: headerIndex + 1, header: header.filter((name) => name !== ''), rows };
}

type Grid = { texts: string[]; numeric: boolean[] }[];

function readGrid(sheet: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const texts: string[] = [];
    const numeric: boolean[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) {
      const cell = row.getCell(c);
      const text = cellText(cell);
      checkCell(r, c, text);
      texts.push(text);
      numeric.push(typeof cell.value === 'number');
    }
    grid.push({ texts, numeric });
  }
  return grid;
}

/** Excel on a Chinese Windows saves CSV as GB18030/GBK; UTF-8 is tried first, strictly. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Tab-separated text (Excel's "Unicode text") or semicolons (some locales), else commas. */
function guessDelimiter(text: string): string {
  const firstLines = text.split(/\r?\n/, HEADER_SEARCH_ROWS).join('\n');
  const count = (char: string) => firstLines.split(char).length - 1;
  const [best] = [',', '\t', ';'].sort((a, b) => count(b) - count(a));
  return count(best!) > 0 ? best! : ',';
}

function findHeaderRow(rows: string[][]): number | undefined {
  const { items, indicators } = columnLookups();
  let best: { index: number; score: number } | undefined;
  rows.forEach((texts, index) => {
    const keys = texts.map(normaliseHeader);
    const score = Math.max(keys.filter((k) => items.has(k)).length, keys.filter((k) => indicators.has(k)).length);
    if (score >= 2 && (!best || score > best.score)) best = { index, score };
  });
  return best?.index;
}

function cellText(cell: ExcelJS.Cell): string {
  return valueText(cell.value, cell.numFmt).trim();
}

function valueText(value: ExcelJS.CellValue, numFmt: string | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') {
    // Show what the person sees when the format fixes the decimals (2016.10 stays 2016.10).
    const decimals = /^0\.(0+)$/.exec(numFmt ?? '')?.[1]?.length;
    return decimals === undefined ? String(value) : value.toFixed(decimals);
  }
  if (value instanceof Date) return dateText(value, numFmt);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : valueText(value.text as ExcelJS.CellValue, numFmt);
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result ?? null, numFmt);
  if ('error' in value) return value.error;
  return '';
}

/** A date cell as YYYY-MM-DD, or YYYY-MM when its format shows no day (e.g. yyyy"年"m"月"). */
function dateText(date: Date, numFmt: string | undefined): string {
  const iso = date.toISOString().slice(0, 10); // exceljs reads cell dates as UTC
  const format = (numFmt ?? '').replace(/"[^"]*"|\\./g, '').toLowerCase();
  return format.includes('y') && format.includes('m') && !format.includes('d') ? iso.slice(0, 7) : iso;
}
