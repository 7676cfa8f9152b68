// The assessment table of all items (number, part, task, units, deadline, latest status and
// progress, derived health and why, days left, last report, provenance) with headers in the
// reader's language, written as XLSX (one sheet per table: header row, frozen pane, widths,
// autofilter; the indicators are the second, indicator-export.ts) or as CSV (UTF-8 with a BOM
// so Excel reads Chinese; RFC 4180 quoting). Used by the export command and CLI.
import type { Person } from '../domain/schema.ts';
import { toHant } from '../i18n/script.ts';
import type { PlanReader } from '../domain/plan-reader.ts';
import { assessItems } from './assess.ts';
import { shanghaiDate } from '../core/clock.ts';
import { joinList, personName, unitList, unitName, type Voice } from '../views/format.ts';
import { healthText } from '../views/health-view.ts';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const CSV_MIME = 'text/csv';

export type Cell = string | number | null;

/** One sheet: its name, headers and rows, each column's XLSX width, the columns whose text wraps. */
export interface SheetTable {
  sheet: string;
  headers: string[];
  rows: Cell[][];
  widths: number[];
  wrap: number[];
}
export type AssessmentTable = SheetTable;

/** Columns in order: the catalog key of each header (export-header) and its XLSX width. */
const COLUMNS: ReadonlyArray<[key: string, width: number]> = [
  ['no', 7],
  ['part', 18],
  ['task', 60],
  ['lead', 20],
  ['responsible', 30],
  ['deadline', 11],
  ['status', 11],
  ['progress', 9],
  ['health', 10],
  ['days', 12],
  ['reported', 13],
  ['by', 18],
  ['note', 40],
  ['provenance', 16],
];

export interface ExportSource {
  plan: PlanReader;
  people: readonly Person[];
  now: Date;
}

export function assessmentTable(voice: Voice, src: ExportSource): AssessmentTable {
  const data = src.plan.data;
  const parts = new Map(data.parts.map((p) => [p.id, p]));
  const rows = assessItems(src.plan, src.now).map(({ item, latest, view }): Cell[] => {
    const part = parts.get(item.part);
    const responsible = [...item.responsible.map((d) => unitName(voice, data, d)), ...(item.responsibleNote ? [item.responsibleNote] : [])];
    const by = latest && personName(voice, src.people, latest.by);
    return [
      item.no,
      part ? `${part.id} ${voice.pick(part.name, part.nameEn)}` : String(item.part),
      voice.pick(item.title, item.titleEn),
      unitList(voice, data, item.lead),
      joinList(voice, responsible),
      item.deadline,
      latest ? voice.t('sv-status', { status: latest.status ?? 'unknown' }) : voice.t('sv-no-report'),
      latest?.progress ?? null,
      healthText(voice, data, view),
      view.daysLeft,
      latest ? shanghaiDate(latest.at) : null,
      by && latest.onBehalfOf ? voice.t('history-on-behalf', { person: by, dept: unitName(voice, data, latest.onBehalfOf) }) : (by ?? null),
      latest?.note ?? null,
      voice.t('export-provenance', { item: item.provenance, report: latest?.provenance ?? 'none' }),
    ];
  });
  return inScript(voice, {
    sheet: voice.t('export-sheet'),
    headers: COLUMNS.map(([key]) => voice.t('export-header', { col: key })),
    rows,
    widths: COLUMNS.map(([, width]) => width),
    wrap: ['task', 'responsible', 'note'].map((key) => COLUMNS.findIndex(([k]) => k === key)),
  });
}

/** Data is kept in Simplified Chinese; a zh-Hant reader's file is converted like a reply. */
export function inScript(voice: Pick<Voice, 'lang'>, table: SheetTable): SheetTable {
  if (voice.lang !== 'zh-Hant') return table;
  return { ...table, rows: table.rows.map((row) => row.map((cell) => (typeof cell === 'string' ? toHant(cell) : cell))) };
}

/** The table as CSV: a BOM, CRLF line ends, every field that needs it quoted (RFC 4180). */
export function toCsv(table: SheetTable): Uint8Array {
  const lines = [table.headers, ...table.rows].map((row) => row.map(csvField).join(','));
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}\r\n`);
}

function csvField(cell: Cell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  // A text cell starting like a formula would run as one in Excel: kept as text by a quote.
  const text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One workbook, a sheet per table, in order. */
export async function toXlsx(...tables: SheetTable[]): Promise<Uint8Array> {
  // exceljs is large (~25 MB): loaded on the first export only.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Duban';
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1, xSplit: 1 }] });
    sheet.columns = table.headers.map((header, i) => ({ header, width: table.widths[i] }));
    sheet.addRows(table.rows);
    const header = sheet.getRow(1);
    header.font = { bold: true };
    header.alignment = { vertical: 'middle', wrapText: true };
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } };
    for (const i of table.wrap) sheet.getColumn(i + 1).alignment = { vertical: 'top', wrapText: true };
  }
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

/** duban-assessment-2016-09-01.xlsx, duban-indicators-2016-09-01.csv: the day of the data, in Shanghai. */
export function exportFileName(now: Date, ext: 'xlsx' | 'csv', kind: 'assessment' | 'indicators' = 'assessment'): string {
  return `duban-${kind}-${shanghaiDate(now)}.${ext}`;
}
