/**
 * The room batch-import file for 「考务管理-考场管理」 (手册 第三章 五 1): the
 * manual's room fields as the header row, one row per room and level.
 */
import { roomImportColumns } from '../../src/domain/rooms/facts';
import type { RoomImportRow } from '../../src/domain/rooms/import-rows';
import { loadExcelJS } from '../kit/exceljs';
import { addTableSheet, writeWorkbook } from '../kit/sheet-table';

/** Sheet name of the room import file. */
export const roomSheetName = '考场信息';

/** Return the .xlsx bytes of the room import file. */
export async function buildRoomImportWorkbook(rows: readonly RoomImportRow[]): Promise<Uint8Array<ArrayBuffer>> {
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  addTableSheet(workbook, {
    name: roomSheetName,
    header: roomImportColumns,
    rows: rows.map((row) => roomImportColumns.map((column) => row[column])),
    textColumns: [roomImportColumns.indexOf('考试科目')],
  });
  return writeWorkbook(workbook);
}
