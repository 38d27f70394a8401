/**
 * Runs in headless Chromium for `candidates.bench.ts`: the wizard's own check and
 * import-file code on a list, beside plain exceljs writing the same workbook.
 */
import ExcelJSModule from 'exceljs/dist/exceljs.bare.min.js';
import { checkCandidates } from '../src/domain/candidates/check-table';
import { candidateImportTemplate, documentTypes, educationLevels, genders, importFileLayout } from '../src/domain/candidates/facts';
import type { CandidateRow, CandidateValues } from '../src/domain/candidates/schema';
import { loadPinyinEngine } from '../src/domain/pinyin/load';
import { buildImportFile } from '../wizards/candidates/output';
import type { ExcelJS } from '../wizards/kit/exceljs';

const excel = ExcelJSModule as unknown as ExcelJS;

/** Check the rows and build the import file: what the wizard does between 开始检查 and the download. */
async function checkAndGenerate(rows: CandidateRow[]): Promise<{ values: CandidateValues[]; bytes: number; checkMs: number }> {
  const start = performance.now();
  const pinyin = await loadPinyinEngine();
  const checked = checkCandidates(rows, { pinyin, umlautStyle: 'lyu', today: new Date() });
  const values = checked.rows.map((row) => row.values);
  const checkMs = performance.now() - start;
  return { values, bytes: (await buildImportFile(excel, values)).length, checkMs };
}

/** The same workbook written with exceljs calls only: notes, header, rows, text columns, dropdowns. */
async function writeWithExcelJsAlone(values: CandidateValues[]): Promise<number> {
  const { columns, notesHeading, notes } = candidateImportTemplate;
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet('本校学生导入模板') as ReturnType<typeof workbook.addWorksheet> & { dataValidations: { add(range: string, validation: object): void } };
  sheet.columns = columns.map((column) => ({ key: column.key, width: 16, ...(['documentNumber', 'phone'].includes(column.key) ? { style: { numFmt: '@' } } : {}) }));
  [notesHeading, ...notes].forEach((text, index) => {
    sheet.mergeCells(`A${index + 1}:J${index + 1}`);
    sheet.getCell(`A${index + 1}`).value = text;
  });
  sheet.getRow(importFileLayout.headerRow).values = columns.map((column) => `*${column.header}`);
  values.forEach((student, index) => {
    sheet.getRow(importFileLayout.firstDataRow + index).values = columns.map((column) => student[column.key as keyof CandidateValues]);
  });
  const last = importFileLayout.firstDataRow + Math.max(values.length, importFileLayout.validationRows) - 1;
  for (const [letter, list] of [['C', genders], ['D', documentTypes], ['H', educationLevels]] as const) {
    sheet.dataValidations.add(`${letter}${importFileLayout.firstDataRow}:${letter}${last}`, { type: 'list', allowBlank: true, formulae: [`"${list.join(',')}"`] });
  }
  return (await workbook.xlsx.writeBuffer()).byteLength;
}

/** Time one run of each, in milliseconds. */
async function measure(rows: CandidateRow[], withBaseline: boolean) {
  const start = performance.now();
  const { values, bytes, checkMs } = await checkAndGenerate(rows);
  const oursMs = performance.now() - start;
  let excelMs = 0;
  if (withBaseline) {
    const baselineStart = performance.now();
    await writeWithExcelJsAlone(values);
    excelMs = performance.now() - baselineStart;
  }
  return { oursMs, excelMs, bytes, checkMs };
}

Object.assign(globalThis, { measureCandidates: measure });
