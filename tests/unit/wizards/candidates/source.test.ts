import { describe, expect, test } from 'vitest';
import { readPastedText, readSourceFile } from '../../../../wizards/candidates/source';
import { createMapping } from '../../../../wizards/candidates/working-table';
import { messyIds, messySchoolList, writeCsv, writeXls, writeXlsx } from '../../../fixtures/candidates';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readSourceFile', () => {
  test.each([
    { format: 'xlsx', bytes: () => writeXlsx(messySchoolList) },
    { format: 'xls', bytes: () => writeXls(messySchoolList) },
    { format: 'csv', bytes: () => utf8(writeCsv(messySchoolList)) },
  ])('reads the messy list from .$format: headers, rows without the blank one, row numbers', async ({ format, bytes }) => {
    const table = await readSourceFile(`名单.${format}`, await bytes());
    expect(table.headers).toEqual(messySchoolList.headers);
    expect(table.rows).toHaveLength(messySchoolList.rows.length - 1);
    expect(table.skippedBlankRows).toBe(1);
    expect(table.rowNumbers[0]).toBe(2);
    expect(table.rows[0]![1]).toBe(messyIds.idZhang);
  });

  test('notes a number cell whose digits Excel has lost', async () => {
    const table = await readSourceFile('名单.xlsx', await writeXlsx(messySchoolList));
    expect(table.lostDigits).toEqual([{ sourceRow: 15, column: 1 }]);
  });

  test('reads a GBK-encoded CSV as saved by Chinese Excel', async () => {
    // 姓名,身份证号 \n 张三,11010519491231002X in GB 18030.
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x2c, 0xc9, 0xed, 0xb7, 0xdd, 0xd6, 0xa4, 0xba, 0xc5, 0x0a, 0xd5, 0xc5, 0xc8, 0xfd, 0x2c, ...utf8('11010519491231002X')]);
    const table = await readSourceFile('名单.csv', gbk);
    expect(table.headers).toEqual(['姓名', '身份证号']);
    expect(table.rows).toEqual([['张三', '11010519491231002X']]);
  });

  test.each([
    { case: 'an empty file', bytes: new Uint8Array(), message: /空文件/ },
    { case: 'a PDF', bytes: utf8('%PDF-1.4 …'), message: /PDF 文件/ },
    { case: 'a photo', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]), message: /图片/ },
    { case: 'a damaged xlsx', bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4]), message: /无法读取/ },
    { case: 'a binary file', bytes: new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7]), message: /不是 .xlsx/ },
    { case: 'a header without students', bytes: utf8('姓名,身份证号\n'), message: /只有表头/ },
  ])('refuses $case with a clear message', async ({ bytes, message }) => {
    await expect(readSourceFile('名单.xlsx', bytes)).rejects.toThrow(message);
  });
});

describe('readPastedText', () => {
  test('reads tab-separated text copied from a spreadsheet', () => {
    const table = readPastedText('姓名\t身份证号\n张三\t11010519491231002X\n');
    expect(table).toMatchObject({ hasHeaderRow: true, headers: ['姓名', '身份证号'], rows: [['张三', '11010519491231002X']] });
  });

  test('maps a paste without a header row in the template’s column order', () => {
    const table = readPastedText('张三\tZhang San\t男');
    expect(table.hasHeaderRow).toBe(false);
    expect(createMapping(table)).toEqual(['name', 'pinyin', 'gender']);
  });

  test('refuses an empty paste', () => {
    expect(() => readPastedText('  \n ')).toThrow(/粘贴框是空的/);
  });
});
