import { describe, expect, test } from 'vitest';
import { formatChineseCount, formatCircledNumber } from '../../../src/components/chinese-numeral';

describe('formatChineseCount', () => {
  test.each([
    { value: 0, expected: '零' },
    { value: 1, expected: '一' },
    { value: 2, expected: '两' },
    { value: 3, expected: '三' },
    { value: 10, expected: '十' },
    { value: 12, expected: '十二' },
    { value: 20, expected: '二十' },
    { value: 40, expected: '四十' },
    { value: 99, expected: '九十九' },
  ])('returns $expected for $value', ({ value, expected }) => {
    expect(formatChineseCount(value)).toBe(expected);
  });

  test.each([-1, 100, 2.5])('throws for %s', (value) => {
    expect(() => formatChineseCount(value)).toThrow(RangeError);
  });
});

describe('formatCircledNumber', () => {
  test.each([
    { value: 1, expected: '①' },
    { value: 8, expected: '⑧' },
    { value: 20, expected: '⑳' },
  ])('returns $expected for $value', ({ value, expected }) => {
    expect(formatCircledNumber(value)).toBe(expected);
  });

  test.each([0, 21])('throws for %s', (value) => {
    expect(() => formatCircledNumber(value)).toThrow(RangeError);
  });
});
