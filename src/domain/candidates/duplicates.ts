/**
 * Rows that share one 证件号码 (手册 第三章 三 注意: a student is imported once).
 * Exact copies: the later copy is flagged and can be deleted. Rows that differ
 * (another name, phone, …) conflict: every row of the group is flagged, and none
 * of them may reach the import file until the user keeps one of them or none.
 */
import { columnHeader } from './format';
import type { CandidateColumnKey, CandidateIssue, CandidateRow, ConflictDecisions } from './schema';

/** Rows sharing one document number. */
export interface DuplicateGroup {
  /** Stable id of the group: its row ids, sorted, joined with commas; a decision is stored under it. */
  key: string;
  documentNumber: string;
  /** The rows, in list order. */
  rows: CandidateRow[];
  /** Columns whose values are not the same on every row; empty for exact copies. */
  differingColumns: CandidateColumnKey[];
}

/** True when the rows of a group differ, so the user must choose which one is right. */
export function isConflict(group: DuplicateGroup): boolean {
  return group.differingColumns.length > 0;
}

/** Return the groups of two or more rows that share a document number (empty numbers never group). */
export function findDuplicateGroups(rows: readonly CandidateRow[]): DuplicateGroup[] {
  const byNumber = new Map<string, CandidateRow[]>();
  for (const row of rows) {
    const number = row.values.documentNumber;
    if (number === '') continue;
    const group = byNumber.get(number);
    if (group) group.push(row);
    else byNumber.set(number, [row]);
  }
  return [...byNumber.entries()]
    .filter(([, group]) => group.length > 1)
    .map(([documentNumber, group]) => {
      const columns = Object.keys(group[0]!.values) as CandidateColumnKey[];
      return {
        key: group.map((row) => row.id).sort((a, b) => a - b).join(','),
        documentNumber,
        rows: group,
        differingColumns: columns.filter((column) => group.some((row) => row.values[column] !== group[0]!.values[column])),
      };
    });
}

const listRows = (rows: readonly CandidateRow[]) => rows.map((row) => `第 ${row.sourceRow} 行`).join('、');

/** Return the issues of every duplicate group: the later copies of exact duplicates, every row of a conflict. */
export function findDuplicates(rows: readonly CandidateRow[]): CandidateIssue[] {
  return findDuplicateGroups(rows).flatMap((group) => {
    const issue = (row: CandidateRow) => ({ rowId: row.id, sourceRow: row.sourceRow, column: 'documentNumber' as const, value: row.values.documentNumber, severity: 'error' as const });
    if (!isConflict(group)) {
      const first = group.rows[0]!;
      return group.rows.slice(1).map((row) => ({
        ...issue(row),
        problem: `与第 ${first.sourceRow} 行完全相同，是重复的一行`,
        fix: '请删除其中一行（学生信息只需导入一次）',
      }));
    }
    const columns = group.differingColumns.map(columnHeader).join('、');
    const these = group.rows.length === 2 ? '这两行' : `这 ${group.rows.length} 行`;
    return group.rows.map((row) => ({
      ...issue(row),
      problem: `与${listRows(group.rows.filter((other) => other !== row))}证件号码相同，但${columns}不同：${these}互相冲突，在您选定之前都不会写入导入文件`,
      fix: '同一个人只能导入一行：请核对后选择保留哪一行，或都不保留；如果是不同的人，请核对证件号码',
      conflictGroup: group.key,
    }));
  });
}

/** Return the decisions with one group's decided: keep the row with `keepRowId`, or none (null). */
export function decideConflict(decisions: ConflictDecisions, groupKey: string, keepRowId: number | null): ConflictDecisions {
  return { ...decisions, [groupKey]: keepRowId };
}

/** Return the row a decision keeps for a group: a row id, null for none, undefined when not decided (or no longer valid). */
export function readDecision(group: DuplicateGroup, decisions: ConflictDecisions): number | null | undefined {
  if (!(group.key in decisions)) return undefined;
  const kept = decisions[group.key];
  // A decision naming a row no longer in the group (deleted, renumbered) is no decision.
  return kept === null || group.rows.some((row) => row.id === kept) ? kept : undefined;
}

/** Return the conflict groups the user has not decided yet. */
export function listUndecidedConflicts(groups: readonly DuplicateGroup[], decisions: ConflictDecisions): DuplicateGroup[] {
  return groups.filter((group) => isConflict(group) && readDecision(group, decisions) === undefined);
}

/**
 * Return the issues with the user's decisions applied: a decided conflict is no longer an
 * error; each row left out by the decision gets a warning saying so, so it stays visible.
 */
export function applyConflictDecisions(issues: readonly CandidateIssue[], groups: readonly DuplicateGroup[], decisions: ConflictDecisions): CandidateIssue[] {
  const decided = new Map(groups.flatMap((group) => {
    const kept = readDecision(group, decisions);
    return isConflict(group) && kept !== undefined ? [[group.key, { group, kept }] as const] : [];
  }));
  return issues.flatMap((issue) => {
    const decision = issue.conflictGroup === undefined ? undefined : decided.get(issue.conflictGroup);
    if (!decision) return [issue];
    if (decision.kept === issue.rowId) return [];
    const keptRow = decision.group.rows.find((row) => row.id === decision.kept);
    return [
      {
        ...issue,
        severity: 'warning' as const,
        problem: keptRow ? `按您的选择不导入这一行：与第 ${keptRow.sourceRow} 行证件号码相同，保留了第 ${keptRow.sourceRow} 行` : '按您的选择不导入这一行：证件号码相同的几行都不保留',
        fix: '如果选错了，请重新选择保留哪一行',
      },
    ];
  });
}

/** Which rows may go into the import file, or the conflicts that still need a decision. */
export type ImportRowSelection = { ok: true; rows: CandidateRow[] } | { ok: false; undecided: DuplicateGroup[] };

/**
 * Return the rows for the import file: every row except those a conflict decision leaves
 * out and, when `failedRowIds` is given, those with errors. Refuses while any conflict is undecided.
 */
export function selectImportRows(rows: readonly CandidateRow[], decisions: ConflictDecisions, failedRowIds: ReadonlySet<number> = new Set()): ImportRowSelection {
  const groups = findDuplicateGroups(rows);
  const undecided = listUndecidedConflicts(groups, decisions);
  if (undecided.length > 0) return { ok: false, undecided };
  const leftOut = new Set(
    groups.filter(isConflict).flatMap((group) => {
      const kept = readDecision(group, decisions);
      return group.rows.filter((row) => row.id !== kept).map((row) => row.id);
    }),
  );
  return { ok: true, rows: rows.filter((row) => !leftOut.has(row.id) && !failedRowIds.has(row.id)) };
}
