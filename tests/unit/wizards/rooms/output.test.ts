import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { roomImportColumns } from '../../../../src/domain/rooms/facts';
import { buildRoomImportRow } from '../../../../src/domain/rooms/import-rows';
import { buildRoomImportWorkbook, getRoomImportFileName, roomSheetName } from '../../../../wizards/rooms/output';

const rows = [
  { roomName: '实训楼 301 机房', level: '初级' as const, seats: 45 },
  { roomName: '实训楼 302 机房', level: '初级' as const, seats: 45 },
  { roomName: '实训楼 301 机房', level: '中级' as const, seats: 20 },
].map((room) =>
  buildRoomImportRow('2036年第三次网店运营推广全国统考', '北京示范学校网店运营推广职业技能等级证书', {
    ...room,
    address: '北京市朝阳区',
    detailAddress: '实训楼 3 层',
  }),
);

describe('buildRoomImportWorkbook', () => {
  test('writes the manual’s room fields and one row per room and level, cell by cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildRoomImportWorkbook(rows)).buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet(roomSheetName)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...roomImportColumns]);
    expect(sheet.rowCount).toBe(1 + rows.length);
    rows.forEach((row, index) => {
      expect((sheet.getRow(2 + index).values as unknown[]).slice(1)).toEqual(roomImportColumns.map((column) => row[column]));
    });
    expect(sheet.getCell('G2').value).toBe(45);
  });
});

describe('getRoomImportFileName', () => {
  test('names the file after the plan', () => {
    expect(getRoomImportFileName('2036年第三次')).toBe('考场批量导入-2036年第三次.xlsx');
  });
});
