/**
 * The 成绩复查表 (手册 附件1) as an .xlsx file, cell by cell as the manual lays it out:
 * the form, its note, and below it the 复查回执 with one row per subject reviewed,
 * for recording the results when they come back.
 */
import type { Cell, Worksheet } from 'exceljs';
import { reviewContact, reviewForm, reviewReceipt } from '../../src/domain/scores/facts';
import { reviewFileName } from '../../src/domain/scores/rules';
import type { Score } from '../../src/domain/scores/schema';
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';
import { loadExcelJS, type ExcelJS } from '../kit/exceljs';
import type { OutputEnvironment, ResultFile } from '../kit/result-file';
import type { ReviewContext } from './context-schema';
import { formatReviewReasons, toReviewRequest, type ReviewRequest } from './request';

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
/** Six columns, as wide as the form's content needs (about 2 units per Chinese character). */
const columnWidths = [14, 22, 20, 12, 14, 14];
const noScore = '无成绩';

/** Return the form's footnote with the organisation's e-mail and phone filled in. */
export function formatReviewNote(): string {
  return reviewForm.noteTemplate.replace('{email}', reviewContact.email).replace('{phone}', reviewContact.phone);
}

function put(sheet: Worksheet, address: string, value: string | number, options: { merge?: string; isText?: boolean; isBold?: boolean; isCentred?: boolean } = {}): Cell {
  if (options.merge) sheet.mergeCells(`${address}:${options.merge}`);
  const cell = sheet.getCell(address);
  cell.value = value;
  cell.alignment = { vertical: 'middle', wrapText: true, ...(options.isCentred && { horizontal: 'center' as const }) };
  if (options.isText) cell.numFmt = '@';
  if (options.isBold) cell.font = { bold: true };
  return cell;
}

function frame(sheet: Worksheet, fromRow: number, toRow: number) {
  for (let row = fromRow; row <= toRow; row += 1) {
    for (let column = 1; column <= columnWidths.length; column += 1) sheet.getCell(row, column).border = border;
  }
}

const scoreValue = (score: Score) => (score === null ? noScore : score);

/** Build the workbook: the 成绩复查表 and its 复查回执 on one A4 sheet. */
export function buildReviewWorkbook(excel: ExcelJS, request: ReviewRequest) {
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet('成绩复查表', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = columnWidths.map((width) => ({ width }));

  put(sheet, 'A1', reviewForm.title, { merge: 'F1' }).font = { bold: true, size: 16 };
  sheet.getCell('A1').alignment = { horizontal: 'center', vertical: 'middle' };
  sheet.getRow(1).height = 30;
  const [[school], [officer, contact], [plan, total]] = reviewForm.headerFields;
  put(sheet, 'A2', school, { isBold: true });
  put(sheet, 'B2', request.schoolName, { merge: 'F2' });
  put(sheet, 'A3', officer, { isBold: true });
  put(sheet, 'B3', request.officer, { merge: 'C3' });
  put(sheet, 'D3', contact, { isBold: true });
  put(sheet, 'E3', request.contact, { merge: 'F3', isText: true });
  put(sheet, 'A4', plan, { isBold: true });
  put(sheet, 'B4', request.planName, { merge: 'C4' });
  put(sheet, 'D4', total, { isBold: true });
  put(sheet, 'E4', request.students.length, { merge: 'F4', isCentred: true });
  reviewForm.studentColumns.forEach((header, index) => put(sheet, `${'ABCDEF'[index]}5`, header, { isBold: true }));

  request.students.forEach((student, index) => {
    const row = 6 + index;
    put(sheet, `A${row}`, student.name);
    put(sheet, `B${row}`, student.idNumber, { isText: true });
    put(sheet, `C${row}`, student.ticketNumber, { isText: true });
    put(sheet, `D${row}`, student.level);
    put(sheet, `E${row}`, scoreValue(student.theory), { isCentred: true });
    put(sheet, `F${row}`, scoreValue(student.practical), { isCentred: true });
  });
  const reasonRow = 6 + request.students.length;
  const reasons = formatReviewReasons(request);
  put(sheet, `A${reasonRow}`, reviewForm.reasonLabel, { isBold: true });
  put(sheet, `B${reasonRow}`, reasons, { merge: `F${reasonRow}` });
  sheet.getRow(reasonRow).height = Math.max(30, 16 * reasons.split('\n').length + 8);
  put(sheet, `A${reasonRow + 1}`, reviewForm.opinionLabel, { isBold: true });
  put(sheet, `B${reasonRow + 1}`, `${request.opinion}\n\n${reviewForm.signatureLine}`, { merge: `F${reasonRow + 1}` });
  sheet.getRow(reasonRow + 1).height = 70;
  frame(sheet, 2, reasonRow + 1);
  put(sheet, `A${reasonRow + 2}`, formatReviewNote(), { merge: `F${reasonRow + 2}` }).font = { size: 9 };
  sheet.getRow(reasonRow + 2).height = 48;

  const receiptRow = reasonRow + 4;
  put(sheet, `A${receiptRow}`, reviewReceipt.titleTemplate.replace('{school}', request.schoolName), { merge: `F${receiptRow}` }).font = { bold: true, size: 13 };
  sheet.getCell(`A${receiptRow}`).alignment = { horizontal: 'center', vertical: 'middle' };
  reviewReceipt.columns.forEach((header, index) => put(sheet, `${'ABCDEF'[index]}${receiptRow + 1}`, header, { isBold: true }));
  const subjects = request.students.flatMap((student) => student.subjects.map((subject) => ({ student, subject })));
  subjects.forEach(({ student, subject }, index) => {
    const row = receiptRow + 2 + index;
    put(sheet, `A${row}`, student.name);
    put(sheet, `B${row}`, student.level);
    put(sheet, `C${row}`, subject.subjectName);
    put(sheet, `D${row}`, scoreValue(subject.score), { isCentred: true });
    put(sheet, `E${row}`, '');
    put(sheet, `F${row}`, '');
  });
  frame(sheet, receiptRow + 1, receiptRow + 1 + subjects.length);
  return workbook;
}

/** Build the .xlsx bytes of the 成绩复查表. */
export async function buildReviewFile(excel: ExcelJS, request: ReviewRequest): Promise<Uint8Array> {
  return new Uint8Array(await buildReviewWorkbook(excel, request).xlsx.writeBuffer());
}

/** Return the files of the result screen: the 成绩复查表. */
export function listResultFiles(context: ReviewContext): ResultFile[] {
  const request = toReviewRequest(context);
  return [
    {
      id: 'form',
      fileName: reviewFileName(request.schoolName),
      description: `成绩复查表（附件1），${request.students.length} 位考生；下方附复查回执表，用来登记复查结果。打印后由负责人签字，再扫描或拍照一并发送。`,
    },
  ];
}

/** Build a file of the result screen (exceljs loads now); the workbook carries the time it is made. */
export async function buildResultFile(_id: string, context: ReviewContext, _environment: OutputEnvironment): Promise<Blob> {
  return new Blob([(await buildReviewFile(await loadExcelJS(), toReviewRequest(context))) as BlobPart], { type: xlsxMimeType });
}
