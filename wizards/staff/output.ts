/**
 * The staff roster workbook: the whole roster, and the proctor list in the form
 * 「考试管理-监考人员」 asks for (names and phones; the platform assigns rooms itself).
 */
import { proctorListColumns, rosterColumns, type RosterLine } from '../../src/domain/staffing/roster';
import { loadExcelJS } from '../kit/exceljs';
import { addTableSheet, writeWorkbook } from '../kit/sheet-table';
import { staffSheetNames } from './file-name';

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
