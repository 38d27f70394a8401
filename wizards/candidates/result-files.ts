/** The result page's files: which exist for this list, and building one when the user asks for it. */
import { candidateImportTemplate } from '../../src/domain/candidates/facts';
import { formatIssue } from '../../src/domain/candidates/format';
import type { CandidateType, CandidateValues } from '../../src/domain/candidates/schema';
import { loadExcelJS } from '../kit/exceljs';
import type { CandidatesContext } from './context';
import { buildErrorReport, buildImportFile, errorReportFileName, importFileName, type ReportRow } from './output';
import { selectClassification, selectIncludedRows, selectIssuesByRow } from './selectors';
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';

/** Ids of the files the wizard can generate. */
export type ResultFileId = 'school' | 'social' | 'problems';

const typeOf: Record<'school' | 'social', CandidateType> = { school: '院校考生', social: '社会考生' };

/** Return the students of one list, in the order of the user's list. */
function studentsOf(context: CandidatesContext, type: CandidateType): CandidateValues[] {
  const placements = new Map(selectClassification(context).placements.map((placement) => [placement.rowId, placement.type]));
  return selectIncludedRows(context)
    .filter((row) => placements.get(row.id) === type)
    .map((row) => row.values);
}

/** Return the files this list produces, with a sentence on each. */
export function listResultFiles(context: CandidatesContext): Array<{ id: ResultFileId; fileName: string; description: string }> {
  const files: Array<{ id: ResultFileId; fileName: string; description: string }> = [];
  for (const id of ['school', 'social'] as const) {
    const count = studentsOf(context, typeOf[id]).length;
    if (count > 0) {
      files.push({ id, fileName: importFileName(context.schoolName, typeOf[id]), description: `${count} 名${typeOf[id]}，在「考务管理-考生管理」的「${typeOf[id]}」中用「批量导入学生信息」导入。` });
    }
  }
  if ((context.check?.issues.length ?? 0) > 0) {
    const rows = selectIssuesByRow(context).size;
    files.push({ id: 'problems', fileName: errorReportFileName(context.schoolName), description: `${rows} 名学生的原始信息和问题说明，用于核对和改正。不要导入平台。` });
  }
  return files;
}

/** Return the 问题清单 rows: each problem row as the user gave it, with its problems. */
export function selectReportRows(context: CandidatesContext): { headers: string[]; rows: ReportRow[] } {
  const byRow = selectIssuesByRow(context);
  const source = context.sourceKind === 'table' ? null : context.source;
  const sourceIndex = new Map(source?.rowNumbers.map((rowNumber, index) => [rowNumber, index]));
  const headers = source ? source.headers : candidateImportTemplate.columns.map((column) => column.header);
  const rows = context.rows
    .filter((row) => byRow.has(row.id))
    .map((row) => {
      const index = sourceIndex.get(row.sourceRow);
      const cells = source && index !== undefined ? source.rows[index]! : candidateImportTemplate.columns.map((column) => row.values[column.key as keyof CandidateValues]);
      const problems = byRow.get(row.id)!.map((issue) => `${issue.severity === 'error' ? '【错误】' : '【请核对】'}${formatIssue(issue)}`);
      return { sourceRow: row.sourceRow, cells, problems };
    });
  return { headers, rows };
}

/** Build one file (named as `listResultFiles` says) as a Blob. */
export async function buildResultFile(id: ResultFileId, context: CandidatesContext): Promise<Blob> {
  const excel = await loadExcelJS();
  if (id === 'problems') {
    const { headers, rows } = selectReportRows(context);
    return new Blob([await buildErrorReport(excel, headers, rows)], { type: xlsxMimeType });
  }
  return new Blob([await buildImportFile(excel, studentsOf(context, typeOf[id]))], { type: xlsxMimeType });
}
