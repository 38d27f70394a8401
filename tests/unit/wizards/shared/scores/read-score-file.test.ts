import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readPastedScores, readScoreFile } from '../../../../../wizards/shared/scores/read-score-file';
import { importScores } from '../../../../../wizards/shared/scores/import-scores';
import { pastedExport, typedRows } from '../../../../fixtures/certificates';

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('科目成绩');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readScoreFile', () => {
  test('reads the first sheet of an .xlsx export as text', async () => {
    const grid = await readScoreFile('成绩.xlsx', await workbook([['姓名', '证件号码', '科目名称', '成绩'], ['张三', '11010519491231002X', '初级理论', 60]]));
    expect(grid).toEqual({ rows: [['姓名', '证件号码', '科目名称', '成绩'], ['张三', '11010519491231002X', '初级理论', '60']], notes: [] });
  });

  test('notes an ID number stored as a number that lost digits', async () => {
    const grid = await readScoreFile('成绩.xlsx', await workbook([['姓名', '证件号码'], ['李四', 130503196704010016]]));
    expect(grid.notes).toEqual(['“科目成绩”第 2 行第 2 列是数字格式，超过 15 位的号码已丢失末尾数字：请在导出的表里把这一列设为文本后重新导出。']);
  });

  test('reads a UTF-8 CSV file', async () => {
    const grid = await readScoreFile('成绩.csv', new TextEncoder().encode('姓名,成绩\n张三,60\n'));
    expect(grid.rows).toEqual([
      ['姓名', '成绩'],
      ['张三', '60'],
    ]);
  });

  test.each([
    { name: 'an empty file', bytes: new Uint8Array(), message: '“成绩.xlsx”是空文件，请重新导出成绩后上传。' },
    { name: 'a picture', bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2]), message: '无法读取“成绩.xlsx”：它不是 .xlsx、.xls 或 .csv 格式的表格。' },
  ])('refuses $name with a Chinese message', async ({ bytes, message }) => {
    await expect(readScoreFile('成绩.xlsx', bytes)).rejects.toThrow(message);
  });

  test('refuses a damaged workbook', async () => {
    await expect(readScoreFile('成绩.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]))).rejects.toThrow(/无法读取“成绩.xlsx”：文件可能已损坏/);
  });
});

describe('readPastedScores', () => {
  test('refuses an empty paste', () => {
    expect(() => readPastedScores('  ')).toThrow('粘贴框是空的');
  });
});

describe('importScores', () => {
  test('turns the pasted export into the typed rows', async () => {
    const controller = new AbortController();
    const result = await importScores({ kind: 'paste', text: pastedExport }, () => {}, controller.signal);
    expect(result).toEqual({ source: '粘贴的内容', rows: typedRows, problems: [], changes: [] });
  });
});
