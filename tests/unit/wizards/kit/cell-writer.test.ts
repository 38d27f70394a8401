import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { cellMaxChars } from '../../../../src/domain/spreadsheet/facts';
import { addRow, setCell, writeNotesSheetName, writeWorkbook } from '../../../../wizards/kit/cell-writer';

async function sharedStrings(bytes: Uint8Array): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file('xl/sharedStrings.xml')!.async('string');
}

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

describe('cell writer', () => {
  test('writes a U+FFFF in a cell as a well-formed file, the character removed and the change listed in 写入说明', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('问题清单');
    addRow(sheet, ['原行号', '学生姓名']);
    addRow(sheet, ['2', '张\uFFFF三']);
    const bytes = await writeWorkbook(workbook);
    const xml = await sharedStrings(bytes);
    expect(xml).not.toMatch(/\uFFFF/);
    expect(new DOMParserLike(xml).isWellFormed).toBe(true);
    const back = await readBack(bytes);
    expect(back.getWorksheet('问题清单')!.getCell('B2').value).toBe('张三');
    expect(back.getWorksheet(writeNotesSheetName)!.getCell('A2').value).toMatch(/「问题清单」第 2 行第 2 列：删去了 1 个表格文件不能保存的字符（U\+FFFF）/);
  });

  test('cuts a 100 000-character cell to the cell limit and says so', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('名单');
    setCell(sheet, 'A1', '张'.repeat(100_000));
    const back = await readBack(await writeWorkbook(workbook));
    const value = back.getWorksheet('名单')!.getCell('A1').value as string;
    expect(value.length).toBe(cellMaxChars);
    expect(value).toMatch(/已截断）$/);
    expect(back.getWorksheet(writeNotesSheetName)!.getCell('A2').value).toMatch(/「名单」第 1 行第 1 列：有 100000 个字符，超过表格单元格最多 32767 个的上限/);
  });

  test('adds no notes sheet to a clean workbook', async () => {
    const workbook = new ExcelJS.Workbook();
    addRow(workbook.addWorksheet('名单'), ['张三', 18, null]);
    expect((await readBack(await writeWorkbook(workbook))).worksheets.map((sheet) => sheet.name)).toEqual(['名单']);
  });
});

/** Well-formedness as an XML parser sees it: no character outside XML 1.0's Char production. */
class DOMParserLike {
  constructor(private readonly xml: string) {}
  get isWellFormed(): boolean {
    return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(this.xml);
  }
}
