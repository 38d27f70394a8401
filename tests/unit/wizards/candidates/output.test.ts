import { describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { buildErrorReport, buildImportFile, errorReportFileName, importFileName } from '../../../../wizards/candidates/output';
import { candidateImportTemplate, documentTypes, educationLevels, genders, importFileLayout } from '../../../../src/domain/candidates/facts';
import type { CandidateValues } from '../../../../src/domain/candidates/schema';
import { makeId } from '../../../fixtures/candidates';

const students: CandidateValues[] = [
  { name: '张三丰', pinyin: 'Zhang Sanfeng', gender: '男', documentType: '身份证', documentNumber: makeId('440106', '20040512', 123), phone: '13800138000', enrolmentYear: '2023', educationLevel: '专科', major: '电子商务', majorCode: '530701' },
  { name: '欧阳娜娜', pinyin: 'Ouyang Nana', gender: '女', documentType: '港澳居民来往内地通行证', documentNumber: 'H12345678', phone: '13800138001', enrolmentYear: '2023', educationLevel: '专科', major: '电子商务', majorCode: '053070' },
];

async function readBack(bytes: Uint8Array) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as never);
  return workbook;
}

describe('buildImportFile', () => {
  test('writes the notes rows and the header row as the manual shows them', async () => {
    const sheet = (await readBack(await buildImportFile(ExcelJS, students))).worksheets[0]!;
    expect(sheet.name).toBe(candidateImportTemplate.title);
    const notes = [candidateImportTemplate.notesHeading, ...candidateImportTemplate.notes];
    notes.forEach((text, index) => expect(sheet.getCell(`A${importFileLayout.notesFirstRow + index}`).value).toBe(text));
    const header = sheet.getRow(importFileLayout.headerRow).values as unknown[];
    expect(header.slice(1)).toEqual(candidateImportTemplate.columns.map((column) => `*${column.header}`));
  });

  test('writes one row per student, every value a string, IDs and phones in text cells', async () => {
    const sheet = (await readBack(await buildImportFile(ExcelJS, students))).worksheets[0]!;
    students.forEach((student, index) => {
      const row = sheet.getRow(importFileLayout.firstDataRow + index);
      candidateImportTemplate.columns.forEach((column, columnIndex) => {
        const cell = row.getCell(columnIndex + 1);
        expect(cell.value).toBe(student[column.key as keyof CandidateValues]);
        expect(typeof cell.value).toBe('string');
      });
      for (const column of [5, 6]) expect(row.getCell(column).numFmt).toBe('@');
    });
    expect(sheet.getRow(importFileLayout.firstDataRow + students.length).getCell(1).value).toBeNull();
  });

  test('adds a strict dropdown for 性别 and warning-only ones for 证件类型 and 专业层次', async () => {
    const sheet = (await readBack(await buildImportFile(ExcelJS, students))).worksheets[0]! as unknown as { dataValidations: { model: Record<string, { formulae: string[]; errorStyle?: string }> } };
    const at = (letter: string) => sheet.dataValidations.model[`${letter}${importFileLayout.firstDataRow}`]!;
    expect(at('C').formulae).toEqual([`"${genders.join(',')}"`]);
    expect(at('C').errorStyle ?? 'stop').toBe('stop');
    expect(at('D')).toMatchObject({ formulae: [`"${documentTypes.join(',')}"`], errorStyle: 'warning' });
    expect(at('H')).toMatchObject({ formulae: [`"${educationLevels.join(',')}"`], errorStyle: 'warning' });
  });

  test('offers the file’s own 专业层次 and 证件类型 in their dropdowns, so they never contradict its data', async () => {
    const own = students.map((student) => ({ ...student, educationLevel: '高职', documentType: student.documentType === '身份证' ? student.documentType : '港澳台身份证' }));
    const sheet = (await readBack(await buildImportFile(ExcelJS, own))).worksheets[0]! as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } };
    const at = (letter: string) => sheet.dataValidations.model[`${letter}${importFileLayout.firstDataRow}`]!;
    expect(at('H').formulae).toEqual([`"${[...educationLevels, '高职'].join(',')}"`]);
    expect(at('D').formulae).toEqual([`"${[...documentTypes, '港澳台身份证'].join(',')}"`]);
  });

  test('writes no dropdown rather than one without the file’s values when they cannot be listed inline', async () => {
    const own = students.map((student) => ({ ...student, educationLevel: '专科,高职' }));
    const sheet = (await readBack(await buildImportFile(ExcelJS, own))).worksheets[0]! as unknown as { dataValidations: { model: Record<string, unknown> } };
    expect(sheet.dataValidations.model[`H${importFileLayout.firstDataRow}`]).toBeUndefined();
  });

  test('sets column widths that fit Chinese headers', async () => {
    const sheet = (await readBack(await buildImportFile(ExcelJS, students))).worksheets[0]!;
    expect(sheet.getColumn(5).width).toBeGreaterThanOrEqual(20);
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(10);
  });

  // A real spreadsheet program must open the file: LibreOffice converts it without error (always in CI).
  const hasSoffice = (() => {
    try {
      execFileSync('soffice', ['--version'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  })();
  test.skipIf(!hasSoffice && !process.env.CI)('opens in LibreOffice, which reads back every student', { timeout: 120_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-soffice-'));
    const file = join(dir, 'import.xlsx');
    writeFileSync(file, await buildImportFile(ExcelJS, students));
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file], { stdio: 'pipe', timeout: 110_000 });
    const csvPath = join(dir, 'import.csv');
    expect(existsSync(csvPath)).toBe(true);
    const csv = readFileSync(csvPath, 'utf8');
    for (const student of students) expect(csv).toContain(`${student.name},${student.pinyin},${student.gender},${student.documentType},${student.documentNumber},${student.phone}`);
  });
});

describe('buildErrorReport', () => {
  test('writes 原行号, the original columns and a 问题 column', async () => {
    const bytes = await buildErrorReport(ExcelJS, ['姓名', '身份证号'], [{ sourceRow: 3, cells: ['李四', '110105194912310021'], problems: ['【错误】第 3 行…', '【请核对】…'] }]);
    const sheet = (await readBack(bytes)).worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '原行号', '姓名', '身份证号', '问题']);
    expect(sheet.getRow(2).values).toEqual([undefined, '3', '李四', '110105194912310021', '【错误】第 3 行…\n【请核对】…']);
  });
  test('puts notices about the whole list on a sheet of their own, not among the rows', async () => {
    const workbook = await readBack(await buildErrorReport(ExcelJS, ['姓名'], [], ['「专业层次」：名单中的专业层次有 1 种写法：「高职」35 行。']));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['问题清单', '整体提示']);
    expect(workbook.worksheets[0]!.rowCount).toBe(1);
    expect(workbook.worksheets[1]!.getCell('A2').value).toBe('「专业层次」：名单中的专业层次有 1 种写法：「高职」35 行。');
  });

  test('writes no notice sheet when there is none', async () => {
    expect((await readBack(await buildErrorReport(ExcelJS, ['姓名'], []))).worksheets).toHaveLength(1);
  });
});

describe('file names', () => {
  test.each([
    { school: '某某职业学院', type: '院校考生', expected: '某某职业学院-本校学生导入模板-院校考生.xlsx' },
    { school: 'A/B 学校', type: '社会考生', expected: 'AB学校-本校学生导入模板-社会考生.xlsx' },
    { school: '', type: '院校考生', expected: '本校学生导入模板-院校考生.xlsx' },
  ] as const)('returns $expected for $school', ({ school, type, expected }) => {
    expect(importFileName(school, type)).toBe(expected);
  });

  test('names the problem list after the school', () => {
    expect(errorReportFileName('某某职业学院')).toBe('某某职业学院-学生名单问题清单.xlsx');
  });
});
