import { describe, expect, test } from 'vitest';
import { describeWorkspaceValue, prefillHint } from '../../../../wizards/shared/workspace-hint';

describe('describeWorkspaceValue', () => {
  test.each([
    { value: '示例职业技术学院', saved: '示例职业技术学院', hint: '已填入学校工作区中保存的院校名称，可以修改。' },
    { value: ' 示例职业技术学院', saved: '示例职业技术学院', hint: '已填入学校工作区中保存的院校名称，可以修改。' },
    { value: '另一所学院', saved: '示例职业技术学院', hint: '' },
    { value: '', saved: '', hint: '' },
  ])('says “$hint” for “$value” when “$saved” is saved', ({ value, saved, hint }) => {
    expect(describeWorkspaceValue(value, saved, '院校名称')).toBe(hint);
  });
});

describe('prefillHint', () => {
  test('names where the value came from: the workspace by default, or a wizard', () => {
    expect(prefillHint('院校名称')).toBe('已填入学校工作区中保存的院校名称，可以修改。');
    expect(prefillHint('主考', '「监考与考务人员」向导中的')).toBe('已填入「监考与考务人员」向导中的主考，可以修改。');
  });
});
