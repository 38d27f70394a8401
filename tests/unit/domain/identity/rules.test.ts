import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { checkCharacters, provinceCodes } from '../../../../src/domain/identity/facts';
import {
  checkDocumentNumber,
  computeCheckCharacter,
  genderFromId,
  hasValidChecksum,
  inferDocumentKind,
  isRealDate,
  isMobileNumber,
  readResidentId,
  upgradeLegacyId,
} from '../../../../src/domain/identity/rules';

const today = new Date('2026-05-01T00:00:00+08:00');
const digits17 = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }).map((list) => list.join(''));

describe('computeCheckCharacter', () => {
  test.each([
    { first17: '11010519491231002', expected: 'X' },
    { first17: '13050319670401001', expected: '6' },
    { first17: '44010620030512123', expected: computeCheckCharacter('44010620030512123') },
  ])('returns $expected for $first17', ({ first17, expected }) => {
    expect(computeCheckCharacter(first17)).toBe(expected);
  });

  test('makes every 18-character number it completes pass the checksum', () => {
    fc.assert(fc.property(digits17, (first17) => hasValidChecksum(first17 + computeCheckCharacter(first17))));
  });

  test('catches every change of a single digit', () => {
    fc.assert(
      fc.property(digits17, fc.integer({ min: 0, max: 16 }), fc.integer({ min: 1, max: 9 }), (first17, position, shift) => {
        const id = first17 + computeCheckCharacter(first17);
        const changed = id.slice(0, position) + String((Number(id[position]) + shift) % 10) + id.slice(position + 1);
        return !hasValidChecksum(changed);
      }),
    );
  });

  test('returns one of the eleven check characters', () => {
    fc.assert(fc.property(digits17, (first17) => checkCharacters.includes(computeCheckCharacter(first17))));
  });
});

describe('hasValidChecksum', () => {
  test.each([
    { id: '11010519491231002X', expected: true },
    { id: '110105194912310021', expected: false },
    { id: '11010519491231002x', expected: false },
    { id: '1101051949123100', expected: false },
  ])('returns $expected for $id', ({ id, expected }) => {
    expect(hasValidChecksum(id)).toBe(expected);
  });
});

describe('upgradeLegacyId', () => {
  test('inserts 19 and appends the check character (DOMAIN.md example)', () => {
    expect(upgradeLegacyId('130503670401001')).toBe('130503196704010016');
  });

  test('returns numbers that pass the checksum', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 15, maxLength: 15 }), (list) => hasValidChecksum(upgradeLegacyId(list.join('')))));
  });
});

describe('isRealDate', () => {
  test.each([
    { date: '20000229', expected: true },
    { date: '19000229', expected: false },
    { date: '20231301', expected: false },
    { date: '20230431', expected: false },
  ])('returns $expected for $date', ({ date, expected }) => {
    expect(isRealDate(date)).toBe(expected);
  });
});

describe('readResidentId and genderFromId', () => {
  test('reads province, birth date and gender of the DOMAIN.md example', () => {
    expect(readResidentId('11010519491231002X')).toEqual({ provinceCode: '11', birthDate: '1949-12-31', gender: '女' });
  });

  test.each([
    { id: '130503196704010016', gender: '男' },
    { id: '11010519491231002X', gender: '女' },
  ])('returns $gender for $id', ({ id, gender }) => {
    expect(genderFromId(id)).toBe(gender);
  });

  test('knows every province code of DOMAIN.md', () => {
    expect(Object.keys(provinceCodes).sort()).toEqual(
      ['11', '12', '13', '14', '15', '21', '22', '23', '31', '32', '33', '34', '35', '36', '37', '41', '42', '43', '44', '45', '46', '50', '51', '52', '53', '54', '61', '62', '63', '64', '65', '71', '81', '82', '83'].sort(),
    );
  });
});

describe('checkDocumentNumber', () => {
  const withCheck = (first17: string) => first17 + computeCheckCharacter(first17);
  test.each([
    { kind: 'residentId', number: '11010519491231002X', codes: [] },
    { kind: 'residentId', number: '110105194912310021', codes: ['checksum'] },
    { kind: 'residentId', number: '130503670401001', codes: ['legacy15'] },
    { kind: 'residentId', number: withCheck('99010519491231002'), codes: ['province'] },
    { kind: 'residentId', number: withCheck('11010519490231002'), codes: ['birthDate'] },
    { kind: 'residentId', number: withCheck('11010520300101002'), codes: ['futureBirthDate'] },
    { kind: 'residentId', number: '1101051949', codes: ['format'] },
    { kind: 'residentId', number: '', codes: ['empty'] },
    { kind: 'residencePermit', number: withCheck('81000020000101123'), codes: [] },
    { kind: 'residencePermit', number: withCheck('44010620000101123'), codes: ['residencePermitAddress'] },
    { kind: 'hkMacauPermit', number: 'H12345678', codes: [] },
    { kind: 'hkMacauPermit', number: 'M1234567801', codes: [] },
    { kind: 'hkMacauPermit', number: 'K12345678', codes: ['format'] },
    { kind: 'taiwanPermit', number: '12345678', codes: [] },
    { kind: 'taiwanPermit', number: '1234567', codes: ['format'] },
    { kind: 'passport', number: 'E12345678', codes: [] },
    { kind: 'passport', number: 'E1', codes: ['format'] },
  ] as const)('returns $codes for $kind $number', ({ kind, number, codes }) => {
    expect(checkDocumentNumber(kind, number, today).map((problem) => problem.code)).toEqual(codes);
  });

  test('suggests the upgrade for a 15-digit number', () => {
    expect(checkDocumentNumber('residentId', '130503670401001', today)).toEqual([{ code: 'legacy15', upgraded: '130503196704010016' }]);
  });
});

describe('inferDocumentKind', () => {
  test.each([
    { number: '11010519491231002X', kind: 'residentId' },
    { number: '130503670401001', kind: 'residentId' },
    { number: '810000200001011234', kind: 'residencePermit' },
    { number: 'H12345678', kind: 'hkMacauPermit' },
    { number: '12345678', kind: 'taiwanPermit' },
    { number: 'E12345678', kind: 'passport' },
    { number: '张三', kind: null },
  ])('returns $kind for $number', ({ number, kind }) => {
    expect(inferDocumentKind(number)).toBe(kind);
  });
});

describe('isMobileNumber', () => {
  test.each([
    { phone: '13912345678', expected: true },
    { phone: '19900000001', expected: true },
    { phone: '12912345678', expected: false },
    { phone: '1391234567', expected: false },
    { phone: '139123456789', expected: false },
    { phone: '010-5922632', expected: false },
    { phone: '', expected: false },
  ])('returns $expected for “$phone”', ({ phone, expected }) => {
    expect(isMobileNumber(phone)).toBe(expected);
  });
});
