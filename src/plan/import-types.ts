// The shapes shared by the import modules: the kind of list, a whole-file error, a row
// problem and the table read from a file. Row numbers are the spreadsheet's, 1-based.
export type ImportKind = 'items' | 'indicators';

/**
 * A problem with the whole file (unreadable, no header row, a column twice, over a limit of
 * import-limits.ts), or a valid list
 * that may not be applied (IMPORT_REFUSED, from import-apply.ts). Not a row problem.
 */
export class ImportError extends Error {
  constructor(
    readonly code: 'IMPORT_FILE' | 'IMPORT_HEADER' | 'IMPORT_LIMIT' | 'IMPORT_REFUSED',
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

/** A RowIssue without a `column` key when there is no column (not `column: undefined`). */
export function issue(row: number, column: string | undefined, reason: string, reasonEn: string): RowIssue {
  return column === undefined ? { row, reason, reasonEn } : { row, column, reason, reasonEn };
}

/** The first problem a schema found, as "field: message" (for a row issue). */
export function schemaProblem(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): string {
  const first = error.issues[0];
  return first ? `${first.path.map(String).join('.')}: ${first.message}` : 'invalid';
}
