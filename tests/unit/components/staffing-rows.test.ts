import { describe, expect, test } from 'vitest';
import { formatProvidedBy, listProctorExamples } from '../../../src/components/staffing-rows';
import { siteRoles } from '../../../src/domain/staffing/facts';

describe('listProctorExamples', () => {
  test('shows both sides of the small-room limit and of a 1:20 step', () => {
    expect(listProctorExamples()).toEqual([
      { candidates: 20, proctors: 2 },
      { candidates: 40, proctors: 2 },
      { candidates: 41, proctors: 3 },
      { candidates: 60, proctors: 3 },
      { candidates: 61, proctors: 4 },
    ]);
  });
});

describe('formatProvidedBy', () => {
  test.each([
    { key: 'chiefExaminer', expected: '考点院校遴选本校老师担任' },
    { key: 'systemAdmin', expected: '考点院校遴选本校老师担任' },
    { key: 'inspector', expected: '鸿科经纬公司委派' },
  ])('returns $expected for $key', ({ key, expected }) => {
    expect(formatProvidedBy(siteRoles.find((role) => role.key === key)!)).toBe(expected);
  });
});
