/**
 * The result screen's files, in the kit's result-file API: which exist for this
 * list (`listResultFiles`), and building one when the user asks for it
 * (`buildResultFile`, with the workbooks of `output.ts`).
 */
import { candidateImportTemplate } from '../../src/domain/candidates/facts';
import { formatIssue } from '../../src/domain/candidates/format';
import type { CandidateType, CandidateValues } from '../../src/domain/candidates/schema';
import { buttons, menus } from '../../src/domain/platform/facts';
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';
import { loadExcelJS } from '../kit/exceljs';
import type { ResultFile } from '../kit/result-file';
import type { CandidatesContext } from './context-schema';
import { buildErrorReport, buildImportFile, errorReportFileName, importFileName, type ReportRow } from './output';
import { selectClassification, selectIncludedRows, selectIssuesByRow } from './selectors';

/** The import file of each list: its file id and the list. */
const importFiles = [
  { id: 'school', type: '院校考生' },
  { id: 'social', type: '社会考生' },
] as const satisfies ReadonlyArray<{ id: string; type: CandidateType }>;

/** Return the students of one list, in the order of the user's list. */
function studentsOf(context: CandidatesContext, type: CandidateType): CandidateValues[] {
  const placements = new Map(selectClassification(context).placements.map((placement) => [placement.rowId, placement.type]));
  return selectIncludedRows(context)
    .filter((row) => placements.get(row.id) === type)
    .map((row) => row.values);
}

/** Return the files this list produces, with a sentence on each. */
export function listResultFiles(context: CandidatesContext): ResultFile[] {
  const files: ResultFile[] = [];
  for (const { id, type } of importFiles) {
    const count = studentsOf(context, type).length;
    if (count > 0) {
      files.push({ id, fileName: importFileName(context.schoolName, type), description: `${count} 名${type}，在「${menus.candidates}」的「${type}」中用「${buttons.candidatesImport}」导入。` });
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

/** Build one file (named as `listResultFiles` says) as a Blob; nothing in these files depends on the time or the site's address. */
export async function buildResultFile(id: string, context: CandidatesContext): Promise<Blob> {
  const excel = await loadExcelJS();
  if (id === 'problems') {
    const { headers, rows } = selectReportRows(context);
    return new Blob([await buildErrorReport(excel, headers, rows)], { type: xlsxMimeType });
  }
  const file = importFiles.find((entry) => entry.id === id);
  if (!file) throw new Error(`No result file "${id}"`);
  return new Blob([await buildImportFile(excel, studentsOf(context, file.type))], { type: xlsxMimeType });
}
