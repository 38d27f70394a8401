import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { enrolmentTemplate } from '../../../../src/domain/enrolment/facts';
import { buildEnrolmentRow } from '../../../../src/domain/enrolment/rules';
import { buildEnrolmentWorkbook, getEnrolmentFileName } from '../../../../wizards/registration/output';
import { ninetyCandidates } from '../../../fixtures/checked-candidates';

const site = { code: '0011000123', name: '北京示范学校网店运营推广职业技能等级证书' };
const rows = ninetyCandidates.slice(0, 3).map((candidate, index) => buildEnrolmentRow(candidate, index === 2 ? '中级' : '初级', site));

async function readBack() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildEnrolmentWorkbook(rows)).buffer as ArrayBuffer);
  return workbook.worksheets[0]!;
}

describe('buildEnrolmentWorkbook', () => {
  test('writes the template title and its header row with required markers', async () => {
    const sheet = await readBack();
    expect(sheet.name).toBe(enrolmentTemplate.title);
    expect(sheet.getCell('A1').value).toBe(enrolmentTemplate.title);
    expect((sheet.getRow(2).values as unknown[]).slice(1)).toEqual(enrolmentTemplate.columns.map((column) => `*${column}`));
  });

  test('writes one row per candidate, cell by cell, in the template’s column order', async () => {
    const sheet = await readBack();
    expect(sheet.rowCount).toBe(2 + rows.length);
    rows.forEach((row, index) => {
      expect((sheet.getRow(3 + index).values as unknown[]).slice(1)).toEqual(enrolmentTemplate.columns.map((column) => row[column]));
    });
  });

  test('keeps ID numbers, certificate numbers and site codes as text', async () => {
    const sheet = await readBack();
    for (const column of ['B', 'D', 'G']) {
      expect(typeof sheet.getCell(`${column}3`).value).toBe('string');
      expect(sheet.getColumn(column).numFmt).toBe('@');
    }
    expect(sheet.getCell('G3').value).toBe('0011000123');
  });

  test('offers the fixed values of 考生类型 and 证书等级 as dropdowns', async () => {
    const sheet = await readBack();
    expect(sheet.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['"院校考生,社会考生"'] });
    expect(sheet.getCell('F5').dataValidation).toMatchObject({ type: 'list', formulae: ['"初级,中级,高级"'] });
  });
});

describe('getEnrolmentFileName', () => {
  test('names the file after the plan and removes characters Windows refuses', () => {
    expect(getEnrolmentFileName('2036年第三次/统考')).toBe('按证书导入报考-2036年第三次-统考.xlsx');
  });
});
