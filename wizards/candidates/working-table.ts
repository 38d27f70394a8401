/**
 * The working table and how the machine changes it: a source mapped into rows,
 * a typed table started and tidied, a cell edited, a row deleted, and the
 * automatic changes of each check merged. Pure functions of the context.
 */
import { candidateImportTemplate, derivableColumns } from '../../src/domain/candidates/facts';
import { suggestMapping } from '../../src/domain/candidates/headers';
import type { CandidateChange, CandidateColumnKey, CandidateRow } from '../../src/domain/candidates/schema';
import { createEmptyRow, initialTableRows } from './context';
import type { CandidatesContext, SourceTable } from './context-schema';

const templateKeys = candidateImportTemplate.columns.map((column) => column.key as CandidateColumnKey);

/** Return the DOM id of a cell's input in the table, which error links and 在表格中查看 point at. */
export function cellId(rowId: number, column: CandidateColumnKey): string {
  return `cell-${rowId}-${column}`;
}

/** Return the row id in a cell's DOM id (`cellId`), or null for any other id. */
export function readCellRowId(fieldId: string): number | null {
  const match = /^cell-(\d+)-[a-zA-Z]+$/.exec(fieldId);
  return match ? Number(match[1]) : null;
}

/** Id of the table's 添加一行 button: the field an empty typed table's error links to when it has no row left. */
export const addRowFieldId = 'addRow';

/** Return the mapping for a newly read source: known headers matched, or template order when there is no header row. */
export function createMapping(source: SourceTable): Array<CandidateColumnKey | null> {
  if (source.hasHeaderRow) return suggestMapping(source.headers);
  return source.headers.map((_, index) => templateKeys[index] ?? null);
}

/** Return the context of a newly read source: its suggested mapping, and nothing left of an earlier list's check. */
export function startMapping(source: SourceTable): Pick<CandidatesContext, 'source' | 'mapping' | 'fillValues' | 'check' | 'changes' | 'moves'> {
  return { source, mapping: createMapping(source), fillValues: {}, check: null, changes: [], moves: {} };
}

/** Return the template columns no source column maps to and that cannot be worked out. */
export function listMissingColumns(context: CandidatesContext): CandidateColumnKey[] {
  return templateKeys.filter((key) => !context.mapping.includes(key) && !derivableColumns.includes(key));
}

/** Return the working rows from a source table and its mapping (fill values applied to missing columns). */
export function applyMapping(context: CandidatesContext): Pick<CandidatesContext, 'rows' | 'nextRowId' | 'lostDigits'> {
  const source = context.source!;
  const lostDigits: CandidatesContext['lostDigits'] = [];
  const rows = source.rows.map((cells, index): CandidateRow => {
    const values = Object.fromEntries(templateKeys.map((key) => [key, context.fillValues[key]?.trim() ?? ''])) as CandidateRow['values'];
    context.mapping.forEach((key, column) => {
      if (key) values[key] = cells[column] ?? '';
    });
    return { id: index + 1, sourceRow: source.rowNumbers[index]!, values };
  });
  const bySourceRow = new Map(rows.map((row) => [row.sourceRow, row]));
  for (const cell of source.lostDigits) {
    const column = context.mapping[cell.column];
    const row = bySourceRow.get(cell.sourceRow);
    if (column && row) lostDigits.push({ rowId: row.id, column });
  }
  return { rows, nextRowId: rows.length + 1, lostDigits };
}

/** Return the table to type into: the rows already there, or a few empty ones to start with. */
export function startTypedTable(context: CandidatesContext): Pick<CandidatesContext, 'rows' | 'nextRowId'> {
  if (context.rows.length > 0) return { rows: context.rows, nextRowId: context.nextRowId };
  return { rows: Array.from({ length: initialTableRows }, (_, index) => createEmptyRow(index + 1)), nextRowId: initialTableRows + 1 };
}

/** Return rows without the completely empty ones (typed tables often end with blank rows). */
export function dropEmptyRows(rows: readonly CandidateRow[]): CandidateRow[] {
  return rows.filter((row) => Object.values(row.values).some((value) => value.trim() !== ''));
}

/** Return the check marked out of date: the table changed after it. */
function markStale(context: CandidatesContext): Pick<CandidatesContext, 'check'> {
  return { check: context.check && { ...context.check, isStale: true } };
}

/** Return the table with one cell changed; a cell whose digits Excel had lost is no longer reported once retyped. */
export function editCell(context: CandidatesContext, rowId: number, column: CandidateColumnKey, value: string): Pick<CandidatesContext, 'rows' | 'lostDigits' | 'check'> {
  return {
    rows: context.rows.map((row) => (row.id === rowId ? { ...row, values: { ...row.values, [column]: value } } : row)),
    lostDigits: context.lostDigits.filter((cell) => !(cell.rowId === rowId && cell.column === column)),
    ...markStale(context),
  };
}

/** Return the table without one row. */
export function deleteRow(context: CandidatesContext, rowId: number): Pick<CandidatesContext, 'rows' | 'check'> {
  return { rows: context.rows.filter((row) => row.id !== rowId), ...markStale(context) };
}

/** Return the table with an empty row added at the end. */
export function addRow(context: CandidatesContext): Pick<CandidatesContext, 'rows' | 'nextRowId'> {
  return { rows: [...context.rows, createEmptyRow(context.nextRowId)], nextRowId: context.nextRowId + 1 };
}

/** Return the changes list with new changes added; a cell changed again keeps its first 「from」. */
export function mergeChanges(previous: readonly CandidateChange[], added: readonly CandidateChange[]): CandidateChange[] {
  if (added.length === 0) return [...previous];
  const byCell = new Map(previous.map((change) => [`${change.rowId}:${change.column}`, change]));
  for (const change of added) {
    const key = `${change.rowId}:${change.column}`;
    const earlier = byCell.get(key);
    byCell.delete(key);
    byCell.set(key, earlier ? { ...change, from: earlier.from, reason: `${earlier.reason}；${change.reason}` } : change);
  }
  return [...byCell.values()];
}
