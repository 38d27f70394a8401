import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { buildProctorList, buildRoster, proctorListColumns, rosterColumns } from '../../../../src/domain/staffing/roster';
import { buildStaffWorkbook, getStaffFileName, staffSheetNames } from '../../../../wizards/staff/output';
import { slots, teachers } from '../../../fixtures/staff';

const assignments = [
  { roomName: '301', level: '初级' as const, proctors: ['钱伟', '孙丽', '吴刚'] },
  { roomName: '302', level: '初级' as const, proctors: ['郑芳', '赵敏'] },
  { roomName: '301', level: '中级' as const, proctors: ['钱伟', '孙丽'] },
];
const roster = buildRoster(teachers, slots, assignments);
const proctorList = buildProctorList(roster);

async function readBack() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildStaffWorkbook(roster, proctorList)).buffer as ArrayBuffer);
  return workbook;
}

describe('buildStaffWorkbook', () => {
  test('writes the roster cell by cell', async () => {
    const sheet = (await readBack()).getWorksheet(staffSheetNames.roster)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...rosterColumns]);
    roster.forEach((line, index) => {
      expect((sheet.getRow(2 + index).values as unknown[]).slice(1)).toEqual([line.name, line.role, line.phone, line.subject, line.duty]);
    });
  });

  test('writes the proctor list with phones as text', async () => {
    const sheet = (await readBack()).getWorksheet(staffSheetNames.proctors)!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([...proctorListColumns]);
    expect(sheet.rowCount).toBe(1 + proctorList.length);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual([1, '赵敏', '13900000005']);
    expect(sheet.getColumn(3).numFmt).toBe('@');
  });
});

describe('getStaffFileName', () => {
  test('names the file after the plan', () => {
    expect(getStaffFileName('2036年第三次')).toBe('考务人员安排-2036年第三次.xlsx');
  });
});
