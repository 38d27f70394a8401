import { describe, expect, test } from 'vitest';
import { certificate, defaultFeeYuan, levelFacts, levels, scoring } from '../../../../src/domain/certificate/facts';
import {
  CertificateFactsSchema,
  LevelFactsSchema,
} from '../../../../src/domain/certificate/facts-schema';
import {
  formatBanner,
  formatCertificateTitle,
  getSubject,
  isCertificatePassed,
  isPassingScore,
  isValidScore,
  listSubjects,
} from '../../../../src/domain/certificate/rules';

describe('certificate facts', () => {
  test('match their schemas', () => {
    expect(() => CertificateFactsSchema.parse(certificate)).not.toThrow();
    for (const level of levels) expect(() => LevelFactsSchema.parse(levelFacts[level])).not.toThrow();
  });

  test('give every level a fee', () => {
    expect(levels.every((level) => defaultFeeYuan[level] > 0)).toBe(true);
  });

  test('embed the certificate number in each subject code of its level', () => {
    // 证书编号 1530003007…0027 and 科目编号 1630003007…0027101 differ only in the second digit and the suffix.
    for (const level of levels) {
      const { certificateNumber, subjects } = levelFacts[level];
      for (const subject of subjects) expect(subject.code.slice(2, 16)).toBe(certificateNumber.slice(2));
    }
  });
});

describe('listSubjects', () => {
  test('returns six subjects, theory before practical in each level', () => {
    const subjects = listSubjects();
    expect(subjects.map((s) => s.name)).toEqual(['初级理论', '初级实操', '中级理论', '中级实操', '高级理论', '高级实操']);
  });
});

describe('getSubject', () => {
  test.each([
    { level: '初级', kind: '理论', code: '1630003007010027101' },
    { level: '中级', kind: '实操', code: '1630003007020028203' },
    { level: '高级', kind: '实操', code: '1630003007030029302' },
  ] as const)('returns $code for $level $kind', ({ level, kind, code }) => {
    expect(getSubject(level, kind).code).toBe(code);
  });
});

describe('isPassingScore', () => {
  test.each([
    { score: 59, expected: false },
    { score: 59.5, expected: false },
    { score: 60, expected: true },
    { score: 100, expected: true },
  ])('returns $expected for $score', ({ score, expected }) => {
    expect(isPassingScore(score)).toBe(expected);
  });
});

describe('isCertificatePassed', () => {
  test.each([
    { theory: 60, practical: 60, expected: true },
    { theory: 59, practical: 100, expected: false },
    { theory: 100, practical: 59, expected: false },
    { theory: 0, practical: 0, expected: false },
  ])('returns $expected for theory $theory and practical $practical', ({ theory, practical, expected }) => {
    expect(isCertificatePassed(theory, practical)).toBe(expected);
  });
});

describe('isValidScore', () => {
  test.each([
    { score: 0, expected: true },
    { score: scoring.fullMarks, expected: true },
    { score: 105, expected: false },
    { score: -1, expected: false },
    { score: Number.NaN, expected: false },
  ])('returns $expected for $score', ({ score, expected }) => {
    expect(isValidScore(score)).toBe(expected);
  });
});

describe('formatCertificateTitle', () => {
  test('returns the name with the level in full-width brackets', () => {
    expect(formatCertificateTitle(certificate.name, '中级')).toBe('网店运营推广职业技能等级证书（中级）');
  });
});

describe('formatBanner', () => {
  test('returns the manual’s banner text for a level', () => {
    expect(formatBanner('高级')).toBe('1+X 网店运营推广职业技能等级证书（高级）考试');
  });
});
