/**
 * Columns whose allowed values the manual does not publish (`unpublishedLists`):
 * any value is accepted and written as it is, and the whole list gets one notice
 * that names each value and how many rows use it. A notice is about the list, not
 * a row: it never makes a row one "with problems".
 */
import { unpublishedLists } from './facts';
import { columnHeader } from './format';
import type { CandidateColumnKey, CandidateRow, CandidateValues } from './schema';

/** One notice for the whole list about one column. */
export interface ListNotice {
  column: CandidateColumnKey;
  /** Every value the list uses in this column, most used first, with its number of rows. */
  values: Array<{ value: string; rows: number }>;
  /** Values outside the usual ones, in the order of `values`. */
  unusualValues: string[];
  problem: string;
  fix: string;
}

/** Return each value of a column with the number of rows that use it, most used first (blank cells left out). */
export function countColumnValues(students: readonly CandidateValues[], column: CandidateColumnKey): Array<{ value: string; rows: number }> {
  const counts = new Map<string, number>();
  for (const student of students) {
    const value = student[column];
    if (value !== '') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts.entries()].map(([value, count]) => ({ value, rows: count })).sort((a, b) => b.rows - a.rows);
}

/** Return one notice per unpublished-list column that holds a value outside the usual ones. */
export function findListNotices(rows: readonly CandidateRow[]): ListNotice[] {
  return (Object.entries(unpublishedLists) as Array<[CandidateColumnKey, { usual: readonly string[]; published: string }]>).flatMap(([column, list]) => {
    const values = countColumnValues(rows.map((row) => row.values), column);
    const unusualValues = values.map((entry) => entry.value).filter((value) => !list.usual.includes(value));
    if (unusualValues.length === 0) return [];
    const header = columnHeader(column);
    return [
      {
        column,
        values,
        unusualValues,
        problem: `名单中的${header}有 ${values.length} 种写法：${values.map((entry) => `「${entry.value}」${entry.rows} 行`).join('、')}；其中${unusualValues.map((value) => `「${value}」`).join('、')}不是常见的写法（${list.usual.join('、')}）`,
        fix: `${list.published}，本向导按原样写入导入文件：请确认平台接受这些写法；如果不接受，在表格中统一改正后重新检查`,
      },
    ];
  });
}

/** Return the values a column's dropdown must offer: the usual ones, then every other value the list uses, so it never rejects the file's own data. */
export function listDropdownValues(usual: readonly string[], students: readonly CandidateValues[], column: CandidateColumnKey): string[] {
  const used = countColumnValues(students, column).map((entry) => entry.value);
  return [...usual, ...used.filter((value) => !usual.includes(value))];
}
