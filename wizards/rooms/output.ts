/**
 * The room batch-import file for 「考务管理-考场管理」 (手册 第三章 五 1): the
 * manual's room fields as the header row, one row per room and level. exceljs
 * loads only when the file is built.
 */
import { roomImportColumns } from '../../src/domain/rooms/facts';
import type { RoomImportRow } from '../../src/domain/rooms/import-rows';
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';
import { toSafeFileName } from '../../src/domain/spreadsheet/rules';
import { loadExcelJS } from '../kit/exceljs';
import type { ResultFile } from '../kit/result-file';
import { addTableSheet, writeWorkbook } from '../kit/sheet-table';
import type { RoomsContext } from './context-schema';
import { buildImportRows } from './steps';

/** Sheet name of the room import file. */
export const roomSheetName = '考场信息';

/** Return the file name, e.g. 考场批量导入-2036年第三次网店运营推广全国统考.xlsx. */
export function getRoomImportFileName(planName: string): string {
  return toSafeFileName(`考场批量导入-${planName}.xlsx`);
}

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

/** Return the files of the result screen: the room import file. */
export function listResultFiles(context: RoomsContext): ResultFile[] {
  return [
    {
      id: 'rooms',
      fileName: getRoomImportFileName(context.workspace.examPlan.name),
      description: `考场批量导入文件：${context.workspace.roomPlan.length} 行（每个考场、每个级别一行），考位数等于实际考生人数。`,
    },
  ];
}

/** Build a file of the result screen (there is one). */
export async function buildResultFile(_id: string, context: RoomsContext): Promise<Blob> {
  return new Blob([await buildRoomImportWorkbook(buildImportRows(context))], { type: xlsxMimeType });
}
