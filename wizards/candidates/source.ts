/**
 * Turning what the user gives (a spreadsheet file, a CSV, a paste) into a source
 * table: the header row found, data rows as text with their row numbers, blank
 * rows dropped, and cells whose digits Excel already lost noted.
 */
import { findHeaderRow } from '../../src/domain/candidates/headers';
import { decodeTextFile, parseDelimited } from '../../src/domain/spreadsheet/delimited';
import { TaskUserError } from '../kit/progress-task';
import { pickSheet } from '../shared/spreadsheet-reader/pick-sheet';
import { readWorkbook } from '../shared/spreadsheet-reader/read-workbook';
import type { SourceTable } from './context';

/** A grid of cell texts with the spreadsheet row number of each row. */
interface Grid {
  rows: string[][];
  rowNumbers: number[];
  /** `row:column` (0-based column) of number cells too long for Excel's precision. */
  lostDigits: Set<string>;
  sheetName: string | null;
}

/** Return a source table from a grid: header row detected, blank rows dropped. */
export function toSourceTable(grid: Grid, origin: SourceTable['origin']): SourceTable {
  const headerIndex = findHeaderRow(grid.rows);
  // A loop, not Math.max(...rows): spreading a list of more than about 120 000 rows overflows the call stack.
  const width = grid.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const headers =
    headerIndex >= 0
      ? Array.from({ length: width }, (_, column) => (grid.rows[headerIndex]![column] ?? '').trim())
      : Array.from({ length: width }, (_, column) => `第 ${column + 1} 列`);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const lostDigits: SourceTable['lostDigits'] = [];
  let skippedBlankRows = 0;
  grid.rows.forEach((row, index) => {
    if (index <= headerIndex) return;
    if (row.every((cell) => cell.trim() === '')) {
      skippedBlankRows += 1;
      return;
    }
    const rowNumber = grid.rowNumbers[index]!;
    rows.push(Array.from({ length: width }, (_, column) => row[column] ?? ''));
    rowNumbers.push(rowNumber);
    // Only when Excel lost digits somewhere: a key per cell costs a quarter second on 50 000 rows.
    if (grid.lostDigits.size > 0) row.forEach((_, column) => grid.lostDigits.has(`${rowNumber}:${column}`) && lostDigits.push({ sourceRow: rowNumber, column }));
  });
  if (rows.length === 0) throw new TaskUserError(headerIndex >= 0 ? '名单中只有表头，没有学生。' : '名单是空的，没有找到任何学生。');
  return { origin, sheetName: grid.sheetName, hasHeaderRow: headerIndex >= 0, headers, rows, rowNumbers, lostDigits, skippedBlankRows };
}

/** Return a source table from pasted text (tab-separated from a spreadsheet, or CSV). */
export function readPastedText(text: string): SourceTable {
  if (text.trim() === '') throw new TaskUserError('粘贴框是空的：请从表格中复制学生名单（包括表头）后粘贴。');
  const rows = parseDelimited(text);
  return toSourceTable({ rows, rowNumbers: rows.map((_, index) => index + 1), lostDigits: new Set(), sheetName: null }, { kind: 'paste', fileName: null });
}

const signatures = {
  zip: [0x50, 0x4b, 0x03, 0x04],
  ole: [0xd0, 0xcf, 0x11, 0xe0],
  pdf: [0x25, 0x50, 0x44, 0x46],
  png: [0x89, 0x50, 0x4e, 0x47],
  jpeg: [0xff, 0xd8, 0xff],
} as const;
const startsWith = (bytes: Uint8Array, signature: readonly number[]) => signature.every((byte, index) => bytes[index] === byte);

/** Return a source table from a file the user chose: .xlsx, .xls or .csv, recognised by content; `sheetName` is the sheet the user chose. */
export async function readSourceFile(fileName: string, bytes: Uint8Array, signal = new AbortController().signal, sheetName: string | null = null): Promise<SourceTable> {
  if (bytes.length === 0) throw new TaskUserError(`「${fileName}」是空文件（0 字节）。请重新导出名单后再上传。`);
  if (startsWith(bytes, signatures.pdf)) throw new TaskUserError(`「${fileName}」是 PDF 文件，不是表格。请上传 .xlsx、.xls 或 .csv 格式的名单。`);
  if (startsWith(bytes, signatures.png) || startsWith(bytes, signatures.jpeg)) {
    throw new TaskUserError(`「${fileName}」是图片，不是表格。学生照片请使用「考生照片打包」向导。`);
  }
  const origin = { kind: 'file' as const, fileName };
  if (startsWith(bytes, signatures.zip) || startsWith(bytes, signatures.ole)) {
    const sheet = pickSheet(fileName, await readWorkbook(fileName, bytes, { signal, dates: 'shown' }), sheetName);
    return toSourceTable({ ...sheet, lostDigits: new Set(sheet.lostDigits), sheetName: sheet.name }, origin);
  }
  const { text } = decodeTextFile(bytes);
  if (/[\u0000-\u0008]/.test(text.slice(0, 2000))) {
    throw new TaskUserError(`无法读取「${fileName}」：它不是 .xlsx、.xls 或 .csv 格式的表格。`);
  }
  const rows = parseDelimited(text);
  return toSourceTable({ rows, rowNumbers: rows.map((_, index) => index + 1), lostDigits: new Set(), sheetName: null }, origin);
}
