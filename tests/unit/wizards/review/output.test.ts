import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { reviewContact, reviewForm, reviewReceipt } from '../../../../src/domain/scores/facts';
import { buildReviewFile, formatReviewNote } from '../../../../wizards/review/output';
import { reviewFileName } from '../../../../src/domain/scores/rules';
import { toReviewRequest } from '../../../../wizards/review/request';
import { twoStudents } from '../../../fixtures/review';
import { convertToCsv, hasLibreOffice } from './libreoffice';

async function readBack() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildReviewFile(ExcelJS, toReviewRequest(twoStudents))) as never);
  return workbook.getWorksheet('成绩复查表')!;
}

const text = (sheet: ExcelJS.Worksheet, address: string) => sheet.getCell(address).value;

describe('buildReviewFile', () => {
  test('writes the title and header cells of 附件1', async () => {
    const sheet = await readBack();
    expect(['A1', 'A2', 'B2', 'A3', 'B3', 'D3', 'E3', 'A4', 'B4', 'D4', 'E4'].map((address) => text(sheet, address))).toEqual([
      reviewForm.title,
      '试点院校',
      '某某职业技术学院',
      '考务负责人',
      '王老师',
      '联系方式',
      '13812345678',
      '考试计划',
      '2021年第三次网店运营推广全国统考',
      '复分总人数',
      2,
    ]);
  });

  test('merges the cells as the form does', async () => {
    const sheet = await readBack();
    expect(Object.keys((sheet as unknown as { _merges: Record<string, unknown> })._merges).sort()).toEqual(
      ['A1', 'B2', 'B3', 'E3', 'B4', 'E4', 'B8', 'B9', 'A10', 'A12'].sort(),
    );
  });

  test('writes one row per student with IDs and ticket numbers as text', async () => {
    const sheet = await readBack();
    expect(sheet.getRow(5).values).toEqual([undefined, ...reviewForm.studentColumns]);
    expect(sheet.getRow(6).values).toEqual([undefined, '张三', '11010519491231002X', '2021091600241100', '初级', 72, 58]);
    expect(sheet.getRow(7).values).toEqual([undefined, '李四', '130503196704010016', '0021091600241101', '中级', '无成绩', 66]);
    for (const address of ['B6', 'C6', 'B7', 'C7', 'E3']) expect(sheet.getCell(address).numFmt).toBe('@');
  });

  test('writes the reasons, the school’s opinion with the signature line, and the note', async () => {
    const sheet = await readBack();
    expect([text(sheet, 'A8'), text(sheet, 'B8')]).toEqual(['复查理由', '1. 张三：初级实操，合分、登分可能有误\n2. 李四：中级理论，参加了考试，但没有成绩（显示缺考或空白）']);
    expect(text(sheet, 'A9')).toBe('试点院校意见');
    expect(String(text(sheet, 'B9'))).toContain(reviewForm.signatureLine);
    expect(text(sheet, 'A10')).toBe(formatReviewNote());
    expect(formatReviewNote()).toContain(reviewContact.email);
  });

  test('lays out the 复查回执 with one row per subject reviewed and blank result cells', async () => {
    const sheet = await readBack();
    expect(text(sheet, 'A12')).toBe(reviewReceipt.titleTemplate.replace('{school}', '某某职业技术学院'));
    expect(sheet.getRow(13).values).toEqual([undefined, ...reviewReceipt.columns]);
    expect(sheet.getRow(14).values).toEqual([undefined, '张三', '初级', '初级实操', 58, '', '']);
    expect(sheet.getRow(15).values).toEqual([undefined, '李四', '中级', '中级理论', '无成绩', '', '']);
  });

  test('prints on one A4 page width', async () => {
    const sheet = await readBack();
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToWidth: 1 });
  });
});

describe('reviewFileName', () => {
  test('names the file after the school as the manual asks', () => {
    expect(reviewFileName('某某职业技术学院')).toBe('某某职业技术学院-网店运营推广证书复查表.xlsx');
  });
});

describe('the 成绩复查表 in LibreOffice', () => {
  test.skipIf(!hasLibreOffice && !process.env.CI)('opens and shows every student with IDs as written', { timeout: 120_000 }, async () => {
    const csv = convertToCsv(await buildReviewFile(ExcelJS, toReviewRequest(twoStudents)), 'review');
    expect(csv).toContain(reviewForm.title);
    expect(csv).toContain('张三,11010519491231002X,2021091600241100,初级,72,58');
    expect(csv).toContain('李四,130503196704010016,0021091600241101,中级,无成绩,66');
  });
});
