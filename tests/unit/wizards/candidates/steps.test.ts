import { describe, expect, test } from 'vitest';
import { createEmptyWorkspace } from '../../../../src/domain/workspace/rules';
import { createEmptyRow, createInitialContext } from '../../../../wizards/candidates/context';
import type { CandidatesContext, SourceTable } from '../../../../wizards/candidates/context-schema';
import { validateMapping, validateTypedRows, validateUpload } from '../../../../wizards/candidates/steps';

const fresh = createInitialContext(createEmptyWorkspace());
const read = (kind: 'file' | 'paste'): SourceTable => ({
  origin: { kind, fileName: kind === 'file' ? '名单.xlsx' : null },
  sheetName: null,
  hasHeaderRow: true,
  headers: ['姓名', '学生姓名', '身份证号'],
  rows: [['张三', '张三', '11010519491231002X']],
  rowNumbers: [2],
  lostDigits: [],
  skippedBlankRows: 0,
});
const typed = (rows: CandidatesContext['rows']): CandidatesContext => ({ ...fresh, sourceKind: 'table', rows });

describe('validateUpload', () => {
  test.each([
    { case: 'nothing read', context: fresh, expected: ['sourceFile'] },
    { case: 'a paste read before the file was chosen', context: { ...fresh, source: read('paste') }, expected: ['sourceFile'] },
    { case: 'a file read', context: { ...fresh, source: read('file') }, expected: [] },
  ])('returns $expected for $case', ({ context, expected }) => {
    expect(validateUpload(context).map((error) => error.field)).toEqual(expected);
  });
});

describe('validateMapping', () => {
  test('links a column chosen twice to its own choice, and a missing column to the first', () => {
    const errors = validateMapping({ ...fresh, source: read('file'), mapping: ['name', 'name', null] });
    expect(errors).toEqual([
      { field: 'mapping-1', message: '「学生姓名」对应了不止一列：请只保留一列' },
      { field: 'mapping-0', message: '名单中没有找到「证件号码」列：请在下面指出哪一列是证件号码' },
    ]);
  });
});

describe('validateTypedRows', () => {
  test.each([
    { case: 'the first row deleted', rows: [createEmptyRow(2), createEmptyRow(3)], expected: ['cell-2-name'] },
    { case: 'every row deleted', rows: [], expected: ['addRow'] },
    { case: 'one name typed', rows: [{ ...createEmptyRow(1), values: { ...createEmptyRow(1).values, name: '张三' } }], expected: [] },
  ])('links the empty table’s error to a field on it with $case', ({ rows, expected }) => {
    expect(validateTypedRows(typed(rows)).map((error) => error.field)).toEqual(expected);
  });
});
