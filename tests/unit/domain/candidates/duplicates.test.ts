import { describe, expect, test } from 'vitest';
import {
  applyConflictDecisions,
  decideConflict,
  findDuplicateGroups,
  findDuplicates,
  listUndecidedConflicts,
  selectImportRows,
} from '../../../../src/domain/candidates/duplicates';
import type { CandidateRow, CandidateValues } from '../../../../src/domain/candidates/schema';
import { makeId } from '../../../fixtures/candidates';

const base: CandidateValues = {
  name: '张三', pinyin: 'Zhang San', gender: '男', documentType: '身份证', documentNumber: makeId('440106', '20040512', 123),
  phone: '13800138000', enrolmentYear: '2023', educationLevel: '专科', major: '电子商务', majorCode: '530701',
};
const row = (id: number, values: Partial<CandidateValues> = {}): CandidateRow => ({ id, sourceRow: id + 1, values: { ...base, ...values } });
const otherNumber = makeId('440106', '20040512', 125);
/** Rows 1 and 3 share a number with another name and phone; row 2 is someone else. */
const pair = [row(1), row(2, { documentNumber: otherNumber, name: '李四' }), row(3, { name: '张山', phone: '13900139000' })];

describe('findDuplicates', () => {
  test('reports an exact duplicate against the first row, and only the later copy', () => {
    const issues = findDuplicates([row(1), row(2)]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ rowId: 2, severity: 'error', problem: '与第 2 行完全相同，是重复的一行' });
  });

  test('flags both rows of a conflicting pair as one conflict group', () => {
    const issues = findDuplicates(pair);
    expect(issues.map((issue) => [issue.rowId, issue.severity, issue.conflictGroup])).toEqual([
      [1, 'error', '1,3'],
      [3, 'error', '1,3'],
    ]);
  });

  test('says each row of a pair conflicts with the other, naming what differs', () => {
    expect(findDuplicates(pair).map((issue) => issue.problem)).toEqual([
      '与第 4 行证件号码相同，但学生姓名、手机号码不同：这两行互相冲突，在您选定之前都不会写入导入文件',
      '与第 2 行证件号码相同，但学生姓名、手机号码不同：这两行互相冲突，在您选定之前都不会写入导入文件',
    ]);
  });

  test('names every other row of a group of three', () => {
    const issues = findDuplicates([row(1), row(2, { phone: '13900139000' }), row(3, { name: '张山' })]);
    expect(issues.map((issue) => issue.problem.split('：')[0])).toEqual([
      '与第 3 行、第 4 行证件号码相同，但学生姓名、手机号码不同',
      '与第 2 行、第 4 行证件号码相同，但学生姓名、手机号码不同',
      '与第 2 行、第 3 行证件号码相同，但学生姓名、手机号码不同',
    ]);
  });

  test('returns nothing for different numbers or empty ones', () => {
    expect(findDuplicates([row(1), row(2, { documentNumber: otherNumber }), row(3, { documentNumber: '' }), row(4, { documentNumber: '' })])).toEqual([]);
  });
});

describe('selectImportRows', () => {
  test('refuses while a conflicting pair is undecided', () => {
    const selection = selectImportRows(pair, {});
    expect(selection.ok).toBe(false);
    expect(selection.ok ? [] : selection.undecided.map((group) => group.key)).toEqual(['1,3']);
  });

  test.each([
    { choice: 'row A', keep: 1, expected: [1, 2] },
    { choice: 'row B', keep: 3, expected: [2, 3] },
    { choice: 'neither', keep: null, expected: [2] },
  ])('imports the decided rows when the user keeps $choice', ({ keep, expected }) => {
    const selection = selectImportRows(pair, decideConflict({}, '1,3', keep));
    expect(selection.ok && selection.rows.map((entry) => entry.id)).toEqual(expected);
  });

  test('treats a decision for a row no longer in the group as undecided', () => {
    expect(selectImportRows(pair, { '1,3': 7 }).ok).toBe(false);
  });

  test('asks again when the group changes (a third row with the same number)', () => {
    const grown = [...pair, row(4, { phone: '13700137000' })];
    expect(listUndecidedConflicts(findDuplicateGroups(grown), { '1,3': 1 }).map((group) => group.key)).toEqual(['1,3,4']);
  });

  test('leaves out rows with errors when asked, besides the decision', () => {
    const selection = selectImportRows(pair, { '1,3': 1 }, new Set([2]));
    expect(selection.ok && selection.rows.map((entry) => entry.id)).toEqual([1]);
  });

  test('needs no decision for exact copies', () => {
    expect(selectImportRows([row(1), row(2)], {}).ok).toBe(true);
  });
});

describe('applyConflictDecisions', () => {
  const groups = findDuplicateGroups(pair);
  const issues = findDuplicates(pair);

  test('keeps the errors of an undecided pair', () => {
    expect(applyConflictDecisions(issues, groups, {})).toEqual(issues);
  });

  test('clears the kept row and says why the other row is left out', () => {
    const resolved = applyConflictDecisions(issues, groups, { '1,3': 3 });
    expect(resolved.map((issue) => [issue.rowId, issue.severity, issue.problem])).toEqual([[1, 'warning', '按您的选择不导入这一行：与第 4 行证件号码相同，保留了第 4 行']]);
  });

  test('says both rows are left out when the user keeps neither', () => {
    const resolved = applyConflictDecisions(issues, groups, { '1,3': null });
    expect(resolved.map((issue) => [issue.rowId, issue.severity])).toEqual([[1, 'warning'], [3, 'warning']]);
  });
});
