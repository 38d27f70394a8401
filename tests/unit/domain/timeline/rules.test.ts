import { describe, expect, test } from 'vitest';
import {
  checkExamDate,
  computeMilestoneDates,
  explainRelativeDay,
  getMilestoneDates,
  getMilestoneStatus,
  resolveRelativeDay,
} from '../../../../src/domain/timeline/rules';
import { examplePlan } from '../../../../src/domain/plan/facts';

const exampleExamDate = examplePlan.levels[0]!.subjects[0].date;

describe('computeMilestoneDates', () => {
  // The manual's example plan: exam on 2021-06-26 (a Saturday).
  test.each([
    { key: 'registration', start: undefined, end: '2021-06-08' },
    { key: 'trainingAndScheduling', start: '2021-06-09', end: examplePlan.scheduling.end },
    { key: 'equipment', start: '2021-05-26', end: '2021-06-20' },
    { key: 'materials', start: '2021-06-14', end: '2021-06-25' },
    { key: 'exam', start: exampleExamDate, end: exampleExamDate },
    { key: 'publication', start: examplePlan.scorePublication.start, end: examplePlan.scorePublication.end },
    { key: 'certificates', start: '2021-07-19', end: undefined },
  ])('returns $start – $end for $key of the manual’s example plan', ({ key, start, end }) => {
    const dated = getMilestoneDates(exampleExamDate, key);
    expect([dated.start, dated.end]).toEqual([start, end]);
  });

  test.each([
    // Exam on a Monday at a month start: registration closes in the previous month.
    { exam: '2026-06-01', registration: '2026-05-19', publication: ['2026-06-22', '2026-06-28'] },
    // Exam in early January: registration closes in the previous year.
    { exam: '2027-01-09', registration: '2026-12-22', publication: ['2027-01-25', '2027-01-31'] },
    // Exam in mid-December: publication runs into the next year.
    { exam: '2026-12-20', registration: '2026-12-01', publication: ['2027-01-04', '2027-01-10'] },
    // Exam on a Sunday: the exam's week still starts on the Monday before.
    { exam: '2026-11-29', registration: '2026-11-10', publication: ['2026-12-14', '2026-12-20'] },
  ])('returns registration $registration for an exam on $exam', ({ exam, registration, publication }) => {
    expect(getMilestoneDates(exam, 'registration').end).toBe(registration);
    const dated = getMilestoneDates(exam, 'publication');
    expect([dated.start, dated.end]).toEqual(publication);
  });

  test('explains every resolved day', () => {
    for (const dated of computeMilestoneDates('2026-06-27')) {
      const resolved = [dated.start, dated.end].filter(Boolean);
      expect(dated.derivation).toHaveLength(resolved.length);
    }
  });
});

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
  const registration = getMilestoneDates(exampleExamDate, 'registration');
  const publication = getMilestoneDates(exampleExamDate, 'publication');
  const certificates = getMilestoneDates(exampleExamDate, 'certificates');
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
