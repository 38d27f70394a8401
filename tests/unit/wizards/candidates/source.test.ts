import { describe, expect, test } from 'vitest';
import { readPastedText, readSourceFile } from '../../../../wizards/candidates/source';
import { createMapping } from '../../../../wizards/candidates/working-table';
import { SheetChoiceNeeded } from '../../../../wizards/shared/spreadsheet-reader/pick-sheet';
import { libreOfficeList, writeWorkbook, xorMiddle, zeroBlock } from '../../../fixtures/damaged-files';
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

describe('readSourceFile with hostile workbooks', () => {
  const list = [['姓名', '身份证号'], ['张三', '11010519491231002X']];

  test('reads the first visible sheet, not a hidden first sheet', async () => {
    const bytes = await writeWorkbook([
      { name: '旧名单', hidden: true, rows: [['姓名', '身份证号'], ['旧学生', '110105194912310021']] },
      { name: '名单', rows: list },
    ]);
    const table = await readSourceFile('名单.xlsx', bytes);
    expect(table).toMatchObject({ sheetName: '名单', rows: [['张三', '11010519491231002X']] });
  });

  test('asks which sheet when several visible sheets hold data, and reads the one chosen', async () => {
    const bytes = await writeWorkbook([
      { name: '一班', rows: list },
      { name: '二班', rows: [['姓名', '身份证号'], ['李四', '110105194912310021']] },
    ]);
    await expect(readSourceFile('名单.xlsx', bytes)).rejects.toThrow(SheetChoiceNeeded);
    expect((await readSourceFile('名单.xlsx', bytes, new AbortController().signal, '二班')).rows).toEqual([['李四', '110105194912310021']]);
  });

  test.each([
    { damage: '800 bytes XOR-ed in the middle', bytes: () => xorMiddle(libreOfficeList()) },
    { damage: '512 bytes zeroed at 4096 of a LibreOffice xlsx', bytes: () => zeroBlock(libreOfficeList()) },
  ])('says 「文件已损坏」 for $damage', async ({ bytes }) => {
    await expect(readSourceFile('名单.xlsx', bytes())).rejects.toThrow(/「名单.xlsx」文件已损坏/);
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

  test('reads a paste of 150 000 rows (a row count that overflows the stack when spread into Math.max)', () => {
    const text = ['姓名\t身份证号', ...Array.from({ length: 150_000 }, (_, index) => `学生${index}\t${index}`)].join('\n');
    const table = readPastedText(text);
    expect(table.rows).toHaveLength(150_000);
    expect(table.headers).toEqual(['姓名', '身份证号']);
  });
});
