/**
 * What each screen of the candidate wizard checks on 下一步, and the data changes
 * the machine makes: pure functions of the context, so the machine only sequences.
 */
import { candidateImportTemplate, derivableColumns } from '../../src/domain/candidates/facts';
import { columnHeader } from '../../src/domain/candidates/format';
import { suggestMapping } from '../../src/domain/candidates/headers';
import type { CandidateChange, CandidateColumnKey, CandidateRow } from '../../src/domain/candidates/schema';
import type { Pilot } from '../../src/domain/workspace/schema';
import type { FieldError } from '../kit/wizard-machine';
import type { CandidatesContext, SourceTable } from './context';

const templateKeys = candidateImportTemplate.columns.map((column) => column.key as CandidateColumnKey);

/** Return the errors of the 学校 screen. */
export function validateSchool(context: CandidatesContext): FieldError[] {
  return context.schoolName.trim() === '' ? [{ field: 'schoolName', message: '请输入学校名称' }] : [];
}

/** Return the errors of the 名单来源 screen. */
export function validateSourceKind(context: CandidatesContext): FieldError[] {
  return context.sourceKind ? [] : [{ field: 'sourceKind', message: '请选择怎样提供学生名单' }];
}

/** Return the mapping for a newly read source: known headers matched, or template order when there is no header row. */
export function createMapping(source: SourceTable): Array<CandidateColumnKey | null> {
  if (source.hasHeaderRow) return suggestMapping(source.headers);
  return source.headers.map((_, index) => templateKeys[index] ?? null);
}

/** Return the template columns no source column maps to and that cannot be worked out. */
export function listMissingColumns(context: CandidatesContext): CandidateColumnKey[] {
  return templateKeys.filter((key) => !context.mapping.includes(key) && !derivableColumns.includes(key));
}

/** Return the errors of the 列对应 screen: each column used once; name and number present. */
export function validateMapping(context: CandidatesContext): FieldError[] {
  const errors: FieldError[] = [];
  context.mapping.forEach((key, index) => {
    if (key && context.mapping.indexOf(key) !== index) {
      errors.push({ field: `mapping-${index}`, message: `「${columnHeader(key)}」对应了不止一列：请只保留一列` });
    }
  });
  for (const key of ['name', 'documentNumber'] as const) {
    if (!context.mapping.includes(key)) {
      errors.push({ field: 'mapping-0', message: `名单中没有找到「${columnHeader(key)}」列：请在下面指出哪一列是${columnHeader(key)}` });
    }
  }
  return errors;
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

/** Return the errors of the table screen where the list is typed. */
export function validateTypedRows(context: CandidatesContext): FieldError[] {
  const hasAny = context.rows.some((row) => Object.values(row.values).some((value) => value.trim() !== ''));
  return hasAny ? [] : [{ field: 'cell-1-name', message: '表格是空的：请至少填写一名学生' }];
}

/** Return rows without the completely empty ones (typed tables often end with blank rows). */
export function dropEmptyRows(rows: readonly CandidateRow[]): CandidateRow[] {
  return rows.filter((row) => Object.values(row.values).some((value) => value.trim() !== ''));
}

/** Return the errors of the 检查结果 screen. */
export function validateReview(context: CandidatesContext): FieldError[] {
  const check = context.check;
  if (!check) return [{ field: 'recheck', message: '请先检查名单' }];
  if (check.isStale) return [{ field: 'recheck', message: '表格改过之后还没有重新检查：请点「重新检查」' }];
  const failed = new Set(check.issues.filter((issue) => issue.severity === 'error').map((issue) => issue.rowId));
  if (failed.size > 0 && !context.isExcludingFailedRows) {
    return [{ field: 'excludeFailedRows', message: `还有 ${failed.size} 名学生的信息有错误：请在表格中改正后点「重新检查」，或勾选「先不导入有错误的学生」` }];
  }
  if (failed.size === context.rows.length) return [{ field: 'recheck', message: '所有学生的信息都有错误，没有可以导入的学生' }];
  return [];
}

/** Return the pilot settings from what was typed, or the errors of the 试点专业 screen. */
export function parsePilot(context: CandidatesContext): { pilot: Pilot; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const majors = context.pilotMajorsText
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const match = /^(.*?)[\s,，、]+([0-9A-Za-z]+)$/.exec(line);
      return match ? { name: match[1]!.trim(), code: match[2]! } : { name: line, code: '' };
    });
  const scaleText = context.approvedScaleText.trim();
  const scale = /^\d+$/.test(scaleText) ? Number(scaleText) : null;
  if (context.pilot.isPilotSchool) {
    if (majors.length === 0) errors.push({ field: 'pilotMajors', message: '请填写本年度的试点专业，每行一个' });
    if (scale === null) errors.push({ field: 'approvedScale', message: '请用数字填写已批准培训人数，例如 120' });
  }
  return { pilot: { isPilotSchool: context.pilot.isPilotSchool, majors, approvedScale: scale }, errors };
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
