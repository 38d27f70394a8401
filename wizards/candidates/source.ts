/**
 * Turning what the user gives (a spreadsheet file, a CSV, a paste) into a source
 * table: the header row found, data rows as text with their row numbers, blank
 * rows dropped, and cells whose digits Excel already lost noted.
 */
import { findHeaderRow } from '../../src/domain/candidates/headers';
import { decodeTextFile, parseDelimited } from '../../src/domain/spreadsheet/delimited';
import { hasLostDigits, numberToDigits } from '../../src/domain/spreadsheet/rules';
import { TaskUserError } from '../kit/progress-task';
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
  const width = Math.max(0, ...grid.rows.map((row) => row.length));
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
    row.forEach((_, column) => grid.lostDigits.has(`${rowNumber}:${column}`) && lostDigits.push({ sourceRow: rowNumber, column }));
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

/** Return a source table from a file the user chose: .xlsx, .xls or .csv, recognised by content. */
export async function readSourceFile(fileName: string, bytes: Uint8Array): Promise<SourceTable> {
  if (bytes.length === 0) throw new TaskUserError(`「${fileName}」是空文件（0 字节）。请重新导出名单后再上传。`);
  if (startsWith(bytes, signatures.pdf)) throw new TaskUserError(`「${fileName}」是 PDF 文件，不是表格。请上传 .xlsx、.xls 或 .csv 格式的名单。`);
  if (startsWith(bytes, signatures.png) || startsWith(bytes, signatures.jpeg)) {
    throw new TaskUserError(`「${fileName}」是图片，不是表格。学生照片请使用「考生照片打包」向导。`);
  }
  const origin = { kind: 'file' as const, fileName };
  if (startsWith(bytes, signatures.zip) || startsWith(bytes, signatures.ole)) return toSourceTable(await readWorkbookGrid(fileName, bytes), origin);
  const { text } = decodeTextFile(bytes);
  if (/[\u0000-\u0008]/.test(text.slice(0, 2000))) {
    throw new TaskUserError(`无法读取「${fileName}」：它不是 .xlsx、.xls 或 .csv 格式的表格。`);
  }
  const rows = parseDelimited(text);
  return toSourceTable({ rows, rowNumbers: rows.map((_, index) => index + 1), lostDigits: new Set(), sheetName: null }, origin);
}

/** Read the first sheet that has a header row (or else the first with data) of an .xlsx or .xls file. */
async function readWorkbookGrid(fileName: string, bytes: Uint8Array): Promise<Grid> {
  const XLSX = await import('@e965/xlsx');
  let workbook: import('@e965/xlsx').WorkBook;
  try {
    workbook = XLSX.read(bytes, { type: 'array', dense: true, cellDates: true, cellNF: true });
  } catch (error) {
    const message = (error as Error).message ?? '';
    if (/password|encrypt/i.test(message)) throw new TaskUserError(`「${fileName}」设置了打开密码。请在 Excel 或 WPS 中去掉密码后另存，再上传。`);
    throw new TaskUserError(`无法读取「${fileName}」：文件可能已损坏，或不是 Excel 表格（${message}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再试。`);
  }
  const grids = workbook.SheetNames.map((sheetName) => sheetToGrid(XLSX, workbook.Sheets[sheetName]!, sheetName));
  const withData = grids.filter((grid) => grid.rows.some((row) => row.some((cell) => cell.trim() !== '')));
  if (withData.length === 0) throw new TaskUserError(`「${fileName}」中没有任何数据。`);
  return withData.find((grid) => findHeaderRow(grid.rows) >= 0) ?? withData[0]!;
}

type CellLike = { t: string; v?: unknown; w?: string; z?: unknown };

function sheetToGrid(XLSX: typeof import('@e965/xlsx'), sheet: import('@e965/xlsx').WorkSheet, sheetName: string): Grid {
  const dense = (sheet['!data'] ?? []) as Array<Array<CellLike | undefined> | undefined>;
  const lostDigits = new Set<string>();
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  dense.forEach((row, rowIndex) => {
    if (!row) return;
    rows.push(Array.from(row, (cell, column) => cellText(XLSX, cell, () => lostDigits.add(`${rowIndex + 1}:${column}`))));
    rowNumbers.push(rowIndex + 1);
  });
  return { rows, rowNumbers, lostDigits, sheetName };
}

function cellText(XLSX: typeof import('@e965/xlsx'), cell: CellLike | undefined, onLostDigits: () => void): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  // An error cell (#VALUE!, #N/A) is shown as Excel shows it, so the check names it.
  if (cell.t === 'e') return cell.w ?? '#ERROR';
  if (cell.t === 'd' && cell.v instanceof Date) return cell.w ?? cell.v.toISOString().slice(0, 10);
  if (cell.t === 'n' && typeof cell.v === 'number') {
    if (cell.z && XLSX.SSF.is_date(cell.z)) return cell.w ?? String(cell.v);
    if (hasLostDigits(cell.v)) onLostDigits();
    return numberToDigits(cell.v);
  }
  return String(cell.v);
}
