// Reading the indicator system from a table: every row is validated (codes, names, direction,
// values with their years, targets in the direction's order, benchmark cities, department),
// then the two-level tree is checked. Either the complete new list comes back or every
// problem found, sorted by spreadsheet row.
import { BENCHMARK_CITIES, Indicator, type PlanData } from '../domain/schema.ts';
import { parseNumber, parseYear, same, unknownUnit } from './import-cells.ts';
import { cellOf, columnLookups, INDICATOR_COLUMNS, INDICATOR_REQUIRED, mapColumns, type IndicatorField } from './import-columns.ts';
import { issue, type ReadResult, type RowIssue, schemaProblem, type Table, type TableRow } from './import-types.ts';
import { createUnitResolver, normaliseText, simplified, splitUnits } from './units.ts';

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
      else if (!Number.isFinite(value) || Math.abs(value) > 1e15) {
        fail(field, `${label} "${text.slice(0, 30)}" 超出范围`, `${labelEn} "${text.slice(0, 30)}" is out of range`);
        return undefined;
      }
      return value;
    };

    const code = cell(row, 'code').normalize('NFKC').toUpperCase();
    if (code === '') fail('code', '缺少编码', 'missing code');
    else if (!/^[A-E]\d{0,2}$/.test(code))
      fail(
        'code',
        `编码 "${code}" 无效（应为 A-E，或 A1 这样的字母加数字）`,
        `code "${code}" is not valid (A-E, or a letter and number such as A1)`,
      );
    else if (rowOfCode.has(code))
      fail(
        'code',
        `编码 ${code} 重复（第 ${rowOfCode.get(code)} 行已有）`,
        `code ${code} is repeated (already on row ${rowOfCode.get(code)})`,
      );
    else rowOfCode.set(code, row.row);

    const name = simplified(cell(row, 'name'));
    if (name === '') fail('name', '缺少指标名称', 'missing name');
    else if (rowOfCode.get(code) === row.row)
      nodes.push({ row: row.row, code, name, nameEn: cell(row, 'nameEn'), parentText: cell(row, 'parent') });
    const previous = plan.indicators.find((indicator) => indicator.code === code && same(indicator.name, name));
    const nameEn = cell(row, 'nameEn') || previous?.nameEn || '';
    if (nameEn === '') fail('nameEn', '缺少英文名称（新指标或名称已改）', 'missing English name (new or renamed indicator)');

    const directionText = normaliseText(cell(row, 'direction'));
    let higherIsBetter = true;
    if (/^(逆向|负向|反向|逆|负|越低越好|lower|lowerisbetter|-|↓)$/.test(directionText)) higherIsBetter = false;
    else if (!/^(|正向|正|越高越好|higher|higherisbetter|\+|↑)$/.test(directionText)) {
      fail(
        'direction',
        `方向 "${cell(row, 'direction')}" 无法识别（正向 或 逆向）`,
        `direction "${cell(row, 'direction')}" not understood (higher or lower)`,
      );
    }

    const pair = (valueField: IndicatorField, yearField: IndicatorField, label: string, labelEn: string) => {
      const value = number(valueField, label, labelEn);
      const yearText = cell(row, yearField);
      const year = parseYear(yearText);
      if (yearText !== '' && year === undefined) fail(yearField, `年份 "${yearText}" 无效`, `year "${yearText}" is not valid`);
      if (value !== undefined && year === undefined && yearText === '') fail(yearField, `有${label}但缺少年份`, `${labelEn} has no year`);
      if (value === undefined && year !== undefined && cell(row, valueField) === '')
        fail(valueField, `有年份但缺少${label}`, `year given without ${labelEn}`);
      return value !== undefined && year !== undefined ? { value, year } : undefined;
    };
    const baseline = pair('baselineValue', 'baselineYear', '基期值', 'baseline');
    const latest = pair('latestValue', 'latestYear', '最新值', 'latest value');

    const [low, middle, high] = [
      number('low', '低阶目标', 'low target'),
      number('middle', '中阶目标', 'middle target'),
      number('high', '高阶目标', 'high target'),
    ];
    const filled = (['low', 'middle', 'high'] as const).filter((field) => cell(row, field) !== '').length;
    let targets: { low: number; middle: number; high: number } | undefined;
    if (filled > 0 && filled < 3) fail('low', '三个阶段目标须同时填写或同时留空', 'give all three stage targets or none');
    else if (low !== undefined && middle !== undefined && high !== undefined) {
      targets = { low, middle, high };
      const ordered = higherIsBetter ? low <= middle && middle <= high : low >= middle && middle >= high;
      if (!ordered) {
        fail(
          'low',
          `目标值顺序与方向不符：${higherIsBetter ? '正向' : '逆向'}指标应为 低阶 ${higherIsBetter ? '≤' : '≥'} 中阶 ${higherIsBetter ? '≤' : '≥'} 高阶（现为 ${low} / ${middle} / ${high}）`,
          `targets do not follow the direction: ${higherIsBetter ? 'higher' : 'lower'} is better, so low ${higherIsBetter ? '≤' : '≥'} middle ${higherIsBetter ? '≤' : '≥'} high (got ${low} / ${middle} / ${high})`,
        );
      }
    }

    const cities: Partial<Record<(typeof BENCHMARK_CITIES)[number], number>> = {};
    for (const city of BENCHMARK_CITIES) {
      const value = number(city, `${column(city)} 的值`, `value for ${city}`);
      if (value !== undefined) cities[city] = value;
    }

    let department: string | undefined;
    const units = splitUnits(cell(row, 'department'));
    if (units.length > 1)
      fail('department', `责任部门只能填一个（现有 ${units.join('、')}）`, `give one responsible department (got ${units.join(', ')})`);
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
    const sourceEn = cell(row, 'sourceEn') || (previous && same(previous.source, source) ? previous.sourceEn : undefined);
    const hasValues = baseline || latest || targets || Object.keys(cities).length > 0;
    // The checks above are the schema's; should one slip through, it is a row problem, not a crash.
    const parsed = Indicator.safeParse({
      code,
      name,
      nameEn,
      higherIsBetter,
      ...(unit ? { unit } : {}),
      ...(unitEn ? { unitEn } : {}),
      ...(baseline ? { baseline } : {}),
      ...(latest ? { latest } : {}),
      ...(targets ? { targets } : {}),
      ...(Object.keys(cities).length > 0 ? { cities } : {}),
      ...(department ? { department } : {}),
      ...(source ? { source } : {}),
      ...(source && sourceEn ? { sourceEn } : {}),
      provenance: 'imported',
      ...(hasValues ? { valuesProvenance: 'imported' } : {}),
    });
    if (parsed.success) indicators.push(parsed.data);
    else
      errors.push(issue(row.row, undefined, `无法读取：${schemaProblem(parsed.error)}`, `cannot be read: ${schemaProblem(parsed.error)}`));
  }

  const tree = linkParents(nodes, column('parent'));
  errors.push(...tree.errors);
  if (errors.length === 0 && indicators.length === 0)
    errors.push(issue(table.headerRow, undefined, '文件中没有任何指标', 'the file lists no indicators'));
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
      fail(
        `一级指标 ${node.code} 不能有上级指标（"${node.parentText}"）`,
        `first-level indicator ${node.code} cannot have a parent ("${node.parentText}")`,
      );
      continue;
    }
    const wanted = normaliseText(node.parentText);
    const matches = (n: TreeNode) =>
      n.code.toLowerCase() === wanted || normaliseText(n.name) === wanted || (n.nameEn !== '' && normaliseText(n.nameEn) === wanted);
    const parent = firstLevel.find(matches);
    if (!parent) {
      if (nodes.some(matches))
        fail(
          `上级指标 "${node.parentText}" 是二级指标；只允许两级`,
          `parent "${node.parentText}" is itself second-level: only two levels are allowed`,
        );
      else fail(`上级指标 "${node.parentText}" 不存在`, `parent "${node.parentText}" is not in the file`);
    } else if (parent.code !== node.code[0]) {
      const label = parent.nameEn || parent.name;
      fail(
        `编码 ${node.code} 与上级指标 ${parent.code}（${parent.name}）不一致`,
        `code ${node.code} does not belong under ${parent.code} (${label})`,
      );
    } else parents.set(node.code, parent.code);
  }
  return { parents, errors };
}
