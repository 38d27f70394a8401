import { describe, expect, test } from 'vitest';
import { findCellTextProblem, rowFieldId, rowFieldPattern, scoreColumns } from '../../../../../wizards/shared/scores/score-rows';

describe('findCellTextProblem', () => {
  test.each([
    { value: '张三', expected: null },
    { value: '张\u200b三', expected: '姓名里有看不见的特殊字符（多半是从别处复制带来的），请删掉后重新输入' },
    { value: '=HYPERLINK("x")', expected: '姓名不能以 = + - @ 开头，请检查是否复制错了' },
    { value: ' 张三 ', expected: null },
  ])('returns $expected for "$value"', ({ value, expected }) => {
    expect(findCellTextProblem(value, '姓名')).toBe(expected);
  });
});

describe('rowFieldPattern', () => {
  test.each([
    { id: rowFieldId(0, 'theory'), expected: true },
    { id: rowFieldId(12, 'idNumber'), expected: true },
    { id: rowFieldId(0, 'reason-理论'), expected: false },
    { id: 'student-add', expected: false },
    { id: `${rowFieldId(1, 'name')}-error`, expected: false },
  ])('matches $id: $expected', ({ id, expected }) => {
    expect(rowFieldPattern(scoreColumns).test(id)).toBe(expected);
  });
});
