import { describe, expect, test } from 'vitest';
import { passListFileName } from '../../../../wizards/certificates/file-name';

describe('passListFileName', () => {
  test.each([
    { school: '某某职业技术学院', expected: '某某职业技术学院-网店运营推广证书合格名单.xlsx' },
    { school: '', expected: '网店运营推广证书合格名单.xlsx' },
    { school: 'A/B:学院', expected: 'AB学院-网店运营推广证书合格名单.xlsx' },
  ])('returns $expected for "$school"', ({ school, expected }) => {
    expect(passListFileName(school)).toBe(expected);
  });
});
