import { describe, expect, test } from 'vitest';
import { checkProctorAssignments, checkSiteRoles, checkTeacherDrafts, getRoleKey, getRoleName } from '../../../../src/domain/staffing/checks';
import { majors, slots, teachers } from '../../../fixtures/staff';

const assignments = [
  { roomName: '301', level: '初级' as const, proctors: ['钱伟', '孙丽', '吴刚'] },
  { roomName: '302', level: '初级' as const, proctors: ['郑芳', '赵敏'] },
  { roomName: '301', level: '中级' as const, proctors: ['钱伟', '孙丽'] },
];

describe('checkTeacherDrafts', () => {
  test('asks for a teacher when there is none', () => {
    expect(checkTeacherDrafts([]).map((problem) => problem.field)).toEqual(['teacher-add']);
  });

  test.each([
    { name: 'an empty name', rows: [{ ...teachers[0]!, name: '' }], field: 'teacher-0-name' },
    { name: 'a repeated name', rows: [teachers[0]!, { ...teachers[1]!, name: '王建国' }], field: 'teacher-1-name' },
    { name: 'a short phone', rows: [{ ...teachers[0]!, phone: '1390000000' }], field: 'teacher-0-phone' },
    { name: 'a landline', rows: [{ ...teachers[0]!, phone: '01059226329' }], field: 'teacher-0-phone' },
  ])('reports $name on $field', ({ rows, field }) => {
    expect(checkTeacherDrafts(rows).map((problem) => problem.field)).toEqual([field]);
  });

  test('accepts the fixture teachers', () => {
    expect(checkTeacherDrafts(teachers)).toEqual([]);
  });
});

describe('checkSiteRoles', () => {
  test('accepts one of each role', () => {
    expect(checkSiteRoles(teachers)).toEqual({ errors: [], warnings: [] });
  });

  test('says which role is missing', () => {
    const result = checkSiteRoles(teachers.filter((teacher) => teacher.role !== 'systemAdmin'));
    expect(result.errors.map((problem) => problem.message)).toEqual(['还没有指定系统管理员（需要 1 名）。请把一位老师的角色设为系统管理员。']);
  });

  test('warns about a second 主考', () => {
    const result = checkSiteRoles([...teachers, { ...teachers[5]!, name: '新老师', role: 'chiefExaminer' }]);
    expect(result.warnings[0]!.message).toBe('主考按手册设 1 名，现在有 2 名（王建国、新老师）。请确认是否需要。');
  });
});

describe('checkProctorAssignments', () => {
  test('accepts full rooms and flags the proctor of the candidates’ own major', () => {
    const result = checkProctorAssignments(teachers, slots, assignments, majors);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((problem) => problem.message)).toEqual([
      '赵敏任教“电子商务”，是考生本专业的老师；手册建议非本专业任课老师担任监考员。',
    ]);
  });

  test('refuses a teacher in two rooms at the same time', () => {
    const twice = assignments.map((entry, index) => (index === 1 ? { ...entry, proctors: ['郑芳', '钱伟'] } : entry));
    const result = checkProctorAssignments(teachers, slots, twice, majors);
    expect(result.errors).toEqual([
      {
        field: 'proctors-302|初级',
        message: '钱伟同时被安排在“301”（初级 14:00–17:45）和“302”（初级 14:00–17:45）监考，一个人不能同时在两个地方。',
      },
    ]);
  });

  test('warns about, but allows, a school role holder as a proctor', () => {
    const withChief = assignments.map((entry, index) => (index === 1 ? { ...entry, proctors: ['郑芳', '王建国'] } : entry));
    const result = checkProctorAssignments(teachers, slots, withChief, majors);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((warning) => warning.message)).toContain('王建国是主考，又安排在“302”监考。手册没有禁止一人兼任，但主考考试期间有自己的职责；本站建议另请一位监考员。');
  });

  test('refuses a room short of proctors', () => {
    const short = assignments.map((entry, index) => (index === 0 ? { ...entry, proctors: ['钱伟'] } : entry));
    const result = checkProctorAssignments(teachers, slots, short, majors);
    expect(result.errors[0]!.message).toBe('“301”（初级，45 人）需要 3 名监考员，现在只有 1 名。请增加监考老师。');
  });
});

describe('getRoleName', () => {
  test.each([
    { role: 'chiefExaminer' as const, expected: '主考' },
    { role: 'systemAdmin' as const, expected: '系统管理员' },
    { role: 'proctor' as const, expected: '监考员' },
  ])('returns $expected for $role', ({ role, expected }) => {
    expect(getRoleName(role)).toBe(expected);
  });
});

describe('getRoleKey', () => {
  test.each([
    { name: '主考', expected: 'chiefExaminer' },
    { name: '系统管理员', expected: 'systemAdmin' },
    { name: '监考员', expected: 'proctor' },
    { name: '巡考员', expected: 'proctor' },
    { name: '班主任', expected: 'proctor' },
  ] as const)('returns $expected for $name', ({ name, expected }) => {
    expect(getRoleKey(name)).toBe(expected);
  });
});
