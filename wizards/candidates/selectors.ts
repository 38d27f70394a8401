/**
 * Values the views and the result derive from the context, computed once per
 * context change (lists of 100 000 rows are not re-derived on every render).
 */
import { classifyCandidates, type Classification } from '../../src/domain/candidates/classify';
import {
  applyConflictDecisions,
  findDuplicateGroups,
  listUndecidedConflicts,
  selectImportRows,
  type DuplicateGroup,
} from '../../src/domain/candidates/duplicates';
import { findListNotices, type ListNotice } from '../../src/domain/candidates/list-notices';
import type { CandidateIssue, CandidateRecord, CandidateRow, ConflictDecisions } from '../../src/domain/candidates/schema';
import type { CandidatesContext } from './context';

function memoize<TKey extends object, TValue>(compute: (key: TKey) => TValue): (key: TKey) => TValue {
  const cache = new WeakMap<TKey, TValue>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key)!;
  };
}

/**
 * The user's choice for each conflicting pair (rows sharing a 证件号码 with different data).
 * Read from the context's `conflictDecisions` (set by a `conflict.decide` event); a context
 * without the field has decided nothing, so no row of a conflict reaches the import file.
 */
export function readConflictDecisions(context: CandidatesContext): ConflictDecisions {
  return (context as CandidatesContext & { conflictDecisions?: ConflictDecisions }).conflictDecisions ?? {};
}

/** Rows that share a 证件号码: exact copies and conflicts. */
export const selectDuplicateGroups = memoize((context: CandidatesContext): DuplicateGroup[] => findDuplicateGroups(context.rows));

/** Conflicting groups the user has not decided yet (下一步 must wait for them). */
export const selectUndecidedConflicts = memoize((context: CandidatesContext): DuplicateGroup[] =>
  listUndecidedConflicts(selectDuplicateGroups(context), readConflictDecisions(context)),
);

/** The last check's issues with the user's conflict decisions applied. */
export const selectIssues = memoize((context: CandidatesContext): CandidateIssue[] =>
  applyConflictDecisions(context.check?.issues ?? [], selectDuplicateGroups(context), readConflictDecisions(context)),
);

/** Notices about the whole list (values of lists the manual does not publish): never a row's problem. */
export const selectListNotices = memoize((context: CandidatesContext): ListNotice[] => findListNotices(context.rows));

/** Ids of rows with at least one error. */
export const selectFailedRowIds = memoize((context: CandidatesContext): Set<number> =>
  new Set(selectIssues(context).filter((issue) => issue.severity === 'error').map((issue) => issue.rowId)),
);

/** Issues grouped by row id: the rows 「只显示有问题的学生」 and the 问题清单 show (list notices are not row issues). */
export const selectIssuesByRow = memoize((context: CandidatesContext): Map<number, CandidateIssue[]> => {
  const byRow = new Map<number, CandidateIssue[]>();
  for (const issue of selectIssues(context)) {
    const list = byRow.get(issue.rowId);
    if (list) list.push(issue);
    else byRow.set(issue.rowId, [issue]);
  }
  return byRow;
});

/**
 * Rows that go into the import files: all, or those without errors when the user leaves failed
 * rows out, less the rows a conflict decision leaves out. No row of an undecided conflict is ever included.
 */
export const selectIncludedRows = memoize((context: CandidatesContext): CandidateRow[] => {
  const failed = context.isExcludingFailedRows ? selectFailedRowIds(context) : new Set<number>();
  const selection = selectImportRows(context.rows, readConflictDecisions(context), failed);
  if (selection.ok) return selection.rows;
  const undecided = new Set(selection.undecided.flatMap((group) => group.rows.map((row) => row.id)));
  const decidedOnly = selectImportRows(context.rows.filter((row) => !undecided.has(row.id)), readConflictDecisions(context), failed);
  return decidedOnly.ok ? decidedOnly.rows : [];
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

/** Counts for the summaries: rows, rows with errors, warnings, changes, list notices, undecided conflicts. */
export const selectCheckSummary = memoize((context: CandidatesContext) => {
  const issues = selectIssues(context);
  return {
    rows: context.rows.length,
    failedRows: selectFailedRowIds(context).size,
    errors: issues.filter((issue) => issue.severity === 'error').length,
    warnings: issues.filter((issue) => issue.severity === 'warning').length,
    changes: context.changes.length,
    listNotices: selectListNotices(context).length,
    undecidedConflicts: selectUndecidedConflicts(context).length,
  };
});
