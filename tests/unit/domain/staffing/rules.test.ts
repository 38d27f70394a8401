import { describe, expect, test } from 'vitest';
import { proctorRule, siteRoles, teacherRoleKeys } from '../../../../src/domain/staffing/facts';
import { SiteRoleSchema, TeacherRoleSchema } from '../../../../src/domain/staffing/schema';
import { countProctorsAtPeak, countProctorsForRoom, isOwnMajorTeacher, listCandidateMajors } from '../../../../src/domain/staffing/rules';
import { slots } from '../../../fixtures/staff';

describe('siteRoles', () => {
  test('match their schema', () => {
    for (const role of siteRoles) expect(() => SiteRoleSchema.parse(role)).not.toThrow();
  });
});

describe('teacherRoleKeys', () => {
  test('lists every role of the schema once: the school’s site roles, then 监考员', () => {
    expect([...teacherRoleKeys].sort()).toEqual([...TeacherRoleSchema.options].sort());
    const schoolRoles = siteRoles.filter((role) => role.providedBy === 'school').map((role) => role.key);
    expect(teacherRoleKeys).toEqual([...schoolRoles, 'proctor']);
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

describe('countProctorsAtPeak', () => {
  test.each([
    { name: 'no rooms', input: [], expected: 0 },
    { name: 'one afternoon room of 45', input: slots.slice(0, 1), expected: 3 },
    { name: 'two afternoon rooms (45 and 40)', input: slots.slice(0, 2), expected: 5 },
    { name: 'two afternoon rooms and a morning room', input: slots, expected: 5 },
    { name: 'a morning and an afternoon room', input: [slots[0]!, slots[2]!], expected: 3 },
  ])('returns $expected for $name', ({ input, expected }) => {
    expect(countProctorsAtPeak(input)).toBe(expected);
  });
});

describe('isOwnMajorTeacher', () => {
  test.each([
    { subject: '电子商务', majors: ['电子商务'], expected: true },
    { subject: '电子商务专业', majors: ['电子商务'], expected: true },
    { subject: '网店运营推广实训', majors: [], expected: true },
    { subject: '电子 商务', majors: ['电子商务'], expected: true },
    { subject: '数学', majors: ['电子商务'], expected: false },
    { subject: '', majors: ['电子商务'], expected: false },
  ])('returns $expected for "$subject" with majors $majors', ({ subject, majors, expected }) => {
    expect(isOwnMajorTeacher(subject, majors)).toBe(expected);
  });
});

describe('listCandidateMajors', () => {
  test.each([
    { name: 'the pilot’s and the candidates’ majors, each once', pilot: ['电子商务'], candidates: ['电子商务', '市场营销', '电子商务'], expected: ['电子商务', '市场营销'] },
    { name: 'no blank major', pilot: [], candidates: ['', '物流管理'], expected: ['物流管理'] },
    { name: 'nothing when nothing is known', pilot: [], candidates: [], expected: [] },
  ])('returns $name', ({ pilot, candidates, expected }) => {
    expect(listCandidateMajors(pilot.map((name) => ({ name })), candidates.map((major) => ({ major })))).toEqual(expected);
  });
});
