import { beforeAll, describe, expect, test } from 'vitest';
import { checkRow, type RowCheckContext } from '../../../../src/domain/candidates/check-row';
import { cleanRow, cleanValue } from '../../../../src/domain/candidates/clean';
import type { CandidateValues } from '../../../../src/domain/candidates/schema';
import { documentTypeReading } from '../../../../src/domain/candidates/facts';
import { loadPinyinEngine } from '../../../../src/domain/pinyin/load';
import { makeId } from '../../../fixtures/candidates';

let context: RowCheckContext;
beforeAll(async () => {
  context = { pinyin: await loadPinyinEngine(), umlautStyle: 'lyu', today: new Date('2026-05-01T00:00:00+08:00') };
});

const maleId = makeId('440106', '20040512', 123);
const femaleId = makeId('440106', '20040512', 124);
const valid: CandidateValues = {
  name: '张三丰', pinyin: 'Zhang Sanfeng', gender: '男', documentType: '身份证', documentNumber: maleId,
  phone: '13800138000', enrolmentYear: '2023', educationLevel: '专科', major: '电子商务', majorCode: '530701',
};
const problemsOf = (values: Partial<CandidateValues>) =>
  checkRow({ ...valid, ...values }, context).issues.map((issue) => `${issue.severity}:${issue.column}`);

describe('cleanValue', () => {
  test.each([
    { column: 'name', value: '张　三', text: '张三' },
    { column: 'name', value: '库尔班 • 热合曼', text: '库尔班·热合曼' },
    { column: 'pinyin', value: 'zhang  san', text: 'Zhang San' },
    { column: 'gender', value: '男性', text: '男' },
    { column: 'documentType', value: '居民身份证', text: '身份证' },
    { column: 'documentNumber', value: '４４０１０６ 2004-0512 123x', text: '4401062004051212 3X'.replace(' ', '') },
    { column: 'phone', value: '+86 138-0013-8000', text: '13800138000' },
    { column: 'enrolmentYear', value: '２０２３级', text: '2023' },
    { column: 'enrolmentYear', value: '2023-09-01', text: '2023' },
    { column: 'majorCode', value: '５３０７０１', text: '530701' },
    { column: 'major', value: '电子商务', text: '电子商务' },
  ] as const)('returns $text for $column "$value"', ({ column, value, text }) => {
    expect(cleanValue(column, value).text).toBe(text);
  });

  test('gives a reason for every step that changed the value', () => {
    expect(cleanValue('documentNumber', ' 11010519491231002x').reasons).toEqual(['删除了前后的空格', '小写 x 改为大写 X']);
  });
});

describe('cleanRow', () => {
  test('returns no changes for a clean row', () => {
    expect(cleanRow(valid).changes).toEqual([]);
  });

  test('returns one change per changed cell with from and to', () => {
    expect(cleanRow({ ...valid, phone: '138 0013 8000' }).changes).toEqual([
      { column: 'phone', from: '138 0013 8000', to: '13800138000', reason: '删除了分隔符号' },
    ]);
  });
});

describe('checkRow', () => {
  test('returns no problems for a valid student', () => {
    expect(problemsOf({})).toEqual([]);
  });

  test.each([
    { case: 'an empty name', values: { name: '' }, expected: ['error:name'] },
    { case: 'a name with digits', values: { name: '张3' }, expected: ['error:name'] },
    { case: 'a formula in the name', values: { name: '=1+1' }, expected: ['error:name'] },
    { case: 'a formula in the phone', values: { phone: '+8613800138000' }, expected: ['error:phone'] },
    { case: 'a foreign name', values: { name: 'John Smith', pinyin: 'John Smith' }, expected: ['warning:name'] },
    { case: 'pinyin written without a space', values: { pinyin: 'Zhangsanfeng' }, expected: ['error:pinyin'] },
    { case: 'pinyin that does not match the name', values: { pinyin: 'Zhang Sanfen' }, expected: ['warning:pinyin'] },
    { case: 'a gender that contradicts the ID', values: { documentNumber: femaleId }, expected: ['error:gender'] },
    { case: 'an unknown gender', values: { gender: '未知' }, expected: ['error:gender'] },
    { case: 'a bad checksum', values: { documentNumber: maleId.slice(0, 17) + (maleId[17] === '1' ? '2' : '1') }, expected: ['error:documentNumber'] },
    { case: 'a 15-digit ID', values: { documentNumber: '130503670401001' }, expected: ['error:documentNumber'] },
    { case: 'an unlisted document type with an ID number', values: { documentType: '学生证' }, expected: [] },
    { case: 'an unlisted document type with a permit number', values: { documentType: '港澳台身份证', documentNumber: 'H12345678', gender: '男' }, expected: ['warning:documentType'] },
    { case: 'a passport number that looks like an ID', values: { documentType: '护照', documentNumber: maleId }, expected: ['error:documentNumber', 'warning:documentNumber'] },
    { case: 'a ten-digit phone', values: { phone: '1380013800' }, expected: ['error:phone'] },
    { case: 'a year of two digits', values: { enrolmentYear: '23' }, expected: ['error:enrolmentYear'] },
    { case: 'a year long ago', values: { enrolmentYear: '2001' }, expected: ['warning:enrolmentYear'] },
    { case: 'an education level outside the usual ones (one notice for the whole list instead)', values: { educationLevel: '高职' }, expected: [] },
    { case: 'an empty major code', values: { majorCode: '' }, expected: ['error:majorCode'] },
    { case: 'a 吕 name', values: { name: '吕布', pinyin: 'Lyu Bu' }, expected: ['warning:pinyin'] },
    { case: 'a minority name', values: { name: '库尔班·热合曼', pinyin: 'Kuerban Rehemani' }, expected: ['warning:pinyin', 'warning:pinyin'] },
  ])('reports $expected for $case', ({ values, expected }) => {
    expect(problemsOf(values)).toEqual(expected);
  });

  test('suggests the 18-digit upgrade of a 15-digit ID', () => {
    const issue = checkRow({ ...valid, documentNumber: '130503670401001' }, context).issues[0]!;
    expect(issue.suggestion).toBe('130503196704010016');
  });

  test('fills an empty pinyin from the name and lists the change', () => {
    const result = checkRow({ ...valid, pinyin: '' }, context);
    expect(result.values.pinyin).toBe('Zhang Sanfeng');
    expect(result.changes).toEqual([{ column: 'pinyin', from: '', to: 'Zhang Sanfeng', reason: '姓名拼音为空，按姓名生成' }]);
  });

  test('fills an empty gender and document type from the ID and lists both', () => {
    const result = checkRow({ ...valid, gender: '', documentType: '' }, context);
    expect(result.values).toMatchObject({ gender: '男', documentType: '身份证' });
    expect(result.changes.map((change) => change.column)).toEqual(['documentType', 'gender']);
  });

  test('never overwrites a given pinyin that differs from the generated one', () => {
    expect(checkRow({ ...valid, pinyin: 'Zhang Sanfen' }, context).values.pinyin).toBe('Zhang Sanfen');
  });

  test('names the check character the number should have', () => {
    const bad = maleId.slice(0, 17) + (maleId[17] === '1' ? '2' : '1');
    expect(checkRow({ ...valid, documentNumber: bad }, context).issues[0]!.problem).toContain(`应为「${maleId[17]}」`);
  });
});

describe('checkRow with a 证件类型 outside the list', () => {
  test('maps it by the number when the number can only be a 身份证, and lists the change', () => {
    const result = checkRow({ ...valid, documentType: '港澳台身份证' }, context);
    expect(result.values.documentType).toBe('身份证');
    expect(result.changes).toEqual([
      { column: 'documentType', from: '港澳台身份证', to: '身份证', reason: '「港澳台身份证」不在本向导的证件类型中；证件号码是 18 位且校验码正确，只能是身份证，改写为「身份证」' },
    ]);
    expect(result.issues).toEqual([]);
  });

  test('maps it to 港澳台居民居住证 when the valid number starts with a residence-permit code', () => {
    const permit = makeId('810000', '20040512', 123);
    expect(checkRow({ ...valid, documentType: '居民居住证（港澳）', documentNumber: permit }, context).values.documentType).toBe('港澳台居民居住证');
  });

  test('keeps the student and the value with a warning stating the assumption when the number is not certain', () => {
    const result = checkRow({ ...valid, documentType: '港澳台身份证', documentNumber: 'H12345678' }, context);
    expect(result.values.documentType).toBe('港澳台身份证');
    expect(result.issues).toEqual([
      {
        column: 'documentType',
        value: '港澳台身份证',
        severity: 'warning',
        problem: '「港澳台身份证」不在本向导的证件类型（身份证、港澳台居民居住证、港澳居民来往内地通行证、台湾居民来往大陆通行证、护照）中',
        fix: `${documentTypeReading}。本向导假定平台接受「港澳台身份证」，按原样写入导入文件，证件号码不按证件规则核对；号码的格式像港澳居民来往内地通行证，如果是，请改为「港澳居民来往内地通行证」`,
        suggestion: '港澳居民来往内地通行证',
      },
    ]);
  });

  test('offers no guess when the number fits no document', () => {
    const [issue] = checkRow({ ...valid, documentType: '其他证件', documentNumber: '12' }, context).issues;
    expect(issue).toMatchObject({ column: 'documentType', severity: 'warning' });
    expect(issue!.suggestion).toBeUndefined();
  });
});
