import { describe, expect, test } from 'vitest';
import { addCalendarDays, formatChineseDate, isIsoDate, parseDateInput, toLocalIsoDate } from '../../../../src/domain/calendar/dates';

describe('isIsoDate', () => {
  test.each([
    { value: '2026-10-01', expected: true },
    { value: '2024-02-29', expected: true },
    { value: '2026-02-29', expected: false },
    { value: '2026-13-01', expected: false },
    { value: '2026/10/01', expected: false },
    { value: '', expected: false },
  ])('returns $expected for "$value"', ({ value, expected }) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('addCalendarDays', () => {
  test.each([
    { date: '2026-09-30', days: 1, expected: '2026-10-01' },
    { date: '2026-12-31', days: 1, expected: '2027-01-01' },
    { date: '2026-03-01', days: -1, expected: '2026-02-28' },
    { date: '2021-07-12', days: 6, expected: '2021-07-18' },
  ])('returns $expected for $date + $days', ({ date, days, expected }) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});

describe('formatChineseDate', () => {
  test.each([
    { date: '2026-10-09', expected: '2026年10月9日（周五）' },
    { date: '2021-07-18', expected: '2021年7月18日（周日）' },
  ])('returns $expected for $date', ({ date, expected }) => {
    expect(formatChineseDate(date)).toBe(expected);
  });
});

describe('parseDateInput', () => {
  test.each([
    { raw: '2026-04-01', expected: '2026-04-01' },
    { raw: '2026-10-12', expected: '2026-10-12' },
    { raw: '2026/10/12', expected: '2026-10-12' },
    { raw: '2026年10月12日', expected: '2026-10-12' },
    { raw: '2026 年 10 月 12 日', expected: '2026-10-12' },
    { raw: '2026年10月12', expected: '2026-10-12' },
    { raw: '2026/13/01', expected: null },
    { raw: '26/10/12', expected: null },
    { raw: '2026/4/1', expected: '2026-04-01' },
    { raw: ' 2026.10.8 ', expected: '2026-10-08' },
    { raw: '2026年10月8日', expected: '2026-10-08' },
    { raw: '２０２６－１０－０８', expected: '2026-10-08' },
    { raw: '２０２６年１０月８日', expected: '2026-10-08' },
    { raw: '2026-02-30', expected: null },
    { raw: '10/08/2026', expected: null },
    { raw: '', expected: null },
  ])('returns $expected for "$raw"', ({ raw, expected }) => {
    expect(parseDateInput(raw)).toBe(expected);
  });
});

describe('toLocalIsoDate', () => {
  test('returns the local calendar date with zero-padded month and day', () => {
    expect(toLocalIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
