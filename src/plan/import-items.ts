// Reading the action plan's work items from a table: every row is validated and either the
// complete new list comes back or every problem found, with its spreadsheet row. Section
// headings inside the table set the part of the rows below them.
import { Item, type Part, type PlanData } from '../domain/schema.ts';
import { parseDeadline, resolvePart, same, unknownUnit } from './import-cells.ts';
import { cellOf, columnLookups, ITEM_COLUMNS, ITEM_REQUIRED, mapColumns, type ItemField } from './import-columns.ts';
import { IMPORT_LIMITS } from './import-limits.ts';
import { issue, type ReadResult, type RowIssue, schemaProblem, type Table, type TableRow } from './import-types.ts';
import { createUnitResolver, simplified, splitUnits } from './units.ts';

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
    const noText = cell(row, 'no')
      .normalize('NFKC')
      .replace(/[.、．]$/, '');

    // A section heading inside the table: "一、城市规划建设标准国际化" merged across the row
    // (every cell then reads the same), or "一" under 序号 and the name under 任务内容.
    const values = [
      ...new Set(
        Object.values(row.cells)
          .map((v) => v.trim())
          .filter((v) => v !== ''),
      ),
    ];
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
    else if (!/^\d+$/.test(noText) || Number(noText) < 1)
      fail('no', `序号 "${noText}" 不是正整数`, `number "${noText}" is not a positive whole number`);
    else if (noText.length > 9 || Number(noText) > IMPORT_LIMITS.itemNo)
      fail(
        'no',
        `序号 ${noText.slice(0, 30)} 超出范围（1–${IMPORT_LIMITS.itemNo}）`,
        `number ${noText.slice(0, 30)} is out of range (1–${IMPORT_LIMITS.itemNo})`,
      );
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
        ambiguous: [
          '是数字单元格，可能是 2016.10 被 Excel 去掉了末尾的 0；请写成 2016-10 或 2016-01',
          'is a number cell and may be 2016.10 with its last zero dropped by Excel: write 2016-10 or 2016-01',
        ],
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
        warnings.push(
          issue(
            row.row,
            column('responsible'),
            `责任部门 "${unit}" 不是已知部门，记为备注${hint.zh}`,
            `responsible unit "${unit}" is not a known department: kept as a note${hint.en}`,
          ),
        );
      }
    }

    const partText = cell(row, 'part');
    const previous = no === undefined ? undefined : plan.items.find((item) => item.no === no);
    const part =
      partText === ''
        ? (sectionPart ?? (previous ? plan.parts.find((p) => p.id === previous.part) : undefined))
        : resolvePart(partText, plan.parts);
    if (partText !== '' && !part) fail('part', `所属部分 "${partText}" 无法识别`, `part "${partText}" is not known`);
    else if (!part)
      fail(
        'part',
        '缺少所属部分（文件中没有该列或部分标题，原清单中也没有此序号）',
        'missing part (no part column or heading, and the number is new)',
      );

    if (rowErrors.length > 0 || no === undefined || !part || 'error' in deadline) {
      errors.push(...rowErrors);
      continue;
    }
    const benchmark = simplified(cell(row, 'benchmark')) || undefined;
    // English texts are often added later by hand: keep them while the Chinese is unchanged.
    const unchanged = previous !== undefined && same(previous.title, title);
    const titleEn = cell(row, 'titleEn') || (unchanged ? previous.titleEn : undefined);
    const benchmarkEn = cell(row, 'benchmarkEn') || (unchanged && same(previous.benchmark, benchmark) ? previous.benchmarkEn : undefined);
    // The checks above are the schema's; should one slip through, it is a row problem, not a crash.
    const parsed = Item.safeParse({
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
    });
    if (parsed.success) items.push(parsed.data);
    else
      errors.push(issue(row.row, undefined, `无法读取：${schemaProblem(parsed.error)}`, `cannot be read: ${schemaProblem(parsed.error)}`));
  }
  if (errors.length === 0 && items.length === 0)
    errors.push(issue(table.headerRow, undefined, '文件中没有任何工作事项', 'the file lists no items'));
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
