import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { groupResultsByLevel } from '../../../../src/domain/certificates/results';
import { buildPassListFile, passListColumns, passListFileName } from '../../../../wizards/certificates/output';
import { toSitting } from '../../../../wizards/shared/scores/score-rows';
import { typedRows } from '../../../fixtures/certificates';
import { convertToCsv, hasLibreOffice } from '../review/libreoffice';

async function readBack() {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await buildPassListFile(ExcelJS, groupResultsByLevel(typedRows.map(toSitting)))) as never);
  return workbook;
}

const rows = (sheet: ExcelJS.Worksheet) => sheet.getSheetValues().slice(1).map((row) => (row as unknown[]).slice(1));

describe('buildPassListFile', () => {
  test('writes the sheets 汇总, 合格名单 and 未通过名单', async () => {
    expect((await readBack()).worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '合格名单', '未通过名单']);
  });

  test('counts candidates by level in the summary', async () => {
    const summary = (await readBack()).getWorksheet('汇总')!;
    expect(rows(summary).slice(0, 4)).toEqual([
      ['报考级别', '参考人数', '合格人数', '不合格人数'],
      ['初级', 2, 1, 1],
      ['中级', 1, 0, 1],
      ['高级', 1, 1, 0],
    ]);
  });

  test('lists who passes, in level order, with IDs as text', async () => {
    const sheet = (await readBack()).getWorksheet('合格名单')!;
    expect(rows(sheet)).toEqual([
      [...passListColumns],
      [1, '李四', '130503196704010016', '2021091600241101', '初级', 88, 60],
      [2, '赵六', '110105199912310014', '2021091600241103', '高级', 100, 100],
    ]);
    expect([sheet.getCell('C2').numFmt, sheet.getCell('D2').numFmt]).toEqual(['@', '@']);
  });

  test('lists who does not pass with the reason, 59 and missing scores included', async () => {
    const sheet = (await readBack()).getWorksheet('未通过名单')!;
    expect(rows(sheet).slice(1)).toEqual([
      [1, '张三', '11010519491231002X', '2021091600241100', '初级', 60, 59, '实操 59 分，未达到 60 分'],
      [2, '王五', '110105200001010011', '2021091600241102', '中级', '缺考', 75, '理论没有成绩（缺考）'],
    ]);
  });
});

describe('passListFileName', () => {
  test.each([
    { school: '某某职业技术学院', expected: '某某职业技术学院-网店运营推广证书合格名单.xlsx' },
    { school: '', expected: '网店运营推广证书合格名单.xlsx' },
    { school: 'A/B:学院', expected: 'AB学院-网店运营推广证书合格名单.xlsx' },
  ])('returns $expected for "$school"', ({ school, expected }) => {
    expect(passListFileName(school)).toBe(expected);
  });
});

describe('the pass list in LibreOffice', () => {
  test.skipIf(!hasLibreOffice && !process.env.CI)('opens and shows the summary by level', { timeout: 120_000 }, async () => {
    const csv = convertToCsv(await buildPassListFile(ExcelJS, groupResultsByLevel(typedRows.map(toSitting))), 'pass-list');
    expect(csv.split('\n').slice(0, 4).join('\n')).toBe(['报考级别,参考人数,合格人数,不合格人数', '初级,2,1,1', '中级,1,0,1', '高级,1,1,0'].join('\n'));
  });
});
