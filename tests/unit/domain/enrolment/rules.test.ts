import { describe, expect, test } from 'vitest';
import { defaultFeeYuan, levelFacts } from '../../../../src/domain/certificate/facts';
import { enrolmentTemplate, recordsPerCandidate } from '../../../../src/domain/enrolment/facts';
import {
  buildEnrolmentRow,
  countByLevel,
  countExpectedRecords,
  estimateFees,
  groupCandidatesByClass,
  groupCandidatesByMajor,
  listMajorsAcrossClasses,
  splitRegistrable,
  suggestSiteName,
} from '../../../../src/domain/enrolment/rules';
import { ninetyCandidates } from '../../../fixtures/checked-candidates';

const site = { code: '1100000001', name: '北京示范学校网店运营推广职业技能等级证书' };

describe('buildEnrolmentRow', () => {
  test('fills every column of the template in its order', () => {
    const row = buildEnrolmentRow(ninetyCandidates[0]!, '中级', site);
    expect(Object.keys(row)).toEqual([...enrolmentTemplate.columns]);
    expect(Object.values(row)).toEqual([
      ninetyCandidates[0]!.name,
      ninetyCandidates[0]!.documentNumber,
      '院校考生',
      levelFacts.中级.certificateNumber,
      '网店运营推广职业技能等级证书',
      '中级',
      site.code,
      site.name,
    ]);
  });

  test.each([
    { level: '初级' as const, expected: '1530003007010027' },
    { level: '中级' as const, expected: '1530003007020028' },
    { level: '高级' as const, expected: '1530003007030029' },
  ])('uses 证书编号 $expected for $level', ({ level, expected }) => {
    expect(buildEnrolmentRow(ninetyCandidates[0]!, level, site).证书编号).toBe(expected);
  });
});

describe('countExpectedRecords', () => {
  test.each([
    { candidates: 0, expected: 0 },
    { candidates: 1, expected: recordsPerCandidate },
    { candidates: 90, expected: 180 },
  ])('returns $expected for $candidates candidates', ({ candidates, expected }) => {
    expect(countExpectedRecords(candidates)).toBe(expected);
  });
});

describe('suggestSiteName', () => {
  test.each([
    { school: '北京示范学校', expected: '北京示范学校网店运营推广职业技能等级证书' },
    { school: '  ', expected: '' },
  ])('returns "$expected" for "$school"', ({ school, expected }) => {
    expect(suggestSiteName(school)).toBe(expected);
  });
});

describe('estimateFees', () => {
  test('uses the manual’s fees when the province set none', () => {
    expect(estimateFees({ 初级: 50, 中级: 30 })).toEqual({
      lines: [
        { level: '初级', candidates: 50, feeYuan: defaultFeeYuan.初级, totalYuan: 19000, isDefaultFee: true },
        { level: '中级', candidates: 30, feeYuan: defaultFeeYuan.中级, totalYuan: 10800, isDefaultFee: true },
      ],
      totalYuan: 29800,
    });
  });

  test.each([
    { counts: { 高级: 10 }, provincial: {}, expected: 3600 },
    { counts: { 高级: 10 }, provincial: { 高级: 300 }, expected: 3000 },
    { counts: { 初级: 0, 中级: 2 }, provincial: { 初级: 100 }, expected: 720 },
    { counts: {}, provincial: {}, expected: 0 },
  ])('returns total $expected for $counts with provincial fees $provincial', ({ counts, provincial, expected }) => {
    expect(estimateFees(counts, provincial).totalYuan).toBe(expected);
  });

  test('marks a provincial fee as not the default', () => {
    expect(estimateFees({ 初级: 1 }, { 初级: 400 }).lines[0]!.isDefaultFee).toBe(false);
  });
});

describe('groupCandidatesByClass', () => {
  test('groups by year of entry and major in first-seen order', () => {
    expect(groupCandidatesByClass(ninetyCandidates).map((group) => [group.label, group.documentNumbers.length])).toEqual([
      ['2023级 电子商务', 50],
      ['2024级 电子商务', 30],
      ['2024级 市场营销', 10],
    ]);
  });

  test('labels a class without a year or major so it can still be chosen', () => {
    expect(groupCandidatesByClass([{ documentNumber: '1', major: '', enrolmentYear: '' }]).map((group) => group.label)).toEqual(['未填写专业']);
  });
});

describe('groupCandidatesByMajor', () => {
  test('puts every year of a major in one group, in first-seen order', () => {
    expect(groupCandidatesByMajor(ninetyCandidates).map((group) => [group.label, group.documentNumbers.length])).toEqual([
      ['电子商务专业（各年级）', 80],
      ['市场营销专业（各年级）', 10],
    ]);
  });
});

describe('listMajorsAcrossClasses', () => {
  const candidate = (documentNumber: string, enrolmentYear: string, major: string) => ({ documentNumber, enrolmentYear, major });
  test.each([
    { name: 'one class', candidates: [candidate('1', '2024', '电子商务'), candidate('2', '2024', '电子商务')], expected: [] },
    {
      name: 'a major over two years beside a one-class major',
      candidates: [candidate('1', '2024', '电子商务'), candidate('2', '2023', '电子商务'), candidate('3', '2024', '市场营销')],
      expected: [['电子商务专业（各年级）', 2]],
    },
  ])('returns $expected for $name', ({ candidates, expected }) => {
    expect(listMajorsAcrossClasses(candidates).map((group) => [group.label, group.documentNumbers.length])).toEqual(expected);
  });
});

describe('splitRegistrable', () => {
  const [first, second, third] = ninetyCandidates;
  const choices = new Map([
    [first!.documentNumber, { level: '初级' as const, isInfoAccurate: true }],
    [second!.documentNumber, { level: '初级' as const, isInfoAccurate: false }],
    [third!.documentNumber, { level: null, isInfoAccurate: true }],
  ]);

  test('keeps only 信息准确 candidates with a level, and says why the others are left out', () => {
    const { included, excluded } = splitRegistrable([first!, second!, third!], choices);
    expect(included.map((candidate) => candidate.documentNumber)).toEqual([first!.documentNumber]);
    expect(excluded.map((entry) => entry.reason)).toEqual(['notAccurate', 'noLevel']);
  });
});

describe('countByLevel', () => {
  test('counts each level', () => {
    expect(countByLevel([{ level: '初级' }, { level: '中级' }, { level: '初级' }])).toEqual({ 初级: 2, 中级: 1 });
  });
});
