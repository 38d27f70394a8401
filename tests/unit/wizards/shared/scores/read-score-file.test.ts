import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readPastedScores, readScoreFile } from '../../../../../wizards/shared/scores/read-score-file';
import { importScores } from '../../../../../wizards/shared/scores/import-scores';
import { pastedExport, typedRows } from '../../../../fixtures/certificates';
import { libreOfficeList, writeWorkbook, xorMiddle, zeroBlock } from '../../../../fixtures/damaged-files';

async function workbook(rows: unknown[][]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('科目成绩');
  for (const row of rows) sheet.addRow(row);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('readScoreFile', () => {
  test('reads the first sheet of an .xlsx export as text', async () => {
    const [grid] = await readScoreFile('成绩.xlsx', await workbook([['姓名', '证件号码', '科目名称', '成绩'], ['张三', '11010519491231002X', '初级理论', 60]]));
    expect(grid).toEqual({ sheetName: '科目成绩', rows: [['姓名', '证件号码', '科目名称', '成绩'], ['张三', '11010519491231002X', '初级理论', '60']], notes: [] });
  });

  test('notes an ID number stored as a number that lost digits', async () => {
    const [grid] = await readScoreFile('成绩.xlsx', await workbook([['姓名', '证件号码'], ['李四', 130503196704010016]]));
    expect(grid!.notes).toEqual(['“科目成绩”第 2 行第 2 列是数字格式，超过 15 位的号码已丢失末尾数字：请在导出的表里把这一列设为文本后重新导出。']);
  });

  test('reads a UTF-8 CSV file', async () => {
    const [grid] = await readScoreFile('成绩.csv', new TextEncoder().encode('姓名,成绩\n张三,60\n'));
    expect(grid!.rows).toEqual([
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

  test('reads the visible sheet of a workbook whose first sheet is hidden', async () => {
    const bytes = await writeWorkbook([
      { name: '旧成绩', hidden: true, rows: [['姓名', '成绩'], ['旧', 1]] },
      { name: '科目成绩', rows: [['姓名', '成绩'], ['张三', 60]] },
    ]);
    expect(await readScoreFile('成绩.xlsx', bytes)).toEqual([
      {
        sheetName: '科目成绩',
        rows: [
          ['姓名', '成绩'],
          ['张三', '60'],
        ],
        notes: [],
      },
    ]);
  });

  test('reads every visible sheet with data, each with its name', async () => {
    const bytes = await writeWorkbook([
      { name: '初级', rows: [['姓名', '成绩'], ['张三', 60]] },
      { name: '说明', rows: [] },
      { name: '中级', rows: [['姓名', '成绩'], ['李四', 70]] },
    ]);
    expect((await readScoreFile('成绩.xlsx', bytes)).map((grid) => [grid.sheetName, grid.rows[1]])).toEqual([
      ['初级', ['张三', '60']],
      ['中级', ['李四', '70']],
    ]);
  });

  test.each([
    { damage: '800 bytes XOR-ed in the middle', bytes: () => xorMiddle(libreOfficeList()) },
    { damage: '512 bytes zeroed at 4096 of a LibreOffice xlsx', bytes: () => zeroBlock(libreOfficeList()) },
  ])('says 「文件已损坏」 for $damage', async ({ bytes }) => {
    await expect(readScoreFile('成绩.xlsx', bytes())).rejects.toThrow(/「成绩.xlsx」文件已损坏/);
  });

  test('refuses a damaged workbook', async () => {
    await expect(readScoreFile('成绩.xlsx', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 9, 9, 9]))).rejects.toThrow(/「成绩.xlsx」文件已损坏/);
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

  test('reads two visible sheets together, each problem naming its sheet', async () => {
    const header = ['考生姓名', '身份证号', '报考级别', '理论成绩', '实操成绩'];
    const bytes = await writeWorkbook([
      { name: '初级', rows: [header, ['张三', '11010519491231002X', '初级', 72, 58]] },
      { name: '中级', rows: [header, ['李四', '', '中级', 80, 81]] },
    ]);
    const file = new File([bytes as BlobPart], '成绩.xlsx');
    const result = await importScores({ kind: 'file', file }, () => {}, new AbortController().signal);
    expect(result.rows.map((row) => row.name)).toEqual(['张三']);
    expect(result.problems).toEqual([{ row: 2, message: '工作表「中级」第 2 行缺少「身份证号」，这一行没有读入。' }]);
  });
});
