import { beforeAll, describe, expect, test } from 'vitest';
import { checkCandidates } from '../../../../src/domain/candidates/check-table';
import { classifyCandidates, isPilotMajor } from '../../../../src/domain/candidates/classify';
import { findHeaderRow, matchHeader, normalizeHeader, suggestMapping } from '../../../../src/domain/candidates/headers';
import { formatChange, formatIssue } from '../../../../src/domain/candidates/format';
import { candidateImportTemplate, headerAliases } from '../../../../src/domain/candidates/facts';
import type { CandidateRow, CandidateValues } from '../../../../src/domain/candidates/schema';
import type { RowCheckContext } from '../../../../src/domain/candidates/check-row';
import { loadPinyinEngine } from '../../../../src/domain/pinyin/load';
import { makeId } from '../../../fixtures/candidates';

const base: CandidateValues = {
  name: '张三', pinyin: 'Zhang San', gender: '男', documentType: '身份证', documentNumber: makeId('440106', '20040512', 123),
  phone: '13800138000', enrolmentYear: '2023', educationLevel: '专科', major: '电子商务', majorCode: '530701',
};
const row = (id: number, values: Partial<CandidateValues> = {}): CandidateRow => ({ id, sourceRow: id + 1, values: { ...base, ...values } });

describe('checkCandidates', () => {
  let context: RowCheckContext;
  beforeAll(async () => {
    context = { pinyin: await loadPinyinEngine(), umlautStyle: 'lyu', today: new Date('2026-05-01T00:00:00+08:00') };
  });

  test('returns cleaned rows, their changes and issues of every row', () => {
    const result = checkCandidates([row(1, { phone: '138 0013 8000' }), row(2, { documentNumber: '' })], context);
    expect(result.rows[0]!.values.phone).toBe('13800138000');
    expect(result.changes).toHaveLength(1);
    expect(result.issues.map((issue) => [issue.rowId, issue.column])).toEqual([[2, 'documentNumber']]);
  });
});

describe('classifyCandidates', () => {
  const pilot = { isPilotSchool: true, majors: [{ name: '电子商务', code: '' }], approvedScale: 2 };
  const rows = [row(1), row(2, { major: '市场营销', majorCode: '530605' }), row(3), row(4)];

  test('places pilot-major students within the scale as 院校考生, the rest as 社会考生 with reasons', () => {
    expect(classifyCandidates(rows, pilot, {}).placements.map((p) => `${p.type}:${p.reason}`)).toEqual([
      '院校考生:试点专业，在已批准培训人数之内',
      '社会考生:「市场营销」不是本年度试点专业',
      '院校考生:试点专业，在已批准培训人数之内',
      '社会考生:试点专业学生超出已批准培训人数（2 人）',
    ]);
  });

  test('lets a manual move free a place for the next pilot student', () => {
    const placements = classifyCandidates(rows, pilot, { 1: '社会考生' }).placements;
    expect(placements.map((p) => p.type)).toEqual(['社会考生', '社会考生', '院校考生', '院校考生']);
    expect(placements[0]!.isMoved).toBe(true);
  });

  test('flags manual moves beyond the scale', () => {
    expect(classifyCandidates(rows, { ...pilot, approvedScale: 1 }, { 2: '院校考生', 4: '院校考生' }).isOverScale).toBe(true);
  });

  test('places everyone as 社会考生 when the school is not a pilot school', () => {
    const result = classifyCandidates(rows, { ...pilot, isPilotSchool: false }, {});
    expect(result.placements.every((p) => p.type === '社会考生')).toBe(true);
  });

  test.each([
    { major: { name: '电子商务', code: '' }, values: {}, expected: true },
    { major: { name: '网络营销', code: '530701' }, values: {}, expected: true },
    { major: { name: '网络营销', code: '' }, values: {}, expected: false },
  ])('isPilotMajor returns $expected for $major.name $major.code', ({ major, values, expected }) => {
    expect(isPilotMajor(row(1, values), { ...pilot, majors: [major] })).toBe(expected);
  });
});

describe('matchHeader', () => {
  test.each([
    { header: '*学生姓名', key: 'name' },
    { header: '身份证号码', key: 'documentNumber' },
    { header: '手机号码（11位）', key: 'phone' },
    { header: ' 年级 ', key: 'enrolmentYear' },
    { header: '备注', key: null },
  ])('returns $key for "$header"', ({ header, key }) => {
    expect(matchHeader(header)).toBe(key);
  });

  test('recognises every header of the platform template', () => {
    for (const column of candidateImportTemplate.columns) expect(matchHeader(`*${column.header}`)).toBe(column.key);
  });

  test('keeps aliases unique across columns', () => {
    const all = Object.values(headerAliases).flat().map(normalizeHeader);
    expect(new Set(all).size).toBe(all.length);
  });
});

describe('findHeaderRow', () => {
  test('finds the header below the template’s notes rows', () => {
    expect(findHeaderRow([['注意说明:'], ['1. …'], ['2. …'], ['3. …'], ['*学生姓名', '*姓名拼音', '*证件号码'], ['张三', '', '110']])).toBe(4);
  });

  test('returns -1 when no row names two known columns', () => {
    expect(findHeaderRow([['张三', '110'], ['李四', '120']])).toBe(-1);
  });
});

describe('suggestMapping', () => {
  test('maps known headers and leaves unknown and repeated ones unmapped', () => {
    expect(suggestMapping(['序号', '姓名', '身份证号', '证件号码'])).toEqual([null, 'name', 'documentNumber', null]);
  });
});

describe('formatIssue and formatChange', () => {
  test('names row, column, value and fix', () => {
    expect(formatIssue({ rowId: 1, sourceRow: 12, column: 'phone', value: '1380013800', severity: 'error', problem: '手机号码应为 11 位数字', fix: '请核对号码' })).toBe(
      '第 12 行「手机号码」“1380013800”：手机号码应为 11 位数字。请核对号码。',
    );
    expect(formatChange({ rowId: 1, sourceRow: 3, column: 'phone', from: '138 0013 8000', to: '13800138000', reason: '删除了分隔符号' })).toBe(
      '第 3 行「手机号码」“138 0013 8000” 改为 “13800138000”（删除了分隔符号）。',
    );
  });
});
