/**
 * Values the views and the result derive from the context, computed once per
 * context change (lists of 100 000 rows are not re-derived on every render).
 */
import { classifyCandidates, type Classification } from '../../src/domain/candidates/classify';
import type { CandidateIssue, CandidateRecord, CandidateRow } from '../../src/domain/candidates/schema';
import type { CandidatesContext } from './context';

function memoize<TKey extends object, TValue>(compute: (key: TKey) => TValue): (key: TKey) => TValue {
  const cache = new WeakMap<TKey, TValue>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

/** Ids of rows with at least one error. */
export const selectFailedRowIds = memoize((context: CandidatesContext): Set<number> =>
  new Set((context.check?.issues ?? []).filter((issue) => issue.severity === 'error').map((issue) => issue.rowId)),
);

/** Issues grouped by row id. */
export const selectIssuesByRow = memoize((context: CandidatesContext): Map<number, CandidateIssue[]> => {
  const byRow = new Map<number, CandidateIssue[]>();
  for (const issue of context.check?.issues ?? []) {
    const list = byRow.get(issue.rowId);
    if (list) list.push(issue);
    else byRow.set(issue.rowId, [issue]);
  }
  return byRow;
});

/** Rows that go into the import files: all, or those without errors when the user leaves failed rows out. */
export const selectIncludedRows = memoize((context: CandidatesContext): CandidateRow[] => {
  const failed = selectFailedRowIds(context);
  return context.isExcludingFailedRows ? context.rows.filter((row) => !failed.has(row.id)) : context.rows;
});

/** 院校考生 / 社会考生 placement of every included row. */
export const selectClassification = memoize((context: CandidatesContext): Classification =>
  classifyCandidates(selectIncludedRows(context), context.pilot, context.moves as Record<number, CandidateRecord['candidateType']>),
);

/** The checked students as the workspace stores them. */
export const selectRecords = memoize((context: CandidatesContext): CandidateRecord[] => {
  const placements = new Map(selectClassification(context).placements.map((placement) => [placement.rowId, placement.type]));
  return selectIncludedRows(context).map((row) => ({ ...row.values, gender: row.values.gender as CandidateRecord['gender'], candidateType: placements.get(row.id)! }));
});

/** Counts for the summaries: rows, rows with errors, warnings, changes. */
export const selectCheckSummary = memoize((context: CandidatesContext) => {
  const issues = context.check?.issues ?? [];
  return {
    rows: context.rows.length,
    failedRows: selectFailedRowIds(context).size,
    errors: issues.filter((issue) => issue.severity === 'error').length,
    warnings: issues.filter((issue) => issue.severity === 'warning').length,
    changes: context.changes.length,
  };
});
