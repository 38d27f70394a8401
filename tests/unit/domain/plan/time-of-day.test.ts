import { describe, expect, test } from 'vitest';
import { countMinutesBetween, formatTimeOfDay, isTimeOfDay, parseTimeOfDay, shiftDateTime } from '../../../../src/domain/plan/time-of-day';

describe('isTimeOfDay', () => {
  test.each([
    { text: '08:30', expected: true },
    { text: '23:59', expected: true },
    { text: '24:00', expected: false },
    { text: '8:30', expected: false },
    { text: '08:60', expected: false },
  ])('returns $expected for "$text"', ({ text, expected }) => {
    expect(isTimeOfDay(text)).toBe(expected);
  });
});

describe('parseTimeOfDay', () => {
  test('returns minutes since midnight', () => {
    expect(parseTimeOfDay('15:15')).toBe(915);
  });

  test('throws on a time that is not HH:MM', () => {
    expect(() => parseTimeOfDay('3 pm')).toThrow(RangeError);
  });
});

describe('formatTimeOfDay', () => {
  test('pads hours and minutes', () => {
    expect(formatTimeOfDay(65)).toBe('01:05');
  });
});

describe('shiftDateTime', () => {
  test.each([
    { at: { date: '2021-06-26', time: '08:30' }, minutes: -90, expected: { date: '2021-06-26', time: '07:00' } },
    { at: { date: '2021-06-26', time: '00:30' }, minutes: -90, expected: { date: '2021-06-25', time: '23:00' } },
    { at: { date: '2026-12-31', time: '23:50' }, minutes: 15, expected: { date: '2027-01-01', time: '00:05' } },
    { at: { date: '2027-01-01', time: '00:00' }, minutes: -1, expected: { date: '2026-12-31', time: '23:59' } },
    { at: { date: '2021-06-26', time: '19:15' }, minutes: 0, expected: { date: '2021-06-26', time: '19:15' } },
  ])('returns $expected.date $expected.time for $at.time shifted $minutes', ({ at, minutes, expected }) => {
    expect(shiftDateTime(at, minutes)).toEqual(expected);
  });
});

describe('countMinutesBetween', () => {
  test.each([
    { from: { date: '2021-06-26', time: '14:00' }, to: { date: '2021-06-26', time: '15:00' }, expected: 60 },
    { from: { date: '2021-06-26', time: '23:30' }, to: { date: '2021-06-27', time: '00:30' }, expected: 60 },
    { from: { date: '2021-06-26', time: '15:00' }, to: { date: '2021-06-26', time: '14:00' }, expected: -60 },
  ])('returns $expected minutes', ({ from, to, expected }) => {
    expect(countMinutesBetween(from, to)).toBe(expected);
  });
});
