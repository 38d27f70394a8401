/**
 * The pass list for the issuing step, as an .xlsx file: a summary by level, the
 * candidates who pass (the list to check against 「证书管理-证书发放管理」 before
 * signing), and those who do not with the reason.
 */
import type { Worksheet } from 'exceljs';
import { scoring } from '../../src/domain/certificate/facts';
import { groupResultsByLevel, type LevelResults, type SittingResult } from '../../src/domain/certificates/results';
import { menus } from '../../src/domain/platform/facts';
import type { Score } from '../../src/domain/scores/schema';
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';
import { toFileNamePart } from '../../src/domain/spreadsheet/rules';
import { loadExcelJS, type ExcelJS } from '../kit/exceljs';
import type { OutputEnvironment, ResultFile } from '../kit/result-file';
import { toSitting } from '../shared/scores/score-rows';
import type { CertificatesContext } from './context-schema';

/** Columns of the candidate lists. */
export const passListColumns = ['序号', '考生姓名', '身份证号', '准考证号', '报考级别', '理论成绩', '实操成绩'] as const;

const scoreCell = (score: Score) => (score === null ? '缺考' : score);

function addList(sheet: Worksheet, results: readonly SittingResult[], withReason: boolean) {
  sheet.columns = [6, 12, 22, 20, 10, 10, 10, ...(withReason ? [36] : [])].map((width) => ({ width }));
  sheet.addRow([...passListColumns, ...(withReason ? ['未通过原因'] : [])]).font = { bold: true };
  results.forEach((result, index) => {
    const row = sheet.addRow([index + 1, result.name, result.idNumber, result.ticketNumber, result.level, scoreCell(result.theory), scoreCell(result.practical), ...(withReason ? [result.reasons.join('；')] : [])]);
    // 证件号码 and 准考证号 stay text: as numbers they would lose digits.
    for (const column of [3, 4]) row.getCell(column).numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/** Build the workbook: 汇总, 合格名单 (in level order), 未通过名单. */
export function buildPassListWorkbook(excel: ExcelJS, groups: readonly LevelResults[]) {
  const workbook = new excel.Workbook();
  const summary = workbook.addWorksheet('汇总');
  summary.columns = [10, 10, 10, 10].map((width) => ({ width }));
  summary.addRow(['报考级别', '参考人数', '合格人数', '不合格人数']).font = { bold: true };
  for (const group of groups) summary.addRow([group.level, group.passed.length + group.failed.length, group.passed.length, group.failed.length]);
  summary.addRow([]);
  summary.addRow([`合格标准：理论和实操两门同一次考试均达到 ${scoring.passMark} 分（含）以上。`]);
  addList(workbook.addWorksheet('合格名单'), groups.flatMap((group) => group.passed), false);
  addList(workbook.addWorksheet('未通过名单'), groups.flatMap((group) => group.failed), true);
  return workbook;
}

/** Build the .xlsx bytes of the pass list. */
export async function buildPassListFile(excel: ExcelJS, groups: readonly LevelResults[]): Promise<Uint8Array> {
  return new Uint8Array(await buildPassListWorkbook(excel, groups).xlsx.writeBuffer());
}

/** Return the file name of the pass list, with the school's name when known. */
export function passListFileName(schoolName: string): string {
  const school = toFileNamePart(schoolName);
  return `${school ? `${school}-` : ''}网店运营推广证书合格名单.xlsx`;
}

/** Return the files of the results screen: the pass list, named after the workspace's school. */
export function listResultFiles(context: CertificatesContext): ResultFile[] {
  return [
    {
      id: 'passList',
      fileName: passListFileName(context.workspace.school.name),
      description: `汇总、合格名单、未通过名单三张表；签发前与「${menus.certificateIssuance}」里的待签发名单逐人核对。`,
    },
  ];
}

/** Build a file of the results screen (exceljs loads now); the workbook carries the time it is made. */
export async function buildResultFile(_id: string, context: CertificatesContext, _environment: OutputEnvironment): Promise<Blob> {
  const groups = groupResultsByLevel(context.rows.map(toSitting));
  return new Blob([(await buildPassListFile(await loadExcelJS(), groups)) as BlobPart], { type: xlsxMimeType });
}
