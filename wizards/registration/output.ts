/**
 * The 按证书导入 file (手册 第三章 四 1.1–1.3): the template's title row, its
 * header row with the required marker, and one row per registrable candidate.
 */
import { levels } from '../../src/domain/certificate/facts';
import { candidateTypes, requiredMarker } from '../../src/domain/candidates/facts';
import { enrolmentTemplate } from '../../src/domain/enrolment/facts';
import type { EnrolmentRow } from '../../src/domain/enrolment/rules';
import { loadExcelJS } from '../kit/exceljs';
import { addTableSheet, writeWorkbook } from '../kit/sheet-table';

const columns = enrolmentTemplate.columns;
const textColumns = ['证件号码', '证书编号', '考核站点编号'].map((name) => columns.indexOf(name as (typeof columns)[number]));

/** Return the .xlsx bytes of the 按证书导入 file for these rows. */
export async function buildEnrolmentWorkbook(rows: readonly EnrolmentRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  addTableSheet(workbook, {
    name: enrolmentTemplate.title,
    title: enrolmentTemplate.title,
    header: columns.map((column) => `${requiredMarker}${column}`),
    rows: rows.map((row) => columns.map((column) => row[column])),
    textColumns,
    lists: {
      [columns.indexOf('考生类型')]: candidateTypes.map((type) => type.name),
      [columns.indexOf('证书等级')]: levels,
    },
  });
  return writeWorkbook(workbook);
}
