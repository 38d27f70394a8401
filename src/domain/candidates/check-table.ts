/**
 * Checking the whole list: each row cleaned and checked, then the rows compared
 * with each other for the same document twice (an exact duplicate, or the same
 * person with different data).
 */
import { cleanRow } from './clean';
import { checkRow, type RowCheckContext } from './check-row';
import { candidateImportTemplate } from './facts';
import type { CandidateChange, CandidateIssue, CandidateRow } from './schema';

/** What checking one row produced: the row with cleaned and filled values, its changes and its issues. */
export interface RowCheck {
  row: CandidateRow;
  changes: CandidateChange[];
  issues: CandidateIssue[];
}

/** Clean, fill and check one row. */
export function checkCandidateRow(row: CandidateRow, context: RowCheckContext): RowCheck {
  const cleaned = cleanRow(row.values);
  const checked = checkRow(cleaned.values, context);
  const where = { rowId: row.id, sourceRow: row.sourceRow };
  return {
    row: { ...row, values: checked.values },
    changes: [...cleaned.changes, ...checked.changes].map((change) => ({ ...where, ...change })),
    issues: checked.issues.map((issue) => ({ ...where, ...issue })),
  };
}

const headerOf = (key: string) => candidateImportTemplate.columns.find((column) => column.key === key)!.header;

/** Return issues for rows that share a document number: exact duplicates, or one person with different data. */
export function findDuplicates(rows: readonly CandidateRow[]): CandidateIssue[] {
  const byNumber = new Map<string, CandidateRow[]>();
  for (const row of rows) {
    const number = row.values.documentNumber;
    if (number === '') continue;
    const group = byNumber.get(number);
    if (group) group.push(row);
    else byNumber.set(number, [row]);
  }
  const issues: CandidateIssue[] = [];
  for (const group of byNumber.values()) {
    if (group.length < 2) continue;
    const first = group[0]!;
    for (const row of group.slice(1)) {
      const differing = (Object.keys(row.values) as Array<keyof CandidateRow['values']>).filter((key) => row.values[key] !== first.values[key]);
      issues.push({
        rowId: row.id,
        sourceRow: row.sourceRow,
        column: 'documentNumber',
        value: row.values.documentNumber,
        severity: 'error',
        ...(differing.length === 0
          ? { problem: `与第 ${first.sourceRow} 行完全相同，是重复的一行`, fix: '请删除其中一行（学生信息只需导入一次）' }
          : {
              problem: `与第 ${first.sourceRow} 行证件号码相同，但${differing.map(headerOf).join('、')}不同`,
              fix: '同一个人只能有一行：请核对后保留正确的一行，删除另一行；如果是两个人，请核对证件号码',
            }),
      });
    }
  }
  return issues;
}

/** The result of checking a whole list. */
export interface TableCheck {
  rows: CandidateRow[];
  changes: CandidateChange[];
  issues: CandidateIssue[];
}

/** Check every row and the rows against each other (all at once: for tests and benchmarks; the wizard slices it). */
export function checkCandidates(rows: readonly CandidateRow[], context: RowCheckContext): TableCheck {
  const result: TableCheck = { rows: [], changes: [], issues: [] };
  for (const row of rows) addRowCheck(result, checkCandidateRow(row, context));
  result.issues.push(...findDuplicates(result.rows));
  return result;
}

/** Add one row's check to a table check being built. */
export function addRowCheck(result: TableCheck, check: RowCheck): void {
  result.rows.push(check.row);
  for (const change of check.changes) result.changes.push(change);
  for (const issue of check.issues) result.issues.push(issue);
}
