import { describe, expect, test } from 'vitest';
import { coveredYears } from '../../../../src/domain/calendar/holiday-data';
import {
  addWorkingDays,
  describeDay,
  findWorkingDayOnOrBefore,
  formatDayKind,
} from '../../../../src/domain/calendar/rules';

describe('describeDay', () => {
  test.each([
    { date: '2026-10-01', kind: 'holiday', isWorkingDay: false, holidayName: '国庆节' },
    { date: '2026-10-07', kind: 'holiday', isWorkingDay: false, holidayName: '国庆节' },
    { date: '2026-10-10', kind: 'makeUpWorkday', isWorkingDay: true, holidayName: '国庆节' },
    { date: '2026-09-20', kind: 'makeUpWorkday', isWorkingDay: true, holidayName: '国庆节' },
    { date: '2026-09-25', kind: 'holiday', isWorkingDay: false, holidayName: '中秋' },
    { date: '2026-02-14', kind: 'makeUpWorkday', isWorkingDay: true, holidayName: '春节' },
  ] as const)('returns $kind for $date', ({ date, kind, isWorkingDay, holidayName }) => {
    expect(describeDay(date)).toMatchObject({ kind, isWorkingDay, holidayName, isCovered: true });
  });

  test.each([
    { date: '2026-10-11', kind: 'weekend', isWorkingDay: false },
    { date: '2026-10-08', kind: 'workday', isWorkingDay: true },
    { date: '2026-10-12', kind: 'workday', isWorkingDay: true },
  ] as const)('returns $kind for the ordinary day $date', ({ date, kind, isWorkingDay }) => {
    expect(describeDay(date)).toEqual({ date, weekday: expect.any(Number), kind, isWorkingDay, isCovered: true });
  });

  test('marks a date after the last covered year as not covered', () => {
    expect(describeDay(`${coveredYears.last + 1}-10-01`).isCovered).toBe(false);
  });

  test('marks a date before the first covered year as not covered', () => {
    expect(describeDay(`${coveredYears.first - 1}-06-01`).isCovered).toBe(false);
  });
});

describe('addWorkingDays', () => {
  test.each([
    // National Day 2026: 10-01…10-07 off, Saturday 10-10 is a make-up working day.
    { start: '2026-09-30', count: 7, expected: '2026-10-15' },
    { start: '2026-10-01', count: 1, expected: '2026-10-08' },
    { start: '2026-10-09', count: 1, expected: '2026-10-10' },
    // Sunday 09-20 is a make-up working day before National Day; Friday 09-25 is 中秋节.
    { start: '2026-09-18', count: 7, expected: '2026-09-29' },
    // An ordinary week: Monday + 7 working days is the Wednesday after next.
    { start: '2021-07-12', count: 7, expected: '2021-07-21' },
    // Spring Festival 2026: 02-15…02-23 off, 02-14 and 02-28 (Saturdays) are working days.
    { start: '2026-02-13', count: 3, expected: '2026-02-25' },
  ])('returns $expected for $count working days after $start', ({ start, count, expected }) => {
    expect(addWorkingDays(start, count).date).toBe(expected);
  });

  test('does not count the start day', () => {
    expect(addWorkingDays('2026-10-08', 1).date).toBe('2026-10-09');
  });

  test('lists every day looked at, holidays included', () => {
    const { days } = addWorkingDays('2026-09-30', 7);
    expect(days.map((day) => day.date)[0]).toBe('2026-10-01');
    expect(days).toHaveLength(15);
    expect(days.filter((day) => day.isWorkingDay)).toHaveLength(7);
  });

  test('reports no uncovered year inside the data', () => {
    expect(addWorkingDays('2026-09-30', 7).uncoveredYears).toEqual([]);
  });

  test('reports the year when counting runs past the data', () => {
    const last = coveredYears.last;
    expect(addWorkingDays(`${last}-12-28`, 7).uncoveredYears).toEqual([last + 1]);
  });
});

describe('formatDayKind', () => {
  test.each([
    { date: '2026-10-03', expected: '国庆节假期' },
    { date: '2026-10-10', expected: '调休上班（国庆节）' },
    { date: '2026-10-11', expected: '周末' },
    { date: '2026-10-12', expected: '工作日' },
    { date: `${coveredYears.last + 1}-03-01`, expected: '工作日（按普通周推算）' },
  ])('returns $expected for $date', ({ date, expected }) => {
    expect(formatDayKind(describeDay(date))).toBe(expected);
  });
});

describe('findWorkingDayOnOrBefore', () => {
  test.each([
    { date: '2026-10-04', expected: '2026-09-30' },
    { date: '2026-10-08', expected: '2026-10-08' },
    { date: '2026-10-11', expected: '2026-10-10' },
  ])('returns $expected for $date', ({ date, expected }) => {
    expect(findWorkingDayOnOrBefore(date)).toBe(expected);
  });
});
