/**
 * Checking the whole list: each row cleaned and checked, then the rows compared
 * with each other for the same document twice (`duplicates.ts`).
 */
import { cleanRow } from './clean';
import { checkRow, type RowCheckContext } from './check-row';
import { findDuplicates } from './duplicates';
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
