/**
 * The candidate wizard's long work, as progress tasks the machine invokes:
 * reading the list, and checking every row (pinyin-pro loads here, on first use).
 */
import { addRowCheck, checkCandidateRow, type TableCheck } from '../../src/domain/candidates/check-table';
import { findDuplicates } from '../../src/domain/candidates/duplicates';
import { columnHeader } from '../../src/domain/candidates/format';
import type { CandidateIssue, CandidateRow } from '../../src/domain/candidates/schema';
import { loadPinyinEngine } from '../../src/domain/pinyin/load';
import type { UmlautStyle } from '../../src/domain/pinyin/schema';
import { runInSlices, yieldToBrowser, type ProgressTaskRun } from '../kit/progress-task';
import type { CandidatesContext, SourceTable } from './context';
import { readPastedText, readSourceFile } from './source';

/** What to read: a chosen file, or the pasted text. */
export type ReadInput = { kind: 'file'; file: File } | { kind: 'paste'; text: string };

/** Read a file or paste into a source table. */
export const readSource: ProgressTaskRun<ReadInput, SourceTable> = async (input, report) => {
  report({ done: 0, total: 1 });
  // Let the progress bar paint before a large file blocks the page while it is parsed.
  await yieldToBrowser();
  const table = input.kind === 'paste' ? readPastedText(input.text) : await readSourceFile(input.file.name, new Uint8Array(await input.file.arrayBuffer()));
  report({ done: 1, total: 1 });
  return table;
};

/** What to check. */
export interface CheckInput {
  rows: CandidateRow[];
  umlautStyle: UmlautStyle;
  lostDigits: CandidatesContext['lostDigits'];
}

/** Check every row (time-sliced, cancellable), then duplicates and cells Excel had already damaged. */
export const checkRows: ProgressTaskRun<CheckInput, TableCheck> = async (input, report, signal) => {
  const context = { pinyin: await loadPinyinEngine(), umlautStyle: input.umlautStyle, today: new Date() };
  const result: TableCheck = { rows: [], changes: [], issues: [] };
  await runInSlices(input.rows, (row) => addRowCheck(result, checkCandidateRow(row, context)), report, signal);
  result.issues.push(...findDuplicates(result.rows), ...lostDigitIssues(result.rows, input.lostDigits));
  result.issues.sort((a, b) => a.sourceRow - b.sourceRow);
  return result;
};

function lostDigitIssues(rows: readonly CandidateRow[], cells: CheckInput['lostDigits']): CandidateIssue[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return cells.flatMap(({ rowId, column }) => {
    const row = byId.get(rowId);
    if (!row) return [];
    return [
      {
        rowId,
        sourceRow: row.sourceRow,
        column,
        value: row.values[column],
        severity: 'error' as const,
        problem: `Excel 把这个${columnHeader(column)}存成了数字，超过 15 位的部分已经变成 0，无法恢复`,
        fix: '请在表格中重新输入正确的号码（以后在 Excel 中先把这一列设为「文本」再输入）',
      },
    ];
  });
}
