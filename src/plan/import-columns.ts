// The columns each list may have, under any of their accepted spellings, and mapping a
// file's header onto them. Spellings are compared after normaliseHeader (Traditional,
// full-width, spaces, brackets and case do not matter). Also tells which list a header is.
import { issue, type ImportKind, type RowIssue, type Table, type TableRow } from './import-types.ts';
import { normaliseText } from './units.ts';

export const ITEM_COLUMNS = {
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
export type ItemField = keyof typeof ITEM_COLUMNS;

export const INDICATOR_COLUMNS = {
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
  sourceEn: ['英文来源', '来源（英文）', 'Source (EN)', 'Source in English'],
} as const;
export type IndicatorField = keyof typeof INDICATOR_COLUMNS;

/** Columns a list cannot do without; the others are optional. */
export const ITEM_REQUIRED: ItemField[] = ['no', 'title', 'deadline', 'lead'];
export const INDICATOR_REQUIRED: IndicatorField[] = ['code', 'name'];

export function normaliseHeader(text: string): string {
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
export function columnLookups() {
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

export interface Columns<F extends string> {
  header: Map<F, string>; // field -> header text in the file
  ignored: string[];
  errors: RowIssue[];
}

export function mapColumns<F extends string>(
  table: Table,
  known: Map<string, F>,
  required: F[],
  names: Record<F, readonly string[]>,
): Columns<F> {
  const header = new Map<F, string>();
  const ignored: string[] = [];
  const errors: RowIssue[] = [];
  for (const name of table.header) {
    const field = known.get(normaliseHeader(name));
    if (field === undefined) ignored.push(name);
    else if (header.has(field)) {
      const other = header.get(field)!;
      errors.push(
        issue(
          table.headerRow,
          name,
          `列 "${other}" 与 "${name}" 含义相同，只能保留一个`,
          `columns "${other}" and "${name}" mean the same thing: keep one`,
        ),
      );
    } else header.set(field, name);
  }
  for (const field of required) {
    if (!header.has(field)) {
      const [zh, en] = [
        names[field].find((n) => /\p{Script=Han}/u.test(n)) ?? field,
        names[field].find((n) => !/\p{Script=Han}/u.test(n)) ?? field,
      ];
      errors.push(issue(table.headerRow, zh, `缺少 "${zh}" 列`, `missing column "${en}"`));
    }
  }
  return { header, ignored, errors };
}

export function cellOf<F extends string>(columns: Columns<F>, row: TableRow, field: F): string {
  const name = columns.header.get(field);
  return name === undefined ? '' : (row.cells[name] ?? '').trim();
}
