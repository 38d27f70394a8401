/**
 * The files the candidate wizard generates, built with exceljs (passed in, so the
 * caller decides when the library loads):
 * - 本校学生导入模板, laid out as the manual shows it, one file per list
 *   (院校考生, 社会考生);
 * - the 问题清单: the user's original rows that have problems, with a 问题 column.
 */
import { candidateImportTemplate, documentTypes, educationLevels, genders, importFileLayout, requiredMarker } from '../../src/domain/candidates/facts';
import type { CandidateColumnKey, CandidateType, CandidateValues } from '../../src/domain/candidates/schema';
import { columnHeader } from '../../src/domain/candidates/format';
import { listDropdownValues } from '../../src/domain/candidates/list-notices';
import { dataValidationLimits, textNumberFormat } from '../../src/domain/spreadsheet/facts';
import { estimateColumnWidth, fitValidationText, toFileNamePart, toInlineListFormula, toSheetName } from '../../src/domain/spreadsheet/rules';
import type { DataValidation, Worksheet } from 'exceljs';
import type { ExcelJS } from '../kit/exceljs';

// exceljs 4.4 supports range data validations but its typings omit `dataValidations`.
type SheetWithValidations = Worksheet & { dataValidations: { add(range: string, validation: DataValidation): void } };

// ID and phone columns are text-formatted so numbers typed into them later keep every digit. Every
// value is written as a string anyway; formatting more columns costs a style lookup per cell.
const textColumns = new Set(['documentNumber', 'phone']);
const columnLetter = (index: number) => String.fromCharCode(65 + index);

/** True when a dropdown's values fit an inline list: under Excel's length limit, no comma or quote inside a value. */
function canWriteInlineList(values: readonly string[]): boolean {
  return values.join(',').length < dataValidationLimits.inlineListMaxChars && !values.some((value) => /[,"]/.test(value));
}

/** Return the import file's name, e.g. 某某职业学院-本校学生导入模板-院校考生.xlsx. */
export function importFileName(schoolName: string, type: CandidateType): string {
  const school = toFileNamePart(schoolName);
  return `${school ? `${school}-` : ''}${candidateImportTemplate.title}-${type}.xlsx`;
}

/** Return the problem list's name, e.g. 某某职业学院-学生名单问题清单.xlsx. */
export function errorReportFileName(schoolName: string): string {
  const school = toFileNamePart(schoolName);
  return `${school ? `${school}-` : ''}学生名单问题清单.xlsx`;
}

/** Build one 本校学生导入模板 with the given students; returns the .xlsx bytes. */
export async function buildImportFile(excel: ExcelJS, students: readonly CandidateValues[]): Promise<Uint8Array<ArrayBuffer>> {
  const { columns, notesHeading, notes, title } = candidateImportTemplate;
  const { notesFirstRow, headerRow, firstDataRow, validationRows } = importFileLayout;
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet(toSheetName(title), { views: [{ state: 'frozen', ySplit: headerRow }] }) as SheetWithValidations;
  const lastColumn = columnLetter(columns.length - 1);

  sheet.columns = columns.map((column) => ({
    key: column.key,
    width: estimateColumnWidth([`${requiredMarker}${column.header}`, ...students.map((student) => student[column.key as keyof CandidateValues])]),
    ...(textColumns.has(column.key) ? { style: { numFmt: textNumberFormat } } : {}),
  }));
  [notesHeading, ...notes].forEach((text, index) => {
    const rowNumber = notesFirstRow + index;
    sheet.mergeCells(`A${rowNumber}:${lastColumn}${rowNumber}`);
    const cell = sheet.getCell(`A${rowNumber}`);
    cell.value = text;
    cell.numFmt = 'General';
    cell.alignment = { wrapText: true, vertical: 'middle' };
    sheet.getRow(rowNumber).height = text.length > 80 ? 45 : 20;
  });
  const header = sheet.getRow(headerRow);
  columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = `${column.isRequired ? requiredMarker : ''}${column.header}`;
    cell.numFmt = 'General';
    cell.font = { bold: true };
    cell.alignment = { vertical: 'middle', horizontal: 'center' };
  });
  students.forEach((student, index) => {
    // Strings only: a number would lose the digits of an 18-digit ID and the leading zeros of a code.
    sheet.getRow(firstDataRow + index).values = columns.map((column) => student[column.key as keyof CandidateValues]);
  });

  const lastRow = firstDataRow + Math.max(students.length, validationRows) - 1;
  const range = (key: string) => {
    const letter = columnLetter(columns.findIndex((column) => column.key === key));
    return `${letter}${firstDataRow}:${letter}${lastRow}`;
  };
  const addList = (key: CandidateColumnKey, values: readonly string[], isStrict: boolean) => {
    // A list too long to write inline (or holding a character the formula cannot carry) gets no
    // dropdown rather than one that leaves out the file's own values.
    if (!canWriteInlineList(values)) return;
    const header = columnHeader(key);
    sheet.dataValidations.add(range(key), {
      type: 'list',
      allowBlank: true,
      formulae: [toInlineListFormula(values)],
      showErrorMessage: true,
      errorStyle: isStrict ? 'stop' : 'warning',
      errorTitle: fitValidationText(`${header}不在列表中`, 'title'),
      error: fitValidationText(isStrict ? `请从下拉列表中选择：${values.join('、')}` : `列表中是常见的写法和本文件已有的写法。平台的完整列表没有公布：确认平台接受这个写法再保留。`, 'error'),
    });
  };
  addList('gender', genders, true);
  // 证件类型 and 专业层次: the platform's lists are not published, so the dropdown offers the usual
  // values and every value this file holds, and only warns: it never rejects the file's own data.
  addList('documentType', listDropdownValues(documentTypes, students, 'documentType'), false);
  addList('educationLevel', listDropdownValues(educationLevels, students, 'educationLevel'), false);

  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

/** A row of the user's original list with its problems, for the 问题清单. */
export interface ReportRow {
  sourceRow: number;
  cells: readonly string[];
  problems: readonly string[];
}

/**
 * Build the 问题清单: 原行号, the original columns, 问题; then, when the list has notices about
 * the whole list (`formatListNotice`), a second sheet 整体提示 with one per row. Returns the .xlsx bytes.
 */
export async function buildErrorReport(excel: ExcelJS, headers: readonly string[], rows: readonly ReportRow[], listNotices: readonly string[] = []): Promise<Uint8Array<ArrayBuffer>> {
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet('问题清单', { views: [{ state: 'frozen', ySplit: 1 }] });
  const allHeaders = ['原行号', ...headers, '问题'];
  sheet.columns = allHeaders.map((header, index) => ({
    width: index === allHeaders.length - 1 ? 80 : estimateColumnWidth([header, ...rows.map((row) => (index === 0 ? String(row.sourceRow) : (row.cells[index - 1] ?? '')))]),
    style: { numFmt: textNumberFormat, alignment: { vertical: 'top', wrapText: index === allHeaders.length - 1 } },
  }));
  const header = sheet.addRow(allHeaders);
  header.font = { bold: true };
  for (const row of rows) {
    sheet.addRow([String(row.sourceRow), ...headers.map((_, index) => row.cells[index] ?? ''), row.problems.join('\n')]);
  }
  if (listNotices.length > 0) {
    // Notices concern the whole list, not a row: a sheet of their own keeps them out of the rows with problems.
    const notices = workbook.addWorksheet('整体提示');
    notices.columns = [{ width: 100, style: { alignment: { vertical: 'top', wrapText: true } } }];
    notices.addRow(['关于整份名单的提示（不是某一行的问题）']).font = { bold: true };
    for (const notice of listNotices) notices.addRow([notice]);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}
