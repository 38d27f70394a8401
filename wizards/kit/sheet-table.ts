/**
 * Writing simple .xlsx files (the exam-run wizards') with the spreadsheet rules of src/domain/spreadsheet: one
 * table per sheet, IDs and codes as text cells, widths sized for Chinese text. exceljs comes from `loadExcelJS`.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { cleanCellText, estimateColumnWidth, fitValidationText, toInlineListFormula } from '../../src/domain/spreadsheet/rules';

/** A table to write into one sheet. */
export interface SheetTable {
  /** Sheet name: at most 31 characters, none of * ? : \ / [ ]. */
  name: string;
  /** Title row above the header, merged across the table (as the platform's templates have). */
  title?: string;
  header: readonly string[];
  rows: ReadonlyArray<ReadonlyArray<string | number>>;
  /** Indexes of columns whose cells are text even when they look like numbers (IDs, codes, phones). */
  textColumns: readonly number[];
  /** Dropdown lists for columns with fixed values, by column index. */
  lists?: Readonly<Record<number, readonly string[]>>;
}

/** Add one table as a sheet: optional merged title row, bold header, body, text columns, dropdowns, widths. */
export function addTableSheet(workbook: Workbook, table: SheetTable): Worksheet {
  const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: table.title ? 2 : 1 }] });
  if (table.title) {
    sheet.addRow([table.title]).font = { bold: true, size: 14 };
    sheet.mergeCells(1, 1, 1, table.header.length);
  }
  sheet.addRow([...table.header]).font = { bold: true };
  const firstBodyRow = sheet.rowCount + 1;
  for (const values of table.rows) sheet.addRow(values.map((value) => (typeof value === 'string' ? cleanCellText(value).text : value)));
  table.header.forEach((title, index) => {
    const column = sheet.getColumn(index + 1);
    column.width = estimateColumnWidth([title, ...table.rows.map((row) => String(row[index] ?? ''))]);
    // Text format on the column keeps IDs typed in later as text too.
    if (table.textColumns.includes(index)) column.numFmt = '@';
    const list = table.lists?.[index];
    if (!list) return;
    for (let row = firstBodyRow; row < firstBodyRow + table.rows.length; row += 1) {
      sheet.getCell(row, index + 1).dataValidation = {
        type: 'list',
        allowBlank: false,
        formulae: [toInlineListFormula(list)],
        showErrorMessage: true,
        errorTitle: fitValidationText('请从列表中选择', 'title'),
        error: fitValidationText(`只能填写：${list.join('、')}`, 'error'),
      };
    }
  });
  return sheet;
}

/** Return the workbook's bytes. */
export async function writeWorkbook(workbook: Workbook): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
