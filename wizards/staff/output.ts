/**
 * The staff roster workbook: the whole roster, and the proctor list in the form
 * 「考试管理-监考人员」 asks for (names and phones; the platform assigns rooms itself).
 * exceljs loads only when the file is built.
 */
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';
import { toSafeFileName } from '../../src/domain/spreadsheet/rules';
import { proctorListColumns, rosterColumns, type RosterLine } from '../../src/domain/staffing/roster';
import { loadExcelJS } from '../kit/exceljs';
import type { ResultFile } from '../kit/result-file';
import { addTableSheet, writeWorkbook } from '../kit/sheet-table';
import type { StaffContext } from './context-schema';
import { buildStaffOutputs } from './steps';

/** Sheet names of the roster workbook. */
export const staffSheetNames = { roster: '考务人员安排', proctors: '监考人员' } as const;

/** Return the file name, e.g. 考务人员安排-2036年第三次网店运营推广全国统考.xlsx. */
export function getStaffFileName(planName: string): string {
  return toSafeFileName(`考务人员安排-${planName}.xlsx`);
}

/** Return the .xlsx bytes of the roster and the proctor list. */
export async function buildStaffWorkbook(
  roster: readonly RosterLine[],
  proctorList: ReadonlyArray<readonly [number, string, string]>,
): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  addTableSheet(workbook, {
    name: staffSheetNames.roster,
    header: rosterColumns,
    rows: roster.map((line) => [line.name, line.role, line.phone, line.subject, line.duty]),
    textColumns: [rosterColumns.indexOf('手机号码')],
  });
  addTableSheet(workbook, {
    name: staffSheetNames.proctors,
    header: proctorListColumns,
    rows: proctorList,
    textColumns: [proctorListColumns.indexOf('手机号码')],
  });
  return writeWorkbook(workbook);
}

/** Return the files of the result screen: the roster workbook. */
export function listResultFiles(context: StaffContext): ResultFile[] {
  const { roster, proctorList } = buildStaffOutputs(context);
  return [
    {
      id: 'staff',
      fileName: getStaffFileName(context.workspace.examPlan.name),
      description: `两张表：「${staffSheetNames.roster}」（${roster.length} 人，含巡考员）和「${staffSheetNames.proctors}」（${proctorList.length} 名监考员的姓名和手机号码，供平台申报用）。`,
    },
  ];
}

/** Build a file of the result screen (there is one). */
export async function buildResultFile(_id: string, context: StaffContext): Promise<Blob> {
  const { roster, proctorList } = buildStaffOutputs(context);
  return new Blob([await buildStaffWorkbook(roster, proctorList)], { type: xlsxMimeType });
}
