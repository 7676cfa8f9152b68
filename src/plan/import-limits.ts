// How much an imported list may be, checked before the work: the file's size, what an XLSX
// (a zip) says it unpacks to, the sheet's extent (a single cell in the far corner makes a
// sheet of a million rows), the rows and columns, the text in one cell, and an item's number.
// The official lists are small (100 items, 40 indicators): the limits leave ten times room
// and still keep a mistaken file from taking the machine's memory. Each refusal says which
// limit, in Chinese and English.
import { ImportError } from './import-types.ts';

export const IMPORT_LIMITS = {
  /** The file itself. */
  fileBytes: 2_000_000,
  /** What an XLSX declares its parts unpack to, together. */
  unpackedBytes: 40_000_000,
  /** Data rows below the header. */
  rows: 1_000,
  columns: 50,
  /** Characters in one cell. */
  cellChars: 2_000,
  /** The largest item number. */
  itemNo: 99_999,
} as const;

const mb = (bytes: number) => (bytes / 1_000_000).toFixed(1).replace(/\.0$/, '');

export function checkFileSize(bytes: number): void {
  if (bytes <= IMPORT_LIMITS.fileBytes) return;
  throw new ImportError(
    'IMPORT_LIMIT',
    `文件有 ${mb(bytes)} MB，超过了 ${mb(IMPORT_LIMITS.fileBytes)} MB 的上限；清单只需序号、任务等几列，请删去图片和多余的工作表后再导入`,
    `the file is ${mb(bytes)} MB, over the ${mb(IMPORT_LIMITS.fileBytes)} MB limit: a list needs only a few columns, so remove pictures and extra sheets and import it again`,
  );
}

/** Refuses an XLSX whose parts say they unpack to more than the limit (a zip bomb, or a file full of something else). */
export function checkUnpackedSize(zip: Uint8Array): void {
  const size = unpackedSize(zip);
  if (size === undefined || size <= IMPORT_LIMITS.unpackedBytes) return;
  throw new ImportError(
    'IMPORT_LIMIT',
    `这个 XLSX 解压后超过 ${mb(IMPORT_LIMITS.unpackedBytes)} MB，不像一份清单；请另存为只含清单的新文件`,
    `this XLSX unpacks to more than ${mb(IMPORT_LIMITS.unpackedBytes)} MB, which is not a list: save the list alone in a new file`,
  );
}

/** Refuses a sheet larger than a list can be, before its cells are read. */
export function checkSheetExtent(sheet: string, rows: number, columns: number, headerRows: number): void {
  if (rows > IMPORT_LIMITS.rows + headerRows) {
    throw new ImportError(
      'IMPORT_LIMIT',
      `工作表 "${sheet}" 延伸到第 ${rows} 行，超过 ${IMPORT_LIMITS.rows} 行数据的上限（如下方有空白但带格式的行或远处的单元格，请删除后再导入）`,
      `sheet "${sheet}" reaches row ${rows}, over the limit of ${IMPORT_LIMITS.rows} data rows (if there are formatted blank rows or a stray cell far below, delete them and import again)`,
    );
  }
  if (columns > IMPORT_LIMITS.columns) {
    throw new ImportError(
      'IMPORT_LIMIT',
      `工作表 "${sheet}" 有 ${columns} 列，超过 ${IMPORT_LIMITS.columns} 列的上限（如右侧有远处的单元格，请删除后再导入）`,
      `sheet "${sheet}" has ${columns} columns, over the limit of ${IMPORT_LIMITS.columns} (if there is a stray cell far to the right, delete it and import again)`,
    );
  }
}

/** Refuses more data rows than a list can have (the sheet's extent allowed for a header further down). */
export function checkRowCount(rows: number): void {
  if (rows <= IMPORT_LIMITS.rows) return;
  throw new ImportError(
    'IMPORT_LIMIT',
    `文件有 ${rows} 行数据，超过 ${IMPORT_LIMITS.rows} 行数据的上限`,
    `the file has ${rows} data rows, over the limit of ${IMPORT_LIMITS.rows} data rows`,
  );
}

/** Refuses a CSV with far more lines than a list can have, before it is parsed (quoted cells may span lines: room for that). */
export function checkLineCount(text: string, headerRows: number): void {
  const most = 4 * (IMPORT_LIMITS.rows + headerRows);
  let lines = 1;
  for (let i = text.indexOf('\n'); i !== -1 && lines <= most; i = text.indexOf('\n', i + 1)) lines++;
  if (lines <= most) return;
  throw new ImportError(
    'IMPORT_LIMIT',
    `文件超过 ${most} 行，远多于 ${IMPORT_LIMITS.rows} 行数据的上限`,
    `the file has more than ${most} lines, far over the limit of ${IMPORT_LIMITS.rows} data rows`,
  );
}

export function checkCell(row: number, column: number, text: string): void {
  if (text.length <= IMPORT_LIMITS.cellChars) return;
  throw new ImportError(
    'IMPORT_LIMIT',
    `第 ${row} 行第 ${column} 列的单元格有 ${text.length} 个字符，超过 ${IMPORT_LIMITS.cellChars} 个字符的上限`,
    `the cell in row ${row}, column ${column} has ${text.length} characters, over the limit of ${IMPORT_LIMITS.cellChars}`,
  );
}

/**
 * What a zip's central directory says its entries unpack to, together; undefined when the
 * bytes are no readable zip (the reader then says what is wrong); Infinity for ZIP64 sizes.
 */
export function unpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let end = bytes.length - 22; end >= lowest; end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let at = view.getUint32(end + 16, true);
    let total = 0;
    for (let n = 0; n < entries; n++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      const size = view.getUint32(at + 24, true);
      if (size === 0xffffffff) return Infinity;
      total += size;
      at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return total;
  }
  return undefined;
}
