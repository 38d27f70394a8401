import { describe, expect, test } from 'vitest';
import { countColumnValues, findListNotices, listDropdownValues } from '../../../../src/domain/candidates/list-notices';
import { formatListNotice } from '../../../../src/domain/candidates/format';
import { educationLevels } from '../../../../src/domain/candidates/facts';
import type { CandidateRow, CandidateValues } from '../../../../src/domain/candidates/schema';

const base: CandidateValues = {
  name: '张三', pinyin: 'Zhang San', gender: '男', documentType: '身份证', documentNumber: '',
  phone: '13800138000', enrolmentYear: '2023', educationLevel: '高职', major: '电子商务', majorCode: '530701',
};
const rows = (levels: string[]): CandidateRow[] => levels.map((educationLevel, index) => ({ id: index + 1, sourceRow: index + 2, values: { ...base, educationLevel } }));
/** A real school's list: 高职 on every row but one. */
const schoolList = rows([...Array<string>(34).fill('高职'), '专科']);

describe('findListNotices', () => {
  test('gives one notice for a list that writes 高职 on every row', () => {
    expect(findListNotices(schoolList)).toHaveLength(1);
  });

  test('names each value of the list and how many rows use it', () => {
    const [notice] = findListNotices(schoolList);
    expect(notice).toMatchObject({ column: 'educationLevel', values: [{ value: '高职', rows: 34 }, { value: '专科', rows: 1 }], unusualValues: ['高职'] });
    expect(formatListNotice(notice!)).toBe(
      '「专业层次」：名单中的专业层次有 2 种写法：「高职」34 行、「专科」1 行；其中「高职」不是常见的写法（中职、专科、本科）。平台的专业层次列表没有公布（手册的模板示例只写了「本科」），本向导按原样写入导入文件：请确认平台接受这些写法；如果不接受，在表格中统一改正后重新检查。',
    );
  });

  test('gives no notice when every value is a usual one', () => {
    expect(findListNotices(rows(['专科', '本科', '中职']))).toEqual([]);
  });
});

describe('countColumnValues', () => {
  test('counts each value once, most used first, and skips blank cells', () => {
    expect(countColumnValues(rows(['本科', '', '专科', '专科']).map((row) => row.values), 'educationLevel')).toEqual([
      { value: '专科', rows: 2 },
      { value: '本科', rows: 1 },
    ]);
  });
});

describe('listDropdownValues', () => {
  test('offers the usual values, then the file’s others', () => {
    expect(listDropdownValues(educationLevels, schoolList.map((row) => row.values), 'educationLevel')).toEqual([...educationLevels, '高职']);
  });
});
