// Reading an official list (the action plan's items or the indicator system) from an
// XLSX or CSV file and validating every row. Nothing here touches the store: the readers
// return either the complete new list or every problem found, each with the row number
// a person sees in the spreadsheet. Applying the list is import-apply.ts's job.
//
// Sections: the table (file -> header + rows of text cells), cell parsers (deadline,
// number, year, part), the item reader and the indicator reader.
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import {
  BENCHMARK_CITIES,
  Indicator,
  Item,
  type Part,
  type PlanData,
} from '../domain/schema.ts';
import { createUnitResolver, normaliseText, simplified, splitUnits, type UnitResolver } from './units.ts';

export type ImportKind = 'items' | 'indicators';

/**
 * A problem with the whole file (unreadable, no header row, a column twice), or a valid list
 * that may not be applied (IMPORT_REFUSED, from import-apply.ts). Not a row problem.
 */
export class ImportError extends Error {
  constructor(
    readonly code: 'IMPORT_FILE' | 'IMPORT_HEADER' | 'IMPORT_REFUSED',
    message: string, // Simplified Chinese
    readonly messageEn: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = 'ImportError';
  }
}

/** One problem with one row; `row` is the spreadsheet's 1-based row number. */
export interface RowIssue {
  row: number;
  column?: string; // the column's header as written in the file
  reason: string; // Simplified Chinese
  reasonEn: string;
}

export interface TableRow {
  row: number;
  cells: Record<string, string>; // by header text; every header has an entry
  numeric: string[]; // headers whose cell was a number in the spreadsheet (not text)
}

export interface Table {
  sheet: string;
  headerRow: number;
  header: string[];
  rows: TableRow[]; // rows below the header, blank rows left out
}

export type ReadResult<K extends string, T> =
  | ({ ok: true; warnings: RowIssue[]; ignoredColumns: string[] } & { [key in K]: T[] })
  | { ok: false; errors: RowIssue[] };

// ---------------------------------------------------------------------------------------
// Columns. Spellings are compared after normaliseHeader (Traditional, full-width, spaces,
// brackets and case do not matter).

const ITEM_COLUMNS = {
  no: ['序号', '编号', 'No.', 'No', 'Number', 'Item No.', '#'],
  title: ['任务内容', '工作任务', '重点工作', '重点工作实事', '工作内容', '任务', 'Task', 'Title', 'Work item'],
  deadline: ['完成时限', '完成时间', '时限', 'Deadline', 'Due'],
  lead: ['牵头单位', '牵头部门', 'Lead', 'Lead unit', 'Lead department'],
  responsible: ['责任部门', '责任单位', 'Responsible', 'Responsible units', 'Responsible departments'],
  part: ['所属部分', '部分', '板块', '所属板块', 'Part', 'Section'],
  benchmark: ['对标对象', '对标', 'Benchmark'],
  titleEn: ['英文标题', '英文名称', '英文任务', 'English title', 'English', 'Title (EN)', 'Task (EN)'],
  benchmarkEn: ['对标对象（英文）', '英文对标对象', 'Benchmark (EN)', 'English benchmark'],
} as const;
type ItemField = keyof typeof ITEM_COLUMNS;

const INDICATOR_COLUMNS = {
  code: ['编码', '代码', '指标编码', '指标代码', 'Code'],
  name: ['指标名称', '名称', '指标', 'Name', 'Indicator'],
  nameEn: ['英文名称', '英文名', 'English name', 'Name (EN)', 'English'],
  parent: ['上级指标', '上级', '一级指标', 'Parent'],
  unit: ['单位', '计量单位', 'Unit'],
  unitEn: ['英文单位', '单位（英文）', 'Unit (EN)'],
  direction: ['方向', '指标方向', 'Direction'],
  baselineValue: ['基期值', '基期', '基准值', 'Baseline', 'Baseline value'],
  baselineYear: ['基期年份', '基期年', '基准年', 'Baseline year'],
  latestValue: ['最新值', '现值', '当前值', 'Latest', 'Latest value'],
  latestYear: ['年份', '最新年份', '最新值年份', 'Latest year', 'Year'],
  low: ['低阶目标', '低阶段目标', '低阶', 'Low target', 'Target (low)'],
  middle: ['中阶目标', '中阶段目标', '中阶', 'Middle target', 'Target (middle)'],
  high: ['高阶目标', '高阶段目标', '高阶', 'High target', 'Target (high)'],
  singapore: ['新加坡', 'Singapore'],
  'san-francisco': ['旧金山', '三藩市', 'San Francisco'],
  hamburg: ['汉堡', 'Hamburg'],
  rotterdam: ['鹿特丹', 'Rotterdam'],
  osaka: ['大阪', 'Osaka'],
  department: ['责任部门', '责任单位', 'Department', 'Responsible'],
  source: ['数据来源', '来源', 'Source', 'Data source'],
} as const;
type IndicatorField = keyof typeof INDICATOR_COLUMNS;

/** Columns a list cannot do without; the others are optional. */
const ITEM_REQUIRED: ItemField[] = ['no', 'title', 'deadline', 'lead'];
const INDICATOR_REQUIRED: IndicatorField[] = ['code', 'name'];

function normaliseHeader(text: string): string {
  return normaliseText(text).replace(/[()[\]【】*:：]/g, '');
}

function lookup<F extends string>(columns: Record<F, readonly string[]>): Map<string, F> {
  const map = new Map<string, F>();
  for (const [field, names] of Object.entries(columns) as [F, readonly string[]][]) {
    for (const name of names) map.set(normaliseHeader(name), field);
  }
  return map;
}

let lookups: { items: Map<string, ItemField>; indicators: Map<string, IndicatorField> } | undefined;
function columnLookups() {
  lookups ??= { items: lookup(ITEM_COLUMNS), indicators: lookup(INDICATOR_COLUMNS) };
  return lookups;
}

/** Which list a header belongs to, by the columns only one of them has; undefined if unclear. */
export function detectKind(header: readonly string[]): ImportKind | undefined {
  const { items, indicators } = columnLookups();
  const keys = header.map(normaliseHeader);
  const itemScore = keys.filter((key) => items.has(key) && !indicators.has(key)).length;
  const indicatorScore = keys.filter((key) => indicators.has(key) && !items.has(key)).length;
  if (itemScore === indicatorScore) return undefined;
  return itemScore > indicatorScore ? 'items' : 'indicators';
}

// ---------------------------------------------------------------------------------------
// The table.

const HEADER_SEARCH_ROWS = 10;

/**
 * Reads an XLSX file (the first sheet that has a header row: a leading 说明 sheet is passed
 * over) or a CSV file (UTF-8, UTF-8 with BOM, UTF-16, GB18030/GBK).
 */
export async function parseTable(file: string): Promise<Table> {
  const type = extname(file).toLowerCase();
  const workbook = new ExcelJS.Workbook();
  let sheets: ExcelJS.Worksheet[];
  try {
    if (type === '.xlsx' || type === '.xlsm') {
      await workbook.xlsx.readFile(file);
      sheets = workbook.worksheets;
    } else if (type === '.csv' || type === '.txt' || type === '.tsv') {
      const text = decodeText(await readFile(file));
      sheets = [await workbook.csv.read(Readable.from([text]), {
        map: (datum: string) => datum, // keep text as written: 2016.10 must not become 2016.1
        parserOptions: { delimiter: guessDelimiter(text) },
      })];
    } else {
      throw new ImportError('IMPORT_FILE', `不支持的文件类型 "${type}"，请另存为 .xlsx 或 .csv`, `unsupported file type "${type}": save it as .xlsx or .csv`);
    }
  } catch (error) {
    if (error instanceof ImportError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new ImportError('IMPORT_FILE', `无法读取文件 ${file}：${reason}`, `cannot read ${file}: ${reason}`);
  }

  let found: { sheet: ExcelJS.Worksheet; grid: Grid; headerIndex: number } | undefined;
  for (const sheet of sheets) {
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
      throw new ImportError('IMPORT_HEADER', `第 ${headerIndex + 1} 行：表头 "${name}" 出现两次`, `row ${headerIndex + 1}: column "${name}" appears twice`);
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
      texts.push(cellText(cell));
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

// ---------------------------------------------------------------------------------------
// Cell parsers.

const CHINESE_DIGITS = '〇一二三四五六七八九';

export type Parsed<T> = { value: T } | { error: 'invalid' | 'ambiguous' | 'no-year' };

/**
 * A deadline: 2016-10, 2016.10, 2016/10, 2016年10月(底), 2016年底, 年底前 (needs `year`),
 * 2016-10-31 or 2016年10月31日. Months give YYYY-MM, days YYYY-MM-DD. `numeric` says the
 * spreadsheet stored a number: then 2016.1 may be 2016.10 with its zero dropped.
 */
export function parseDeadline(raw: string, year?: number, numeric = false): Parsed<string> {
  const text = raw.normalize('NFKC').replace(/\s+/g, '');
  const month = (y: number, m: number): Parsed<string> =>
    m >= 1 && m <= 12 ? { value: `${y}-${String(m).padStart(2, '0')}` } : { error: 'invalid' };
  let match = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})[日号]?(前|之前|以前)?$/.exec(text);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { error: 'invalid' };
    return { value: date.toISOString().slice(0, 10) };
  }
  match = /^(\d{4})[-./年](\d{1,2})月?(底|末|底前|末前|前|之前|以前|内)?$/.exec(text);
  if (match) {
    if (numeric && /^\d{4}\.1$/.test(text)) return { error: 'ambiguous' };
    return month(Number(match[1]), Number(match[2]));
  }
  match = /^(\d{4})年?(年?底|年?末|年?底前|年?末前|年?内)?$/.exec(text);
  if (match) return month(Number(match[1]), 12);
  if (/^(今年|本年)?(年底|年末|年底前|年末前|年内|底)$/.test(text)) return year ? month(year, 12) : { error: 'no-year' };
  match = /^(\d{1,2})月(底|末|底前|前|内)?$/.exec(text);
  if (match) return year ? month(year, Number(match[1])) : { error: 'no-year' };
  return { error: 'invalid' };
}

/** A number as typed: thousands separators, a trailing % and full-width digits are fine. */
export function parseNumber(raw: string): number | undefined {
  const text = raw.normalize('NFKC').replace(/[\s,]/g, '').replace(/%$/, '');
  return /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text) ? Number(text) : undefined;
}

export function parseYear(raw: string): number | undefined {
  const match = /^(\d{4})年?$/.exec(raw.normalize('NFKC').trim());
  const year = match ? Number(match[1]) : NaN;
  return year >= 1900 && year <= 2100 ? year : undefined;
}

/** A part: 1-5, 第一部分, 一、<name>, or its name (Chinese or English). */
export function resolvePart(raw: string, parts: readonly Part[]): Part | undefined {
  const text = raw.normalize('NFKC').trim();
  const byId = (id: number) => parts.find((part) => part.id === id);
  if (/^\d+$/.test(text)) return byId(Number(text));
  const numbered = /^(?:第)?([〇一二三四五六七八九\d]+)(?:部分|板块)?[、.．,，:：\s]*(.*)$/.exec(text);
  const number = numbered ? numeralValue(numbered[1]!) : undefined;
  const name = normaliseText(number !== undefined ? numbered![2]! : text);
  if (name !== '') {
    const byName = parts.find((part) => {
      const candidates = [normaliseText(part.name), normaliseText(part.nameEn)];
      return candidates.some((c) => c === name || (Math.min(c.length, name.length) >= 4 && (c.includes(name) || name.includes(c))));
    });
    if (byName) return byName;
  }
  return number !== undefined ? byId(number) : undefined;
}

function numeralValue(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return text.length === 1 && CHINESE_DIGITS.includes(text) ? CHINESE_DIGITS.indexOf(text) : undefined;
}

// ---------------------------------------------------------------------------------------
// Shared by both readers.

interface Columns<F extends string> {
  header: Map<F, string>; // field -> header text in the file
  ignored: string[];
  errors: RowIssue[];
}

function mapColumns<F extends string>(table: Table, known: Map<string, F>, required: F[], names: Record<F, readonly string[]>): Columns<F> {
  const header = new Map<F, string>();
  const ignored: string[] = [];
  const errors: RowIssue[] = [];
  for (const name of table.header) {
    const field = known.get(normaliseHeader(name));
    if (field === undefined) ignored.push(name);
    else if (header.has(field)) {
      const other = header.get(field)!;
      errors.push(issue(table.headerRow, name, `列 "${other}" 与 "${name}" 含义相同，只能保留一个`, `columns "${other}" and "${name}" mean the same thing: keep one`));
    } else header.set(field, name);
  }
  for (const field of required) {
    if (!header.has(field)) {
      const [zh, en] = [names[field].find((n) => /\p{Script=Han}/u.test(n)) ?? field, names[field].find((n) => !/\p{Script=Han}/u.test(n)) ?? field];
      errors.push(issue(table.headerRow, zh, `缺少 "${zh}" 列`, `missing column "${en}"`));
    }
  }
  return { header, ignored, errors };
}

function issue(row: number, column: string | undefined, reason: string, reasonEn: string): RowIssue {
  return column === undefined ? { row, reason, reasonEn } : { row, column, reason, reasonEn };
}

function cellOf<F extends string>(columns: Columns<F>, row: TableRow, field: F): string {
  const name = columns.header.get(field);
  return name === undefined ? '' : (row.cells[name] ?? '').trim();
}

function unknownUnit(resolver: UnitResolver, unit: string): { zh: string; en: string } {
  const near = resolver.suggest(unit);
  return near
    ? { zh: `，是否指 "${near.name}"？`, en: `; did you mean "${near.name}" (${near.nameEn})?` }
    : { zh: '', en: '' };
}

const same = (a: string | undefined, b: string | undefined) => (a ?? '').replace(/\s+/g, '') === (b ?? '').replace(/\s+/g, '');

// ---------------------------------------------------------------------------------------
// Items.

export interface ReadItemsOptions {
  /** The year for deadlines written without one (年底前); default: the most common year in the file. */
  year?: number;
}

export function readItems(table: Table, plan: PlanData, options: ReadItemsOptions = {}): ReadResult<'items', Item> {
  const columns = mapColumns(table, columnLookups().items, ITEM_REQUIRED, ITEM_COLUMNS);
  if (columns.errors.length > 0) return { ok: false, errors: columns.errors };
  const cell = (row: TableRow, field: ItemField) => cellOf(columns, row, field);
  const column = (field: ItemField) => columns.header.get(field) ?? field;
  const resolver = createUnitResolver(plan.departments);
  const year = options.year ?? commonYear(table.rows.map((row) => cell(row, 'deadline')));
  const errors: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  const items: Item[] = [];
  const rowOfNumber = new Map<number, number>();
  let sectionPart: Part | undefined;

  for (const row of table.rows) {
    const rowErrors: RowIssue[] = [];
    const fail = (field: ItemField, zh: string, en: string) => rowErrors.push(issue(row.row, column(field), zh, en));
    const noText = cell(row, 'no').normalize('NFKC').replace(/[.、．]$/, '');

    // A section heading inside the table: "一、城市规划建设标准国际化" merged across the row
    // (every cell then reads the same), or "一" under 序号 and the name under 任务内容.
    const values = [...new Set(Object.values(row.cells).map((v) => v.trim()).filter((v) => v !== ''))];
    const bare = values.length === 1 || (values.length === 2 && cell(row, 'deadline') === '' && cell(row, 'lead') === '');
    if (!/^\d+$/.test(noText) && bare) {
      const heading = values.join('、');
      const part = resolvePart(heading, plan.parts);
      if (part) {
        sectionPart = part;
        continue;
      }
      if (/^(第?[〇一二三四五六七八九十]+(部分|板块)?[、.．]|第.+部分)/.test(heading)) {
        errors.push(issue(row.row, undefined, `无法识别的部分标题 "${heading}"`, `unknown part heading "${heading}"`));
        continue;
      }
    }

    let no: number | undefined;
    if (noText === '') fail('no', '缺少序号', 'missing number');
    else if (!/^\d+$/.test(noText) || Number(noText) < 1) fail('no', `序号 "${noText}" 不是正整数`, `number "${noText}" is not a positive whole number`);
    else {
      no = Number(noText);
      const first = rowOfNumber.get(no);
      if (first !== undefined) fail('no', `序号 ${no} 重复（第 ${first} 行已有）`, `number ${no} is repeated (already on row ${first})`);
      else rowOfNumber.set(no, row.row);
    }

    // Texts are kept in Simplified Chinese, as the plan data is; a Traditional list is converted.
    const title = simplified(cell(row, 'title'));
    if (title === '') fail('title', '任务内容为空', 'task is empty');

    const deadlineText = cell(row, 'deadline');
    const deadline = parseDeadline(deadlineText, year, row.numeric.includes(column('deadline')));
    if (deadlineText === '') fail('deadline', '缺少完成时限', 'missing deadline');
    else if ('error' in deadline) {
      const [zh, en] = {
        invalid: ['无法识别', 'not understood'],
        ambiguous: ['是数字单元格，可能是 2016.10 被 Excel 去掉了末尾的 0；请写成 2016-10 或 2016-01', 'is a number cell and may be 2016.10 with its last zero dropped by Excel: write 2016-10 or 2016-01'],
        'no-year': ['没有年份，且文件中没有其他年份可参照', 'has no year, and no other deadline in the file gives one'],
      }[deadline.error];
      fail('deadline', `完成时限 "${deadlineText}" ${zh}`, `deadline "${deadlineText}" ${en}`);
    }

    const leadText = cell(row, 'lead');
    const lead: string[] = [];
    if (splitUnits(leadText).length === 0) fail('lead', '缺少牵头单位', 'missing lead unit');
    for (const unit of splitUnits(leadText)) {
      const department = resolver.resolve(unit);
      if (department) lead.push(department.id);
      else {
        const hint = unknownUnit(resolver, unit);
        fail('lead', `牵头单位 "${unit}" 不是已知部门${hint.zh}`, `lead unit "${unit}" is not a known department${hint.en}`);
      }
    }

    const responsible: string[] = [];
    const notes: string[] = [];
    for (const unit of splitUnits(cell(row, 'responsible'))) {
      const department = resolver.resolve(unit);
      if (department) responsible.push(department.id);
      else {
        notes.push(simplified(unit));
        const hint = unknownUnit(resolver, unit);
        warnings.push(issue(row.row, column('responsible'), `责任部门 "${unit}" 不是已知部门，记为备注${hint.zh}`, `responsible unit "${unit}" is not a known department: kept as a note${hint.en}`));
      }
    }

    const partText = cell(row, 'part');
    const previous = no === undefined ? undefined : plan.items.find((item) => item.no === no);
    let part = partText === '' ? sectionPart ?? (previous ? plan.parts.find((p) => p.id === previous.part) : undefined) : resolvePart(partText, plan.parts);
    if (partText !== '' && !part) fail('part', `所属部分 "${partText}" 无法识别`, `part "${partText}" is not known`);
    else if (!part) fail('part', '缺少所属部分（文件中没有该列或部分标题，原清单中也没有此序号）', 'missing part (no part column or heading, and the number is new)');

    if (rowErrors.length > 0 || no === undefined || !part || 'error' in deadline) {
      errors.push(...rowErrors);
      continue;
    }
    const benchmark = simplified(cell(row, 'benchmark')) || undefined;
    // English texts are often added later by hand: keep them while the Chinese is unchanged.
    const unchanged = previous !== undefined && same(previous.title, title);
    const titleEn = cell(row, 'titleEn') || (unchanged ? previous.titleEn : undefined);
    const benchmarkEn = cell(row, 'benchmarkEn') || (unchanged && same(previous.benchmark, benchmark) ? previous.benchmarkEn : undefined);
    items.push(
      Item.parse({
        no,
        part: part.id,
        title,
        ...(titleEn ? { titleEn } : {}),
        lead: [...new Set(lead)],
        responsible: [...new Set(responsible)].filter((id) => !lead.includes(id)),
        ...(notes.length > 0 ? { responsibleNote: notes.join('、') } : {}),
        deadline: deadline.value,
        ...(benchmark ? { benchmark } : {}),
        ...(benchmarkEn ? { benchmarkEn } : {}),
        provenance: 'imported',
      }),
    );
  }
  if (errors.length === 0 && items.length === 0) errors.push(issue(table.headerRow, undefined, '文件中没有任何工作事项', 'the file lists no items'));
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, items: items.sort((a, b) => a.no - b.no), warnings, ignoredColumns: columns.ignored };
}

function commonYear(deadlines: string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const text of deadlines) {
    const match = /^(\d{4})/.exec(text.normalize('NFKC').trim());
    if (match) counts.set(Number(match[1]), (counts.get(Number(match[1])) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}

// ---------------------------------------------------------------------------------------
// Indicators.

export function readIndicators(table: Table, plan: PlanData): ReadResult<'indicators', Indicator> {
  const columns = mapColumns(table, columnLookups().indicators, INDICATOR_REQUIRED, INDICATOR_COLUMNS);
  if (columns.errors.length > 0) return { ok: false, errors: columns.errors };
  const cell = (row: TableRow, field: IndicatorField) => cellOf(columns, row, field);
  const column = (field: IndicatorField) => columns.header.get(field) ?? field;
  const resolver = createUnitResolver(plan.departments);
  const errors: RowIssue[] = [];
  const nodes: TreeNode[] = []; // every row with a good code and a name, valid or not otherwise
  const indicators: Indicator[] = [];
  const rowOfCode = new Map<string, number>();

  for (const row of table.rows) {
    const rowErrors: RowIssue[] = [];
    const fail = (field: IndicatorField, zh: string, en: string) => rowErrors.push(issue(row.row, column(field), zh, en));
    const number = (field: IndicatorField, label: string, labelEn: string): number | undefined => {
      const text = cell(row, field);
      if (text === '') return undefined;
      const value = parseNumber(text);
      if (value === undefined) fail(field, `${label} "${text}" 不是数字`, `${labelEn} "${text}" is not a number`);
      return value;
    };

    const code = cell(row, 'code').normalize('NFKC').toUpperCase();
    if (code === '') fail('code', '缺少编码', 'missing code');
    else if (!/^[A-E]\d{0,2}$/.test(code)) fail('code', `编码 "${code}" 无效（应为 A-E，或 A1 这样的字母加数字）`, `code "${code}" is not valid (A-E, or a letter and number such as A1)`);
    else if (rowOfCode.has(code)) fail('code', `编码 ${code} 重复（第 ${rowOfCode.get(code)} 行已有）`, `code ${code} is repeated (already on row ${rowOfCode.get(code)})`);
    else rowOfCode.set(code, row.row);

    const name = simplified(cell(row, 'name'));
    if (name === '') fail('name', '缺少指标名称', 'missing name');
    else if (rowOfCode.get(code) === row.row) nodes.push({ row: row.row, code, name, nameEn: cell(row, 'nameEn'), parentText: cell(row, 'parent') });
    const previous = plan.indicators.find((indicator) => indicator.code === code && same(indicator.name, name));
    const nameEn = cell(row, 'nameEn') || previous?.nameEn || '';
    if (nameEn === '') fail('nameEn', '缺少英文名称（新指标或名称已改）', 'missing English name (new or renamed indicator)');

    const directionText = normaliseText(cell(row, 'direction'));
    let higherIsBetter = true;
    if (/^(逆向|负向|反向|逆|负|越低越好|lower|lowerisbetter|-|↓)$/.test(directionText)) higherIsBetter = false;
    else if (!/^(|正向|正|越高越好|higher|higherisbetter|\+|↑)$/.test(directionText)) {
      fail('direction', `方向 "${cell(row, 'direction')}" 无法识别（正向 或 逆向）`, `direction "${cell(row, 'direction')}" not understood (higher or lower)`);
    }

    const pair = (valueField: IndicatorField, yearField: IndicatorField, label: string, labelEn: string) => {
      const value = number(valueField, label, labelEn);
      const yearText = cell(row, yearField);
      const year = parseYear(yearText);
      if (yearText !== '' && year === undefined) fail(yearField, `年份 "${yearText}" 无效`, `year "${yearText}" is not valid`);
      if (value !== undefined && year === undefined && yearText === '') fail(yearField, `有${label}但缺少年份`, `${labelEn} has no year`);
      if (value === undefined && year !== undefined && cell(row, valueField) === '') fail(valueField, `有年份但缺少${label}`, `year given without ${labelEn}`);
      return value !== undefined && year !== undefined ? { value, year } : undefined;
    };
    const baseline = pair('baselineValue', 'baselineYear', '基期值', 'baseline');
    const latest = pair('latestValue', 'latestYear', '最新值', 'latest value');

    const [low, middle, high] = [number('low', '低阶目标', 'low target'), number('middle', '中阶目标', 'middle target'), number('high', '高阶目标', 'high target')];
    const filled = (['low', 'middle', 'high'] as const).filter((field) => cell(row, field) !== '').length;
    let targets: { low: number; middle: number; high: number } | undefined;
    if (filled > 0 && filled < 3) fail('low', '三个阶段目标须同时填写或同时留空', 'give all three stage targets or none');
    else if (low !== undefined && middle !== undefined && high !== undefined) {
      targets = { low, middle, high };
      const ordered = higherIsBetter ? low <= middle && middle <= high : low >= middle && middle >= high;
      if (!ordered) {
        fail('low', `目标值顺序与方向不符：${higherIsBetter ? '正向' : '逆向'}指标应为 低阶 ${higherIsBetter ? '≤' : '≥'} 中阶 ${higherIsBetter ? '≤' : '≥'} 高阶（现为 ${low} / ${middle} / ${high}）`,
          `targets do not follow the direction: ${higherIsBetter ? 'higher' : 'lower'} is better, so low ${higherIsBetter ? '≤' : '≥'} middle ${higherIsBetter ? '≤' : '≥'} high (got ${low} / ${middle} / ${high})`);
      }
    }

    const cities: Partial<Record<(typeof BENCHMARK_CITIES)[number], number>> = {};
    for (const city of BENCHMARK_CITIES) {
      const value = number(city, `${column(city)} 的值`, `value for ${city}`);
      if (value !== undefined) cities[city] = value;
    }

    let department: string | undefined;
    const units = splitUnits(cell(row, 'department'));
    if (units.length > 1) fail('department', `责任部门只能填一个（现有 ${units.join('、')}）`, `give one responsible department (got ${units.join(', ')})`);
    else if (units.length === 1) {
      department = resolver.resolve(units[0]!)?.id;
      if (!department) {
        const hint = unknownUnit(resolver, units[0]!);
        fail('department', `责任部门 "${units[0]}" 不是已知部门${hint.zh}`, `department "${units[0]}" is not a known department${hint.en}`);
      }
    }

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      continue;
    }
    const unit = simplified(cell(row, 'unit')) || undefined;
    const unitEn = cell(row, 'unitEn') || (previous && same(previous.unit, unit) ? previous.unitEn : undefined);
    const source = simplified(cell(row, 'source')) || undefined;
    const hasValues = baseline || latest || targets || Object.keys(cities).length > 0;
    const indicator = Indicator.parse({
      code, name, nameEn, higherIsBetter,
      ...(unit ? { unit } : {}), ...(unitEn ? { unitEn } : {}),
      ...(baseline ? { baseline } : {}), ...(latest ? { latest } : {}), ...(targets ? { targets } : {}),
      ...(Object.keys(cities).length > 0 ? { cities } : {}),
      ...(department ? { department } : {}), ...(source ? { source } : {}),
      provenance: 'imported',
      ...(hasValues ? { valuesProvenance: 'imported' } : {}),
    });
    indicators.push(indicator);
  }

  const tree = linkParents(nodes, column('parent'));
  errors.push(...tree.errors);
  if (errors.length === 0 && indicators.length === 0) errors.push(issue(table.headerRow, undefined, '文件中没有任何指标', 'the file lists no indicators'));
  if (errors.length > 0) return { ok: false, errors: errors.sort((a, b) => a.row - b.row) };
  for (const indicator of indicators) {
    const parent = tree.parents.get(indicator.code);
    if (parent) indicator.parent = parent;
  }
  return { ok: true, indicators, warnings: [], ignoredColumns: columns.ignored };
}

interface TreeNode {
  row: number;
  code: string;
  name: string;
  nameEn: string;
  parentText: string;
}

/** Finds each second-level indicator's parent and checks the tree: two levels, codes agree. */
function linkParents(nodes: TreeNode[], column: string): { parents: Map<string, string>; errors: RowIssue[] } {
  const errors: RowIssue[] = [];
  const parents = new Map<string, string>();
  const firstLevel = nodes.filter((n) => n.code.length === 1);
  for (const node of nodes) {
    const fail = (zh: string, en: string) => errors.push(issue(node.row, column, zh, en));
    const isTop = node.code.length === 1;
    if (node.parentText === '') {
      if (isTop) continue;
      const letter = node.code[0]!;
      if (firstLevel.some((p) => p.code === letter)) parents.set(node.code, letter);
      else fail(`二级指标 ${node.code} 的上级指标 ${letter} 不在文件中`, `the parent ${letter} of ${node.code} is not in the file`);
      continue;
    }
    if (isTop) {
      fail(`一级指标 ${node.code} 不能有上级指标（"${node.parentText}"）`, `first-level indicator ${node.code} cannot have a parent ("${node.parentText}")`);
      continue;
    }
    const wanted = normaliseText(node.parentText);
    const matches = (n: TreeNode) => n.code.toLowerCase() === wanted || normaliseText(n.name) === wanted || (n.nameEn !== '' && normaliseText(n.nameEn) === wanted);
    const parent = firstLevel.find(matches);
    if (!parent) {
      if (nodes.some(matches)) fail(`上级指标 "${node.parentText}" 是二级指标；只允许两级`, `parent "${node.parentText}" is itself second-level: only two levels are allowed`);
      else fail(`上级指标 "${node.parentText}" 不存在`, `parent "${node.parentText}" is not in the file`);
    } else if (parent.code !== node.code[0]) {
      const label = parent.nameEn || parent.name;
      fail(`编码 ${node.code} 与上级指标 ${parent.code}（${parent.name}）不一致`, `code ${node.code} does not belong under ${parent.code} (${label})`);
    } else parents.set(node.code, parent.code);
  }
  return { parents, errors };
}
