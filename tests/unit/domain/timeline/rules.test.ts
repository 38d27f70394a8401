import { describe, expect, test } from 'vitest';
import { checkExamDate, explainRelativeDay, getMilestoneStatus, resolveRelativeDay } from '../../../../src/domain/timeline/rules';
import { computeTimeline } from '../../../../src/domain/timeline/plan-dates';
import { examplePlan } from '../../../../src/domain/plan/facts';

const exampleExamDate = examplePlan.levels[0]!.subjects[0].date;

describe('resolveRelativeDay', () => {
  test('throws for afterPublication without the end of publication', () => {
    expect(() => resolveRelativeDay('2026-06-27', { kind: 'afterPublication' })).toThrow();
  });
});

describe('explainRelativeDay', () => {
  test.each([
    {
      day: { kind: 'week', weeksFromExam: -2, weekday: 2 } as const,
      expected:
        '考试日 2021年6月26日（周六） 所在的一周是 6月21日 周一 至 6月27日 周日；往前数第二周是 6月7日 周一 至 6月13日 周日，其中周二是 2021年6月8日（周二）。',
    },
    {
      day: { kind: 'week', weeksFromExam: 0, weekday: 1 } as const,
      expected: '考试日 2021年6月26日（周六） 所在的一周是 6月21日 周一 至 6月27日 周日，其中周一是 2021年6月21日（周一）。',
    },
    { day: { kind: 'days', daysFromExam: -1 } as const, expected: '考试日 2021年6月26日（周六） 往前 1 天是 2021年6月25日（周五）。' },
    { day: { kind: 'days', daysFromExam: 0 } as const, expected: '考试日就是 2021年6月26日（周六）。' },
    {
      day: { kind: 'months', monthsFromExam: -1 } as const,
      expected: '考试日 2021年6月26日（周六） 往前 1 个月是 2021年5月26日（周三）（该月没有同一天时取月末）。',
    },
  ])('explains $day.kind', ({ day, expected }) => {
    expect(explainRelativeDay(exampleExamDate, day)).toBe(expected);
  });

  test('explains the day after publication', () => {
    expect(explainRelativeDay(exampleExamDate, { kind: 'afterPublication' }, '2021-07-18')).toBe(
      '成绩公示期最后一天 2021年7月18日（周日） 的次日是 2021年7月19日（周一）。',
    );
  });
});

describe('checkExamDate', () => {
  test.each([
    { examDate: '2026-06-27', today: '2026-05-01', ok: true },
    { examDate: '2026-05-01', today: '2026-05-01', ok: true },
    { examDate: '2026-04-30', today: '2026-05-01', ok: false },
    { examDate: '2026-02-30', today: '2026-01-01', ok: false },
    { examDate: '', today: '2026-01-01', ok: false },
  ])('returns ok $ok for $examDate on $today', ({ examDate, today, ok }) => {
    expect(checkExamDate(examDate, today).ok).toBe(ok);
  });

  test('says the date is past and what today is', () => {
    expect(checkExamDate('2021-06-26', '2026-05-01')).toEqual({
      ok: false,
      message: '考试日期 2021年6月26日（周六） 已经过去（今天是 2026年5月1日（周五））。请填写即将举行的考试日期。',
    });
  });
});

describe('getMilestoneStatus', () => {
  const timeline = computeTimeline(exampleExamDate, { registration: null, scheduling: null, scoreEntry: null, scorePublication: null });
  const [registration, publication, certificates] = ['registration', 'publication', 'certificates'].map(
    (key) => timeline.find((entry) => entry.milestone.key === key)!,
  );
  test.each([
    { name: 'registration before its deadline', dated: registration, today: '2021-06-08', expected: 'current' },
    { name: 'registration after its deadline', dated: registration, today: '2021-06-09', expected: 'past' },
    { name: 'publication before it starts', dated: publication, today: '2021-07-11', expected: 'upcoming' },
    { name: 'publication on its last day', dated: publication, today: '2021-07-18', expected: 'current' },
    { name: 'certificates long after', dated: certificates, today: '2022-01-01', expected: 'current' },
  ])('returns $expected for $name', ({ dated, today, expected }) => {
    expect(getMilestoneStatus(dated, today)).toBe(expected);
  });
});
