import { describe, expect, test } from 'vitest';
import { proctorRule, siteRoles } from '../../../../src/domain/staffing/facts';
import { SiteRoleSchema } from '../../../../src/domain/staffing/schema';
import { countProctorsForRoom } from '../../../../src/domain/staffing/rules';

describe('siteRoles', () => {
  test('match their schema', () => {
    for (const role of siteRoles) expect(() => SiteRoleSchema.parse(role)).not.toThrow();
  });
});

describe('countProctorsForRoom', () => {
  test.each([
    { candidates: 0, expected: 0 },
    { candidates: 1, expected: proctorRule.minimumPerRoom },
    { candidates: 40, expected: 2 },
    { candidates: 41, expected: 3 },
    { candidates: 45, expected: 3 },
    { candidates: 60, expected: 3 },
    { candidates: 61, expected: 4 },
  ])('returns $expected for $candidates candidates', ({ candidates, expected }) => {
    expect(countProctorsForRoom(candidates)).toBe(expected);
  });
});
