/**
 * The result screen's files, in the kit's result-file API: which exist for this
 * list (`listResultFiles`), and building one when the user asks for it
 * (`buildResultFile`: the rows it holds picked here, the workbook of `output.ts`
 * written in a worker).
 */
import { candidateImportTemplate } from '../../src/domain/candidates/facts';
import { formatIssue, formatListNotice } from '../../src/domain/candidates/format';
import type { CandidateType, CandidateValues } from '../../src/domain/candidates/schema';
import { buttons, menus } from '../../src/domain/platform/facts';
import { xlsxMimeType } from '../../src/domain/spreadsheet/facts';
import { loadExcelJS } from '../kit/exceljs';
import { yieldToBrowser } from '../kit/progress-task';
import type { ResultFile } from '../kit/result-file';
import type { CandidatesContext } from './context-schema';
import { buildErrorReport, buildImportFile, errorReportFileName, importFileName, type ReportRow } from './output';
import { selectClassification, selectIncludedRows, selectIssuesByRow, selectListNotices } from './selectors';

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
  const rows = selectIssuesByRow(context).size;
  const notices = selectListNotices(context).length;
  if (rows > 0 || notices > 0) {
    const contents = [rows > 0 && `${rows} 名学生的原始信息和问题说明`, notices > 0 && `${notices} 条关于整份名单的提示（在「整体提示」工作表）`].filter(Boolean).join('，');
    files.push({ id: 'problems', fileName: errorReportFileName(context.schoolName), description: `${contents}，用于核对和改正。不要导入平台。` });
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

/** What one file is built from: only the rows it holds, so that little has to cross to the worker. */
export type ResultFileInput =
  | { kind: 'problems'; headers: string[]; rows: ReportRow[]; notices: string[] }
  | { kind: 'import'; rows: CandidateValues[] };

/** Return what file `id` (named as `listResultFiles` says) is built from. */
export function prepareResultFile(id: string, context: CandidatesContext): ResultFileInput {
  if (id === 'problems') return { kind: 'problems', ...selectReportRows(context), notices: selectListNotices(context).map(formatListNotice) };
  const file = importFiles.find((entry) => entry.id === id);
  if (!file) throw new Error(`No result file "${id}"`);
  return { kind: 'import', rows: studentsOf(context, file.type) };
}

/**
 * Rows per message to the worker. Posting 50 000 rows at once is one structured clone of
 * half a second on the page's thread (the whole context was slower still); in slices, with
 * the browser free between them, no task is long.
 */
const rowsPerMessage = 2_000;

/**
 * Build one file as a Blob; nothing in these files depends on the time or the site's address.
 * In the browser the work runs in `result-files.worker.ts`: a 50 000-row import file or 问题清单
 * takes seconds of exceljs work that would freeze the page (issue 12). Where there is no
 * Worker (Node tests) it runs here.
 */
export async function buildResultFile(id: string, context: CandidatesContext): Promise<Blob> {
  const input = prepareResultFile(id, context);
  if (typeof Worker !== 'function') return buildFromInput(input);
  const worker = new Worker(new URL('./result-files.worker.ts', import.meta.url), { type: 'module' });
  try {
    const answer = new Promise<ResultFileAnswer>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<ResultFileAnswer>) => resolve(data);
      worker.onerror = (event) => {
        event.preventDefault();
        reject(new Error(event.message || 'result file worker failed'));
      };
    });
    // A failure while the rows are still being posted is awaited below; handled now, so it is not reported as unhandled meanwhile.
    answer.catch(() => undefined);
    for (let start = 0; start < input.rows.length; start += rowsPerMessage) {
      worker.postMessage({ type: 'rows', rows: input.rows.slice(start, start + rowsPerMessage) } satisfies ResultFileRequest);
      await yieldToBrowser();
    }
    worker.postMessage({ type: 'build', input: { ...input, rows: [] } } satisfies ResultFileRequest);
    const result = await answer;
    if (!result.ok) throw new Error(result.message);
    return result.blob;
  } finally {
    worker.terminate();
  }
}

/** Page → worker: the file's rows in slices, then the rest of its input (rows empty) to build it. */
export type ResultFileRequest = { type: 'rows'; rows: ResultFileInput['rows'] } | { type: 'build'; input: ResultFileInput };

/** Worker → page: the file, or why it could not be built. */
export type ResultFileAnswer = { ok: true; blob: Blob } | { ok: false; message: string };

/** Build one file on this thread (the worker's work, and Node's). */
export async function buildFromInput(input: ResultFileInput): Promise<Blob> {
  const excel = await loadExcelJS();
  const bytes = input.kind === 'problems' ? await buildErrorReport(excel, input.headers, input.rows, input.notices) : await buildImportFile(excel, input.rows);
  return new Blob([bytes], { type: xlsxMimeType });
}
