import { describe, expect, test } from 'vitest';
import { buildProctorList, buildRoster } from '../../../../src/domain/staffing/roster';
import { slots, teachers } from '../../../fixtures/staff';

const assignments = [
  { roomName: '301', level: '初级' as const, proctors: ['钱伟', '孙丽', '吴刚'] },
  { roomName: '302', level: '初级' as const, proctors: ['郑芳', '赵敏'] },
  { roomName: '301', level: '中级' as const, proctors: ['钱伟', '孙丽'] },
];

describe('buildRoster', () => {
  const roster = buildRoster([...teachers].reverse(), slots, assignments);

  test('lists school roles first, then proctors, then the 巡考员', () => {
    expect(roster.map((line) => line.role)).toEqual([
      '主考',
      '副主考',
      '工作人员',
      '系统管理员',
      '监考员',
      '监考员',
      '监考员',
      '监考员',
      '监考员',
      '巡考员',
    ]);
  });

  test('gives each proctor their rooms in time order', () => {
    expect(roster.find((line) => line.name === '钱伟')!.duty).toBe('301 中级 08:30–11:45；301 初级 14:00–17:45');
  });

  test('marks school roles as working across the site', () => {
    expect(roster[0]).toEqual({ name: '王建国', role: '主考', phone: '13900000001', subject: '学校办公室', duty: '全场' });
  });

  test('marks a proctor without a room as reserve', () => {
    const spare = buildRoster([...teachers, { name: '备用老师', phone: '13900000010', subject: '历史', role: 'proctor' }], slots, assignments);
    expect(spare.find((line) => line.name === '备用老师')!.duty).toBe('备用');
  });
});

describe('buildProctorList', () => {
  test('numbers the proctors with a room, with their phones', () => {
    const list = buildProctorList(
      buildRoster([...teachers, { name: '备用老师', phone: '13900000010', subject: '历史', role: 'proctor' }], slots, assignments),
    );
    expect(list.map(([index, name]) => `${index} ${name}`)).toEqual(['1 赵敏', '2 钱伟', '3 孙丽', '4 吴刚', '5 郑芳']);
  });
});
