import { describe, expect, test } from 'vitest';
import { readAmount, readCount, readLines } from '../../../../wizards/shared/read-input';

describe('readCount', () => {
  test.each([
    { raw: '12', expected: { ok: true, value: 12 } },
    { raw: ' １２ ', expected: { ok: true, value: 12 } },
    { raw: '', expected: { ok: true, value: null } },
    { raw: '0', expected: { ok: false, message: '人数至少为 1' } },
    { raw: '1.5', expected: { ok: false, message: '人数请填写整数，例如 12（您填写的是“1.5”）' } },
    { raw: '十二', expected: { ok: false, message: '人数请填写整数，例如 12（您填写的是“十二”）' } },
  ])('returns $expected for "$raw"', ({ raw, expected }) => {
    expect(readCount(raw, '人数', 1)).toEqual(expected);
  });
});

describe('readAmount', () => {
  test.each([
    { raw: '0.8', expected: { ok: true, value: 0.8 } },
    { raw: '５', expected: { ok: true, value: 5 } },
    { raw: '', expected: { ok: true, value: null } },
    { raw: '1米', expected: { ok: false, message: '间距请填写数字，例如 1.5（您填写的是“1米”）' } },
  ])('returns $expected for "$raw"', ({ raw, expected }) => {
    expect(readAmount(raw, '间距')).toEqual(expected);
  });
});

describe('readLines', () => {
  test('returns the trimmed non-empty lines', () => {
    expect(readLines(' a \n\n b\r\nc ')).toEqual(['a', 'b', 'c']);
  });
});
