/**
 * The one way cells of a generated .xlsx are written (issue 12): every value goes through
 * `toWritableText`, which removes characters no xlsx may hold and cuts text over Excel's
 * cell limit. Each change is noted against the workbook, and `writeWorkbook` adds the
 * notes as a last sheet 「写入说明」, so nothing in a file is changed without a word. A
 * clean workbook gets no such sheet and its bytes stay the same.
 * `tests/unit/architecture/cell-writer.test.ts` checks no wizard writes cells another way.
 */
import type { Cell, Row, Workbook, Worksheet } from 'exceljs';
import { cellMaxChars } from '../../src/domain/spreadsheet/facts';
import { toWritableText } from '../../src/domain/spreadsheet/rules';

/** What a generated cell may hold. */
export type WritableValue = string | number | boolean | null | undefined;

/** Name of the sheet that lists what writing changed. */
export const writeNotesSheetName = '写入说明';

/** Most notes listed one by one; the rest are counted. */
const maxListedNotes = 500;

const notesOf = new WeakMap<Workbook, string[]>();

/** Return the value to store in the cell at (row, column) of `sheet`, noting any change. */
export function toCellValue(sheet: Worksheet, row: number, column: number, value: WritableValue): WritableValue {
  if (typeof value !== 'string') return value;
  const { text, removed, cutFrom } = toWritableText(value);
  if (removed.length === 0 && cutFrom === null) return value;
  const notes = notesOf.get(sheet.workbook) ?? [];
  notesOf.set(sheet.workbook, notes);
  const where = `「${sheet.name}」第 ${row} 行第 ${column} 列`;
  if (removed.length > 0) notes.push(`${where}：删去了 ${removed.length} 个表格文件不能保存的字符（${[...new Set(removed)].join('、')}），多半是从别处复制带来的，看不见也不影响内容。`);
  if (cutFrom !== null) notes.push(`${where}：有 ${cutFrom} 个字符，超过表格单元格最多 ${cellMaxChars} 个的上限，只写入了开头部分（结尾标有「已截断」）。请在原表中检查这一格。`);
  return text;
}

/** Append a row of values to `sheet`. */
export function addRow(sheet: Worksheet, values: readonly WritableValue[]): Row {
  const rowNumber = (sheet.lastRow?.number ?? 0) + 1;
  return sheet.addRow(values.map((value, index) => toCellValue(sheet, rowNumber, index + 1, value)));
}

/** Set the values of row `rowNumber` from column A. */
export function setRow(sheet: Worksheet, rowNumber: number, values: readonly WritableValue[]): Row {
  const row = sheet.getRow(rowNumber);
  row.values = values.map((value, index) => toCellValue(sheet, rowNumber, index + 1, value)) as never;
  return row;
}

/** Set one cell, by address (`A1`) or by row and column. */
export function setCell(sheet: Worksheet, at: string | [row: number, column: number], value: WritableValue): Cell {
  const cell = typeof at === 'string' ? sheet.getCell(at) : sheet.getCell(at[0], at[1]);
  cell.value = toCellValue(sheet, Number(cell.row), Number(cell.col), value) ?? null;
  return cell;
}

/** Return the workbook's bytes, with the 「写入说明」 sheet first added when writing changed a cell. */
export async function writeWorkbook(workbook: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  const notes = notesOf.get(workbook);
  if (notes && notes.length > 0) {
    const sheet = workbook.addWorksheet(writeNotesSheetName);
    sheet.columns = [{ width: 100, style: { alignment: { vertical: 'top', wrapText: true } } }];
    sheet.addRow(['生成这份文件时，下列单元格的内容不能原样写入，已按下面所说处理：']).font = { bold: true };
    for (const note of notes.slice(0, maxListedNotes)) sheet.addRow([note]);
    if (notes.length > maxListedNotes) sheet.addRow([`另有 ${notes.length - maxListedNotes} 处同类情况未逐一列出。`]);
    notesOf.delete(workbook);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
