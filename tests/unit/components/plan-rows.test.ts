import { describe, expect, test } from 'vitest';
import { formatDateRange, listPlanFieldRows, listPlanSittings } from '../../../src/components/plan-rows';
import { examplePlan } from '../../../src/domain/plan/facts';

describe('formatDateRange', () => {
  test('joins both ends with a tilde as the platform does', () => {
    expect(formatDateRange({ start: '2021-04-14', end: '2021-06-03' })).toBe('2021-04-14 ~ 2021-06-03');
  });
});

describe('listPlanFieldRows', () => {
  test('returns the plan’s header fields in the platform’s order', () => {
    expect(listPlanFieldRows(examplePlan).map((row) => row.field)).toEqual([
      '考核单位',
      '计划名称',
      '考试所属年度',
      '报考时间',
      '排考时间',
      '成绩登记时间',
      '成绩公示时间',
    ]);
  });

  test('writes the registration window from the plan', () => {
    const row = listPlanFieldRows(examplePlan).find((r) => r.field === '报考时间')!;
    expect(row.value).toBe(formatDateRange(examplePlan.registration));
  });
});

describe('listPlanSittings', () => {
  test('returns two sittings per level with date and times', () => {
    const sittings = listPlanSittings(examplePlan);
    expect(sittings).toHaveLength(examplePlan.levels.length * 2);
    expect(sittings[0]).toEqual({
      level: '初级',
      code: '491217',
      name: '理论',
      mode: '机考',
      passMark: 60,
      time: '2021-06-26 14:00-15:00',
    });
  });
});
