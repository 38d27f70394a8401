import { describe, expect, test } from 'vitest';
import {
  addDays,
  addMonths,
  countDaysBetween,
  formatChineseDate,
  formatEventDates,
  getLocalToday,
  getMondayOfWeek,
  getWeekday,
  isIsoDate,
} from '../../../../src/domain/timeline/iso-date';

describe('isIsoDate', () => {
  test.each([
    { text: '2021-06-26', expected: true },
    { text: '2024-02-29', expected: true },
    { text: '2023-02-29', expected: false },
    { text: '2021-6-26', expected: false },
    { text: '2021-13-01', expected: false },
    { text: '', expected: false },
  ])('returns $expected for "$text"', ({ text, expected }) => {
    expect(isIsoDate(text)).toBe(expected);
  });
});

describe('addDays', () => {
  test.each([
    { iso: '2021-06-26', days: -18, expected: '2021-06-08' },
    { iso: '2021-02-28', days: 1, expected: '2021-03-01' },
    { iso: '2024-02-28', days: 1, expected: '2024-02-29' },
    { iso: '2026-12-31', days: 1, expected: '2027-01-01' },
    { iso: '2027-01-01', days: -1, expected: '2026-12-31' },
  ])('returns $expected for $iso plus $days', ({ iso, days, expected }) => {
    expect(addDays(iso, days)).toBe(expected);
  });

  test('throws on a date that does not exist', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError);
  });
});

describe('getWeekday', () => {
  test.each([
    { iso: '2021-06-21', expected: 1 },
    { iso: '2021-06-26', expected: 6 },
    { iso: '2021-06-27', expected: 7 },
  ])('returns $expected for $iso', ({ iso, expected }) => {
    expect(getWeekday(iso)).toBe(expected);
  });
});

describe('getMondayOfWeek', () => {
  test.each([
    { iso: '2021-06-26', expected: '2021-06-21' },
    { iso: '2021-06-21', expected: '2021-06-21' },
    { iso: '2021-06-27', expected: '2021-06-21' },
    { iso: '2027-01-03', expected: '2026-12-28' },
  ])('returns $expected for $iso', ({ iso, expected }) => {
    expect(getMondayOfWeek(iso)).toBe(expected);
  });
});

describe('addMonths', () => {
  test.each([
    { iso: '2021-06-26', months: -1, expected: '2021-05-26' },
    { iso: '2021-03-31', months: -1, expected: '2021-02-28' },
    { iso: '2024-03-31', months: -1, expected: '2024-02-29' },
    { iso: '2027-01-15', months: -1, expected: '2026-12-15' },
    { iso: '2026-12-31', months: 2, expected: '2027-02-28' },
  ])('returns $expected for $iso plus $months months', ({ iso, months, expected }) => {
    expect(addMonths(iso, months)).toBe(expected);
  });
});

describe('formatChineseDate', () => {
  test('writes the date with its weekday', () => {
    expect(formatChineseDate('2021-06-08')).toBe('2021年6月8日（周二）');
  });
});

describe('getLocalToday', () => {
  test('returns the local calendar date', () => {
    expect(getLocalToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('countDaysBetween', () => {
  test.each([
    { from: '2026-06-01', to: '2026-06-27', expected: 26 },
    { from: '2026-06-27', to: '2026-06-27', expected: 0 },
    { from: '2026-03-01', to: '2026-02-27', expected: -2 },
    { from: '2026-12-31', to: '2027-01-01', expected: 1 },
  ])('counts $expected calendar days from $from to $to', ({ from, to, expected }) => {
    expect(countDaysBetween(from, to)).toBe(expected);
  });
});

describe('formatEventDates', () => {
  test('writes one day once, and a span from its first to its last day', () => {
    expect(formatEventDates({ start: '2021-06-08', end: '2021-06-08' })).toBe('2021年6月8日（周二）');
    expect(formatEventDates({ start: '2021-06-08', end: '2021-06-10' })).toBe('2021年6月8日（周二） 至 2021年6月10日（周四）');
  });
});
