// Reading an official list (the action plan's items or the indicator system) from an
// XLSX or CSV file and validating every row. Nothing here touches the store: the readers
// return either the complete new list or every problem found, each with the row number
// a person sees in the spreadsheet. Applying the list is import-apply.ts's job.
//
// This module only gathers the public names; the work is in import-table.ts (file -> rows),
// import-columns.ts (header -> fields), import-cells.ts (cell parsers), import-items.ts and
// import-indicators.ts (the two readers), with shared shapes in import-types.ts.
export { ImportError, type ImportKind, type ReadResult, type RowIssue, type Table, type TableRow } from './import-types.ts';
export { detectKind } from './import-columns.ts';
export { decodeText, parseTable } from './import-table.ts';
export { parseDeadline, parseNumber, parseYear, resolvePart, type Parsed } from './import-cells.ts';
export { readItems, type ReadItemsOptions } from './import-items.ts';
export { readIndicators } from './import-indicators.ts';
