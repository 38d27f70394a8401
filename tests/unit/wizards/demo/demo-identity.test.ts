import { describe, expect, test } from 'vitest';
import { checkDocumentNumber, upgradeLegacyId } from '../../../../src/domain/identity/rules';
import {
  fakeCountyCode,
  findDemoResidentIdEndingInX,
  getDemoSequence,
  makeDemoLegacyId,
  makeDemoPhone,
  makeDemoResidencePermit,
  makeDemoResidentId,
} from '../../../../wizards/demo/demo-identity';

const today = new Date('2026-11-26T00:00:00Z');

describe('makeDemoResidentId', () => {
  test.each([
    { province: '44', birth: '20060101', sequence: 1 },
    { province: '65', birth: '20050228', sequence: 998 },
    { province: '11', birth: '20041231', sequence: 42 },
  ])('returns a valid number with the fake county code for $province $birth', ({ province, birth, sequence }) => {
    const id = makeDemoResidentId(province, birth, sequence);
    expect(checkDocumentNumber('residentId', id, today)).toEqual([]);
    expect(id.slice(2, 6)).toBe(fakeCountyCode);
  });
});

describe('makeDemoLegacyId', () => {
  test('returns a 15-digit number whose standard upgrade is the 18-digit one', () => {
    const { legacy, upgraded } = makeDemoLegacyId('37', '19780512', 115);
    expect(legacy).toMatch(/^\d{15}$/);
    expect(upgradeLegacyId(legacy)).toBe(upgraded);
    expect(checkDocumentNumber('residentId', upgraded, today)).toEqual([]);
  });
});

describe('makeDemoResidencePermit', () => {
  test.each(['香港', '澳门', '台湾'])('returns a valid residence permit number for %s', (region) => {
    expect(checkDocumentNumber('residencePermit', makeDemoResidencePermit(region, '20060606', 7), today)).toEqual([]);
  });

  test('throws for a place without a permit address code', () => {
    expect(() => makeDemoResidencePermit('北京', '20060606', 7)).toThrow(/北京/);
  });
});

describe('findDemoResidentIdEndingInX', () => {
  test('returns a valid number ending in X with the requested gender digit', () => {
    const id = findDemoResidentIdEndingInX('43', '20060909', getDemoSequence(3, '女'));
    expect(id).toMatch(/X$/);
    expect(Number(id[16]) % 2).toBe(0);
    expect(checkDocumentNumber('residentId', id, today)).toEqual([]);
  });
});

describe('getDemoSequence', () => {
  test.each([
    { index: 0, gender: '男' as const, parity: 1 },
    { index: 7, gender: '女' as const, parity: 0 },
    { index: 57, gender: '男' as const, parity: 1 },
  ])('returns a sequence of parity $parity for $gender', ({ index, gender, parity }) => {
    expect(getDemoSequence(index, gender) % 2).toBe(parity);
  });
});

describe('makeDemoPhone', () => {
  test('returns an 11-digit mobile number of the demo range', () => {
    expect(makeDemoPhone(12)).toBe('19900000012');
    expect(makeDemoPhone(12)).toMatch(/^1[3-9]\d{9}$/);
  });
});
