/**
 * The 按证书导入 file (手册 第三章 四 1.1–1.3): the template's title row, its
 * header row with the required marker, and one row per registrable candidate.
 * exceljs loads only when the file is built.
 */
import { levels } from '../../src/domain/certificate/facts';
import { candidateTypes, requiredMarker } from '../../src/domain/candidates/facts';
import { enrolmentTemplate } from '../../src/domain/enrolment/facts';
import { buildEnrolmentRow, type EnrolmentRow } from '../../src/domain/enrolment/rules';
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';
import { toSafeFileName } from '../../src/domain/spreadsheet/rules';
import { loadExcelJS } from '../kit/exceljs';
import type { ResultFile } from '../kit/result-file';
import { addTableSheet, writeWorkbook } from '../kit/sheet-table';
import type { RegistrationContext } from './context-schema';
import { getRegistrable } from './steps';

const columns = enrolmentTemplate.columns;
const textColumns = ['证件号码', '证书编号', '考核站点编号'].map((name) => columns.indexOf(name as (typeof columns)[number]));

/** Return the file name, e.g. 按证书导入报考-2036年第三次网店运营推广全国统考.xlsx. */
export function getEnrolmentFileName(planName: string): string {
  return toSafeFileName(`按证书导入报考-${planName}.xlsx`);
}

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

/** Return the rows of the file: every registrable candidate at their level, at the site as typed. */
export function buildEnrolmentRows(context: RegistrationContext): EnrolmentRow[] {
  const site = { code: context.siteCode.trim(), name: context.siteName.trim() };
  return getRegistrable(context).included.map((candidate) => buildEnrolmentRow(candidate, candidate.level, site));
}

/** Return the files of the result screen: the 按证书导入 file. */
export function listResultFiles(context: RegistrationContext): ResultFile[] {
  const { included } = getRegistrable(context);
  return [
    {
      id: 'enrolment',
      fileName: getEnrolmentFileName(context.planName.trim()),
      description: `${enrolmentTemplate.title}：${included.length} 名考生，每人一行。`,
    },
  ];
}

/** Build a file of the result screen (there is one). */
export async function buildResultFile(_id: string, context: RegistrationContext): Promise<Blob> {
  return new Blob([await buildEnrolmentWorkbook(buildEnrolmentRows(context))], { type: xlsxMimeType });
}
