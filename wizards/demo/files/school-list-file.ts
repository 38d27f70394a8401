/**
 * The sample school's list as an .xlsx file, written at build time (the 培训
 * section links to it). Cells are written as the school's system would: text,
 * except where the list has a number cell on purpose.
 */
import ExcelJS from 'exceljs';
import { addRow, writeWorkbook } from '../../kit/cell-writer';
import type { SchoolList } from '../school-list';

/** Return the list as .xlsx bytes. */
export async function writeSchoolListFile(list: SchoolList): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(list.sheetName);
  addRow(sheet, list.headers);
  for (const row of list.rows) addRow(sheet, row);
  // Wide enough for an 18-character number; about 2 units per Chinese character elsewhere.
  sheet.columns.forEach((column, index) => (column.width = list.headers[index] === '证件号码' ? 22 : 14));
  sheet.getRow(1).font = { bold: true };
  return writeWorkbook(workbook);
}
