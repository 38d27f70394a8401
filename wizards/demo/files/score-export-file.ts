/**
 * A score export of the sample school as an .xlsx file, written at build time: text
 * cells throughout, as the platform writes them (an 18-digit number stays whole).
 */
import ExcelJS from 'exceljs';
import { addRow, writeWorkbook } from '../../kit/cell-writer';

/** Return `rows` (header first) as .xlsx bytes on one sheet. */
export async function writeScoreExportFile(
  rows: readonly string[][],
): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('成绩');
  for (const row of rows) addRow(sheet, row);
  sheet.columns.forEach(
    (column, index) => (column.width = index === 2 || index === 3 ? 22 : 12),
  );
  sheet.getRow(1).font = { bold: true };
  return writeWorkbook(workbook);
}
